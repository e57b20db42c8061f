// The steps table as CSV that German Excel opens correctly: UTF-8 with BOM, CRLF line ends,
// semicolon separator and decimal comma for German (comma and decimal point for English), fields
// quoted where needed, and text that would run as a formula neutralised.
import type { ReportInput, ReportLanguage, Translate } from './reportInput';
import { neutraliseFormula } from './spreadsheetSafety';
import type { TableCell } from './stepTable';
import { buildStepTable } from './stepTable';

const byteOrderMark = '\uFEFF';
const lineEnd = '\r\n';

interface CsvDialect {
  separator: string;
  decimalMark: string;
}

const dialects: Record<ReportLanguage, CsvDialect> = {
  de: { separator: ';', decimalMark: ',' },
  en: { separator: ',', decimalMark: '.' },
};

function quoteField(field: string, dialect: CsvDialect): string {
  const needsQuotes = field.includes(dialect.separator) || /["\r\n]/.test(field);
  return needsQuotes ? `"${field.replaceAll('"', '""')}"` : field;
}

function formatCell(cell: TableCell, dialect: CsvDialect): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'number':
      // a number the app shows as text ("3+") is written that way; numbers are already rounded and
      // String() gives the shortest form (12.5, not 12.50)
      if (cell.shown !== undefined) return quoteField(neutraliseFormula(cell.shown), dialect);
      return String(cell.value).replace('.', dialect.decimalMark);
    case 'text':
      return quoteField(neutraliseFormula(cell.text), dialect);
  }
}

/** The steps of the process as a CSV file's content (starting with the BOM). */
export function stepsToCsv(input: ReportInput, t: Translate, language: ReportLanguage): string {
  const dialect = dialects[language];
  const table = buildStepTable(input, t, language);
  const header = table.headers.map((text) => formatCell({ kind: 'text', text }, dialect));
  const lines = [header, ...table.rows.map((row) => row.map((cell) => formatCell(cell, dialect)))];
  return byteOrderMark + lines.map((fields) => fields.join(dialect.separator)).join(lineEnd) + lineEnd;
}
