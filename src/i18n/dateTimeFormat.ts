// Date and time formats of the UI, made once per language and options and kept (keptFormats): the
// save status, the workspace's cards and the backup line render often. Two moments set side by
// side are shown to the second when they fall in the same minute (comparableDateTimes).
import { keptFormats } from './keptFormats';
import { uiLanguage, uiLocale } from './uiLocale';

const keptDateTimeFormat = keptFormats((locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));

/** The Intl.DateTimeFormat of this language (an i18next code such as "de" or "en") and these options. */
export function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return keptDateTimeFormat(uiLocale(uiLanguage(language)), options);
}

/**
 * Two moments to compare, each as date and time: to the minute, or to the second when both fall in
 * the same minute, so that "newer" is not said of one time shown twice. Within the same second both
 * come back alike, to the minute.
 */
export function comparableDateTimes(language: string, first: Date, second: Date): [string, string] {
  const shown = (timeStyle: 'short' | 'medium'): [string, string] => {
    const format = dateTimeFormat(language, { dateStyle: 'medium', timeStyle });
    return [format.format(first), format.format(second)];
  };
  const toTheMinute = shown('short');
  if (toTheMinute[0] !== toTheMinute[1]) return toTheMinute;
  const toTheSecond = shown('medium');
  return toTheSecond[0] !== toTheSecond[1] ? toTheSecond : toTheMinute;
}
