// Date and time formats of the UI, made once per language and options and kept (keptFormats): the
// save status, the workspace's cards and the backup line render often.
import { keptFormats } from './keptFormats';

/** The Intl.DateTimeFormat of this language (an i18next code such as "de") and these options. */
export const dateTimeFormat = keptFormats((language: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(language, options));
