// Putting an element into a lane by keyboard: which lanes of its pool an element can be moved into
// ("In andere Lane verschieben …" in the element actions menu, elementActions.ts), the move itself,
// and room in a lane for what the editor puts into it. By the arrow keys a task crosses a lane one
// or ten units a press; here it goes at once: into its own column of the lane chosen, in the lane's
// middle or the free place nearest to it, or, where that column is taken, right of what stands
// there. A lane lower than an element the editor puts into it (a move from this menu, or an element
// created by keyboard, createElements.ts) first grows at its far edge to hold it with padding, its
// pool and what lies beyond making room as when that edge is dragged, in the same undo step as the
// move or creation. Vertical lanes work the same way across. What the mouse moves or creates is
// left as bpmn-js leaves it.
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type Rules from 'diagram-js/lib/features/rules/Rules';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import { isConnection, isLabel } from 'diagram-js/lib/util/ModelUtil';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { scrollIntoFreeView } from '../navigation/freeView';
import { end, holds, middle, overlap } from '../bounds';
import type { Axis as Coordinate, Bounds } from '../bounds';
import { isShape } from '../shapes';

interface Modeling {
  moveElements(shapes: Shape[], delta: { x: number; y: number }, target: Element): void;
  resizeLane(lane: Shape, bounds: Bounds, balanced: boolean): void;
}

type Hints = Record<string, unknown>;

/**
 * The hint of an `elements.create` command (modeling.createElements) that names the lane the first
 * element goes into, to be grown first where it is lower than the element and its padding.
 */
export const ROOM_IN_LANE_HINT = 'plRoomInLane';

/** the command that moves a shape into a lane of its pool, the lane grown first where needed */
const MOVE_INTO_LANE = 'pl.lane.moveInto';

interface MoveIntoLaneContext {
  shape: Shape;
  lane: Shape;
}

/** room between a lane's edge and an element the editor puts into it, in diagram units */
const LANE_PADDING = 20;
/** room between an element moved into a lane and one already standing there */
const GAP = 50;
/** how far apart the places across a lane are that a move tries, nearest to the lane's middle first */
const ACROSS_STEP = 10;

interface Axis {
  /** the coordinate across the lanes (y for horizontal lanes) and the size along it */
  across: Coordinate;
  acrossSize: 'width' | 'height';
  /** the coordinate along the lanes, where an element's column is */
  along: Coordinate;
  alongSize: 'width' | 'height';
}

const HORIZONTAL: Axis = { across: 'y', acrossSize: 'height', along: 'x', alongSize: 'width' };
const VERTICAL: Axis = { across: 'x', acrossSize: 'width', along: 'y', alongSize: 'height' };

/** as bpmn-js reads it: a lane is horizontal unless its diagram shape says otherwise */
export function isHorizontalLane(lane: Shape): boolean {
  return (lane as { di?: { isHorizontal?: boolean } }).di?.isHorizontal !== false;
}

function axisOf(lane: Shape): Axis {
  return isHorizontalLane(lane) ? HORIZONTAL : VERTICAL;
}

/** the lanes of a pool or lane that have no lanes of their own (bpmn-js draws nested lanes as children of their lane) */
export function innermostLanes(container: Element): Shape[] {
  const lanes = ((container.children as Element[] | undefined) ?? []).filter((child): child is Shape => isShape(child) && is(child, 'bpmn:Lane'));
  return lanes.flatMap((lane) => {
    const inner = innermostLanes(lane);
    return inner.length > 0 ? inner : [lane];
  });
}

/** the pool a lane (or anything in a pool) belongs to; undefined outside pools */
export function poolOf(element: Element): Element | undefined {
  let parent = element.parent;
  while (parent && !is(parent, 'bpmn:Participant')) parent = parent.parent;
  return parent;
}

/** the innermost lane of `pool` that holds the middle of `shape`; undefined when none does */
export function laneHolding(pool: Element, shape: Bounds): Shape | undefined {
  return innermostLanes(pool).find((lane) => holds(lane, shape));
}

export class LanePlacement {
  static $inject = ['canvas', 'commandStack', 'eventBus', 'modeling', 'rules', 'selection'];

  constructor(
    private readonly canvas: Canvas,
    private readonly commandStack: CommandStack,
    eventBus: EventBus,
    private readonly modeling: Modeling,
    private readonly rules: Rules,
    private readonly selection: Selection,
  ) {
    // before the elements exist, inside the command: one undo takes back the creation and the growth
    eventBus.on('commandStack.elements.create.preExecute', ({ context }: { context: { elements: Shape[]; hints?: Hints } }) => {
      const lane = context.hints?.[ROOM_IN_LANE_HINT] as Shape | undefined;
      if (lane && context.elements[0]) this.makeRoom(lane, context.elements[0]);
    });
    // the move as one command: the lane grows first (what lies beyond it moves on, the element too
    // when it does), then the element goes to its place in the lane as it now is
    commandStack.register(MOVE_INTO_LANE, {
      preExecute: ({ shape, lane }: MoveIntoLaneContext) => {
        this.makeRoom(lane, shape);
        const axis = axisOf(lane);
        const spot = this.freeSpot(shape, lane, axis);
        const delta = { x: 0, y: 0 };
        delta[axis.across] = Math.round(spot.across - middle(shape, axis.across));
        delta[axis.along] = Math.round(spot.along - middle(shape, axis.along));
        this.modeling.moveElements([shape], delta, shape.parent as Element);
      },
    });
  }

