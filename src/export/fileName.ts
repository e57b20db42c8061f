// Safe file names for exports: "Bericht_Gewerbeanmeldung_2026-11-28.html". Letters of any script
// (umlauts, ß) are kept; characters that Windows, macOS or Linux forbid, control characters and
// white space become "_"; reserved Windows names are avoided. An over-long name is shortened at a
// word boundary where there is one; what follows it (a suffix such as "mit Bewertung", the date,
// the extension) always stays whole. The editor's plain exports are named after the process, a
// picture of one diagram of a file with several after the diagram too.

const forbidden = /[<>:"/\\|?*\p{Cc}]/gu;
const reservedWindowsNames = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** Characters (code points) a part of a file name keeps at most. */
const maxNameLength = 100;
/** Punctuation a shortened part does not end with ("Namen," becomes "Namen"). */
const trailingPunctuation = /[._,;–—-]+$/u;

/**
 * `text` cut to at most `max` characters, before the last "_" (a space in the name) when that keeps
 * at least half of them, else after the `max`-th character; never inside a character.
 */
function shorten(text: string, max: number): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  const boundary = characters.lastIndexOf('_', max);
  const kept = characters.slice(0, boundary >= max / 2 ? boundary : max).join('');
  return kept.replace(trailingPunctuation, '');
}

/** One part of a file name, made safe and at most 100 characters long; `fallback` when nothing usable is left. */
export function safeFileNamePart(text: string, fallback: string): string {
  const cleaned = shorten(
    text
      .normalize('NFC')
      .replace(forbidden, '_')
      .replace(/\s+/gu, '_')
      .replace(/_+/g, '_')
      .replace(/^[._]+|[._]+$/g, ''),
    maxNameLength,
  );
  if (cleaned === '') return fallback;
  return reservedWindowsNames.test(cleaned) ? `${cleaned}_` : cleaned;
}

/** The local calendar date as YYYY-MM-DD. */
export function fileDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface ExportFileNameParts {
  /** translated kind of file, e.g. t('report:fileName.report') = "Bericht"; none for the editor's diagram exports */
  prefix?: string;
  /** e.g. the process name; shortened when over-long */
  name: string;
  /** words after the name, kept whole, e.g. t('exchange:bpmnScores.fileNameSuffix') = "mit Bewertung" */
  suffix?: string;
  /** the day of the export; none for the editor's diagram exports */
  date?: Date;
  /** without the dot, e.g. "html" */
  extension: string;
  /** used when the name has nothing usable, e.g. t('report:fileName.untitled') */
  untitled: string;
}

/** e.g. "Bericht_Gewerbeanmeldung_2026-11-28.html", "Gewerbeanmeldung_mit_Bewertung_2026-11-28.bpmn" */
export function exportFileName(parts: ExportFileNameParts): string {
  const untitled = safeFileNamePart(parts.untitled, 'export');
  const pieces = [safeFileNamePart(parts.prefix ?? '', ''), safeFileNamePart(parts.name, untitled), safeFileNamePart(parts.suffix ?? '', ''), parts.date ? fileDate(parts.date) : ''];
  return `${pieces.filter((piece) => piece !== '').join('_')}.${safeFileNamePart(parts.extension, 'txt')}`;
}

export interface DiagramFileNameParts {
  /** the process name */
  name: string;
  /** the diagram shown, by its picker label, for a picture of one diagram of a file with several */
  diagram?: string;
  /** without the dot: "bpmn", "svg", "png" */
  extension: string;
  /** used when the name has nothing usable, e.g. t('report:fileName.untitled') */
  untitled: string;
}

/** The editor's diagram exports: "Gewerbeanmeldung.bpmn", "B.2.0_Collapsed_Call_Activity.svg" */
export function diagramFileName(parts: DiagramFileNameParts): string {
  return exportFileName({ name: parts.name, suffix: parts.diagram, extension: parts.extension, untitled: parts.untitled });
}
