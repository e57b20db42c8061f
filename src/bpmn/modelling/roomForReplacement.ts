// Room for an element that grows when its type is changed ("Element ändern", bpmn-js's replace
// menu; by keyboard through the element actions menu): a task that becomes an expanded sub-process
// grows from about 100 × 80 to 350 × 200, and bpmn-js grows it around its middle over whatever
// stands near. Where that would cover another element or reach over a lane, pool or sub-process
// that holds it, the element here grows from where it stood along the flow (right; down in a
// vertical pool) and equally to both sides across it, so its flows stay straight, and the diagram
// makes room as bpmn-js's space tool makes it: what lies beyond each edge that moved moves on by as
// much (along the flow: in its pool), lanes, pools and sub-processes that hold it grow with it, and
// flows follow. Made inside the replacement's command, before the new element is created: one undo
// takes back both. A replacement that does not grow, or grows over nothing, stays as bpmn-js makes it.
import type { Element as BpmnElement } from 'bpmn-js/lib/model/Types';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import { selfAndAllChildren } from 'diagram-js/lib/util/Elements';
import { isConnection, isLabel } from 'diagram-js/lib/util/ModelUtil';
import { isHorizontal } from 'bpmn-js/lib/util/DiUtil';
import { is, isAny } from 'bpmn-js/lib/util/ModelUtil';
import { end, overlap, SIZE } from '../bounds';
import type { Axis, Bounds } from '../bounds';
import { isShape } from '../shapes';
import { innermostLanes } from './lanePlacement';

type Direction = 'n' | 'e' | 's' | 'w';

interface Point {
  x: number;
  y: number;
}

/** the part of bpmn-js's space tool (BpmnSpaceTool) used here; `delta` of calculateAdjustments is a signed number */
interface SpaceTool {
  calculateAdjustments(elements: Element[], axis: Axis, delta: number, start: number): { movingShapes: Shape[]; resizingShapes: Shape[] };
  makeSpace(movingShapes: Shape[], resizingShapes: Shape[], delta: Point, direction: Direction, start: number): void;
}

/** the context of diagram-js's `shape.replace` command; `newData` holds the new element's middle and size */
interface ReplaceContext {
  oldShape: Element;
  newData: Point & { width?: number; height?: number };
}

const OTHER_AXIS = { x: 'y', y: 'x' } as const;
/** the space tool's direction for room made beyond an edge, and before it */
const BEYOND = { x: 'e', y: 's' } as const;
const BEFORE = { x: 'w', y: 'n' } as const;

function ancestorsOf(element: Element): Element[] {
  const ancestors: Element[] = [];
  for (let parent = element.parent; parent; parent = parent.parent) ancestors.push(parent);
  return ancestors;
}

/** one way the diagram may make room: the space tool's line at `start`, moved by `amount` (> 0) */
interface Room {
  axis: Axis;
  /** true: room beyond the line (right or down); false: before it (left or up) */
  beyond: boolean;
  start: number;
  amount: number;
  /** the room is made among this element and all it holds */
  scope: Element;
}

export class RoomForReplacement {
  static $inject = ['eventBus', 'spaceTool'];

  constructor(
    eventBus: EventBus,
    private readonly spaceTool: SpaceTool,
  ) {
    // before ReplaceShapeHandler creates the new element: it is created where the room is, and the
    // room belongs to the replacement's command
    eventBus.on('commandStack.shape.replace.preExecute', ({ context }: { context: ReplaceContext }) => this.makeRoom(context));
  }

