// Creating elements by keyboard: what bpmn-js's palette creates only by pointer (a click on the
// palette, then a click on the canvas). The element actions menu (elementActions.ts) lists these
// entries, under the palette's own names, when nothing is selected, and for a selected pool or lane
// those that go into it. The new element goes to a free spot the editor chooses: right of everything
// in its pool (or, in a diagram without pools, right of everything), in the middle of the lane asked
// for or of the lane where the flow has got to (the pool and its lanes grow to take it, bpmn-js's
// auto-resize, and a lane lower than the element grows to hold it, lanePlacement.ts); a new pool
// takes in a process's elements as bpmn-js's palette does, or goes below the other pools. It is
// selected, scrolled into view and its label opened, as for one made by mouse (labelOnCreate.ts).
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Palette from 'diagram-js/lib/features/palette/Palette';
import type { PopupMenuEntries } from 'diagram-js/lib/features/popup-menu/PopupMenuProvider';
import type Rules from 'diagram-js/lib/features/rules/Rules';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import { getBBox } from 'diagram-js/lib/util/Elements';
import { isConnection, isLabel } from 'diagram-js/lib/util/ModelUtil';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { scrollIntoFreeView } from '../navigation/freeView';
import { holds } from '../bounds';
import type { Bounds } from '../bounds';
import { isShape } from '../shapes';
import { opensLabelOnCreate } from './labelOnCreate';
import { innermostLanes, isHorizontalLane, LanePlacement, lanePlacementModule, ROOM_IN_LANE_HINT } from './lanePlacement';

interface ElementFactory {
  createShape(attributes: Record<string, unknown>): Shape;
  createParticipantShape(): Shape;
}

/**
 * The part of modeling this module calls. diagram-js takes the hints as the fourth argument when it
 * is not a number (its typings name only the form with a parent index before them, and hints after
 * an index left undefined are dropped).
 */
interface Modeling {
  createElements(elements: Shape[], position: { x: number; y: number }, parent: Element, hints: Record<string, unknown>): Shape[];
}

interface DirectEditing {
  activate(element: Shape): void;
}

/** the palette's create entries this module offers, and the shapes each makes (the first is the new element) */
const CREATABLE: Record<string, (factory: ElementFactory) => Shape[]> = {
  'create.start-event': (factory) => [factory.createShape({ type: 'bpmn:StartEvent' })],
  'create.intermediate-event': (factory) => [factory.createShape({ type: 'bpmn:IntermediateThrowEvent' })],
  'create.end-event': (factory) => [factory.createShape({ type: 'bpmn:EndEvent' })],
  'create.exclusive-gateway': (factory) => [factory.createShape({ type: 'bpmn:ExclusiveGateway' })],
  'create.task': (factory) => [factory.createShape({ type: 'bpmn:Task' })],
  'create.subprocess-expanded': (factory) => {
    // as bpmn-js's palette makes it: an expanded sub-process with its own start event
    const subProcess = factory.createShape({ type: 'bpmn:SubProcess', x: 0, y: 0, isExpanded: true });
    return [subProcess, factory.createShape({ type: 'bpmn:StartEvent', x: 40, y: 82, parent: subProcess })];
  },
  'create.data-object': (factory) => [factory.createShape({ type: 'bpmn:DataObjectReference' })],
  'create.data-store': (factory) => [factory.createShape({ type: 'bpmn:DataStoreReference' })],
  'create.participant-expanded': (factory) => [factory.createParticipantShape()],
  'create.group': (factory) => [factory.createShape({ type: 'bpmn:Group' })],
};

/** entries that never go into a pool or lane: a pool goes below the others, a group into the diagram */
const OUTSIDE_POOLS = new Set(['create.participant-expanded', 'create.group']);

/** space between the new element and what is already there, in diagram units */
const GAP = 50;
/** bpmn-js's padding around a process's elements when a pool takes them in, and a pool's name band */
const POOL_PADDING = 20;
const POOL_NAME_BAND = 30;

