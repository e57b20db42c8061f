// The rows of the steps table: one StepRow per step, derived from the diagram's steps, their
// assessments and their scores, with the language-dependent labels the table sorts and searches
// by, and the priority basis the rows rank by. Rows keep their identity while their inputs do, so
// one changed answer makes one new row; the result names the positions that changed, so the
// sorting and filtering after it can patch their previous result instead of starting over.
import type { Step, StepAssessment, StepType } from '../../domain/assessment';
import type { Score, StepScore } from '../../domain/scoreTypes';
import { priorityIncomplete } from '../../domain/scoring';

/** Which priority the table shows: hours per year when every open step has quantities. */
export type PriorityBasis = 'hours' | 'index';

export interface StepRow {
  step: Step;
  assessment: StepAssessment | undefined;
  score: StepScore | undefined;
  /** readable, translated step type */
  typeLabel: string;
  /** translated building block, '' without one */
  blockLabel: string;
  /** the priority of the table's basis; undefined when there is none to rank by */
  priority: number | undefined;
}

/** Language-dependent inputs of a row; a new object invalidates every cached row. */
export interface StepRowLabels {
  typeLabel: (type: StepType) => string;
  blockLabel: (blockId: string) => string;
}

/** What deriveStepRows hands on: the rows, their priority basis, and what changed since last time. */
export interface StepRows {
  /** one row per step, in the order of the steps */
  rows: readonly StepRow[];
  priorityBasis: PriorityBasis;
  /**
   * The previous result's rows and the positions whose row was replaced since; every other
   * position holds the same row object. Null when the rows were made anew (other steps, other
   * labels or another priority basis).
   */
  changedSince: { rows: readonly StepRow[]; positions: readonly number[] } | null;
}

/** How a step counts for the priority basis (see priorityBasisFrom). */
interface BasisCounts {
  /** applicable, not automated steps with an hours-based priority */
  counted: number;
  /** applicable, not automated steps without one (or without a score) */
  lacking: number;
}

/** Rows made for earlier inputs, reused while a step, its assessment and its score are unchanged. */
export interface StepRowCache {
  labels: StepRowLabels | null;
  /** the inputs of the last result */
  steps: readonly Step[];
  assessments: ReadonlyMap<string, StepAssessment> | null;
  scores: ReadonlyMap<string, StepScore> | null;
  counts: BasisCounts;
  result: StepRows;
  /** the position of each step id in `steps`, made when first needed; null until then */
  positionOf: Map<string, number> | null;
}

export function createStepRowCache(): StepRowCache {
  return {
    labels: null,
    steps: [],
    assessments: null,
    scores: null,
    counts: { counted: 0, lacking: 0 },
    result: { rows: [], priorityBasis: 'index', changedSince: null },
    positionOf: null,
  };
}

/** +1 to `counted`, +1 to `lacking`, or nothing (not applicable or already automated). */
function basisRole(score: StepScore | undefined): keyof BasisCounts | null {
  if (score && (!score.applicable || score.automated)) return null;
  return !score || score.priorityHours === null ? 'lacking' : 'counted';
}

/**
 * Rankings use hours per year when every applicable, not yet automated step has quantities
 * (scoring-method.md, 5.), otherwise the 0–100 index. A step without a score has no quantities.
 */
function priorityBasisFrom(counts: BasisCounts): PriorityBasis {
  return counts.lacking === 0 && counts.counted > 0 ? 'hours' : 'index';
}

/** A score's value as shown and sorted: undefined when missing, not applicable or incomplete. */
export function finalScoreValue(score: Score | undefined): number | undefined {
  if (!score || score.incomplete || score.value === null) return undefined;
  return score.value;
}

function priorityOf(score: StepScore | undefined, basis: PriorityBasis): number | undefined {
  if (!score || !score.applicable) return undefined;
  if (priorityIncomplete(score)) return undefined;
  const value = basis === 'hours' ? score.priorityHours : score.priorityIndex;
  return value ?? undefined;
}

function makeRow(step: Step, assessment: StepAssessment | undefined, score: StepScore | undefined, labels: StepRowLabels, basis: PriorityBasis): StepRow {
  const blockId = assessment?.buildingBlock;
  return {
    step,
    assessment,
    score,
    typeLabel: labels.typeLabel(step.type),
    blockLabel: blockId ? labels.blockLabel(blockId) : '',
    priority: priorityOf(score, basis),
  };
}

/**
 * The keys whose value object differs between two maps, found by walking both side by side (no
 * look-ups); null when their keys are not the same sequence, as a map copied and then `set`
 * keeps them.
 */
function changedKeys<V>(before: ReadonlyMap<string, V>, after: ReadonlyMap<string, V>): string[] | null {
  if (before.size !== after.size) return null;
  const keys = before.keys();
  const values = before.values();
  const changed: string[] = [];
  let sameKeys = true;
  after.forEach((value, key) => {
    if (!sameKeys) return;
    if (keys.next().value !== key) sameKeys = false;
    else if (values.next().value !== value) changed.push(key);
  });
  return sameKeys ? changed : null;
}

