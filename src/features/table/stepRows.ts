// The rows of the steps table: one StepRow per step, derived from the diagram's steps, their
// assessments and their scores, with the language-dependent labels the table sorts and searches
// by. Rows keep their identity while their inputs do, so one changed answer re-renders one row.
import type { Step, StepAssessment, StepType } from '../../domain/assessment';
import type { Score, StepScore } from '../../domain/scoreTypes';

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
  priorityBasis: PriorityBasis;
}

/** Rows made for earlier inputs, reused while a step, its assessment and its score are unchanged. */
export interface StepRowCache {
  labels: StepRowLabels | null;
  /** the steps the rows were last made for, and those rows, index by index */
  steps: readonly Step[];
  rows: readonly StepRow[];
}

export function createStepRowCache(): StepRowCache {
  return { labels: null, steps: [], rows: [] };
}

/**
 * Rankings use hours per year when every applicable, not yet automated step has quantities
 * (scoring-method.md, 5.), otherwise the 0–100 index. A step without a score has no quantities.
 */
export function priorityBasisOf(steps: readonly Step[], scores: ReadonlyMap<string, StepScore>): PriorityBasis {
  let counted = 0;
  for (const step of steps) {
    const score = scores.get(step.id);
    if (score && (!score.applicable || score.automated)) continue;
    if (!score || score.priorityHours === null) return 'index';
    counted += 1;
  }
  return counted > 0 ? 'hours' : 'index';
}

/** A score's value as shown and sorted: undefined when missing, not applicable or incomplete. */
export function finalScoreValue(score: Score | undefined): number | undefined {
  if (!score || score.incomplete || score.value === null) return undefined;
  return score.value;
}

function priorityOf(score: StepScore | undefined, basis: PriorityBasis): number | undefined {
  if (!score || !score.applicable) return undefined;
  if (score.ds.incomplete && score.as.incomplete) return undefined;
  const value = basis === 'hours' ? score.priorityHours : score.priorityIndex;
  return value ?? undefined;
}

function makeRow(step: Step, assessment: StepAssessment | undefined, score: StepScore | undefined, labels: StepRowLabels): StepRow {
  const blockId = assessment?.buildingBlock;
  return {
    step,
    assessment,
    score,
    typeLabel: labels.typeLabel(step.type),
    blockLabel: blockId ? labels.blockLabel(blockId) : '',
    priority: priorityOf(score, labels.priorityBasis),
  };
}

/**
 * One row per step, in the order of `steps`. Reuses the cached row of a step whose step,
 * assessment and score objects are the same as last time (and the labels too); updates the cache.
 * With the same `steps` array as last time the rows are matched by position, else by step id.
 */
export function deriveStepRows(
  steps: readonly Step[],
  assessments: ReadonlyMap<string, StepAssessment>,
  scores: ReadonlyMap<string, StepScore>,
  labels: StepRowLabels,
  cache: StepRowCache,
): StepRow[] {
  const sameLabels = cache.labels === labels;
  const byPosition = sameLabels && cache.steps === steps;
  const byId = sameLabels && !byPosition ? new Map(cache.rows.map((row) => [row.step.id, row])) : undefined;
  const rows = new Array<StepRow>(steps.length);
  for (let index = 0; index < steps.length; index += 1) {
    const step = steps[index];
    const assessment = assessments.get(step.id);
    const score = scores.get(step.id);
    const cached = byPosition ? cache.rows[index] : byId?.get(step.id);
    rows[index] =
      cached && cached.step === step && cached.assessment === assessment && cached.score === score
        ? cached
        : makeRow(step, assessment, score, labels);
  }
  cache.labels = labels;
  cache.steps = steps;
  cache.rows = rows;
  return rows;
}
