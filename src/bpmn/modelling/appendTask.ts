// "Aufgabe anfügen": the keyboard's way to add a step, which bpmn-js offers only by mouse (palette,
// context pad). A new task is appended after the selected flow element, or, with nothing fitting
// selected, after the right-most open end of the shown diagram (a flow element with no outgoing
// sequence flow, e.g. the start event of a new process), placed and connected by bpmn-js's own
// auto-placement, selected, and its label opened for typing. Escape in that label before anything
// is typed takes the append back, as a cancelled "Aufgabe anfügen": it left an unnamed step behind.
import type Modeler from 'bpmn-js/lib/Modeler';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
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
  /** the editor's outer element, set once it has opened */
  $textbox?: HTMLElement;
}

interface FlowBusinessObject {
  $instanceOf(type: string): boolean;
  name?: string;
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
 * Undoes the append when its label editor is left with Escape while the task is still unnamed. Only
 * Escape: bpmn-js also cancels the editor when a command runs or the task is removed, and then the
 * append is no longer the last command. The undo waits until the editor has closed, and selects the
 * element the task was to follow again.
 */
function undoAppendOnEscape(modeler: Modeler, source: Shape, appended: Shape): void {
  const eventBus = modeler.get<EventBus>('eventBus');
  const editor = modeler.get<DirectEditing>('directEditing').$textbox;
  let escaped = false;
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') escaped = true;
  };
  const onClose = () => {
    editor?.removeEventListener('keydown', onKey, { capture: true });
    eventBus.off('directEditing.deactivate', onClose);
    if (!escaped) return;
    queueMicrotask(() => {
      const unnamed = ((appended.businessObject as FlowBusinessObject).name ?? '').trim() === '';
      const registry = modeler.get<ElementRegistry>('elementRegistry');
      if (!unnamed || !registry.get(appended.id)) return;
      modeler.get<CommandStack>('commandStack').undo();
      // back where the user was: the element the task was to follow
      if (registry.get(source.id)) modeler.get<Selection>('selection').select(source);
    });
  };
  editor?.addEventListener('keydown', onKey, { capture: true });
  eventBus.on('directEditing.deactivate', onClose);
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
  undoAppendOnEscape(modeler, source, appended);
  return appended.id;
}