  /** the lanes `shape` can be moved into, top to bottom (left to right): every innermost lane of its pool but its own */
  targets(shape: Element): Shape[] {
    const pool = shape.parent;
    if (!isShape(shape) || isLabel(shape) || isConnection(shape) || shape.host || !pool || !is(pool, 'bpmn:Participant')) return [];
    const own = laneHolding(pool, shape);
    return innermostLanes(pool)
      .filter((lane) => lane !== own)
      .sort((a, b) => a.y - b.y || a.x - b.x);
  }

  /**
   * Moves `shape` into `lane` (one of targets(shape)), undoably, and keeps it selected and in view;
   * false when bpmn-js does not allow the move.
   */
  moveInto(shape: Shape, lane: Shape): boolean {
    if (!this.rules.allowed('elements.move', { shapes: [shape], target: shape.parent })) return false;
    const context: MoveIntoLaneContext = { shape, lane };
    this.commandStack.execute(MOVE_INTO_LANE, context);
    this.selection.select(shape);
    scrollIntoFreeView(this.canvas, shape);
    return true;
  }

  /**
   * Where the middle of `shape` goes across `lane` when the editor creates it there: the lane's
   * middle, or, in a lane lower than the shape and its padding, the padding below the lane's top
   * (the lane then grows at its far edge: ROOM_IN_LANE_HINT).
   */
  static acrossInLane(shape: Bounds, lane: Shape): number {
    const axis = axisOf(lane);
    return Math.max(middle(lane, axis.across), lane[axis.across] + LANE_PADDING + shape[axis.acrossSize] / 2);
  }

  /**
   * Where in `lane` the middle of `shape` goes: in its own column (the flow reads on in the same
   * order), in the lane's middle or as near to it as is free, at least the padding off the lane's
   * edges; where the whole column is taken, in the lane's middle right of (below) what stands in the
   * way, one step after the other. A shape higher than the lane goes the padding below its top.
   */
  private freeSpot(shape: Shape, lane: Shape, axis: Axis): { across: number; along: number } {
    const others = this.contentBeside(shape);
    const size = shape[axis.acrossSize];
    const first = lane[axis.across] + LANE_PADDING + size / 2;
    const last = end(lane, axis.across) - LANE_PADDING - size / 2;
    const centre = LanePlacement.acrossInLane(shape, lane);
    const inTheWayAt = (across: number, along: number) => {
      const box: Bounds = { ...shape };
      box[axis.across] = across - size / 2;
      box[axis.along] = along - shape[axis.alongSize] / 2;
      return others.filter((other) => overlap(box, other));
    };
    const column = middle(shape, axis.along);
    for (let offset = 0; centre - offset >= first || centre + offset <= last; offset += ACROSS_STEP) {
      for (const across of [centre - offset, centre + offset]) if (across >= first && across <= last && inTheWayAt(across, column).length === 0) return { across, along: column };
    }
    let along = column;
    for (let step = 0; step <= others.length; step += 1) {
      const inTheWay = inTheWayAt(centre, along);
      if (inTheWay.length === 0) break;
      along = Math.max(...inTheWay.map((other) => end(other, axis.along))) + GAP + shape[axis.alongSize] / 2;
    }
    return { across: centre, along };
  }

  /** the shapes in the pool of `shape` that take up room, but `shape` and what belongs to it (labels, boundary events) */
  private contentBeside(shape: Shape): Shape[] {
    const pool = shape.parent as Element;
    return ((pool.children as Element[] | undefined) ?? []).filter(
      (other): other is Shape =>
        isShape(other) &&
        other !== shape &&
        !is(other, 'bpmn:Lane') &&
        !isConnection(other) &&
        other.labelTarget !== shape &&
        other.host !== shape &&
        !(isLabel(other) && other.labelTarget?.host === shape),
    );
  }

  /** grows `lane` at its far edge (bottom, or right for a vertical lane) until `shape` fits in it with padding */
  private makeRoom(lane: Shape, shape: Bounds): void {
    const axis = axisOf(lane);
    const needed = shape[axis.acrossSize] + 2 * LANE_PADDING;
    if (lane[axis.acrossSize] >= needed) return;
    const bounds: Bounds = { x: lane.x, y: lane.y, width: lane.width, height: lane.height };
    bounds[axis.acrossSize] = needed;
    this.modeling.resizeLane(lane, bounds, false);
  }
}

export const lanePlacementModule = {
  __init__: ['lanePlacement'],
  lanePlacement: ['type', LanePlacement],
};
