// The ease / benefit matrix as pure data for the chart the UI and the report draw: one point per
// ranked step with x = ease E (0–100) and y = hours saved per year, or max(AS, DS) when the
// ranking works on the 0–100 index because quantities are missing. It owns the two rules both
// drawings follow: a point's number is the step's rank (the number the top-five list and the
// report's ranking give it), which quadrant a point is in, so which steps are "quick wins", which
// steps their recommendation defers wherever they lie (drawn as diamonds, so a step in the green
// quick-win area that is no quick win looks different there), and where on the drawing each
// point's number goes and in which order the marks are painted.
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
  /**
   * its recommendation puts the step on hold wherever it lies: stabilise first, or keep
   * ("beibehalten"); it is "later" and drawn as a diamond, also in the quick-win area
   */
  deferred: boolean;
  /** the step lies in the quick-win area (top right), a quick win or deferred there */
  inQuickWinArea: boolean;
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
/** a diamond's corners lie this many radii from its centre, so it looks as large as a circle */
const diamondReach = 1.3;

/**
 * The SVG path of the diamond that marks a deferred step (stabilise first or keep), around (cx, cy),
 * as large as a circle of radius r looks (both drawings of the matrix use it).
 */
export function diamondPath(cx: number, cy: number, r: number): string {
  const d = r * diamondReach;
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

/** Where quick wins lie: easy (ease at or above xSplit) and worth much (y at or above ySplit). */
function inQuickWinArea(point: Pick<MatrixPoint, 'x' | 'y'>, split: Pick<Matrix, 'xSplit' | 'ySplit'>): boolean {
  return point.x >= split.xSplit && point.y >= split.ySplit;
}

/** Whether the step's recommendation puts it on hold wherever it lies: stabilise first, or keep. */
function isDeferred(point: Pick<MatrixPoint, 'stabiliseFirst' | 'recommendation'>): boolean {
  return point.stabiliseFirst || point.recommendation === 'keep';
}

/**
 * The quadrant of a point. Worth much: y at or above ySplit. Easy: ease at or above xSplit; the
 * estimated ease (50, the method's neutral value while the ease is not answered) counts as it is
 * used in the priority, and the point says it is estimated. A step the feasibility gate holds back
 * is "later" wherever it lies: the method says "not now", so it is never a quick win. Nor is a step
 * the method recommends to keep ("beibehalten": neither score reaches its threshold, e.g. DS 57
 * against 60), wherever it lies (at the top right too: the benefit's border is half the scale): a
 * report that said "do it on the side", "a major project" or "quick win" beside "beibehalten" would
 * contradict itself.
 */
export function quadrantOf(
  point: Pick<MatrixPoint, 'x' | 'y' | 'stabiliseFirst' | 'recommendation'>,
  split: Pick<Matrix, 'xSplit' | 'ySplit'>,
): Quadrant {
  if (isDeferred(point)) return 'later';
  if (inQuickWinArea(point, split)) return 'quickWin';
  const easy = point.x >= split.xSplit;
  const worthy = point.y >= split.ySplit;
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
    const point = { x: score.ease, y, easeEstimated: score.easeEstimated, stabiliseFirst: score.stabiliseFirst, recommendation: score.recommendation };
    const placement = { quadrant: quadrantOf(point, split), deferred: isDeferred(point), inQuickWinArea: inQuickWinArea(point, split) };
    return { stepId: score.stepId, name: names.get(score.stepId) ?? '', number, ...point, ...placement };
  });
  return { basis, points, xMax: scaleMax, yMax, ...split };
}

/** A rectangle on the drawing, in its own units (SVG user units). */
export interface MatrixBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A point where a drawing puts it: its centre, its number and whether it is drawn as a diamond (a deferred step). */
export interface MatrixSpot {
  cx: number;
  cy: number;
  number: number;
  deferred: boolean;
}

/** A number label: its text, its centre (drawn with text-anchor middle, dominant-baseline central) and the box it takes. */
export interface MatrixLabel {
  text: string;
  x: number;
  y: number;
  box: MatrixBox;
}

export interface MatrixLabelStyle {
  /** a circle's radius; a diamond reaches 1.3 times as far */
  radius: number;
  fontSize: number;
  /** labels stay inside */
  bounds: MatrixBox;
  /** boxes no label may cover, such as a quadrant's heading */
  obstacles?: readonly MatrixBox[];
}

export interface MatrixLabelLayout {
  /** the spots' indices in painting order: circles first, then diamonds, so no circle hides a diamond */
  order: number[];
  /** per spot, its label, given to the first spot of each place; null for the others on that place */
  labels: (MatrixLabel | null)[];
}

