// Date and time formats of the UI, made once per language and options and kept: making an
// Intl.DateTimeFormat costs a good part of a millisecond, which components that render often
// (the save status, the workspace's cards and backup line) would otherwise pay on every render.

const formats = new Map<string, Intl.DateTimeFormat>();

/** The Intl.DateTimeFormat of this language (an i18next code such as "de") and these options. */
export function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    formats.set(key, format);
  }
  return format;
}
