// How a diagram picture too big to read on one page prints in parts ("Ausschnitte"): a grid of
// equal tiles, each filling the width of a landscape A4 page at a scale where a step's label (12
// units high) prints about 2.5 mm high. Neighbouring tiles overlap a little, and where a cut would
// run through a step, the next tile starts before that step, so that it is whole there (a step up
// to nearly half a tile in size). Pure geometry on the picture's units.

/** A box in a picture's units, from its top left corner. */
export interface PictureBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Paper per picture unit on a tile: a label of 12 units prints 2.5 mm high. */
export const tileMillimetresPerUnit = 0.21;

/**
 * The most of a picture one tile shows: a landscape A4 page's printable width (297 mm less 2 × 15
 * mm margin) and its height (210 mm less 2 × 20 mm) less the tile's caption line, at the tiles' scale.
 */
export const tileSize = { width: Math.floor(267 / tileMillimetresPerUnit), height: Math.floor(155 / tileMillimetresPerUnit) };

/**
 * Below this scale (paper per unit) the whole picture on one page shows a label smaller than 1.7 mm:
 * then it also prints in tiles. A process of ten steps in three lanes (1810 units wide, 1.8 mm on a
 * landscape page) stays above it.
 */
export const readableOverviewScale = 0.14;

/** The least overlap of two neighbouring tiles, and the room left before a step a tile starts at. */
const overlapMargin = 20;

/**
 * Where the tiles start along one side of `length` units (steps' `spans` on it: from, to): one tile
 * when it fits, else each next tile where the one before ends less the margin, or before the first
 * step its end cuts through, at most half a tile back; the last one ends at the end.
 */
function tileStarts(length: number, tile: number, spans: readonly (readonly [number, number])[]): number[] {
  const starts = [0];
  for (let start = 0; start + tile < length; ) {
    const end = start + tile;
    const cut = spans.filter(([from, to]) => from < end && to > end).map(([from]) => from - overlapMargin);
    const next = Math.max(start + tile / 2, Math.min(end - overlapMargin, ...cut));
    start = Math.min(next, length - tile);
    starts.push(start);
  }
  return starts;
}

/** To a tenth of a unit, down or up: a start rounded down and a size rounded up still cover the box. */
function tenths(value: number, round: (value: number) => number): number {
  return round(value * 10) / 10;
}

/**
 * The tiles (row by row, in reading order) a picture of the given size prints in besides the whole
 * of it, when the whole printed at `overviewScale` (paper per unit) is too small to read; none
 * otherwise. `steps` are the boxes of the picture's steps: each one up to nearly half a tile in size lies
 * whole in at least one tile.
 */
export function printTiles(picture: { width: number; height: number }, steps: readonly PictureBox[], overviewScale: number): PictureBox[] {
  if (overviewScale >= readableOverviewScale) return [];
  const width = Math.min(picture.width, tileSize.width);
  const height = Math.min(picture.height, tileSize.height);
  const columns = tileStarts(picture.width, tileSize.width, steps.map((step) => [step.x, step.x + step.width] as const));
  const rows = tileStarts(picture.height, tileSize.height, steps.map((step) => [step.y, step.y + step.height] as const));
  return rows.flatMap((y) => columns.map((x) => ({ x: tenths(x, Math.floor), y: tenths(y, Math.floor), width: tenths(width, Math.ceil), height: tenths(height, Math.ceil) })));
}
