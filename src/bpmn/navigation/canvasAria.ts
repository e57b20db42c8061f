// What a screen reader learns of the focused diagram: diagram-js makes its <svg> a tab stop and
// names it nothing, so a screen reader read every text of the diagram as one run-on name. The svg is
// named after the selection instead ("Ausgewählt: Aufgabe „Antrag prüfen“", "Nichts ausgewählt", a
// flow by the elements it joins), renewed as the selection changes or is renamed, and described by
// the canvas's keys (in the reader of a tab that only reads: the keys that move the view). A status
// line tells what a keyboard user cannot see happen: elements deleted (and that Ctrl+Z takes it
// back), an edit undone or redone; an undone deletion selects again what it brings back, so that
// the user is where they were.
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Element } from 'diagram-js/lib/model/Types';
import { isLabel } from 'diagram-js/lib/util/ModelUtil';
import { describeElement } from '../describeElement';
import type { Injector, Translate } from '../translate/translateModule';

/** how long the status line stays empty before a message */
const SAY_DELAY_MS = 100;

/** distinct ids for the descriptions of several modellers on one page */
let nextDescription = 0;

class CanvasAria {
  static $inject = ['canvas', 'eventBus', 'selection', 'translate', 'injector'];

  private readonly svg: SVGElement | null;
  private readonly keys: HTMLElement;
  private readonly status: HTMLElement;
  private selected: Element[] = [];
  /** what the running delete removes, named before it removes it */
  private deleting: string[] = [];
  /** what the running undo brought back of a deletion */
  private restored: Element[] = [];
  private sayTimer: ReturnType<typeof setTimeout> | undefined;
  /** a modeller: the diagram can be edited (the reader of a tab that only reads has no modeling) */
  private readonly edits: boolean;

  constructor(
    canvas: Canvas,
    eventBus: EventBus,
    selection: Selection,
    private readonly translate: Translate,
    injector: Injector,
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
        selection.select(restored);
        const [only] = restored;
        if (restored.length === 1) this.say(this.translate('Undone: {element} is back.', { element: describeElement(only, this.translate) }));
        else this.say(this.translate('Undone: {count} elements are back.', { count: String(restored.length) }));
      } else if (event.trigger === 'undo') this.say(this.translate('Undone.'));
      else if (event.trigger === 'redo') this.say(this.translate('Redone.'));
    });
    eventBus.on('i18n.changed', () => this.renew());
    eventBus.on('diagram.destroy', () => clearTimeout(this.sayTimer));
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
    this.svg?.setAttribute('aria-label', name);
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
