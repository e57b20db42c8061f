// i18next set-up: German first, English second. Resources are JSON files, one per namespace and
// language, under locales/<lng>/<namespace>.json, picked up automatically. The chosen language is
// remembered in localStorage and mirrored to <html lang>.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

const languageKey = 'prozesslotse.language';

type Resources = Record<Language, Record<string, Record<string, unknown>>>;

function collectResources(): Resources {
  const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });
  const resources: Resources = { de: {}, en: {} };
  for (const [path, content] of Object.entries(files)) {
    const match = /\.\/locales\/(de|en)\/([\w-]+)\.json$/.exec(path);
    if (match) resources[match[1] as Language][match[2]] = content;
  }
  return resources;
}

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(languageKey);
    return stored === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

function mirrorToDocument(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: collectResources(),
  lng: storedLanguage(),
  fallbackLng: 'de',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
mirrorToDocument(i18n.language);
i18n.on('languageChanged', mirrorToDocument);

export function setLanguage(lng: Language): void {
  try {
    globalThis.localStorage?.setItem(languageKey, lng);
  } catch {
    // storage can be unavailable (private mode); the choice then lasts for this session only
  }
  void i18n.changeLanguage(lng);
}
