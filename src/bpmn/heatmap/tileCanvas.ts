// How the heatmap's tiles are drawn on its one 2D canvas under the diagram: a step's fill (at
// bpmn-js's 95 % fill opacity), the hatch of open steps and the outline, where and as bpmn-js draws
// the step's own body (a rounded rectangle, the outline centred on its edge), in diagram
// coordinates; and the boxes that say which tiles a redraw must cover. Heatmap.ts decides when.
import type { HeatmapStyle } from './heatmapScale';
import { hatchPattern } from './heatmapScale';

/** A box in diagram coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A step's body as bpmn-js draws it: its bounds, outline width and corner radius. */
export interface TileShape extends Box {
  strokeWidth: number;
  radius: number;
}

/** The view: a diagram point p shows at p × scale + (dx, dy), in CSS pixels of the canvas. */
export interface TileView {
  scale: number;
  dx: number;
  dy: number;
}

/** bpmn-js fills shapes with 95 % opacity */
const fillOpacity = 0.95;
/**
 * The hatch as in the exported SVG (heatmapSvg.ts): hatchPattern's stripe turned by 45°, one every
 * `size` across the stripes, which is √2 × `size` along a horizontal line.
 */
const stripeSpacing = hatchPattern.size * Math.SQRT2;

/** What the tile covers: its bounds and the half of the outline outside them. */
export function tileBounds(tile: TileShape): Box {
  const half = tile.strokeWidth / 2;
  return { x: tile.x - half, y: tile.y - half, width: tile.width + tile.strokeWidth, height: tile.height + tile.strokeWidth };
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The box grown by `margin` on every side. */
export function grown(box: Box, margin: number): Box {
  return { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
}

/** The part of the diagram a canvas of `width` × `height` CSS pixels shows in this view. */
export function visibleBox(view: TileView, width: number, height: number): Box {
  return { x: -view.dx / view.scale, y: -view.dy / view.scale, width: width / view.scale, height: height / view.scale };
}

function outline(context: CanvasRenderingContext2D, tile: TileShape): void {
  context.beginPath();
  context.roundRect(tile.x, tile.y, tile.width, tile.height, tile.radius);
}

/** Grey stripes over the fill, inside the tile's outline. */
function hatch(context: CanvasRenderingContext2D, tile: TileShape): void {
  context.save();
  context.clip();
  context.beginPath();
  // each stripe is a line x + y = c
  const first = Math.floor((tile.x + tile.y) / stripeSpacing) * stripeSpacing;
  const last = tile.x + tile.width + tile.y + tile.height;
  for (let c = first; c <= last; c += stripeSpacing) {
    context.moveTo(c - tile.y, tile.y);
    context.lineTo(c - tile.y - tile.height, tile.y + tile.height);
  }
  context.lineWidth = hatchPattern.strokeWidth;
  context.strokeStyle = hatchPattern.stroke;
  context.stroke();
  context.restore();
}

/** Draws one tile; the context's transform maps diagram coordinates to the canvas's pixels. */
export function drawTile(context: CanvasRenderingContext2D, tile: TileShape, style: HeatmapStyle): void {
  outline(context, tile);
  context.globalAlpha = fillOpacity;
  context.fillStyle = style.fill;
  context.fill();
  context.globalAlpha = 1;
  if (style.pattern === 'hatched') {
    hatch(context, tile);
    outline(context, tile);
  }
  context.setLineDash(style.dash ? style.dash.trim().split(/[\s,]+/).map(Number) : []);
  context.lineWidth = tile.strokeWidth;
  context.strokeStyle = style.stroke;
  context.stroke();
}
