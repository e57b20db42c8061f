// The ease / benefit matrix as pure data for the chart the UI and the report draw: one point per
// ranked step with x = ease E (0–100) and y = hours saved per year, or max(AS, DS) when the
// ranking works on the 0–100 index because quantities are missing. It owns the two rules both
// drawings follow: a point's number is the step's rank (the number the top-five list and the
// report's ranking give it), and which quadrant a point is in, so which steps are "quick wins".
import type { Step } from './assessment';
import type { RankedSteps, Recommendation, StepScore } from './scoreTypes';
import { usableValue } from './scoring';

export type Quadrant = 'quickWin' | 'majorProject' | 'fillIn' | 'later';

export interface MatrixPoint {
  stepId: string;
  name: string;
  /** the step's rank: 1 = highest priority, as in the ranking */
  number: number;
  /** ease E 0–100 */
  x: number;
  /** hours saved per year, or max(AS, DS) 0–100 */
  y: number;
  /** E is the estimate (EI incomplete) */
  easeEstimated: boolean;
  /** the feasibility gate holds the step back: "not now: stabilise first" */
  stabiliseFirst: boolean;
  quadrant: Quadrant;
  recommendation: Recommendation;
}

export interface Matrix {
  /** what y shows: 'hours' = Einsparung (Std./Jahr), 'index' = max(AS, DS) */
  basis: RankedSteps['basis'];
  /** points in rank order */
  points: MatrixPoint[];
  xMax: number;
  /** 100 for the index; for hours the largest value rounded up to 1, 2 or 5 × 10^k */
  yMax: number;
  /** ease at or above this is easy */
  xSplit: number;
  /** y at or above this is worth much */
  ySplit: number;
}

const scaleMax = 100;

/**
 * The SVG path of the diamond that marks a step to stabilise first, around (cx, cy), as large as a
 * circle of radius r looks (both drawings of the matrix use it).
 */
export function diamondPath(cx: number, cy: number, r: number): string {
  const d = r * 1.3;
  return `M${cx} ${cy - d}L${cx + d} ${cy}L${cx} ${cy + d}L${cx - d} ${cy}Z`;
}

/** The smallest 1, 2 or 5 × 10^k at or above the value; 1 for nothing. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 5, 10];
  const fraction = value / magnitude;
  const step = steps.find((s) => fraction <= s + 1e-9) ?? 10;
  return step * magnitude;
}

/**
 * The quadrant of a point. Worth much: y at or above ySplit. Easy: ease at or above xSplit; the
 * estimated ease (50, the method's neutral value while the ease is not answered) counts as it is
 * used in the priority, and the point says it is estimated. A step the feasibility gate holds back
 * is "later" wherever it lies: the method says "not now", so it is never a quick win.
 */
export function quadrantOf(
  point: Pick<MatrixPoint, 'x' | 'y' | 'stabiliseFirst'>,
  split: Pick<Matrix, 'xSplit' | 'ySplit'>,
): Quadrant {
  if (point.stabiliseFirst) return 'later';
  const easy = point.x >= split.xSplit;
  const worthy = point.y >= split.ySplit;
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

/**
 * The matrix of the ranked steps on the ranking's basis, each point numbered with its rank; a
 * ranked step without a y is left out (its number is not given to another step).
 */
export function matrixPoints(steps: readonly Step[], ranking: RankedSteps): Matrix {
  const { basis } = ranking;
  const names = new Map(steps.map((step) => [step.id, step.name]));
  const placed: { score: StepScore; number: number; y: number }[] = [];
  ranking.ranked.forEach((score, index) => {
    const y = yOf(score, basis);
    if (y !== null) placed.push({ score, number: index + 1, y });
  });
  const yMax = basis === 'index' ? scaleMax : niceCeiling(Math.max(0, ...placed.map((p) => p.y)));
  const split = { xSplit: scaleMax / 2, ySplit: yMax / 2 };
  const points = placed.map(({ score, number, y }) => {
    const point = { x: score.ease, y, easeEstimated: score.easeEstimated, stabiliseFirst: score.stabiliseFirst };
    return {
      stepId: score.stepId,
      name: names.get(score.stepId) ?? '',
      number,
      ...point,
      quadrant: quadrantOf(point, split),
      recommendation: score.recommendation,
    };
  });
  return { basis, points, xMax: scaleMax, yMax, ...split };
}
