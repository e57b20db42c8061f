// The translated texts the steps table's cells show, looked up once per language rather than once
// per cell: a table of 25 rows in view asks for about 400 texts, and one i18next lookup costs
// tens of microseconds. A text with a step's name in it becomes a template filled by joining.
// Among them the answer selects' options: the digit a closed cell shows, the meaning screen readers
// hear (the score panel's level descriptions and counts of media breaks) and the keys that choose it.
import type { TFunction } from 'i18next';
import { mediaBreakCounts, mediaBreaksOrMore, quickCodes } from '../../domain/criteria';
import type { QuickCode } from '../../domain/criteria';
import { recommendations } from '../../domain/scoreTypes';
import type { Recommendation } from '../../domain/scoreTypes';
import { answerKeys } from '../assessment/answerKeys';

export interface StepsTableTexts {
  /** "no value" reasons and flags */
  none: string;
  notScored: string;
  /** the reason of the dash in the "Teilprozess" column for a step outside any sub-process */
  topLevel: string;
  notApplicable: string;
  alreadyAutomated: string;
  incomplete: string;
  /** after hours saved that count an incomplete AS as 0 */
  provisional: string;
  done: string;
  easeEstimated: string;
  /** the tag of a row kept with the focus though it no longer matches the filters */
  noLongerMatches: string;
  /** the tag of a row kept with the focus though an edit changed the value the rows are sorted by */
  notInSortedPlace: string;
  /** the answer selects' "not answered" option: shown ("–") and its name for screen readers */
  answerNone: string;
  answerNoneName: string;
  /** each question's answer options, in the order shown: Mb's counts 0 to "3+", the others' levels 1 to 5 */
  answerOptions: Readonly<Record<QuickCode, readonly AnswerOption[]>>;
  criterionName: Readonly<Record<QuickCode, string>>;
  recommendation: Readonly<Record<Recommendation, string>>;
  /** the accessible name of a step's answer select */
  answerLabel: (code: QuickCode, stepName: string) => string;
}

export interface AnswerOption {
  value: number;
  /** what the cell shows: the digit, "3+" for 3 or more media breaks (the cell stays narrow) */
  shown: string;
  /** the option's name for screen readers: the answer with its meaning, as the score panel names it */
  name: string;
  /** the keys (KeyboardEvent.key) that choose it, as in the score panel */
  keys: readonly string[];
}

const levels: readonly number[] = [1, 2, 3, 4, 5];

function answerOptions(t: TFunction, code: QuickCode): AnswerOption[] {
  const option = (value: number, label: string, meaning: string, shown = label): AnswerOption => ({
    value,
    shown,
    name: t('table:answer.option', { label, meaning }),
    keys: answerKeys(code, value),
  });
  if (code !== 'Mb') return levels.map((level) => option(level, String(level), t(`method:criteria.${code}.levels.${level}`)));
  // the count, then the noun alone ("0 Medienbrüche", "3 oder mehr Medienbrüche"), as in the panel
  return mediaBreakCounts.map((count) =>
    count === mediaBreaksOrMore
      ? option(count, t('assessment:answer.threeOrMore'), t('assessment:answer.mediaBreaks', { count }), t('table:answer.mbMany'))
      : option(count, String(count), t('assessment:answer.mediaBreaks', { count })),
  );
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
    topLevel: t('table:cell.topLevel'),
    notApplicable: t('method:flags.notApplicable'),
    alreadyAutomated: t('method:flags.alreadyAutomated'),
    incomplete: t('method:flags.incomplete'),
    provisional: t('method:flags.provisional'),
    done: t('method:flags.done'),
    easeEstimated: t('method:flags.easeEstimated'),
    noLongerMatches: t('table:keptRow.tag'),
    notInSortedPlace: t('table:keptRow.sortedTag'),
    answerNone: t('table:answer.none'),
    answerNoneName: t('table:answer.noneName'),
    answerOptions: byKey(quickCodes, (code) => answerOptions(t, code)),
    criterionName,
    recommendation: byKey(recommendations, (recommendation) => t(`method:recommendations.${recommendation}`)),
    answerLabel: (code, stepName) => answerLabels[code](stepName),
  };
}
