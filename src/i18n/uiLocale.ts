// The UI's two languages and the Intl locale each one formats numbers and dates in: German as in
// Germany, English as in the United Kingdom (day before month, 24-hour clock), the same in every
// view, the report and the exports. i18next's language code ("de", "en", "en-US" …) maps onto them.

export type UiLanguage = 'de' | 'en';

const locales: Record<UiLanguage, string> = { de: 'de-DE', en: 'en-GB' };

/** The UI language from an i18next language code ("de", "de-DE", "en-GB" …); German otherwise. */
export function uiLanguage(code: string | undefined): UiLanguage {
  return code?.startsWith('en') ? 'en' : 'de';
}

/** The Intl locale of a UI language. */
export function uiLocale(language: UiLanguage): string {
  return locales[language];
}
