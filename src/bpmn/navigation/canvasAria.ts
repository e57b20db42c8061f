// What a screen reader learns of the focused diagram: diagram-js makes its <svg> a tab stop and
// names it nothing, so a screen reader read every text of the diagram as one run-on name. The svg is
// named after the selection instead ("Ausgewählt: Aufgabe „Antrag prüfen“", "Nichts ausgewählt", a
// flow by the elements it joins), renewed as the selection changes or is renamed, and described by
// the canvas's keys (in the reader of a tab that only reads: the keys that move the view). A status
// line tells what a keyboard user cannot see happen: elements deleted (and that Ctrl+Z takes it
// back), an edit undone or redone; an undone deletion selects again what it brings back, so that
// the user is where they were; a move by the arrow keys once they pause ("Verschoben.", or the lane
// an element crossed into: "In Lane „Prüfung“ verschoben."). Other modules tell through it too
// (drilldownNavigation.ts).
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type Keyboard from 'diagram-js/lib/features/keyboard/Keyboard';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Element } from 'diagram-js/lib/model/Types';
import { isLabel } from 'diagram-js/lib/util/ModelUtil';
import { describeElement } from '../describeElement';
import type { Injector, Translate } from '../translate/translateModule';

/** how long the status line stays empty before a message */
const SAY_DELAY_MS = 100;
/**
 * how long the arrow keys pause before a move by them is told: a press moves by 1 (with Shift 10)
 * units, and a held key repeats some 30 times a second, so a move told at every press chattered
 */
const MOVE_PAUSE_MS = 600;
/** before diagram-js's move of the selection by the arrow keys (priority 1500), which ends the key's event */
const BEFORE_KEYBOARD_MOVE = 2000;
const ARROW_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown']);

/** distinct ids for the descriptions of several modellers on one page */
let nextDescription = 0;

/** the key event diagram-js's keyboard hands its listeners */
interface KeyboardContext {
  keyEvent: KeyboardEvent;
}

/** what a flow node's lane is read from: the lanes that list it (bpmn-js keeps them as it moves) */
interface LaneBusinessObject {
  flowNodeRef?: unknown[];
  $parent?: LaneBusinessObject;
  $type?: string;
}

/** how many lanes a lane lies in */
function laneDepth(lane: LaneBusinessObject): number {
  let depth = 0;
  for (let parent = lane.$parent; parent; parent = parent.$parent) if (parent.$type === 'bpmn:Lane') depth += 1;
  return depth;
}

class CanvasAria {
  static $inject = ['canvas', 'eventBus', 'selection', 'translate', 'injector', 'elementRegistry'];

