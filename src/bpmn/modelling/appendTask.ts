// "Aufgabe anfügen": the keyboard's way to add a step, which bpmn-js offers only by mouse (palette,
// context pad). A new task is appended after the selected flow element, or, with nothing fitting
// selected, after the right-most open end of the shown diagram (a flow element with no outgoing
// sequence flow, e.g. the start event of a new process), placed and connected by bpmn-js's own
// auto-placement, selected, and its label opened for typing.
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import { isLabel } from 'diagram-js/lib/util/ModelUtil';
import { scrollIntoFreeView } from '../navigation/freeView';
import { isShape } from '../shapes';

interface AutoPlace {
  append(source: Shape, shape: Shape): Shape;
}

interface ElementFactory {
  createShape(attributes: { type: string }): Shape;
}

interface DirectEditing {
  activate(element: Shape): void;
}

interface FlowBusinessObject {
  $instanceOf(type: string): boolean;
  isForCompensation?: boolean;
  triggeredByEvent?: boolean;
}

/**
 * A flow element a sequence flow may leave: what bpmn-js's context pad offers "append" for. Not the
 * external label of an event or gateway: it shares its element's business object but no flow
 * leaves it, so it looked like an open end, and a task appended to it got no flow.
 */
function canAppendTo(element: Element): element is Shape {
  if (!isShape(element) || isLabel(element)) return false;
  const business = element.businessObject as FlowBusinessObject | undefined;
  if (!business?.$instanceOf('bpmn:FlowNode')) return false;
  return !business.$instanceOf('bpmn:EndEvent') && !business.$instanceOf('bpmn:BoundaryEvent') && !business.isForCompensation && !business.triggeredByEvent;
}

function hasOutgoingFlow(shape: Shape): boolean {
  return shape.outgoing.some((connection) => connection.type === 'bpmn:SequenceFlow');
}

function rightEdge(shape: Shape): number {
  return shape.x + shape.width;
}

/** The element the new task follows, or undefined when the shown diagram has none. */
function appendSource(modeler: Modeler): Shape | undefined {
  const selected = modeler.get<Selection>('selection').get() as Element[];
  if (selected.length === 1 && canAppendTo(selected[0])) return selected[0];
  const canvas = modeler.get<Canvas>('canvas');
  const root = canvas.getRootElement();
  const candidates = (modeler.get<ElementRegistry>('elementRegistry').getAll() as Element[]).filter(
    (element): element is Shape => canAppendTo(element) && canvas.findRoot(element) === root,
  );
  const openEnds = candidates.filter((shape) => !hasOutgoingFlow(shape));
  const pool = openEnds.length > 0 ? openEnds : candidates;
  let rightMost: Shape | undefined;
  for (const shape of pool) if (!rightMost || rightEdge(shape) > rightEdge(rightMost)) rightMost = shape;
  return rightMost;
}

/**
 * Appends a task after appendSource(), selects it and opens its label for typing. Returns the new
 * task's id, or undefined (nothing changed) when the diagram has no element to append to.
 */
export function appendTask(modeler: Modeler): string | undefined {
  const source = appendSource(modeler);
  if (!source) return undefined;
  const task = modeler.get<ElementFactory>('elementFactory').createShape({ type: 'bpmn:Task' });
  const appended = modeler.get<AutoPlace>('autoPlace').append(source, task);
  modeler.get<Selection>('selection').select(appended);
  scrollIntoFreeView(modeler.get<Canvas>('canvas'), appended);
  modeler.get<DirectEditing>('directEditing').activate(appended);
  return appended.id;
}