/** The directions tried around a point, first free one taken: above right first, then round it. */
const directions: readonly (readonly [number, number])[] = [
  [1, -1],
  [1, 0],
  [1, 1],
  [-1, -1],
  [-1, 0],
  [-1, 1],
  [0, -1],
  [0, 1],
];
/** how many rings of directions are tried, each one line further out */
const rings = 3;
const labelGap = 2;

/** The size a text takes, generously: 0.7 em a character (digits of common sans-serif fonts are up to 0.7 em wide), 0.4 em for ", ". */
function textSize(text: string, fontSize: number): { width: number; height: number } {
  const ems = [...text].reduce((sum, char) => sum + (char === ',' || char === ' ' ? 0.4 : 0.7), 0);
  return { width: ems * fontSize, height: 1.25 * fontSize };
}

/** The box a one-line text takes, drawn at x with that text-anchor and its baseline at y, for obstacles such as a quadrant's heading. */
export function textBox(text: string, fontSize: number, x: number, y: number, anchor: 'start' | 'end'): MatrixBox {
  const { width, height } = textSize(text, fontSize);
  const left = anchor === 'start' ? x : x - width;
  return { left, top: y - height, right: left + width, bottom: y + height / 4 };
}

/** A label broken between words into lines no wider than `length` at `fontSize` (a word wider than that stays whole): an axis's name. */
export function labelLines(label: string, fontSize: number, length: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textSize(`${last} ${word}`, fontSize).width <= length) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function overlaps(a: MatrixBox, b: MatrixBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function markBox(spot: MatrixSpot, radius: number): MatrixBox {
  const reach = spot.deferred ? radius * diamondReach : radius;
  return { left: spot.cx - reach, top: spot.cy - reach, right: spot.cx + reach, bottom: spot.cy + reach };
}

/** How far a box lies from a point's centre: 0 when the centre is inside it. */
function distanceTo(box: MatrixBox, spot: MatrixSpot): number {
  return Math.hypot(Math.max(box.left - spot.cx, 0, spot.cx - box.right), Math.max(box.top - spot.cy, 0, spot.cy - box.bottom));
}

function inside(box: MatrixBox, bounds: MatrixBox): boolean {
  return box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
}

/**
 * Where each point's number goes and in which order the marks are painted. Points on one place
 * (to the drawing unit) share one label naming them all ("5, 6"). Labels are placed in rank order:
 * of the positions around the point, nearest ring first, the first that covers no mark, no label
 * placed before, no obstacle, stays within the bounds and lies nearer to its own point than to any
 * other; if none does, the one that fails fewest of these.
 */
export function layoutMatrixLabels(spots: readonly MatrixSpot[], style: MatrixLabelStyle): MatrixLabelLayout {
  const { radius, fontSize, bounds, obstacles = [] } = style;
  const place = (spot: MatrixSpot) => `${Math.round(spot.cx)},${Math.round(spot.cy)}`;
  const numbers = new Map<string, number[]>();
  spots.forEach((spot) => numbers.set(place(spot), [...(numbers.get(place(spot)) ?? []), spot.number]));
  const taken: MatrixBox[] = [...obstacles, ...spots.map((spot) => markBox(spot, radius))];
  const labels = spots.map((spot, index): MatrixLabel | null => {
    if (spots.findIndex((other) => place(other) === place(spot)) !== index) return null;
    const text = (numbers.get(place(spot)) ?? []).join(', ');
    const { width, height } = textSize(text, fontSize);
    const reach = (spot.deferred ? radius * diamondReach : radius) + labelGap;
    const candidates = Array.from({ length: rings }, (_, ring) =>
      directions.map(([dx, dy]): MatrixLabel => {
        const x = spot.cx + dx * (reach + width / 2 + ring * height);
        const y = spot.cy + dy * (reach + height / 2 + ring * height);
        return { text, x, y, box: { left: x - width / 2, top: y - height / 2, right: x + width / 2, bottom: y + height / 2 } };
      }),
    ).flat();
    const others = spots.filter((other) => place(other) !== place(spot));
    // a label as near to another point as to its own would be read as that point's
    const misleading = (label: MatrixLabel) => others.some((other) => distanceTo(label.box, other) <= distanceTo(label.box, spot));
    const cost = (label: MatrixLabel) =>
      (inside(label.box, bounds) ? 0 : taken.length + 2) + taken.filter((box) => overlaps(label.box, box)).length + (misleading(label) ? 1 : 0);
    const chosen = candidates.reduce((best, candidate) => (cost(candidate) < cost(best) ? candidate : best));
    taken.push(chosen.box);
    return chosen;
  });
  const indices = spots.map((_, index) => index);
  const order = [...indices.filter((index) => !spots[index].deferred), ...indices.filter((index) => spots[index].deferred)];
  return { order, labels };
}
