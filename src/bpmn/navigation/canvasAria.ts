// What a screen reader learns of the focused diagram: diagram-js makes its <svg> a tab stop and
// names it nothing, so a screen reader read every text of the diagram as one run-on name. The svg is
// named after the selection instead ("Ausgewählt: Aufgabe „Antrag prüfen“", "Nichts ausgewählt", a
// flow by the elements it joins), renewed as the selection changes or is renamed, and described by
// the canvas's keys. A status line tells what a keyboard user cannot see happen: elements deleted
// (and that Ctrl+Z takes it back), an edit undone or redone; an undone deletion selects again what it
// brings back, so that the user is where they were.
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Connection, Element } from 'diagram-js/lib/model/Types';
import { isLabel } from 'diagram-js/lib/util/ModelUtil';
import { oneLine } from '../oneLine';
import type { Translate } from '../translate/translateModule';

/**
 * The element types named by their own words (bpmn-js's templates, translated in the app's bpmn
 * namespace); any other type is an "Element".
 */
const TYPE_NAMES: Record<string, string> = {
  'bpmn:Task': 'Task',
  'bpmn:UserTask': 'User task',
  'bpmn:ServiceTask': 'Service task',
  'bpmn:ManualTask': 'Manual task',
  'bpmn:SendTask': 'Send task',
  'bpmn:ReceiveTask': 'Receive task',
  'bpmn:ScriptTask': 'Script task',
  'bpmn:BusinessRuleTask': 'Business rule task',
  'bpmn:CallActivity': 'Call activity',
  'bpmn:SubProcess': 'Sub-process',
  'bpmn:Transaction': 'Transaction',
  'bpmn:ExclusiveGateway': 'Exclusive gateway',
  'bpmn:ParallelGateway': 'Parallel gateway',
  'bpmn:InclusiveGateway': 'Inclusive gateway',
  'bpmn:EventBasedGateway': 'Event-based gateway',
  'bpmn:ComplexGateway': 'Complex gateway',
  'bpmn:StartEvent': 'Start event',
  'bpmn:EndEvent': 'End event',
  'bpmn:IntermediateThrowEvent': 'Intermediate throw event',
  'bpmn:IntermediateCatchEvent': 'Intermediate catch event',
  'bpmn:BoundaryEvent': 'Boundary event',
  'bpmn:DataObjectReference': 'Data object reference',
  'bpmn:DataStoreReference': 'Data store reference',
  'bpmn:Participant': 'Pool',
  'bpmn:Lane': 'Lane',
  'bpmn:TextAnnotation': 'Text annotation',
  'bpmn:Group': 'Group',
  'bpmn:SequenceFlow': 'Sequence flow',
  'bpmn:MessageFlow': 'Message flow',
  'bpmn:Association': 'Association',
};

interface NamedBusinessObject {
  name?: string;
  text?: string;
  categoryValueRef?: { value?: string };
}

/** how long the status line stays empty before a message */
const SAY_DELAY_MS = 100;

/** distinct ids for the descriptions of several modellers on one page */
let nextDescription = 0;

class CanvasAria {
  static $inject = ['canvas', 'eventBus', 'selection', 'translate'];

