// Spreadsheet safety for CSV: text that a spreadsheet program would read as a formula when it opens
// the file (CSV/DDE injection) is neutralised by prefixing an apostrophe. XLSX needs no guard: its
// text cells are typed as strings, and a spreadsheet shows the apostrophe there as text.

/** Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula. */
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Returns the text unchanged, or prefixed with `'` when it starts with a formula trigger. */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && formulaTriggers.has(text[0]) ? `'${text}` : text;
}
