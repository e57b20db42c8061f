// The ease / benefit matrix as pure data for the chart the UI and the report draw: one point per
// applicable, not yet automated step with x = ease E (0–100) and y = hours saved per year, or
// max(AS, DS) when the ranking works on the 0–100 index because quantities are missing.
// The top-right quadrant holds the "quick wins".
import type { Step } from './assessment';
import type { RankedSteps, Recommendation, StepScore } from './scoreTypes';
import { usableValue } from './scoring';

export type Quadrant = 'quickWin' | 'majorProject' | 'fillIn' | 'later';

export interface MatrixPoint {
  stepId: string;
  name: string;
  /** ease E 0–100 */
  x: number;
  /** hours saved per year, or max(AS, DS) 0–100 */
  y: number;
  /** E is the estimate (EI incomplete) */
  easeEstimated: boolean;
  quadrant: Quadrant;
  recommendation: Recommendation;
}

export interface Matrix {
  /** what y shows: 'hours' = Einsparung (Std./Jahr), 'index' = max(AS, DS) */
  basis: RankedSteps['basis'];
  /** points in process order */
  points: MatrixPoint[];
  xMax: number;
  /** 100 for the index; for hours the largest value rounded up to 1, 2 or 5 × 10^k */
  yMax: number;
  /** x at or above this is easy */
  xSplit: number;
  /** y at or above this is worth much */
  ySplit: number;
}

const scaleMax = 100;

/** The smallest 1, 2 or 5 × 10^k at or above the value; 1 for nothing. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 5, 10];
  const fraction = value / magnitude;
  const step = steps.find((s) => fraction <= s + 1e-9) ?? 10;
  return step * magnitude;
}

function quadrantOf(x: number, y: number, xSplit: number, ySplit: number): Quadrant {
  const easy = x >= xSplit;
  const worthy = y >= ySplit;
  if (easy && worthy) return 'quickWin';
  if (worthy) return 'majorProject';
  if (easy) return 'fillIn';
  return 'later';
}

function yOf(score: StepScore, basis: RankedSteps['basis']): number | null {
  if (basis === 'hours') return score.benefit?.hoursSaved ?? null;
  const counted = [usableValue(score.as), usableValue(score.ds)].filter((v) => v !== null);
  return counted.length === 0 ? null : Math.max(...counted);
}

/** The matrix for the steps of a process on the ranking's basis; steps without a y are left out. */
export function matrixPoints(steps: readonly Step[], scores: ReadonlyMap<string, StepScore>, basis: RankedSteps['basis']): Matrix {
  const placed: { step: Step; score: StepScore; y: number }[] = [];
  for (const step of [...steps].sort((a, b) => a.order - b.order)) {
    const score = scores.get(step.id);
    if (!score || !score.applicable || score.automated) continue;
    const y = yOf(score, basis);
    if (y !== null) placed.push({ step, score, y });
  }
  const yMax = basis === 'index' ? scaleMax : niceCeiling(Math.max(0, ...placed.map((p) => p.y)));
  const xSplit = scaleMax / 2;
  const ySplit = yMax / 2;
  const points = placed.map(({ step, score, y }) => ({
    stepId: step.id,
    name: step.name,
    x: score.ease,
    y,
    easeEstimated: score.easeEstimated,
    quadrant: quadrantOf(score.ease, y, xSplit, ySplit),
    recommendation: score.recommendation,
  }));
  return { basis, points, xMax: scaleMax, yMax, xSplit, ySplit };
}
