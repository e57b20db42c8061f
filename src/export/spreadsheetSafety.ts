// Spreadsheet safety: text that a spreadsheet program would read as a formula (CSV/DDE injection)
// is neutralised before it goes into a CSV or XLSX text cell, by prefixing an apostrophe.

/** Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula. */
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Returns the text unchanged, or prefixed with `'` when it starts with a formula trigger. */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && formulaTriggers.has(text[0]) ? `'${text}` : text;
}
