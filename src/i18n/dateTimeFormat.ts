// Date and time formats of the UI, made once per language and options and kept (keptFormats): the
// save status, the workspace's cards and the backup line render often.
import { keptFormats } from './keptFormats';
import { uiLanguage, uiLocale } from './uiLocale';

const keptDateTimeFormat = keptFormats((locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));

/** The Intl.DateTimeFormat of this language (an i18next code such as "de" or "en") and these options. */
export function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return keptDateTimeFormat(uiLocale(uiLanguage(language)), options);
}