  private makeRoom({ oldShape, newData }: ReplaceContext): void {
    if (!isShape(oldShape) || isLabel(oldShape) || isAny(oldShape, ['bpmn:Participant', 'bpmn:Lane'])) return;
    const width = newData.width ?? oldShape.width;
    const height = newData.height ?? oldShape.height;
    if (width <= oldShape.width && height <= oldShape.height) return;
    const ancestors = ancestorsOf(oldShape);
    const root = ancestors[ancestors.length - 1] ?? oldShape;
    const others = this.coverable(oldShape, root, ancestors);
    const holders = [...ancestors.filter(isShape), ...ancestors.flatMap((ancestor) => innermostLanes(ancestor)).filter((lane) => overlap(lane, oldShape))];
    const asBpmnJsPlacesIt: Bounds = { x: newData.x - width / 2, y: newData.y - height / 2, width, height };
    if (!this.crowds(asBpmnJsPlacesIt, others, holders)) return;

    const pool = ancestors.find((ancestor) => is(ancestor, 'bpmn:Participant'));
    const along: Axis = pool && !isHorizontal(pool as BpmnElement) ? 'y' : 'x';
    const across = OTHER_AXIS[along];
    const grownAcross = Math.max(0, { x: width, y: height }[across] - oldShape[SIZE[across]]);
    const grownBefore = Math.floor(grownAcross / 2);
    const grown: Bounds = { x: oldShape.x, y: oldShape.y, width, height };
    grown[across] -= grownBefore;
    newData.x = grown.x + width / 2;
    newData.y = grown.y + height / 2;

    const rooms: Room[] = [
      { axis: along, beyond: true, start: end(oldShape, along), amount: { x: width, y: height }[along] - oldShape[SIZE[along]], scope: pool ?? root },
      { axis: across, beyond: false, start: oldShape[across], amount: grownBefore, scope: root },
      { axis: across, beyond: true, start: end(oldShape, across), amount: grownAcross - grownBefore, scope: root },
    ];
    const own = new Set(selfAndAllChildren(oldShape).flatMap((element) => [element, ...(element.labels ?? []), ...((element as Shape).attachers ?? [])]));
    for (const room of rooms) {
      if (room.amount > 0 && this.needs(room, grown, others, holders)) this.make(room, own);
    }
  }

  /** the elements the grown element must not cover: any shape in the diagram but lanes, pools, groups and what holds or belongs to `shape` */
  private coverable(shape: Shape, root: Element, ancestors: Element[]): Shape[] {
    const own = new Set<Element>([shape, ...selfAndAllChildren(shape), ...ancestors]);
    return selfAndAllChildren(root).filter(
      (element): element is Shape =>
        isShape(element) &&
        !element.hidden &&
        !own.has(element) &&
        !isAny(element, ['bpmn:Participant', 'bpmn:Lane', 'bpmn:Group']) &&
        !(element.labelTarget && own.has(element.labelTarget)) &&
        !(element.host && own.has(element.host)) &&
        !isConnection(element),
    );
  }

  private crowds(bounds: Bounds, others: Shape[], holders: Shape[]): boolean {
    return (
      others.some((other) => overlap(bounds, other)) ||
      holders.some((holder) => bounds.x < holder.x || bounds.y < holder.y || end(bounds, 'x') > end(holder, 'x') || end(bounds, 'y') > end(holder, 'y'))
    );
  }

  /** true when the grown element covers something the room would move away, or reaches over a holder on that side */
  private needs({ axis, beyond, start }: Room, grown: Bounds, others: Shape[], holders: Shape[]): boolean {
    const covered = others.filter((other) => overlap(grown, other));
    if (beyond) return covered.some((other) => other[axis] > start) || holders.some((holder) => end(grown, axis) > end(holder, axis));
    return covered.some((other) => end(other, axis) < start) || holders.some((holder) => grown[axis] < holder[axis]);
  }

  /** moves and resizes as the space tool does when its line at `start` is dragged by `amount`, leaving alone what is being replaced */
  private make({ axis, beyond, start, amount, scope }: Room, own: Set<Element>): void {
    const signed = beyond ? amount : -amount;
    const { movingShapes, resizingShapes } = this.spaceTool.calculateAdjustments(selfAndAllChildren(scope), axis, signed, start);
    const delta: Point = { x: 0, y: 0 };
    delta[axis] = signed;
    this.spaceTool.makeSpace(
      movingShapes.filter((shape) => !own.has(shape)),
      resizingShapes.filter((shape) => !own.has(shape)),
      delta,
      beyond ? BEYOND[axis] : BEFORE[axis],
      start,
    );
  }
}

export const roomForReplacementModule = {
  __init__: ['roomForReplacement'],
  roomForReplacement: ['type', RoomForReplacement],
};
