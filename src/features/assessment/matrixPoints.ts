// The points of the ease / benefit matrix: one point per scored step, ease (x, 0–100) against hours
// saved per year (y) or, where not every applicable step has quantities, against max(AS, DS)
// (0–100). Pure: the chart draws what this returns; the quadrant split is computed here too.
import type { Step } from '../../domain/assessment';
import { usableValue } from '../../domain/scoring';
import type { RankedSteps, StepScore } from '../../domain/scoreTypes';

export type MatrixBasis = RankedSteps['basis'];

export interface MatrixPoint {
  stepId: string;
  name: string;
  /** 1-based number shown beside the point and in the table, in process order */
  number: number;
  /** x: EI, or the estimated ease when EI is incomplete */
  ease: number;
  easeEstimated: boolean;
  /** y: hours saved per year (basis "hours") or max(AS, DS) (basis "index") */
  value: number;
  /** top-right quadrant: ease and value both at or above the split */
  quickWin: boolean;
}

export interface MatrixData {
  basis: MatrixBasis;
  points: MatrixPoint[];
  /** top of the y axis: 100 for the index, a round number above the largest hours otherwise */
  yMax: number;
  /** ease at or above this is "easy" */
  xSplit: number;
  /** value at or above this is "high benefit": half of yMax */
  ySplit: number;
}

const easeSplit = 50;

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `value` (1 for nothing). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= value * (1 - 1e-12)) ?? 10;
  return step * magnitude;
}

function yValue(score: StepScore, basis: MatrixBasis): number | null {
  if (basis === 'hours') return score.benefit ? score.benefit.hoursSaved : null;
  const values = [usableValue(score.as), usableValue(score.ds)].filter((v): v is number => v !== null);
  return values.length > 0 ? Math.max(...values) : null;
}

/**
 * Points for every applicable, not yet automated step with a y value: with basis "hours" the steps
 * with quantities, with basis "index" the steps where AS or DS is complete enough to be shown.
 */
export function matrixPoints(steps: readonly Step[], scores: ReadonlyMap<string, StepScore>, basis: MatrixBasis): MatrixData {
  const ordered = [...steps].sort((a, b) => a.order - b.order);
  const located: Omit<MatrixPoint, 'number' | 'quickWin'>[] = [];
  for (const step of ordered) {
    const score = scores.get(step.id);
    if (!score || !score.applicable || score.automated) continue;
    const value = yValue(score, basis);
    if (value === null) continue;
    located.push({ stepId: step.id, name: step.name, ease: score.ease, easeEstimated: score.easeEstimated, value });
  }
  const yMax = basis === 'index' ? 100 : niceCeiling(Math.max(0, ...located.map((p) => p.value)));
  const ySplit = yMax / 2;
  const points = located.map((p, index) => ({
    ...p,
    number: index + 1,
    quickWin: p.ease >= easeSplit && p.value >= ySplit,
  }));
  return { basis, points, yMax, xSplit: easeSplit, ySplit };
}
