// Which new elements open their label for typing, and that they do, however they are made: bpmn-js
// opens it on a new activity, event, text annotation or pool (created from the palette, appended from
// the context pad), not on a new gateway, data object or data store reference or group, and a name
// typed right after adding one of those went to the canvas's shortcuts ("e" opened the label
// mid-word, "A" the actions, a space scrolled). One list serves bpmn-js's ways and the keyboard's
// (createElements.ts).
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import { isAny } from 'bpmn-js/lib/util/ModelUtil';

/** the elements whose label opens as soon as they are made: every kind with a name bpmn-js edits on the canvas */
const LABELLED_ON_CREATE = [
  'bpmn:Activity',
  'bpmn:Event',
  'bpmn:Gateway',
  'bpmn:DataObjectReference',
  'bpmn:DataStoreReference',
  'bpmn:Group',
  'bpmn:TextAnnotation',
  'bpmn:Participant',
];

/** true when a new `element` opens its label for typing */
export function opensLabelOnCreate(element: Element): boolean {
  return isAny(element, LABELLED_ON_CREATE);
}

interface DirectEditing {
  activate(element: Element): void;
  isActive(element?: Element): boolean;
}

/** what diagram-js's `create.end` tells: the shape made, and how */
interface CreateEndEvent {
  isTouch?: boolean;
  context: { shape: Shape; canExecute?: unknown; hints?: { createElementsBehavior?: boolean } };
}

/** after bpmn-js's own opening of the label (priority 500), so an element it opened is not opened again */
const AFTER_BPMN_JS = 400;

class LabelOnCreate {
  static $inject = ['eventBus', 'directEditing'];

  constructor(eventBus: EventBus, directEditing: DirectEditing) {
    const open = (shape: Shape) => {
      if (opensLabelOnCreate(shape) && !directEditing.isActive(shape)) directEditing.activate(shape);
    };
    // created with the mouse (palette, a context-pad entry dragged out): as bpmn-js decides for its own
    // types, not on touch, not when the creation was refused and not for pasted elements
    eventBus.on('create.end', AFTER_BPMN_JS, (event: CreateEndEvent) => {
      const { context } = event;
      if (event.isTouch || !context.canExecute || context.hints?.createElementsBehavior === false) return;
      open(context.shape);
    });
    // appended by a click on a context-pad entry
    eventBus.on('autoPlace.end', AFTER_BPMN_JS, (event: { shape: Shape }) => open(event.shape));
  }
}

export const labelOnCreateModule = {
  __init__: ['labelOnCreate'],
  labelOnCreate: ['type', LabelOnCreate],
};
