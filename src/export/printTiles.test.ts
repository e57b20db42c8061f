import { describe, expect, it } from 'vitest';
import type { PictureBox } from './printTiles';
import { printTiles, readableOverviewScale, tileSize } from './printTiles';

/** Tasks of 100 × 80 (with a badge above: 88 high) every 150 units across and 120 down, as a wide model draws them. */
function taskGrid(width: number, height: number): PictureBox[] {
  const steps: PictureBox[] = [];
  for (let y = 20; y + 88 <= height; y += 120) for (let x = 20; x + 110 <= width; x += 150) steps.push({ x, y, width: 110, height: 88 });
  return steps;
}

function contains(tile: PictureBox, box: PictureBox): boolean {
  return box.x >= tile.x && box.y >= tile.y && box.x + box.width <= tile.x + tile.width && box.y + box.height <= tile.y + tile.height;
}

describe('printTiles', () => {
  // CCU-7west's top plane: 3335 × 1152, its labels 1 mm high when the whole is fitted to a landscape page
  const picture = { width: 3335, height: 1152 };
  const steps = taskGrid(picture.width, picture.height);
  const tiles = printTiles(picture, steps, 0.08);

  it('given a picture too big to read on one page, when tiled, then every tile has the tiles\' size and they cover the whole picture, overlapping', () => {
    expect(tiles.length).toBeGreaterThan(1);
    for (const tile of tiles) expect([tile.width, tile.height]).toEqual([tileSize.width, tileSize.height]);
    const columns = [...new Set(tiles.map((tile) => tile.x))];
    const rows = [...new Set(tiles.map((tile) => tile.y))];
    expect(columns.length * rows.length).toBe(tiles.length);
    for (const starts of [columns, rows]) expect(starts[0]).toBe(0);
    expect(columns.at(-1)! + tileSize.width).toBeGreaterThanOrEqual(picture.width);
    expect(rows.at(-1)! + tileSize.height).toBeGreaterThanOrEqual(picture.height);
    // each tile starts before the one before it ends
    columns.slice(1).forEach((x, index) => expect(x).toBeLessThan(columns[index] + tileSize.width));
    rows.slice(1).forEach((y, index) => expect(y).toBeLessThan(rows[index] + tileSize.height));
  });

  it('given a picture cut into tiles, then every step lies whole in at least one tile', () => {
    const cut = steps.filter((step) => !tiles.some((tile) => contains(tile, step)));
    expect(cut).toEqual([]);
  });

  it('given steps no tile would hold whole with the least overlap, then the next tile starts before them', () => {
    // a step across where the first tile ends
    const across = { x: tileSize.width - 60, y: 300, width: 110, height: 88 };

    const withStep = printTiles(picture, [across], 0.08);

    expect(withStep.some((tile) => contains(tile, across))).toBe(true);
    expect(printTiles(picture, [], 0.08).some((tile) => contains(tile, across))).toBe(false);
  });

  it('given a picture that can be read whole on its page, when tiled, then it gets no tiles', () => {
    // the sample, 1810 × 682, on a landscape page: 267 mm / 1810 units
    expect(267 / 1810).toBeGreaterThanOrEqual(readableOverviewScale);
    expect(printTiles({ width: 1810, height: 682 }, taskGrid(1810, 682), 267 / 1810)).toEqual([]);
  });

  it('given a picture narrower than a tile but too high to read, when tiled, then its tiles are one column as wide as the picture', () => {
    const tall = { width: 900, height: 2400 };
    const tallTiles = printTiles(tall, taskGrid(900, 2400), 0.07);
    expect(tallTiles.length).toBeGreaterThan(1);
    expect(new Set(tallTiles.map((tile) => `${tile.x} ${tile.width}`))).toEqual(new Set(['0 900']));
  });
});