  private readonly svg: SVGElement | null;
  private readonly keys: HTMLElement;
  private readonly status: HTMLElement;
  private selected: Element[] = [];
  /** what the running delete removes, named before it removes it */
  private deleting: string[] = [];
  /** what the running undo brought back of a deletion */
  private restored: Element[] = [];
  private sayTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    canvas: Canvas,
    eventBus: EventBus,
    selection: Selection,
    private readonly translate: Translate,
  ) {
    const container = canvas.getContainer();
    this.svg = container.querySelector('svg');
    nextDescription += 1;
    this.keys = document.createElement('p');
    this.keys.id = `pl-canvas-keys-${nextDescription}`;
    this.keys.className = 'visually-hidden';
    this.status = document.createElement('p');
    this.status.className = 'visually-hidden';
    this.status.setAttribute('role', 'status');
    container.append(this.keys, this.status);
    this.svg?.setAttribute('aria-describedby', this.keys.id);
    this.renew();

    eventBus.on('selection.changed', (event: { newSelection: Element[] }) => {
      this.selected = event.newSelection;
      this.name();
    });
    eventBus.on('commandStack.elements.delete.preExecute', (event: { context: { elements: Element[] } }) => {
      this.deleting = event.context.elements.filter((element) => !isLabel(element)).map((element) => this.describe(element));
    });
    eventBus.on('commandStack.elements.delete.postExecuted', () => {
      const [only] = this.deleting;
      if (this.deleting.length === 1) this.say(this.translate('{element} deleted. Ctrl+Z undoes it.', { element: only }));
      else if (this.deleting.length > 1) this.say(this.translate('{count} elements deleted. Ctrl+Z undoes it.', { count: String(this.deleting.length) }));
      this.deleting = [];
    });
    // a renamed element is named anew (a new task's label is typed right after it is selected)
    eventBus.on('element.changed', (event: { element: Element }) => {
      if (this.selected.includes(event.element)) this.name();
    });
    eventBus.on('commandStack.elements.delete.reverted', (event: { context: { elements: Element[] } }) => {
      this.restored = event.context.elements.filter((element) => !isLabel(element));
    });
    eventBus.on('commandStack.changed', (event: { trigger?: string }) => {
      const restored = this.restored;
      this.restored = [];
      if (event.trigger === 'undo' && restored.length > 0) {
        // back where the user was: what the deletion took is selected again
        selection.select(restored);
        const [only] = restored;
        if (restored.length === 1) this.say(this.translate('Undone: {element} is back.', { element: this.describe(only) }));
        else this.say(this.translate('Undone: {count} elements are back.', { count: String(restored.length) }));
      } else if (event.trigger === 'undo') this.say(this.translate('Undone.'));
      else if (event.trigger === 'redo') this.say(this.translate('Redone.'));
    });
    eventBus.on('i18n.changed', () => this.renew());
    eventBus.on('diagram.destroy', () => clearTimeout(this.sayTimer));
  }

  private renew(): void {
    this.keys.textContent = this.translate(
      'Keys: A or Shift+F10 opens the actions, E renames, Delete deletes, the arrow keys move, Escape clears the selection, Ctrl+F finds an element, Ctrl+Z undoes.',
    );
    this.name();
  }

  /** names the svg after the selection */
  private name(): void {
    const shown = this.selected.filter((element) => !isLabel(element));
    let name: string;
    if (shown.length === 0) name = this.translate('Nothing selected');
    else if (shown.length === 1) name = this.translate('Selected: {element}', { element: this.describe(shown[0]) });
    else name = this.translate('{count} elements selected', { count: String(shown.length) });
    this.svg?.setAttribute('aria-label', name);
  }

  /**
   * An element as a sentence names it: its type, then its name or that it has none; a connection
   * also by the elements it joins ("Sequenzfluss von … nach …"), the way to tell one from another.
   */
  private describe(element: Element): string {
    const type = this.translate(TYPE_NAMES[element.type as string] ?? 'Element');
    const business = element.businessObject as NamedBusinessObject | undefined;
    const name = oneLine(business?.name ?? business?.text ?? business?.categoryValueRef?.value);
    const { source, target } = element as Partial<Connection>;
    if (source && target) {
      const ends = { source: this.describe(source), target: this.describe(target) };
      return name ? this.translate('{type} “{name}” from {source} to {target}', { type, name, ...ends }) : this.translate('{type} from {source} to {target}', { type, ...ends });
    }
    return name ? this.translate('{type} “{name}”', { type, name }) : this.translate('{type} without a name', { type });
  }

  /**
   * Says `message` in the status line. The line is emptied first and filled a moment later, in a
   * task of its own, so that the same message twice (two deletions) is said twice.
   */
  private say(message: string): void {
    this.status.textContent = '';
    clearTimeout(this.sayTimer);
    this.sayTimer = setTimeout(() => {
      this.status.textContent = message;
    }, SAY_DELAY_MS);
  }
}

export const canvasAriaModule = {
  __init__: ['canvasAria'],
  canvasAria: ['type', CanvasAria],
};
