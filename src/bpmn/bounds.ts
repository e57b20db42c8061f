// Plain geometry of diagram-js's shapes (anything with x, y, width and height, in diagram units) that
// the modelling modules and the heatmap picture share: where a box ends on an axis, its middle,
// whether two boxes overlap, the box that holds two, and whether a region holds a box's middle (the
// rule by which an element lies in a lane).
export type Axis = 'x' | 'y';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** the size that goes with each axis */
export const SIZE = { x: 'width', y: 'height' } as const;

/** where the box ends on the axis: its right (x) or bottom (y) edge */
export function end(bounds: Bounds, axis: Axis): number {
  return bounds[axis] + bounds[SIZE[axis]];
}

export function middle(bounds: Bounds, axis: Axis): number {
  return bounds[axis] + bounds[SIZE[axis]] / 2;
}

export function overlap(a: Bounds, b: Bounds): boolean {
  return a.x < end(b, 'x') && b.x < end(a, 'x') && a.y < end(b, 'y') && b.y < end(a, 'y');
}

/** the smallest box that holds both */
export function union(a: Bounds, b: Bounds): Bounds {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(end(a, 'x'), end(b, 'x')) - x, height: Math.max(end(a, 'y'), end(b, 'y')) - y };
}

/** true when the middle of `shape` lies inside `region` */
export function holds(region: Bounds, shape: Bounds): boolean {
  const x = middle(shape, 'x');
  const y = middle(shape, 'y');
  return x >= region.x && x <= end(region, 'x') && y >= region.y && y <= end(region, 'y');
}
