// Browser tests of the tiles' strips: what the surface holds reaches the page's strips, band by
// band, across a strip's edge, and only where a band falls.
import { afterEach, describe, expect, it } from 'vitest';
import { TileStrips } from './tileStrips';
import { shownTilePixel } from '../testing/tilePixels';

let strips: TileStrips;

function shownPixel(column: number, row: number): number[] {
  return shownTilePixel(strips.element, column, row);
}

function paint(colour: string, top: number, bottom: number): void {
  const context = strips.context!;
  context.fillStyle = colour;
  context.fillRect(0, top, strips.width, bottom - top);
}

function mountStrips(width: number, height: number, ratio = 1): void {
  strips = new TileStrips('test-strips');
  document.body.append(strips.element);
  strips.resize(width, height, ratio);
}

afterEach(() => {
  strips.element.remove();
});

describe('tile strips', () => {
  it('given a surface of 300 rows at 1.5 pixels per CSS pixel, when sized, then strips of at most 128 rows cover it, each as wide as the surface and as high as its rows', () => {
    mountStrips(120, 300, 1.5);

    const shown = [...strips.element.querySelectorAll('canvas')];
    expect(shown.map((strip) => strip.height)).toEqual([128, 128, 44]);
    expect(shown.every((strip) => strip.width === 120)).toBe(true);
    const cssHeights = shown.map((strip) => parseFloat(strip.style.height));
    [128 / 1.5, 128 / 1.5, 44 / 1.5].forEach((height, index) => expect(cssHeights[index]).toBeCloseTo(height, 3));
    expect([strips.width, strips.height]).toEqual([120, 300]);
  });

  it('given a drawing across a strip edge, when its rows are shown, then both strips show it and the surface keeps it', () => {
    mountStrips(100, 600);
    paint('rgb(0, 0, 255)', 240, 270);

    strips.show([{ top: 240, bottom: 270 }]);

    expect(shownPixel(50, 245)).toEqual([0, 0, 255, 255]);
    expect(shownPixel(50, 265)).toEqual([0, 0, 255, 255]);
    expect(shownPixel(50, 275)).toEqual([0, 0, 0, 0]);
    // the handover leaves the surface's own drawing as it was
    expect([...strips.context!.getImageData(50, 250, 1, 1).data]).toEqual([0, 0, 255, 255]);
  });

  it('given a change in one strip, when only its rows are shown, then the other strips keep what they showed', () => {
    mountStrips(100, 600);
    paint('rgb(255, 0, 0)', 0, 600);
    strips.show([{ top: 0, bottom: 600 }]);
    paint('rgb(0, 128, 0)', 0, 600);

    strips.show([{ top: 300, bottom: 310 }]);

    expect(shownPixel(10, 10)).toEqual([255, 0, 0, 255]);
    expect(shownPixel(10, 305)).toEqual([0, 128, 0, 255]);
    expect(shownPixel(10, 550)).toEqual([255, 0, 0, 255]);
  });
});
