// How the heatmap's tiles are drawn on its 2D surface (off the page; Heatmap.ts decides when and
// shows the drawing on a canvas under the diagram): a step's fill (at bpmn-js's 95 % fill
// opacity), the hatch of open steps and the outline, where and as bpmn-js draws the step's own body
// (a rounded rectangle, the outline centred on its edge), in diagram coordinates; and the boxes
// that say which tiles a redraw must cover.
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

/** A tile to draw and its colours. */
export interface DrawnTile {
  tile: TileShape;
  style: HeatmapStyle;
}

/** bpmn-js fills shapes with 95 % opacity */
const fillOpacity = 0.95;
/** pixels per diagram unit of the hatch's image: its stripes stay sharp up to this zoom */
const hatchResolution = 4;

/** What the tile covers: its bounds and the half of the outline outside them. */
export function tileBounds(tile: TileShape): Box {
  const half = tile.strokeWidth / 2;
  return { x: tile.x - half, y: tile.y - half, width: tile.width + tile.strokeWidth, height: tile.height + tile.strokeWidth };
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The smallest box around both. */
export function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** The part both boxes share; undefined where they do not meet. */
export function overlap(a: Box, b: Box): Box | undefined {
  if (!intersects(a, b)) return undefined;
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}

export function contains(outer: Box, inner: Box): boolean {
  return outer.x <= inner.x && outer.y <= inner.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** The box grown by `margin` on every side. */
export function grown(box: Box, margin: number): Box {
  return { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
}

/** The part of the diagram a canvas of `width` × `height` CSS pixels shows in this view. */
export function visibleBox(view: TileView, width: number, height: number): Box {
  return { x: -view.dx / view.scale, y: -view.dy / view.scale, width: width / view.scale, height: height / view.scale };
}

/**
 * The hatch as in the exported SVG (heatmapSvg.ts): a cell of hatchPattern's size with its stripe
 * along the left edge, turned by 45°, in diagram units.
 */
function hatchFill(context: OffscreenCanvasRenderingContext2D): CanvasPattern | null {
  const cell = document.createElement('canvas');
  cell.width = cell.height = hatchPattern.size * hatchResolution;
  const painter = cell.getContext('2d');
  if (!painter) return null;
  painter.fillStyle = hatchPattern.stroke;
  const half = (hatchPattern.strokeWidth / 2) * hatchResolution;
  painter.fillRect(0, 0, half, cell.height);
  painter.fillRect(cell.width - half, 0, half, cell.height);
  const pattern = context.createPattern(cell, 'repeat');
  pattern?.setTransform(new DOMMatrix().rotateSelf(45).scaleSelf(1 / hatchResolution));
  return pattern;
}

const hatches = new WeakMap<OffscreenCanvasRenderingContext2D, CanvasPattern | null>();

/** Tiles drawn alike: one path, filled and stroked at once. */
interface TileGroup {
  path: Path2D;
  style: HeatmapStyle;
  strokeWidth: number;
}

/**
 * Draws the tiles; the context's transform maps diagram coordinates to the canvas's pixels. Tiles
 * drawn alike are one path, filled and outlined at once: 3,000 tiles one by one cost several
 * milliseconds a frame.
 */
export function drawTiles(context: OffscreenCanvasRenderingContext2D, tiles: readonly DrawnTile[]): void {
  const groups = new Map<string, TileGroup>();
  for (const { tile, style } of tiles) {
    const key = `${style.fill} ${style.pattern ?? ''} ${style.stroke} ${style.dash ?? ''} ${tile.strokeWidth}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { path: new Path2D(), style, strokeWidth: tile.strokeWidth }));
    group.path.roundRect(tile.x, tile.y, tile.width, tile.height, tile.radius);
  }
  context.globalAlpha = fillOpacity;
  for (const { path, style } of groups.values()) {
    context.fillStyle = style.fill;
    context.fill(path);
  }
  context.globalAlpha = 1;
  for (const { path, style } of groups.values()) {
    if (style.pattern !== 'hatched') continue;
    if (!hatches.has(context)) hatches.set(context, hatchFill(context));
    const hatch = hatches.get(context);
    if (!hatch) continue;
    context.fillStyle = hatch;
    context.fill(path);
  }
  for (const { path, style, strokeWidth } of groups.values()) {
    context.setLineDash(style.dash ? style.dash.trim().split(/[\s,]+/).map(Number) : []);
    context.lineWidth = strokeWidth;
    context.strokeStyle = style.stroke;
    context.stroke(path);
  }
}
