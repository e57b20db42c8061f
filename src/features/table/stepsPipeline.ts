// Filtering and sorting all rows of the steps table. The table hands TanStack Table only the rows
// in view (manual sorting), because TanStack's client row models build one Row object per step on
// every data change: about 14 ms at 10,000 steps in Chromium, over the 8 ms a changed answer may
// cost. Here the full filter and sort run when the rows are made anew or the filters or sorting
// change; when only a few rows were replaced (a changed answer), the previous result is patched:
// a replaced row takes its predecessor's place, or moves, or appears or disappears, when its
// filter result or sort value changed. The row that has the focus stays where it was shown while
// an edit takes it out of the filtered ones or changes its sort value (keepFocusedRow), until the
// focus leaves it.
import type { SortingState } from '@tanstack/react-table';
import { shallow } from 'zustand/vanilla/shallow';
import type { Recommendation } from '../../domain/scoreTypes';
import type { StepFilters, StepTableSort } from '../../state/appState';
import { finalScoreValue } from './stepRows';
import type { StepRow, StepRows } from './stepRows';

export const stepsColumnIds = ['name', 'parent', 'lane', 'type', 'block', 'R', 'Id', 'Is', 'Mb', 'Sp', 'ds', 'as', 'ei', 'saved', 'priority', 'recommendation', 'completeness'] as const;
export type StepsColumnId = (typeof stepsColumnIds)[number];

/** Recommendations in the order the table sorts and offers them: most to do first. */
export const recommendationOrder: readonly Recommendation[] = ['automate', 'digitise', 'assist', 'stabilise', 'keep', 'open', 'automated', 'none'];

export type StepsColumnValue = string | number | undefined;

