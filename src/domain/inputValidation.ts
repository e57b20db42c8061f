// Validates what a user types into the count and quantity fields of a step before anything is
// stored: German decimal comma or English point, no text, no negatives, nothing absurdly large.
// Errors are i18n keys in the `method` namespace (`method:validation.*`) that say what is allowed.
import { periods } from './assessment';
import type { Period, Quantities } from './assessment';
import { decimalFieldGroupMark, readTypedNumber, unambiguousDecimal } from './typedNumber';
import type { GroupMark } from './typedNumber';

/** The quantity fields typed as numbers (the period is chosen from a list). */
export type NumericQuantity = Exclude<keyof Quantities, 'period'>;
/** The criteria answered as a count. */
export type CountCode = 'Mb' | 'Ap' | 'St';

export type ParseResult<T> = { ok: true; value: T | undefined } | { ok: false; errorKey: string };

export interface InputLimits {
  min: number;
  max: number;
  /** only whole numbers */
  whole: boolean;
  /** the i18n key shown when the value is above max */
  tooLargeKey: string;
  /** the i18n key shown when the value is below a min above 0 */
  tooSmallKey?: string;
}

/**
 * Bounds of the quantity fields, as typed. Volume: at most 1,000,000 cases per period (more than
 * a city of a million people files in a year; anything above is a typing error). Minutes: at most
 * 4,800 per case, i.e. 80 working hours or two working weeks on one case in one step; a step that
 * takes longer should be split, and 10,000 minutes is a typing error. The error rate is typed in
 * percent (0–100) and stored as a share 0..1.
 */
export const quantityLimits: Readonly<Record<NumericQuantity, InputLimits>> = {
  volume: { min: 0, max: 1_000_000, whole: false, tooLargeKey: 'method:validation.volumeTooLarge' },
  minutesPerCase: { min: 0, max: 4_800, whole: false, tooLargeKey: 'method:validation.minutesTooLarge' },
  errorRate: { min: 0, max: 100, whole: false, tooLargeKey: 'method:validation.errorRateRange' },
  reworkMinutes: { min: 0, max: 4_800, whole: false, tooLargeKey: 'method:validation.minutesTooLarge' },
  reviewMinutes: { min: 0, max: 4_800, whole: false, tooLargeKey: 'method:validation.minutesTooLarge' },
  mediaBreakMinutes: { min: 0, max: 4_800, whole: false, tooLargeKey: 'method:validation.minutesTooLarge' },
};

/** Bounds of the counts: media breaks 0–99, applications 1–99 (none: leave empty), work steps 1–999. */
export const countLimits: Readonly<Record<CountCode, InputLimits>> = {
  Mb: { min: 0, max: 99, whole: true, tooLargeKey: 'method:validation.Mb.tooLarge' },
  Ap: { min: 1, max: 99, whole: true, tooLargeKey: 'method:validation.Ap.tooLarge', tooSmallKey: 'method:validation.Ap.tooSmall' },
  St: { min: 1, max: 999, whole: true, tooLargeKey: 'method:validation.St.tooLarge', tooSmallKey: 'method:validation.St.tooSmall' },
};

type NumberReading = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'error'; errorKey: string };

/** A typed number read as every field of the UI reads it (domain/typedNumber), its refusals as this namespace's keys. */
function readNumber(raw: string, groupMark: GroupMark): NumberReading {
  const reading = readTypedNumber(raw, groupMark);
  if (reading.kind === 'notANumber') return { kind: 'error', errorKey: 'method:validation.notANumber' };
  if (reading.kind === 'ambiguous') return { kind: 'error', errorKey: 'method:validation.ambiguousSeparator' };
  return reading;
}

/**
 * Checks a reading against the field's limits. The messages name what the field takes: a count
 * asks for a whole number (never "2,5"), and a number below a least value above 0 gets that
 * value's message (never "0 or a positive number", which it would refuse as well).
 */
function withinLimits(reading: NumberReading, limits: InputLimits): ParseResult<number> {
  if (reading.kind === 'empty') return { ok: true, value: undefined };
  if (reading.kind === 'error') {
    const errorKey = limits.whole && reading.errorKey === 'method:validation.notANumber' ? 'method:validation.notAWholeNumber' : reading.errorKey;
    return { ok: false, errorKey };
  }
  // −0 is 0
  const value = reading.value === 0 ? 0 : reading.value;
  if (value < limits.min) return { ok: false, errorKey: limits.tooSmallKey ?? 'method:validation.negative' };
  if (limits.whole && !Number.isInteger(value)) return { ok: false, errorKey: 'method:validation.notWhole' };
  if (value > limits.max) return { ok: false, errorKey: limits.tooLargeKey };
  return { ok: true, value };
}

/**
 * Parses a typed quantity. Empty input clears the field (value undefined). The error rate is
 * typed in percent, with or without "%", and returned as a share 0..1. `decimalComma`: the UI
 * writes decimals with a comma (German), so "1.000" is a thousand and "1,000" is refused as
 * ambiguous; in English the other way round.
 */
export function parseQuantity(field: NumericQuantity, raw: string, decimalComma: boolean): ParseResult<number> {
  const text = field === 'errorRate' ? raw.trim().replace(/\s*%$/, '') : raw;
  const result = withinLimits(readNumber(text, decimalFieldGroupMark(decimalComma)), quantityLimits[field]);
  if (field !== 'errorRate' || !result.ok || result.value === undefined) return result;
  return { ok: true, value: result.value / 100 };
}

/**
 * Parses a typed count of media breaks, applications or work steps; empty clears it. A count has
 * no decimals, so "1.000" and "1,000" are both a thousand (and then too many).
 */
export function parseCount(code: CountCode, raw: string): ParseResult<number> {
  return withinLimits(readNumber(raw, 'either'), countLimits[code]);
}

/** Parses the period chosen in a list; empty clears it. */
export function parsePeriod(raw: string): ParseResult<Period> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  const period = periods.find((p) => p === text);
  return period ? { ok: true, value: period } : { ok: false, errorKey: 'method:validation.invalidPeriod' };
}

/** A stored quantity as the text to show in its input (error rate in percent, "1,1250" where "1,125" would be ambiguous), '' when unset. */
export function quantityToInput(field: NumericQuantity, value: number | undefined, decimalComma: boolean): string {
  if (value === undefined) return '';
  const shown = field === 'errorRate' ? Number((value * 100).toPrecision(12)) : value;
  return unambiguousDecimal(decimalComma ? String(shown).replace('.', ',') : String(shown), decimalFieldGroupMark(decimalComma));
}