/**
 * The positions of the steps whose assessment or score object changed since the cached result,
 * in order. Walks the maps side by side when their keys are the same sequence as before; else
 * looks every step up. Steps are the cached ones (same array).
 */
function changedPositions(
  cache: StepRowCache,
  steps: readonly Step[],
  assessments: ReadonlyMap<string, StepAssessment>,
  scores: ReadonlyMap<string, StepScore>,
): number[] {
  const changedAssessments = cache.assessments && changedKeys(cache.assessments, assessments);
  const changedScores = changedAssessments && cache.scores && changedKeys(cache.scores, scores);
  if (changedAssessments && changedScores) {
    cache.positionOf ??= new Map(steps.map((step, index) => [step.id, index]));
    // every step id once: then each changed id names at most one position
    if (cache.positionOf.size === steps.length) {
      const positions = new Set<number>();
      for (const id of [...changedAssessments, ...changedScores]) {
        const position = cache.positionOf.get(id);
        if (position !== undefined) positions.add(position);
      }
      return [...positions].sort((a, b) => a - b);
    }
  }
  const rows = cache.result.rows;
  const positions: number[] = [];
  for (let index = 0; index < steps.length; index += 1) {
    const row = rows[index];
    const id = steps[index].id;
    if (row.score !== scores.get(id) || row.assessment !== assessments.get(id)) positions.push(index);
  }
  return positions;
}

/** The position of a step in the steps of the cache's last rows (process order); undefined for none. */
export function stepPosition(cache: StepRowCache, stepId: string): number | undefined {
  cache.positionOf ??= new Map(cache.steps.map((step, index) => [step.id, index]));
  return cache.positionOf.get(stepId);
}

function remember(
  cache: StepRowCache,
  inputs: { steps: readonly Step[]; assessments: ReadonlyMap<string, StepAssessment>; scores: ReadonlyMap<string, StepScore>; labels: StepRowLabels },
  counts: BasisCounts,
  result: StepRows,
): StepRows {
  if (cache.steps !== inputs.steps) cache.positionOf = null;
  cache.steps = inputs.steps;
  cache.assessments = inputs.assessments;
  cache.scores = inputs.scores;
  cache.labels = inputs.labels;
  cache.counts = counts;
  cache.result = result;
  return result;
}

/**
 * One row per step, in the order of `steps`, and the priority basis. With the same steps and
 * labels as last time only the positions whose assessment or score object changed get new rows
 * (found without work per unchanged step beyond walking the maps); otherwise rows are matched by step id
 * and reused where step, assessment, score and basis are the same. Updates the cache; the same
 * inputs twice give the same result object.
 */
export function deriveStepRows(
  steps: readonly Step[],
  assessments: ReadonlyMap<string, StepAssessment>,
  scores: ReadonlyMap<string, StepScore>,
  labels: StepRowLabels,
  cache: StepRowCache,
): StepRows {
  const inputs = { steps, assessments, scores, labels };
  const previous = cache.result;
  if (cache.labels === labels && cache.steps === steps) {
    if (cache.assessments === assessments && cache.scores === scores) return previous;
    const positions = changedPositions(cache, steps, assessments, scores);
    const counts = { ...cache.counts };
    for (const index of positions) {
      const before = basisRole(previous.rows[index].score);
      const after = basisRole(scores.get(steps[index].id));
      if (before) counts[before] -= 1;
      if (after) counts[after] += 1;
    }
    const basis = priorityBasisFrom(counts);
    if (basis === previous.priorityBasis) {
      if (positions.length === 0) return remember(cache, inputs, counts, previous);
      const rows = previous.rows.slice();
      for (const index of positions) {
        const step = steps[index];
        rows[index] = makeRow(step, assessments.get(step.id), scores.get(step.id), labels, basis);
      }
      return remember(cache, inputs, counts, { rows, priorityBasis: basis, changedSince: { rows: previous.rows, positions } });
    }
  }

  const counts: BasisCounts = { counted: 0, lacking: 0 };
  for (const step of steps) {
    const role = basisRole(scores.get(step.id));
    if (role) counts[role] += 1;
  }
  const basis = priorityBasisFrom(counts);
  const reusable = cache.labels === labels && basis === previous.priorityBasis ? new Map(previous.rows.map((row) => [row.step.id, row])) : undefined;
  const rows = new Array<StepRow>(steps.length);
  for (let index = 0; index < steps.length; index += 1) {
    const step = steps[index];
    const assessment = assessments.get(step.id);
    const score = scores.get(step.id);
    const cached = reusable?.get(step.id);
    rows[index] =
      cached && cached.step === step && cached.assessment === assessment && cached.score === score ? cached : makeRow(step, assessment, score, labels, basis);
  }
  return remember(cache, inputs, counts, { rows, priorityBasis: basis, changedSince: null });
}