/** What a column sorts by; undefined (no final value) always sorts last. */
export const columnValue: { readonly [K in StepsColumnId]: (row: StepRow) => StepsColumnValue } = {
  name: (row) => row.step.name,
  parent: (row) => row.step.parent,
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
  parent: 'text',
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

/** The sort as TanStack Table holds it: a sort by a column the table does not have is none. */
export function sortingOf(sort: StepTableSort | null): SortingState {
  return sort && isColumnId(sort.id) ? [{ id: sort.id, desc: sort.desc }] : [];
}

function isColumnId(id: string): id is StepsColumnId {
  return (stepsColumnIds as readonly string[]).includes(id);
}

interface ActiveSort {
  value: (row: StepRow) => StepsColumnValue;
  /** orders two sort values: undefined (no final value) last in either direction */
  compare: (a: StepsColumnValue, b: StepsColumnValue) => number;
}

function activeSort(sorting: SortingState): ActiveSort | null {
  const sort = sorting[0];
  if (!sort || !isColumnId(sort.id)) return null;
  const kind = columnKind[sort.id];
  const direction = sort.desc ? -1 : 1;
  return {
    value: columnValue[sort.id],
    compare: (a, b) => {
      if (a === undefined) return b === undefined ? 0 : 1;
      if (b === undefined) return -1;
      return direction * compareValues(kind, a, b);
    },
  };
}

/**
 * The rows sorted by the first entry of `sorting`; rows without a value last in either direction,
 * ties in the order given (process order). Returns `rows` itself when nothing is sorted.
 */
export function sortStepRows(rows: readonly StepRow[], sorting: SortingState): readonly StepRow[] {
  const sort = activeSort(sorting);
  if (!sort) return rows;
  const keyed = rows.map((row) => ({ row, key: sort.value(row) }));
  keyed.sort((a, b) => sort.compare(a.key, b.key));
  return keyed.map((entry) => entry.row);
}

/** Lane filter value for steps outside any lane (no lane name can hold a NUL character). */
export const noLaneFilter = '\u0000';

export const noFilters: StepFilters = { text: '', lane: '', recommendation: '' };

/** Whether a row passes every filter; null without filters. */
function rowFilter(filters: StepFilters): ((row: StepRow) => boolean) | null {
  const needle = filters.text.trim().toLocaleLowerCase();
  const { lane, recommendation } = filters;
  if (!needle && !lane && !recommendation) return null;
  return (row) => {
    if (lane && (row.step.lane || noLaneFilter) !== lane) return false;
    if (recommendation && row.score?.recommendation !== recommendation) return false;
    if (!needle) return true;
    const { step, typeLabel, blockLabel } = row;
    return [step.name, step.parent ?? '', step.lane ?? '', typeLabel, blockLabel, step.id].some((text) => text.toLocaleLowerCase().includes(needle));
  };
}

/** The rows passing every filter, in the given order. Returns `rows` itself without filters. */
export function filterStepRows(rows: readonly StepRow[], filters: StepFilters): readonly StepRow[] {
  const passes = rowFilter(filters);
  return passes ? rows.filter(passes) : rows;
}

/** The rows the table shows, and their step ids (the same array while no row moved). */
export interface ShownStepRows {
  rows: readonly StepRow[];
  ids: readonly string[];
  /** the focused row's step, kept out of its place by keepFocusedRow, and why */
  kept?: { stepId: string; reason: KeptReason };
}

/** The last input and result of showStepRows. */
export interface StepsPipelineCache {
  input: StepRows | null;
  filters: StepFilters;
  sorting: SortingState;
  shown: ShownStepRows;
}

export function createStepsPipelineCache(): StepsPipelineCache {
  return { input: null, filters: noFilters, sorting: [], shown: { rows: [], ids: [] } };
}

/** Beyond this many replaced rows, filtering and sorting all rows again is the simpler work. */
const patchLimit = 64;

function sameSorting(a: SortingState, b: SortingState): boolean {
  return a === b || (a[0]?.id === b[0]?.id && a[0]?.desc === b[0]?.desc);
}

function shownFrom(rows: readonly StepRow[]): ShownStepRows {
  return { rows, ids: rows.map((row) => row.step.id) };
}

/**
 * The last result with the rows of `positions` replaced: a row whose filter result and sort value
 * are unchanged takes its predecessor's place; any other leaves, and enters where the full sort
 * would put it (by sort value, ties in process order).
 */
function patchShown(shown: ShownStepRows, input: readonly StepRow[], replaced: { rows: readonly StepRow[]; positions: readonly number[] }, passes: ((row: StepRow) => boolean) | null, sort: ActiveSort | null): ShownStepRows {
  const rows = shown.rows.slice();
  // copied once a row leaves or enters; the same array while every row keeps its place
  let movedIds: string[] | null = null;
  // process order of every row that can be in `rows`: the input's, and the replaced ones not yet patched
  let processOrder: Map<StepRow, number> | null = null;
  const orderOf = (row: StepRow): number => {
    if (!processOrder) {
      processOrder = new Map(input.map((entry, index) => [entry, index]));
      for (const position of replaced.positions) processOrder.set(replaced.rows[position], position);
    }
    return processOrder.get(row) ?? input.length;
  };
  for (const position of replaced.positions) {
    const before = replaced.rows[position];
    const after = input[position];
    const wasShown = !passes || passes(before);
    const isShown = !passes || passes(after);
    if (wasShown && isShown && (!sort || sort.compare(sort.value(before), sort.value(after)) === 0)) {
      rows[rows.indexOf(before)] = after;
      continue;
    }
    movedIds ??= shown.ids.slice();
    if (wasShown) {
      const at = rows.indexOf(before);
      rows.splice(at, 1);
      movedIds.splice(at, 1);
    }
    if (isShown) {
      const key = sort?.value(after);
      const comesAfter = (row: StepRow): boolean => {
        const bySort = sort ? sort.compare(sort.value(row), key) : 0;
        return bySort !== 0 ? bySort > 0 : orderOf(row) > position;
      };
      let low = 0;
      let high = rows.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (comesAfter(rows[middle])) high = middle;
        else low = middle + 1;
      }
      rows.splice(low, 0, after);
      movedIds.splice(low, 0, after.step.id);
    }
  }
  return { rows, ids: movedIds ?? shown.ids };
}

