// Safe file names for exports: "Bericht_Gewerbeanmeldung_2026-11-28.html". Letters of any script
// (umlauts, ß) are kept; characters that Windows, macOS or Linux forbid, control characters and
// white space become "_"; reserved Windows names and over-long names are avoided.

const forbidden = /[<>:"/\\|?*\p{Cc}]/gu;
const reservedWindowsNames = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const maxNameLength = 100;

/** One part of a file name, made safe; `fallback` when nothing usable is left. */
export function safeFileNamePart(text: string, fallback: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(forbidden, '_')
    .replace(/\s+/gu, '_')
    .replace(/_+/g, '_')
    .replace(/^[._]+|[._]+$/g, '')
    .slice(0, maxNameLength)
    .replace(/[._]+$/g, '');
  if (cleaned === '') return fallback;
  return reservedWindowsNames.test(cleaned) ? `${cleaned}_` : cleaned;
}

/** The local calendar date as YYYY-MM-DD. */
export function fileDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface ExportFileNameParts {
  /** translated kind of file, e.g. t('report:fileName.report') = "Bericht" */
  prefix: string;
  /** e.g. the process name */
  name: string;
  date: Date;
  /** without the dot, e.g. "html" */
  extension: string;
  /** used when the name has nothing usable, e.g. t('report:fileName.untitled') */
  untitled: string;
}

/** e.g. "Bericht_Gewerbeanmeldung_2026-11-28.html" */
export function exportFileName(parts: ExportFileNameParts): string {
  const untitled = safeFileNamePart(parts.untitled, 'export');
  const pieces = [safeFileNamePart(parts.prefix, ''), safeFileNamePart(parts.name, untitled), fileDate(parts.date)];
  return `${pieces.filter((piece) => piece !== '').join('_')}.${safeFileNamePart(parts.extension, 'txt')}`;
}
