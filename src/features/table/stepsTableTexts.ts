// The translated texts the steps table's cells show, looked up once per language rather than once
// per cell: a table of 25 rows in view asks for about 400 texts, and one i18next lookup costs
// tens of microseconds. A text with a step's name in it becomes a template filled by joining.
import type { TFunction } from 'i18next';
import { quickCodes } from '../../domain/criteria';
import type { QuickCode } from '../../domain/criteria';
import { recommendations } from '../../domain/scoreTypes';
import type { Recommendation } from '../../domain/scoreTypes';

export interface StepsTableTexts {
  /** "no value" reasons and flags */
  none: string;
  notScored: string;
  notApplicable: string;
  alreadyAutomated: string;
  incomplete: string;
  done: string;
  easeEstimated: string;
  /** the tag of a row kept with the focus though it no longer matches the filters */
  noLongerMatches: string;
  /** the tag of a row kept with the focus though an edit changed the value the rows are sorted by */
  notInSortedPlace: string;
  /** the answer selects' "not answered" and "3 or more media breaks" options */
  answerNone: string;
  mbMany: string;
  criterionName: Readonly<Record<QuickCode, string>>;
  recommendation: Readonly<Record<Recommendation, string>>;
  /** the accessible name of a step's answer select */
  answerLabel: (code: QuickCode, stepName: string) => string;
}

/** stands in for the value while the template is made; no translation contains it */
const slot = '\u0000';

/**
 * `(value) => t(key, { ...values, [name]: value })`, made with one lookup: the translation with
 * a placeholder in the value's place, split there. Interpolation inserts values as they are
 * (escapeValue is off, values are not interpolated again), so joining gives the same text. A
 * translation that uses the value other than once is looked up every time.
 */
export function interpolationTemplate(t: TFunction, key: string, values: Record<string, string>, name: string): (value: string) => string {
  const parts = t(key, { ...values, [name]: slot }).split(slot);
  if (parts.length !== 2) return (value) => t(key, { ...values, [name]: value });
  const [head, tail] = parts;
  return (value) => head + value + tail;
}

function byKey<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

export function stepsTableTexts(t: TFunction): StepsTableTexts {
  const criterionName = byKey(quickCodes, (code) => t(`method:criteria.${code}.label`));
  const answerLabels = byKey(quickCodes, (code) => interpolationTemplate(t, 'table:answer.label', { criterion: criterionName[code] }, 'step'));
  return {
    none: t('table:cell.none'),
    notScored: t('table:cell.notScored'),
    notApplicable: t('method:flags.notApplicable'),
    alreadyAutomated: t('method:flags.alreadyAutomated'),
    incomplete: t('method:flags.incomplete'),
    done: t('method:flags.done'),
    easeEstimated: t('method:flags.easeEstimated'),
    noLongerMatches: t('table:keptRow.tag'),
    notInSortedPlace: t('table:keptRow.sortedTag'),
    answerNone: t('table:answer.none'),
    mbMany: t('table:answer.mbMany'),
    criterionName,
    recommendation: byKey(recommendations, (recommendation) => t(`method:recommendations.${recommendation}`)),
    answerLabel: (code, stepName) => answerLabels[code](stepName),
  };
}