  private readonly svg: SVGElement | null;
  private readonly keys: HTMLElement;
  private readonly status: HTMLElement;
  private selected: Element[] = [];
  /** the collapsed sub-process whose plane is shown, as a sentence names it; none on the diagram's own plane */
  private plane: string | undefined;
  /** what the running delete removes, named before it removes it */
  private deleting: string[] = [];
  /** what the running undo brought back of a deletion */
  private restored: Element[] = [];
  private sayTimer: ReturnType<typeof setTimeout> | undefined;
  /** a modeller: the diagram can be edited (the reader of a tab that only reads has no modeling) */
  private readonly edits: boolean;
  /** an arrow key is being handled: the move that follows is the keyboard's */
  private arrowKey = false;
  /** the lane of the element the arrow keys move, from before their first press since they paused */
  private laneBeforeMove: Element | undefined;
  private moveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    canvas: Canvas,
    eventBus: EventBus,
    private readonly selection: Selection,
    private readonly translate: Translate,
    injector: Injector,
    private readonly elementRegistry: ElementRegistry,
  ) {
    this.edits = injector.get<unknown>('modeling', false) !== null;
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
    // inside a collapsed sub-process the name says so: "Nichts ausgewählt" alone did not tell where the user was
    eventBus.on('root.set', (event: { element: Element }) => {
      const semantic = event.element.businessObject as { $instanceOf?: (type: string) => boolean } | undefined;
      this.plane = semantic?.$instanceOf?.('bpmn:SubProcess') ? describeElement(event.element, this.translate) : undefined;
      this.name();
    });
    eventBus.on('commandStack.elements.delete.preExecute', (event: { context: { elements: Element[] } }) => {
      this.deleting = event.context.elements.filter((element) => !isLabel(element)).map((element) => describeElement(element, this.translate));
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
        this.selection.select(restored);
        const [only] = restored;
        if (restored.length === 1) this.say(this.translate('Undone: {element} is back.', { element: describeElement(only, this.translate) }));
        else this.say(this.translate('Undone: {count} elements are back.', { count: String(restored.length) }));
      } else if (event.trigger === 'undo') this.say(this.translate('Undone.'));
      else if (event.trigger === 'redo') this.say(this.translate('Redone.'));
    });
    eventBus.on('i18n.changed', () => this.renew());
    eventBus.on('diagram.destroy', () => {
      clearTimeout(this.sayTimer);
      clearTimeout(this.moveTimer);
    });
    const keyboard = injector.get<Keyboard>('keyboard', false);
    if (this.edits && keyboard) this.tellMoves(eventBus, keyboard);
  }

  /** Tells a move by the arrow keys once they pause, with the lane the element crossed into. */
  private tellMoves(eventBus: EventBus, keyboard: Keyboard): void {
    // a listener's return value other than undefined ends diagram-js's event: this one lets it go on
    keyboard.addListener(BEFORE_KEYBOARD_MOVE, ({ keyEvent }: KeyboardContext) => {
      if (!ARROW_KEYS.has(keyEvent.key) || keyboard.isCmd(keyEvent)) return undefined;
      if (this.moveTimer === undefined) this.laneBeforeMove = this.laneOfSelected();
      this.arrowKey = true;
      setTimeout(() => {
        this.arrowKey = false;
      });
      return undefined;
    });
    eventBus.on('commandStack.elements.move.postExecuted', () => {
      if (!this.arrowKey) return;
      clearTimeout(this.moveTimer);
      this.moveTimer = setTimeout(() => {
        this.moveTimer = undefined;
        const lane = this.laneOfSelected();
        if (lane && lane !== this.laneBeforeMove) this.say(this.translate('Moved into {lane}.', { lane: describeElement(lane, this.translate) }));
        else this.say(this.translate('Moved.'));
      }, MOVE_PAUSE_MS);
    });
  }

  /** the innermost lane of the one selected element; none for several, or outside lanes */
  private laneOfSelected(): Element | undefined {
    const shown = this.selection.get().filter((element) => !isLabel(element));
    if (shown.length !== 1) return undefined;
    const node: unknown = shown[0].businessObject;
    const lanes = this.elementRegistry.filter(
      (element) => element.type === 'bpmn:Lane' && ((element.businessObject as LaneBusinessObject).flowNodeRef ?? []).includes(node),
    ) as Element[];
    return lanes.reduce<Element | undefined>(
      (inner, lane) => (!inner || laneDepth(lane.businessObject as LaneBusinessObject) > laneDepth(inner.businessObject as LaneBusinessObject) ? lane : inner),
      undefined,
    );
  }

  private renew(): void {
    this.keys.textContent = this.edits
      ? this.translate(
          'Keys: A or Shift+F10 opens the actions, E renames, Delete deletes, the arrow keys move, Escape clears the selection, Ctrl+F finds an element, Ctrl+Z undoes.',
        )
      : this.translate('Keys: Ctrl+arrow keys move the view (with Shift, further), Ctrl+plus and Ctrl+minus zoom, Ctrl+F finds an element. The diagram can be changed only in the tab that edits.');
    this.name();
  }

  /** names the svg after the selection */
  private name(): void {
    const shown = this.selected.filter((element) => !isLabel(element));
    let name: string;
    if (shown.length === 0) name = this.translate('Nothing selected');
    else if (shown.length === 1) name = this.translate('Selected: {element}', { element: describeElement(shown[0], this.translate) });
    else name = this.translate('{count} elements selected', { count: String(shown.length) });
    this.svg?.setAttribute('aria-label', this.plane ? this.translate('{selection} (in {plane})', { selection: name, plane: this.plane }) : name);
  }

  /**
   * Says `message` in the status line. The line is emptied first and filled a moment later, in a
   * task of its own, so that the same message twice (two deletions) is said twice.
   */
  say(message: string): void {
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
