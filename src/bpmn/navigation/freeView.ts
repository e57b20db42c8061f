// The part of the canvas that no tool covers: diagram-js's palette floats over the canvas's left
// edge, so a diagram fitted or scrolled to the edge would put its first steps, and its pools' and
// lanes' names, under the palette. Fitting the whole diagram and scrolling a step into view both
// keep to the area right of the palette, with a margin all round; a step already in that area is not
// scrolled to (the view the user has, a fitted one too, stays as it is). A fitted diagram also
// leaves room on its right for the context pad of its rightmost element.
import type Canvas from 'diagram-js/lib/core/Canvas';
import type { Element, ElementLike } from 'diagram-js/lib/model/Types';
import { getBBox } from 'diagram-js/lib/util/Elements';

/** space kept free between the diagram and the canvas's edges (and the palette), in screen px */
export const freeViewMargin = 16;
/**
 * space kept free right of a fitted diagram, in screen px: the context pad of its rightmost element
 * (diagram-js's, 72 px wide, 8 px from the element at 100 % and less below; a fit never zooms in
 * beyond 100 %) and a margin; with the margin alone, the pad of the last step was cut off at the
 * canvas's edge, "Aufgabe anfügen" among its entries
 */
export const contextPadRoom = 72 + 8 + freeViewMargin;
/** diagram-js's own padding when it scrolls an element into view, in screen px */
const scrollPadding = 100;

/** How far the palette reaches into the canvas from its left edge (px); 0 when there is none shown. */
export function paletteInset(canvas: Canvas): number {
  const container = canvas.getContainer();
  const palette = container.querySelector<HTMLElement>('.djs-palette');
  if (!palette || palette.getClientRects().length === 0) return 0;
  return Math.max(0, palette.getBoundingClientRect().right - container.getBoundingClientRect().left);
}

/**
 * Shows the whole diagram, centred in the free area and never enlarged beyond 100 %. An empty
 * diagram, or a canvas too small for any free area, gets diagram-js's own fit. A canvas with no size
 * (hidden, or not laid out yet) is left as it is: any fit would divide by its size of 0, and
 * diagram-js's threw "Failed to execute 'scale' on 'SVGMatrix': … non-finite".
 */
export function fitToFreeView(canvas: Canvas): void {
  const { inner, outer } = canvas.viewbox();
  if (outer.width <= 0 || outer.height <= 0) return;
  const left = paletteInset(canvas) + freeViewMargin;
  const width = outer.width - left - contextPadRoom;
  const height = outer.height - 2 * freeViewMargin;
  if (inner.width <= 0 || inner.height <= 0 || width <= 0 || height <= 0) {
    // 'auto' centres the diagram; the typings only name a Point, the implementation takes any truthy value
    canvas.zoom('fit-viewport', 'auto' as unknown as Parameters<Canvas['zoom']>[1]);
    return;
  }
  const scale = Math.min(1, width / inner.width, height / inner.height);
  canvas.viewbox({
    x: inner.x - (left + (width - inner.width * scale) / 2) / scale,
    y: inner.y - (freeViewMargin + (height - inner.height * scale) / 2) / scale,
    width: outer.width / scale,
    height: outer.height / scale,
  });
}

/** Whether the element lies wholly in the free area: right of the palette, inside the margins. */
function inFreeView(canvas: Canvas, element: ElementLike): boolean {
  const { x, y, scale, outer } = canvas.viewbox();
  // getBBox reads only the bounds (or a connection's waypoints) that every ElementLike has
  const box = getBBox(element as Element);
  const left = (box.x - x) * scale;
  const top = (box.y - y) * scale;
  return (
    left >= paletteInset(canvas) + freeViewMargin &&
    top >= freeViewMargin &&
    left + box.width * scale <= outer.width - freeViewMargin &&
    top + box.height * scale <= outer.height - freeViewMargin
  );
}

/** Scrolls the element into view, clear of the palette, unless it lies wholly in the free area already. */
export function scrollIntoFreeView(canvas: Canvas, element: ElementLike): void {
  if (inFreeView(canvas, element)) return;
  const left = Math.max(scrollPadding, paletteInset(canvas) + freeViewMargin);
  canvas.scrollToElement(element, { top: scrollPadding, right: scrollPadding, bottom: scrollPadding, left });
}
