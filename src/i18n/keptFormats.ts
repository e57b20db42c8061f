// Intl formats made once per locale and options and kept: making an Intl.NumberFormat or
// Intl.DateTimeFormat costs a good part of a millisecond, which views that render often (the save
// status, the workspace's cards, the steps table) would otherwise pay on every render.

/** A getter of `make`'s formats that makes each locale and options pair once and then returns it. */
export function keptFormats<Options, Format>(make: (locale: string, options: Options) => Format): (locale: string, options: Options) => Format {
  const formats = new Map<string, Format>();
  return (locale, options) => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let format = formats.get(key);
    if (!format) {
      format = make(locale, options);
      formats.set(key, format);
    }
    return format;
  };
}
