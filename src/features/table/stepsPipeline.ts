// Filtering and sorting all rows of the steps table, as pure functions run in useMemo. The table
// hands TanStack Table only the rows in view (manual sorting), because TanStack's client row
// models build one Row object per step on every data change: about 14 ms at 10,000 steps in
// Chromium, over the 8 ms a changed answer may cost. Here a change costs one pass over the rows.
import type { SortingState } from '@tanstack/react-table';
import type { Recommendation } from '../../domain/scoreTypes';
import { finalScoreValue } from './stepRows';
import type { StepRow } from './stepRows';

export const stepsColumnIds = ['name', 'lane', 'type', 'block', 'R', 'Id', 'Is', 'Mb', 'Sp', 'ds', 'as', 'ei', 'saved', 'priority', 'recommendation', 'completeness'] as const;
export type StepsColumnId = (typeof stepsColumnIds)[number];

/** Recommendations in the order the table sorts and offers them: most to do first. */
export const recommendationOrder: readonly Recommendation[] = ['automate', 'digitise', 'assist', 'stabilise', 'keep', 'open', 'automated', 'none'];

export type StepsColumnValue = string | number | undefined;

/** What a column sorts by; undefined (no final value) always sorts last. */
export const columnValue: { readonly [K in StepsColumnId]: (row: StepRow) => StepsColumnValue } = {
  name: (row) => row.step.name,
  lane: (row) => row.step.lane || undefined,
  type: (row) => row.typeLabel,
  block: (row) => row.blockLabel || undefined,
  R: (row) => row.assessment?.answers.R,
  Id: (row) => row.assessment?.answers.Id,
  Is: (row) => row.assessment?.answers.Is,
  Mb: (row) => row.assessment?.answers.Mb,
  Sp: (row) => row.assessment?.answers.Sp,
  ds: (row) => (row.score?.applicable ? finalScoreValue(row.score.ds) : undefined),
  as: (row) => (row.score?.applicable && !row.score.automated ? finalScoreValue(row.score.as) : undefined),
  ei: (row) => (row.score?.applicable ? finalScoreValue(row.score.ei) : undefined),
  saved: (row) => (row.score?.applicable ? row.score.benefit?.hoursSaved : undefined),
  priority: (row) => row.priority,
  recommendation: (row) => row.score?.recommendation,
  completeness: (row) => row.score?.completeness,
};

type ColumnKind = 'text' | 'number' | 'recommendation';

const columnKind: { readonly [K in StepsColumnId]: ColumnKind } = {
  name: 'text',
  lane: 'text',
  type: 'text',
  block: 'text',
  R: 'number',
  Id: 'number',
  Is: 'number',
  Mb: 'number',
  Sp: 'number',
  ds: 'number',
  as: 'number',
  ei: 'number',
  saved: 'number',
  priority: 'number',
  recommendation: 'recommendation',
  completeness: 'number',
};

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

function compareValues(kind: ColumnKind, a: string | number, b: string | number): number {
  if (kind === 'text') return collator.compare(String(a), String(b));
  if (kind === 'recommendation') return recommendationOrder.indexOf(a as Recommendation) - recommendationOrder.indexOf(b as Recommendation);
  return (a as number) - (b as number);
}

function isColumnId(id: string): id is StepsColumnId {
  return (stepsColumnIds as readonly string[]).includes(id);
}

/**
 * The rows sorted by the first entry of `sorting`; rows without a value last in either direction,
 * ties in the order given (process order). Returns `rows` itself when nothing is sorted.
 */
export function sortStepRows(rows: readonly StepRow[], sorting: SortingState): readonly StepRow[] {
  const sort = sorting[0];
  if (!sort || !isColumnId(sort.id)) return rows;
  const value = columnValue[sort.id];
  const kind = columnKind[sort.id];
  const direction = sort.desc ? -1 : 1;
  const keyed = rows.map((row) => ({ row, key: value(row) }));
  keyed.sort((a, b) => {
    if (a.key === undefined) return b.key === undefined ? 0 : 1;
    if (b.key === undefined) return -1;
    return direction * compareValues(kind, a.key, b.key);
  });
  return keyed.map((entry) => entry.row);
}

/** Lane filter value for steps outside any lane (no lane name can hold a NUL character). */
export const noLaneFilter = '\u0000';

export interface StepFilters {
  /** words searched in name, lane, type, building block and element id; '' for all */
  text: string;
  /** a lane name, `noLaneFilter`, or '' for all */
  lane: string;
  recommendation: Recommendation | '';
}

export const noFilters: StepFilters = { text: '', lane: '', recommendation: '' };

/** The rows passing every filter, in the given order. Returns `rows` itself without filters. */
export function filterStepRows(rows: readonly StepRow[], filters: StepFilters): readonly StepRow[] {
  const needle = filters.text.trim().toLocaleLowerCase();
  const { lane, recommendation } = filters;
  if (!needle && !lane && !recommendation) return rows;
  return rows.filter((row) => {
    if (lane && (row.step.lane || noLaneFilter) !== lane) return false;
    if (recommendation && row.score?.recommendation !== recommendation) return false;
    if (!needle) return true;
    const { step, typeLabel, blockLabel } = row;
    return [step.name, step.lane ?? '', typeLabel, blockLabel, step.id].some((text) => text.toLocaleLowerCase().includes(needle));
  });
}
