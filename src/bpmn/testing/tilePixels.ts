// Test support for the heatmap tests (never imported by the app): the pixel the heatmap's tile
// strips (tileStrips.ts) show at a pixel of their surface, read back from the strip that holds its
// row.

/** [r, g, b, alpha], each 0-255, that the strips in `box` show at (column, row) of the surface's pixels. */
export function shownTilePixel(box: HTMLElement, column: number, row: number): number[] {
  let top = 0;
  for (const strip of box.querySelectorAll('canvas')) {
    if (row < top + strip.height) {
      const reader = new OffscreenCanvas(1, 1).getContext('2d')!;
      reader.drawImage(strip, -column, top - row);
      return [...reader.getImageData(0, 0, 1, 1).data];
    }
    top += strip.height;
  }
  throw new Error(`no strip holds pixel row ${row}`);
}
