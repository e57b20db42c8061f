// The criteria catalogue form as data: the text each field shows, and the check that turns the
// typed texts into a new catalogue or into specific error messages (i18n keys of the "settings"
// namespace with their values). Nothing here stores anything; the screen stores only a valid result.
import type { Catalogue, CatalogueWeights } from '../../domain/criteria';
import type { UiLanguage } from '../../i18n/uiLocale';
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

/**
 * The text a value shows in its input: "0,6" in German, "0.6" in English. Whole numbers are grouped
 * ("70.000", "70,000"), which readNumber takes back; a decimal is not, as "1,000" would be ambiguous.
 */
function formatInput(value: number, rule: NumberRule, language: UiLanguage): string {
  return numberFormat(language, { maximumFractionDigits: 6, useGrouping: rule.whole }).format(value);
}

export function catalogueToForm(catalogue: Catalogue, language: UiLanguage): CatalogueFormValues {
  const values: Record<string, string> = {};
  for (const field of catalogueFields) values[field.id] = formatInput(shownValue(field, catalogue), field.rule, language);
  return values;
}

type Reading = { ok: true; value: number } | { ok: false; error: FieldError };

const plainDecimal = /^(\d+|\d*[.,]\d+)$/;
const groupedWhole = /^\d{1,3}([.,\u00a0\u202f ]\d{3})+$/;

/**
 * Reads a typed number: "2,5" and "2.5" are 2.5. Whole-number fields also take grouped thousands
 * ("70.000", "70,000", "70 000"); elsewhere "1,000" would be ambiguous and is read as a decimal.
 */
function readNumber(raw: string, rule: NumberRule): Reading {
  let text = raw.trim().replace(/\u2212/g, '-');
  if (text === '') return { ok: false, error: { key: 'settings:catalogue.errors.empty' } };
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1).trim();
  let value: number;
  if (rule.whole && groupedWhole.test(text)) value = Number(text.replace(/[.,\u00a0\u202f ]/g, ''));
  else if (plainDecimal.test(text)) value = Number(text.replace(',', '.'));
  else return { ok: false, error: { key: 'settings:catalogue.errors.notANumber' } };
  if (negative && value !== 0) return { ok: false, error: { key: 'settings:catalogue.errors.negative' } };
  return { ok: true, value };
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
    const reading = readNumber(values[field.id] ?? '', field.rule);
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
  const changed = (id: string) => !fieldMatches(fieldById(id), values[id], base);
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
function fieldMatches(field: CatalogueField, raw: string | undefined, catalogue: Catalogue): boolean {
  const reading = readNumber(raw ?? '', field.rule);
  return reading.ok && storedValue(field, reading.value) === Number(field.read(catalogue).toPrecision(12));
}

/** True when every field reads as what the catalogue holds (nothing to save). */
export function formMatches(values: CatalogueFormValues, catalogue: Catalogue): boolean {
  return catalogueFields.every((field) => fieldMatches(field, values[field.id], catalogue));
}
