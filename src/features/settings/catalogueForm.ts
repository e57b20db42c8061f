// The criteria catalogue form as data: the text each field shows, and the check that turns the
// typed texts into a new catalogue or into specific error messages (i18n keys of the "settings"
// namespace with their values). Nothing here stores anything; the screen stores only a valid result.
import type { Catalogue, CatalogueWeights } from '../../domain/criteria';
import type { UiLanguage } from '../../i18n/uiLocale';
import { decimalFieldGroupMark, readTypedNumber, unambiguousDecimal } from '../../domain/typedNumber';
import type { GroupMark } from '../../domain/typedNumber';
import { numberFormat } from '../../i18n/numberFormat';
import { catalogueFields, shownValue } from './catalogueFields';
import type { CatalogueField, NumberRule } from './catalogueFields';

/** The typed text of every field, by field id. */
export type CatalogueFormValues = Readonly<Record<string, string>>;

export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
}

export type CatalogueFormResult =
  | { ok: true; catalogue: Catalogue }
  | {
      ok: false;
      /** by field id */
      fieldErrors: Map<string, FieldError>;
      /** weight groups whose weights add up to 0 */
      groupErrors: Map<keyof CatalogueWeights, FieldError>;
    };

/** The mark a field reads as a thousands separator before exactly three digits (domain/typedNumber). */
function groupMarkOf(rule: NumberRule, language: UiLanguage): GroupMark {
  return rule.whole ? 'either' : decimalFieldGroupMark(language === 'de');
}

/**
 * The text a value shows in its input: "0,6" in German, "0.6" in English. Whole numbers are grouped
 * ("70.000", "70,000"), which readNumber takes back; a decimal is not, and one that would read as
 * ambiguous shows a fourth place ("1,1250").
 */
function formatInput(value: number, rule: NumberRule, language: UiLanguage): string {
  return unambiguousDecimal(numberFormat(language, { maximumFractionDigits: 6, useGrouping: rule.whole }).format(value), groupMarkOf(rule, language));
}

export function catalogueToForm(catalogue: Catalogue, language: UiLanguage): CatalogueFormValues {
  const values: Record<string, string> = {};
  for (const field of catalogueFields) values[field.id] = formatInput(shownValue(field, catalogue), field.rule, language);
  return values;
}

type Reading = { ok: true; value: number } | { ok: false; error: FieldError };

/**
 * Reads a typed number as the score panel's fields do (domain/typedNumber): "2,5" and "2.5" are
 * 2.5, grouped thousands are read ("70.000", "1.234,5"). A single mark before three digits is a
 * thousands separator where the UI's language writes one ("1.000" is a thousand in German, then too
 * large for a weight) and refused as ambiguous with the other mark ("1,000" in German); a
 * whole-number field reads either mark so.
 */
function readNumber(raw: string, rule: NumberRule, language: UiLanguage): Reading {
  const reading = readTypedNumber(raw, groupMarkOf(rule, language));
  switch (reading.kind) {
    case 'empty':
      return { ok: false, error: { key: 'settings:catalogue.errors.empty' } };
    case 'notANumber':
      return { ok: false, error: { key: 'settings:catalogue.errors.notANumber' } };
    case 'ambiguous':
      return { ok: false, error: { key: 'settings:catalogue.errors.ambiguousSeparator' } };
    case 'number':
      return reading.value < 0 ? { ok: false, error: { key: 'settings:catalogue.errors.negative' } } : { ok: true, value: reading.value };
  }
}

function checkRange(value: number, rule: NumberRule, language: UiLanguage): FieldError | undefined {
  const bounds = { min: formatInput(rule.min, rule, language), max: formatInput(rule.max, rule, language) };
  if (rule.whole && !Number.isInteger(value)) return { key: 'settings:catalogue.errors.notWhole', values: bounds };
  const tooSmall = rule.minExclusive ? value <= rule.min : value < rule.min;
  if (!tooSmall && value <= rule.max) return undefined;
  return { key: rule.minExclusive ? 'settings:catalogue.errors.aboveMin' : 'settings:catalogue.errors.range', values: bounds };
}

/** The stored value of a typed one: percent fields become shares, float noise is rounded off. */
function storedValue(field: CatalogueField, typed: number): number {
  return Number((field.percent ? typed / 100 : typed).toPrecision(12));
}

interface OrderRule {
  /** ids of the fields in order */
  ids: readonly string[];
  /** true when the value at a position is allowed after the one before it */
  allowed(previous: number, current: number): boolean;
  /** the message on the later field of a pair out of order, naming the earlier value */
  errorKey: string;
  /** the message on the earlier field, naming the later value: when only the earlier was changed */
  reverseKey: string;
}

const tupleIds = (key: string, length: number) => Array.from({ length }, (_, index) => `thresholds.${key}.${index}`);

