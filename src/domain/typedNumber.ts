// Reads a number as a person types it into a field, in German or English notation: the decimal
// comma or point, thousands grouped by points, commas or spaces, a leading minus. The one reading
// of typed numbers, so that "1.000" means the same in every field of the UI, and the one way a
// shown decimal is kept from reading as ambiguous; what a field then allows (range, whole numbers,
// its messages) is the caller's business.

/**
 * The mark a field reads as a thousands separator when it stands before exactly three digits and
 * nothing else ("1.000"): the point where the UI writes decimals with a comma (German), the comma
 * where it writes them with a point (English); a whole-number field reads either mark so.
 */
export type GroupMark = '.' | ',' | 'either';

export type TypedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'notANumber' }
  /** a single mark before three digits that the UI's language does not use for thousands ("1,000" in German) */
  | { kind: 'ambiguous' };

/** The group mark of a field that takes decimals, in a UI that writes decimals with a comma or not. */
export function decimalFieldGroupMark(decimalComma: boolean): GroupMark {
  return decimalComma ? '.' : ',';
}

const groupedBySpaces = /^\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/;
const germanGrouped = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const englishGrouped = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const oneGroup = /^[1-9]\d{0,2}([.,])\d{3}$/;
const plainDecimal = /^(\d+|\d*[.,]\d+)$/;

/**
 * Reads a typed number. "2,5" and "2.5" are both 2.5; "1.234,5", "1,234.5" and "1 234" are read
 * with their thousands separators. A single mark before three digits is read as the UI's language
 * writes it (`groupMark`): "1.000" is a thousand in German, and "1,000" could mean one or a thousand
 * there, so it is refused rather than guessed (in English the other way round). −0 is 0.
 */
export function readTypedNumber(raw: string, groupMark: GroupMark): TypedNumber {
  let text = raw.trim().replace(/\u2212/g, '-');
  if (text === '') return { kind: 'empty' };
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1).trim();

  let normalised: string;
  const group = oneGroup.exec(text);
  if (groupedBySpaces.test(text)) normalised = text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.');
  else if (group) {
    if (groupMark !== 'either' && group[1] !== groupMark) return { kind: 'ambiguous' };
    normalised = text.replace(group[1], '');
  } else if (plainDecimal.test(text)) normalised = text.replace(',', '.');
  else if (germanGrouped.test(text)) normalised = text.replace(/\./g, '').replace(',', '.');
  else if (englishGrouped.test(text)) normalised = text.replace(/,/g, '');
  else return { kind: 'notANumber' };

  const value = Number(normalised);
  return { kind: 'number', value: negative && value !== 0 ? -value : value };
}

/**
 * A number's text as a field shows it, made to read back as the same number: a decimal of exactly
 * three places after a number from 1 ("1,125" where "1.000" is a thousand) would read as
 * ambiguous, so it gets a fourth place ("1,1250").
 */
export function unambiguousDecimal(text: string, groupMark: GroupMark): string {
  return readTypedNumber(text, groupMark).kind === 'ambiguous' ? `${text}0` : text;
}
