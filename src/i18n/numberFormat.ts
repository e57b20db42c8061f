// Number formats of the UI language, made once per language and options and kept (keptFormats):
// the assessment views, the steps table and the report format many figures per render.
import { keptFormats } from './keptFormats';
import { uiLocale } from './uiLocale';
import type { UiLanguage } from './uiLocale';

const keptNumberFormat = keptFormats((locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));

/** The number format of the UI language for these options, made once and kept. */
export function numberFormat(language: UiLanguage, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return keptNumberFormat(uiLocale(language), options);
}
