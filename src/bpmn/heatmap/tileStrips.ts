// Where the heatmap's tiles are drawn and how the page shows them: a 2D surface off the page that
// keeps the drawing (Heatmap.ts draws on it with tileCanvas.ts), shown in horizontal strips, each a
// canvas that holds a bitmap copied from the surface. Only the strips a redraw touched are copied
// again.
//
// The tiles used to be drawn on a 2D canvas in the page. Without a GPU, Chromium copied that
// canvas for the compositor in every frame while it was shown, drawn or not: 1-9 ms a frame at the
// size of a view (a scroll, a zoom step, a changed answer, any change in the page; fourteenth
// session). A canvas that shows a bitmap is not copied again until it gets a new one.
// One bitmap for the whole drawing cost 6-7 ms per changed tile (handing the surface's drawing
// over, then drawing it back onto the surface); a strip's copy costs a fraction of that.

/**
 * Pixel rows per strip: a changed tile touches two or three of them (a task is 80 CSS pixels high
 * at zoom 1; 10 changed answers at 1,000 steps copied 16 strips). Counted in the device's pixels,
 * each strip's CSS height is its rows at the pixel ratio, so the strips meet on whole device pixels
 * at any ratio, with no seam between them.
 */
const stripRows = 128;

/** A band of the surface's pixel rows, top inclusive, bottom exclusive. */
export interface PixelRows {
  top: number;
  bottom: number;
}

interface Strip {
  canvas: HTMLCanvasElement;
  shown: ImageBitmapRenderingContext;
  top: number;
  rows: number;
}

export class TileStrips {
  /** the strips' box in the page, placed, sized and moved by Heatmap.ts */
  readonly element: HTMLDivElement;
  /** the surface's 2D context, to draw the tiles with; null where the browser has no OffscreenCanvas */
  readonly context: OffscreenCanvasRenderingContext2D | null;
  private readonly surface: OffscreenCanvas | undefined;
  /** a strip's pixels on their way from the surface to the strip */
  private readonly copy: OffscreenCanvasRenderingContext2D | null;
  private strips: Strip[] = [];

  constructor(className: string) {
    this.element = document.createElement('div');
    this.element.className = className;
    this.element.setAttribute('aria-hidden', 'true');
    const offscreen = typeof OffscreenCanvas === 'function';
    this.surface = offscreen ? new OffscreenCanvas(1, 1) : undefined;
    this.context = this.surface?.getContext('2d') ?? null;
    this.copy = offscreen ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  }

  get width(): number {
    return this.surface?.width ?? 0;
  }

  get height(): number {
    return this.surface?.height ?? 0;
  }

  /** Gives the surface this size in pixels (`ratio` device pixels per CSS pixel), emptied; strips to match. */
  resize(pixelWidth: number, pixelHeight: number, ratio: number): void {
    if (!this.surface) return;
    this.surface.width = pixelWidth;
    this.surface.height = pixelHeight;
    const strips: Strip[] = [];
    for (let top = 0; top < pixelHeight; top += stripRows) {
      const rows = Math.min(stripRows, pixelHeight - top);
      const canvas = document.createElement('canvas');
      canvas.width = pixelWidth;
      canvas.height = rows;
      canvas.style.height = `${rows / ratio}px`;
      const shown = canvas.getContext('bitmaprenderer');
      if (shown) strips.push({ canvas, shown, top, rows });
    }
    this.strips = strips;
    this.element.replaceChildren(...strips.map((strip) => strip.canvas));
  }

  /** Shows what the surface holds in these rows, in the strips they fall in. */
  show(bands: readonly PixelRows[]): void {
    const { surface, copy } = this;
    if (!surface || !copy) return;
    for (const strip of this.strips) {
      const bottom = strip.top + strip.rows;
      if (!bands.some((band) => band.top < bottom && band.bottom > strip.top)) continue;
      // the copy is empty after each handover, and sized for the next strip only when it differs
      if (copy.canvas.width !== surface.width) copy.canvas.width = surface.width;
      if (copy.canvas.height !== strip.rows) copy.canvas.height = strip.rows;
      copy.drawImage(surface, 0, -strip.top);
      strip.shown.transferFromImageBitmap(copy.canvas.transferToImageBitmap());
    }
  }
}