/**
 * The rows to show: `input` filtered and sorted. Patches the cached result when the input only
 * replaced a few rows of the one it was made for and filters and sorting are the same; without
 * filters and sorting, the rows are the input itself. Updates the cache.
 */
export function showStepRows(input: StepRows, filters: StepFilters, sorting: SortingState, cache: StepsPipelineCache): ShownStepRows {
  const same = cache.input !== null && shallow(cache.filters, filters) && sameSorting(cache.sorting, sorting);
  if (same && cache.input === input) return cache.shown;
  const passes = rowFilter(filters);
  const sort = activeSort(sorting);
  const replaced = input.changedSince;
  const patchable = same && replaced !== null && replaced.rows === cache.input?.rows && replaced.positions.length <= patchLimit;
  let shown: ShownStepRows;
  if (patchable && !passes && !sort) shown = { rows: input.rows, ids: cache.shown.ids };
  else if (patchable) shown = patchShown(cache.shown, input.rows, replaced, passes, sort);
  else shown = shownFrom(sortStepRows(filterStepRows(input.rows, filters), sorting));
  cache.input = input;
  cache.filters = filters;
  cache.sorting = sorting;
  cache.shown = shown;
  return shown;
}

/** Why keepFocusedRow keeps the focused row where it was: it no longer passes the filters, or its sort value changed. */
export type KeptReason = 'filters' | 'sorting';

/** What keepFocusedRow remembers between calls: its last result, the focused row and the row it kept there. */
export interface KeptRowCache {
  result: ShownStepRows;
  /** the focused row last seen: another object for the same step means an edit changed it */
  focused: StepRow | undefined;
  /** the step kept out of its place, and its position in `result`, made from `base` */
  kept: { stepId: string; at: number; base: readonly string[]; reason: KeptReason } | null;
}

export function createKeptRowCache(): KeptRowCache {
  return { result: { rows: [], ids: [] }, focused: undefined, kept: null };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * The rows shown with the focused row kept where it was last shown, so that an edit never moves it
 * away under the focus and no other step's row takes its place: a row that an edit took out of the
 * filtered rows stays (reason 'filters'), and a row whose edit changed the value the rows are sorted
 * by stays in its place instead of moving to its sorted one (reason 'sorting'). It is kept until the
 * focus leaves it and `focused` is undefined or another row, or until its sorted place is that
 * place again. A row the last result did not show is not brought in. Returns `shown` itself when no
 * row is kept, and the same ids while the rows shown are the same in the same order (the
 * virtualiser re-measures rows for new ones). Updates the cache.
 */
export function keepFocusedRow(shown: ShownStepRows, focused: StepRow | undefined, cache: KeptRowCache): ShownStepRows {
  let result = shown;
  let kept: KeptRowCache['kept'] = null;
  if (focused) {
    const stepId = focused.step.id;
    const before = cache.kept?.stepId === stepId ? cache.kept : null;
    const last = before ? before.at : cache.result.ids.indexOf(stepId);
    // where the filters and sorting put the row now; not among the shown rows: the filters left it out
    const now = shown.ids.indexOf(stepId);
    const reason: KeptReason = now < 0 ? 'filters' : 'sorting';
    const edited = cache.focused !== undefined && cache.focused !== focused && cache.focused.step.id === stepId;
    const keep = reason === 'filters' || (now >= 0 && now !== last && (before !== null || edited));
    if (last >= 0 && keep) {
      const rows = shown.rows.slice();
      const ids = shown.ids.slice();
      if (now >= 0) {
        rows.splice(now, 1);
        ids.splice(now, 1);
      }
      const at = Math.min(last, rows.length);
      rows.splice(at, 0, focused);
      ids.splice(at, 0, stepId);
      const unchanged = (before?.at === at && before.base === shown.ids) || sameIds(ids, cache.result.ids);
      result = { rows, ids: unchanged ? cache.result.ids : ids, kept: { stepId, reason } };
      kept = { stepId, at, base: shown.ids, reason };
    }
  }
  cache.result = result;
  cache.focused = focused;
  cache.kept = kept;
  return result;
}
