// Tests of the boxes Heatmap.ts decides with whether the tile canvas must be drawn again: what two
// boxes share, what surrounds both, and whether one holds the other. (Drawing is tested on a real
// canvas in Heatmap.browser.test.ts.)
import { describe, expect, it } from 'vitest';
import { contains, grown, intersects, overlap, union } from './tileCanvas';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('tile canvas boxes', () => {
  it('given two boxes that overlap, then their overlap is the part both cover and their union the box around both', () => {
    const a = box(0, 0, 100, 50);
    const b = box(60, 20, 100, 100);

    expect(overlap(a, b)).toEqual(box(60, 20, 40, 30));
    expect(overlap(b, a)).toEqual(box(60, 20, 40, 30));
    expect(union(a, b)).toEqual(box(0, 0, 160, 120));
  });

  it('given boxes that only touch or lie apart, then they have no overlap', () => {
    expect(overlap(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBeUndefined();
    expect(overlap(box(0, 0, 10, 10), box(0, 30, 10, 10))).toBeUndefined();
    expect(intersects(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(false);
  });

  it('given a box, then it holds itself and what lies inside it, not what reaches out of it by any side', () => {
    const outer = box(10, 10, 100, 100);

    expect(contains(outer, outer)).toBe(true);
    expect(contains(outer, box(20, 20, 10, 10))).toBe(true);
    for (const side of [box(9, 20, 10, 10), box(20, 9, 10, 10), box(101, 20, 10, 10), box(20, 101, 10, 10)]) {
      expect(contains(outer, side), JSON.stringify(side)).toBe(false);
    }
    expect(contains(outer, grown(outer, 0.5))).toBe(false);
  });
});