/** the shapes that take up room in a container: no labels, connections or a pool's lanes */
function contentOf(container: Element): Shape[] {
  return ((container.children as Element[] | undefined) ?? []).filter((child): child is Shape => isShape(child) && !isLabel(child) && !isConnection(child) && !is(child, 'bpmn:Lane'));
}

function bottomOf(bounds: Bounds): number {
  return bounds.y + bounds.height;
}

function rightOf(bounds: Bounds): number {
  return bounds.x + bounds.width;
}

/** true when `a` reaches into the height `b` spans: in it, or left or right of it */
function sharesRows(a: Bounds, b: Bounds): boolean {
  return a.y < bottomOf(b) && b.y < bottomOf(a);
}

export class CreateElements {
  static $inject = ['canvas', 'directEditing', 'elementFactory', 'elementRegistry', 'modeling', 'palette', 'rules', 'selection'];

  constructor(
    private readonly canvas: Canvas,
    private readonly directEditing: DirectEditing,
    private readonly elementFactory: ElementFactory,
    private readonly elementRegistry: ElementRegistry,
    private readonly modeling: Modeling,
    private readonly palette: Palette,
    private readonly rules: Rules,
    private readonly selection: Selection,
  ) {}

  /**
   * The palette's create entries that can go into `place` (a pool or a lane; the diagram when
   * undefined), in the palette's order and words. Each creates its element when chosen.
   */
  entries(place?: Shape): PopupMenuEntries {
    const entries: PopupMenuEntries = {};
    for (const [id, entry] of Object.entries(this.palette.getEntries())) {
      const make = CREATABLE[id];
      if (!make || !entry.title || (place && OUTSIDE_POOLS.has(id))) continue;
      const shapes = make(this.elementFactory);
      const target = this.placeFor(shapes[0], place);
      if (!target) continue;
      entries[`pl-create:${id}`] = {
        label: entry.title,
        className: entry.className,
        group: { id: 'create', name: '' },
        action: () => this.create(make(this.elementFactory), place),
      };
    }
    return entries;
  }

  /** the shown diagram's root: an element with children (diagram-js's typings give it as the narrower RootLike) */
  private root(): Element {
    return this.canvas.getRootElement() as Element;
  }

  /**
   * Where `shape` would go: its parent and the centre of its bounds; undefined when bpmn-js allows it
   * nowhere. Right of everything in its pool (or, without pools, in the diagram), so that it covers
   * nothing and follows the flow; in a pool with lanes, in the middle of the lane asked for, or else of
   * the lane where the flow has got to (its right-most step), and that lane (grown first where it is
   * lower than the shape: ROOM_IN_LANE_HINT).
   */
  private placeFor(shape: Shape, place?: Shape): { parent: Element; position: { x: number; y: number }; lane?: Shape } | undefined {
    const root = this.root();
    const position = is(shape, 'bpmn:Participant') ? this.poolPosition(shape) : undefined;
    if (position) return this.allowed(shape, root, position) ? { parent: root, position } : undefined;
    const pool = this.poolFor(place);
    const parent = pool ?? root;
    const taken = this.takenSpace(pool);
    const lane = place && is(place, 'bpmn:Lane') ? place : pool ? this.laneOfFlowEnd(pool, taken) : undefined;
    const row: Bounds | undefined = lane ?? pool;
    const box = taken.length > 0 ? getBBox(taken) : undefined;
    const left = row ? row.x + POOL_NAME_BAND : this.viewCentre().x - shape.width / 2 - GAP;
    const x = (box ? Math.max(rightOf(box), left) : left) + GAP + shape.width / 2;
    const y = lane && isHorizontalLane(lane) ? LanePlacement.acrossInLane(shape, lane) : row ? row.y + row.height / 2 : box ? box.y + box.height / 2 : this.viewCentre().y;
    const at = { x: Math.round(x), y: Math.round(y) };
    if (!this.allowed(shape, parent, at)) return undefined;
    return lane ? { parent, position: at, lane } : { parent, position: at };
  }