const orderRules: readonly OrderRule[] = [
  { ids: ['thresholds.effortLow', 'thresholds.effortMedium'], allowed: (low, medium) => medium <= low, errorKey: 'settings:catalogue.errors.effortOrder', reverseKey: 'settings:catalogue.errors.effortOrderReverse' },
  { ids: tupleIds('mbLevels', 4), allowed: (previous, current) => current >= previous, errorKey: 'settings:catalogue.errors.mbOrder', reverseKey: 'settings:catalogue.errors.mbOrderReverse' },
  { ids: tupleIds('apBounds', 4), allowed: (previous, current) => current > previous, errorKey: 'settings:catalogue.errors.boundsOrder', reverseKey: 'settings:catalogue.errors.boundsOrderReverse' },
  { ids: tupleIds('stBounds', 4), allowed: (previous, current) => current > previous, errorKey: 'settings:catalogue.errors.boundsOrder', reverseKey: 'settings:catalogue.errors.boundsOrderReverse' },
  { ids: tupleIds('exMidpoints', 5), allowed: (previous, current) => current <= previous, errorKey: 'settings:catalogue.errors.exOrder', reverseKey: 'settings:catalogue.errors.exOrderReverse' },
];

/**
 * Checks every typed value and builds the catalogue they describe (weights, thresholds and
 * settings replaced; version and date are the store's business). Any error: no catalogue.
 */
export function parseCatalogueForm(values: CatalogueFormValues, base: Catalogue, language: UiLanguage): CatalogueFormResult {
  const fieldErrors = new Map<string, FieldError>();
  const groupErrors = new Map<keyof CatalogueWeights, FieldError>();
  const typed = new Map<string, number>();
  const next = structuredClone(base);

  for (const field of catalogueFields) {
    const reading = readNumber(values[field.id] ?? '', field.rule, language);
    if (!reading.ok) {
      fieldErrors.set(field.id, reading.error);
      continue;
    }
    const error = checkRange(reading.value, field.rule, language);
    if (error) {
      fieldErrors.set(field.id, error);
      continue;
    }
    typed.set(field.id, reading.value);
    field.write(next, storedValue(field, reading.value));
  }

  // a pair out of order is reported on the field the user changed: the later one, unless only the
  // earlier differs from what is stored (raising "low effort" to 20 is refused on that field, not on
  // "medium effort", which the user did not touch)
  const changed = (id: string) => !fieldMatches(fieldById(id), values[id], base, language);
  for (const rule of orderRules) {
    for (let index = 1; index < rule.ids.length; index++) {
      const [earlierId, laterId] = [rule.ids[index - 1], rule.ids[index]];
      const previous = typed.get(earlierId);
      const current = typed.get(laterId);
      if (previous === undefined || current === undefined || rule.allowed(previous, current)) continue;
      if (changed(earlierId) && !changed(laterId)) fieldErrors.set(earlierId, { key: rule.reverseKey, values: { next: formatInput(current, fieldById(earlierId).rule, language) } });
      else fieldErrors.set(laterId, { key: rule.errorKey, values: { previous: formatInput(previous, fieldById(laterId).rule, language) } });
    }
  }

  const weightGroups = new Set(catalogueFields.flatMap((field) => (field.weightGroup ? [field.weightGroup] : [])));
  for (const group of weightGroups) {
    const fields = catalogueFields.filter((field) => field.weightGroup === group);
    if (fields.some((field) => !typed.has(field.id))) continue;
    const sum = fields.reduce((total, field) => total + (typed.get(field.id) ?? 0), 0);
    if (sum <= 0) groupErrors.set(group, { key: 'settings:catalogue.errors.weightSum' });
  }

  if (fieldErrors.size > 0 || groupErrors.size > 0) return { ok: false, fieldErrors, groupErrors };
  return { ok: true, catalogue: next };
}

function fieldById(id: string): CatalogueField {
  const field = catalogueFields.find((candidate) => candidate.id === id);
  if (!field) throw new Error(`no catalogue field ${id}`);
  return field;
}

/** True when a field's typed text reads as the value the catalogue holds ("70000" as "70.000"). */
function fieldMatches(field: CatalogueField, raw: string | undefined, catalogue: Catalogue, language: UiLanguage): boolean {
  const reading = readNumber(raw ?? '', field.rule, language);
  return reading.ok && storedValue(field, reading.value) === Number(field.read(catalogue).toPrecision(12));
}

/** True when every field, typed in the UI language, reads as what the catalogue holds (nothing to save). */
export function formMatches(values: CatalogueFormValues, catalogue: Catalogue, language: UiLanguage): boolean {
  return catalogueFields.every((field) => fieldMatches(field, values[field.id], catalogue, language));
}
