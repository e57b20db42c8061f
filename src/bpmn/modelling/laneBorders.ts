// A lane's border dragged by the mouse stops at the steps on either side of it. bpmn-js keeps a
// pool's outer edges off the elements inside, but lets the border between two lanes pass through
// them: a tester dragged the lower border of "Antragsteller/in" down and "Bürgerbüro" shrank to
// 60 px, its tasks and gateway reaching over the border, so nobody could tell which lane they were in.
// Now the border stops short of the lane's own elements (it cannot shrink the lane through them)
// and, when it moves the neighbouring lane's border too (bpmn-js's default; with Ctrl it makes room
// instead, moving what lies beyond), short of the neighbour's elements. A border that already
// touches an element is never pushed away by this; it only cannot go further into it.
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import { isConnection, isLabel } from 'diagram-js/lib/util/ModelUtil';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { isShape } from '../shapes';
import { holds } from '../bounds';
import { isHorizontalLane, poolOf } from './lanePlacement';

/** diagram-js's resize constraints: the box the shape must still hold (min) and may at most reach (max) */
interface Trbl {
  top?: number;
  right?: number;
  bottom?: number;
  left?: number;
}

interface ResizeContext {
  shape: Element;
  direction: string;
  /** bpmn-js: the neighbouring lane's border moves along (no Ctrl held) */
  balanced?: boolean;
  resizeConstraints?: { min: Trbl; max: Trbl };
}

/** after bpmn-js's own lane constraints (ResizeBehavior, priority 1500) */
const AFTER_BPMN_JS = 1000;
/** room kept between a border and an element */
const PADDING = 10;
/** how near two lanes' edges lie to count as the same border (bpmn-js's own tolerance) */
const SAME_BORDER = 10;

interface Box {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

function boxOf(shape: Shape): Box {
  return { top: shape.y, right: shape.x + shape.width, bottom: shape.y + shape.height, left: shape.x };
}

function allLanes(container: Element): Shape[] {
  return ((container.children as Element[] | undefined) ?? []).filter((child): child is Shape => isShape(child) && is(child, 'bpmn:Lane')).flatMap((lane) => [lane, ...allLanes(lane)]);
}

/** what takes room in a lane: the pool's flow elements and artifacts, but labels, connections and groups (which may span lanes) */
function contentOf(pool: Element): Shape[] {
  return ((pool.children as Element[] | undefined) ?? []).filter(
    (child): child is Shape =>
      isShape(child) && !child.hidden && !isLabel(child) && !isConnection(child) && !is(child, 'bpmn:Group') && !is(child, 'bpmn:Lane') && (is(child, 'bpmn:FlowElement') || is(child, 'bpmn:Artifact')),
  );
}

type Side = 'top' | 'right' | 'bottom' | 'left';

/** the side's opposite, and whether the side grows towards larger coordinates */
const SIDES: Record<Side, { opposite: Side; outwards: 1 | -1 }> = {
  top: { opposite: 'bottom', outwards: -1 },
  right: { opposite: 'left', outwards: 1 },
  bottom: { opposite: 'top', outwards: 1 },
  left: { opposite: 'right', outwards: -1 },
};

/** the sides a resize handle moves, across the lane (top/bottom of a horizontal lane, left/right of a vertical one) */
function sidesAcross(direction: string, horizontal: boolean): Side[] {
  const sides: Side[] = [];
  if (horizontal && direction.includes('n')) sides.push('top');
  if (horizontal && direction.includes('s')) sides.push('bottom');
  if (!horizontal && direction.includes('w')) sides.push('left');
  if (!horizontal && direction.includes('e')) sides.push('right');
  return sides;
}

class LaneBorders {
  static $inject = ['eventBus'];

  constructor(eventBus: EventBus) {
    eventBus.on('resize.start', AFTER_BPMN_JS, ({ context }: { context: ResizeContext }) => {
      const { shape, direction, balanced, resizeConstraints } = context;
      const pool = poolOf(shape);
      if (!isShape(shape) || !is(shape, 'bpmn:Lane') || !resizeConstraints || !pool) return;
      const lane = boxOf(shape);
      const content = contentOf(pool);
      const own = content.filter((element) => holds(shape, element));
      for (const side of sidesAcross(direction, isHorizontalLane(shape))) {
        const { opposite, outwards } = SIDES[side];
        const outermost = (values: number[]) => values.reduce((a, b) => (outwards * a > outwards * b ? a : b));
        const innermost = (values: number[]) => values.reduce((a, b) => (outwards * a < outwards * b ? a : b));
        // inwards (shrinking the lane): not through its own elements; an element the border already
        // comes nearer than the padding keeps the border where it is
        if (own.length > 0) {
          const reach = innermost([lane[side], outermost(own.map((element) => boxOf(element)[side] + outwards * PADDING))]);
          const held = resizeConstraints.min[side];
          resizeConstraints.min[side] = held === undefined ? reach : outermost([held, reach]);
        }
        if (balanced === false) continue;
        // outwards (the neighbour's border moving along): not through the neighbour's elements
        const neighbours = allLanes(pool).filter((other) => other !== shape && Math.abs(boxOf(other)[opposite] - lane[side]) < SAME_BORDER);
        const beyond = content.filter((element) => neighbours.some((other) => holds(other, element)));
        if (beyond.length > 0) {
          const reach = outermost([lane[side], innermost(beyond.map((element) => boxOf(element)[opposite] - outwards * PADDING))]);
          const held = resizeConstraints.max[side];
          resizeConstraints.max[side] = held === undefined ? reach : innermost([held, reach]);
        }
      }
    });
  }
}

export const laneBordersModule = {
  __init__: ['laneBorders'],
  laneBorders: ['type', LaneBorders],
};