  /**
   * The shapes already in the way: every shape of the shown diagram (labels, groups and annotations
   * too) but pools and lanes; when there is a pool, those beside it too (a group drawn past its end).
   */
  private takenSpace(pool?: Shape): Shape[] {
    const root = this.root();
    return (this.elementRegistry.getAll() as Element[]).filter(
      (element): element is Shape =>
        isShape(element) &&
        element !== root &&
        !is(element, 'bpmn:Participant') &&
        !is(element, 'bpmn:Lane') &&
        this.canvas.findRoot(element) === root &&
        (!pool || sharesRows(element, pool)),
    );
  }

  /** the innermost lane of the pool that holds the right-most flow node, or else its top lane; undefined without lanes */
  private laneOfFlowEnd(pool: Shape, taken: Shape[]): Shape | undefined {
    const lanes = innermostLanes(pool).sort((a, b) => a.y - b.y);
    let flowEnd: Shape | undefined;
    for (const shape of taken) if (is(shape, 'bpmn:FlowNode') && !isLabel(shape) && (!flowEnd || rightOf(shape) > rightOf(flowEnd))) flowEnd = shape;
    return (flowEnd && lanes.find((lane) => holds(lane, flowEnd))) ?? lanes[0];
  }

  /**
   * A new pool's centre. In a process with elements it takes them all in, sized as bpmn-js's palette
   * sizes it; otherwise it goes below everything, or to the middle of the view in an empty diagram.
   */
  private poolPosition(pool: Shape): { x: number; y: number } {
    const root = this.root();
    const content = contentOf(root).filter((child) => !is(child, 'bpmn:Group'));
    if (content.length === 0) return this.viewCentre();
    const box = getBBox(content);
    if (is(root, 'bpmn:Process')) {
      pool.width = Math.max(pool.width, box.width + 2 * POOL_PADDING + POOL_NAME_BAND);
      pool.height = Math.max(pool.height, box.height + 2 * POOL_PADDING);
      return { x: Math.round(box.x - POOL_PADDING - POOL_NAME_BAND + pool.width / 2), y: Math.round(box.y - POOL_PADDING + pool.height / 2) };
    }
    return { x: Math.round(box.x + pool.width / 2), y: Math.round(bottomOf(box) + GAP + pool.height / 2) };
  }

  /**
   * The pool a new element goes into: the selected pool or the lane's pool; in a diagram of pools,
   * with nothing selected, the pool with a process in the middle of the view, or else the first such pool.
   * Undefined for a diagram without pools.
   */
  private poolFor(place?: Shape): Shape | undefined {
    let pool: Element | undefined = place;
    while (pool && !is(pool, 'bpmn:Participant')) pool = pool.parent;
    if (pool) return pool as Shape;
    const root = this.root();
    if (!is(root, 'bpmn:Collaboration')) return undefined;
    // a pool that holds a process; an empty pool (a "black box", no process) takes no elements
    const pools = contentOf(root).filter((child) => is(child, 'bpmn:Participant') && Boolean((child.businessObject as { processRef?: unknown }).processRef));
    const centre = this.viewCentre();
    return pools.find((candidate) => holds(candidate, { ...centre, width: 0, height: 0 })) ?? pools[0];
  }

  private viewCentre(): { x: number; y: number } {
    const { x, y, width, height } = this.canvas.viewbox();
    return { x: Math.round(x + width / 2), y: Math.round(y + height / 2) };
  }

  private allowed(shape: Shape, parent: Element, position: { x: number; y: number }): boolean {
    return Boolean(this.rules.allowed('shape.create', { shape, target: parent, position }));
  }

  private create(shapes: Shape[], place?: Shape): void {
    const [shape] = shapes;
    const target = this.placeFor(shape, place);
    if (!target) return;
    this.modeling.createElements(shapes, target.position, target.parent, target.lane ? { [ROOM_IN_LANE_HINT]: target.lane } : {});
    this.selection.select(shape);
    scrollIntoFreeView(this.canvas, shape);
    if (opensLabelOnCreate(shape)) this.directEditing.activate(shape);
  }
}

export const createElementsModule = {
  __depends__: [lanePlacementModule],
  createElements: ['type', CreateElements],
};
