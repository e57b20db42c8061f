// "Aktionen für Benutzeraufgabe „…“": the keyboard's way to everything bpmn-js's context pad offers by mouse
// (append a gateway, an end event, an intermediate event or a text annotation, add or divide lanes,
// change the type, delete, …), and to connecting two elements, which bpmn-js does only by dragging.
// With the canvas focused, A, Shift+F10 or the context-menu key (or the toolbar's button: open())
// opens diagram-js's popup menu with the selected element's context-pad entries, in the modeller's
// language; choosing one runs it as its click would. "Verbinden mit …" opens a second menu of the
// elements the selected one may be connected to (bpmn-js's own rules), and choosing one connects
// them with the flow bpmn-js would draw. "In andere Lane verschieben …" lists the other lanes of the
// element's pool and moves it into the one chosen (lanePlacement.ts). With nothing selected the menu offers the palette's
// elements to create, and for a selected pool or lane also those to create in it (createElements.ts);
// Escape on the canvas clears the selection, the keyboard's way to "nothing selected".
// The canvas is brought into the window before a menu opens, and the menu kept inside it
// (canvasInWindow.ts). The menu closes by itself after a change, and the focus goes back to the
// canvas. Opened by the toolbar's button and closed from within without a choice (Escape), it
// gives that button the focus back, as a menu button does.
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type ContextPad from 'diagram-js/lib/features/context-pad/ContextPad';
import type { ContextPadEntry } from 'diagram-js/lib/features/context-pad/ContextPadProvider';
import type Keyboard from 'diagram-js/lib/features/keyboard/Keyboard';
import type Modeling from 'diagram-js/lib/features/modeling/Modeling';
import type PopupMenu from 'diagram-js/lib/features/popup-menu/PopupMenu';
import type { PopupMenuEntries } from 'diagram-js/lib/features/popup-menu/PopupMenuProvider';
import type Rules from 'diagram-js/lib/features/rules/Rules';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import { isConnection, isLabel } from 'diagram-js/lib/util/ModelUtil';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { describeElement } from '../describeElement';
import { bringIntoWindow, fitPopupIntoWindow } from '../navigation/canvasInWindow';
import { paletteInset, freeViewMargin } from '../navigation/freeView';
import { oneLine } from '../oneLine';
import { isShape } from '../shapes';
import type { Translate } from '../translate/translateModule';
import { createElementsModule } from './createElements';
import type { CreateElements } from './createElements';
import { lanePlacementModule } from './lanePlacement';
import type { LanePlacement } from './lanePlacement';

/** the popup menus this module provides: the element's actions, and the elements to connect it to */
export const ACTIONS_MENU = 'pl-element-actions';
const CONNECT_MENU = 'pl-connect-targets';
export const CREATE_MENU = 'pl-create-elements';
const MOVE_MENU = 'pl-move-to-lane';

/** bpmn-js's context-pad entry that starts connecting by pointer; the menu offers CONNECT_MENU instead */
const POINTER_CONNECT = 'connect';

interface KeyboardContext {
  keyEvent: KeyboardEvent;
}

interface NamedBusinessObject {
  name?: string;
}

/** what a context-pad entry does on a click: its action function, or the action's click */
function clickOf(entry: ContextPadEntry): ((event: Event, target: Element | Element[]) => unknown) | undefined {
  const action = entry.action as unknown;
  if (typeof action === 'function') return action as (event: Event, target: Element | Element[]) => unknown;
  const click = (action as { click?: unknown } | undefined)?.click;
  return typeof click === 'function' ? (click as (event: Event, target: Element | Element[]) => unknown) : undefined;
}

/** the element's name as one line; '' when it has none */
function givenName(element: Element): string {
  return oneLine((element.businessObject as NamedBusinessObject | undefined)?.name);
}

/** the element a selected label belongs to; the context pad offers nothing for a label itself */
function owner(element: Element): Element {
  return isLabel(element) && element.labelTarget ? element.labelTarget : element;
}

/** the service as the app's canvas API calls it: `modeler.get<ElementActionsService>('elementActions')` */
export interface ElementActionsService {
  /**
   * opens the selection's actions, or with nothing selected the elements to create; false when
   * there is nothing to offer. `opener`: the control that opened it, given the focus back when the
   * menu is closed without a choice.
   */
  open(opener?: HTMLElement): boolean;
}

class ElementActions implements ElementActionsService {
  static $inject = ['canvas', 'contextPad', 'createElements', 'elementRegistry', 'eventBus', 'keyboard', 'lanePlacement', 'modeling', 'popupMenu', 'rules', 'selection', 'translate'];

  /** the elements to create, made by openCreateMenu for the menu it opens */
  private createEntries: PopupMenuEntries | null = null;

  /** the control that opened the open menu (the toolbar's button), until the menu closes or an entry is chosen */
  private opener: HTMLElement | null = null;

  constructor(
    private readonly canvas: Canvas,
    private readonly contextPad: ContextPad,
    private readonly createElements: CreateElements,
    private readonly elementRegistry: ElementRegistry,
    eventBus: EventBus,
    keyboard: Keyboard,
    private readonly lanePlacement: LanePlacement,
    private readonly modeling: Modeling,
    private readonly popupMenu: PopupMenu,
    private readonly rules: Rules,
    private readonly selection: Selection,
    private readonly translate: Translate,
  ) {
    popupMenu.registerProvider(ACTIONS_MENU, { getPopupMenuEntries: (target: Element | Element[]) => this.actionEntries(target) });
    popupMenu.registerProvider(CONNECT_MENU, { getPopupMenuEntries: (target: Element) => this.connectEntries(target) });
    popupMenu.registerProvider(MOVE_MENU, { getPopupMenuEntries: (target: Shape) => this.laneEntries(target) });
    // the entries openCreateMenu has just made (each tries throwaway shapes where they would go), once
    popupMenu.registerProvider(CREATE_MENU, {
      getPopupMenuEntries: () => {
        const entries = this.createEntries ?? this.createElements.entries();
        this.createEntries = null;
        return entries;
      },
    });
    eventBus.on('popupMenu.trigger', () => {
      this.opener = null;
    });
    // fired while the menu is still there: with the focus still in it, the user closed it from within
    // (Escape); a click elsewhere has moved the focus already and keeps it there
    eventBus.on('popupMenu.close', () => {
      const opener = this.opener;
      this.opener = null;
      if (opener?.isConnected && document.activeElement?.closest('.djs-popup')) opener.focus();
    });
    // a listener's return value other than undefined ends diagram-js's event: other keys get undefined
    keyboard.addListener(({ keyEvent }: KeyboardContext): true | undefined => {
      const { key, shiftKey, ctrlKey, metaKey, altKey } = keyEvent;
      // Escape clears the selection, as a click on the empty canvas does: the way to "nothing selected"
      if (key === 'Escape' && !keyboard.hasModifier(keyEvent) && this.selection.get().length > 0) {
        this.selection.select(null);
        return true;
      }
      const opens = key === 'ContextMenu' || (key === 'F10' && shiftKey && !ctrlKey && !metaKey && !altKey) || ((key === 'a' || key === 'A') && !keyboard.hasModifier(keyEvent));
      if (!opens || !this.open()) return undefined;
      keyEvent.preventDefault();
      return true;
    });
  }

  /**
   * Opens the actions of the selection: one element's, or what the context pad offers for several
   * (delete, align, distribute). With nothing selected, opens the elements to create; false (nothing
   * opened) when none can be created here.
   */
  open(opener?: HTMLElement): boolean {
    const opened = this.openFor();
    // after opening: a menu open before closes first, with its own opener
    if (opened) this.opener = opener ?? null;
    return opened;
  }

  private openFor(): boolean {
    const root = this.canvas.getRootElement();
    const selected = [...new Set((this.selection.get() as Element[]).map(owner))].filter((element) => element !== root);
    if (selected.length === 0) return this.openCreateMenu(root as Element);
    const target = selected.length === 1 ? selected[0] : selected;
    // the entries' own clicks read the open pad (the type change opens its menu under it)
    if (!this.contextPad.isOpen(target)) this.contextPad.open(target);
    // the title names the element (a screen reader hears it as the menu's name)
    const title = selected.length === 1 ? this.translate('Actions for {element}', { element: describeElement(selected[0], this.translate) }) : this.translate('Actions for the selected elements');
    this.openMenu(target, ACTIONS_MENU, title);
    return true;
  }

  /** the elements to create, in a menu at the top left of the free view (no element to open it under) */
  private openCreateMenu(root: Element): boolean {
    const entries = this.createElements.entries();
    if (Object.keys(entries).length === 0) return false;
    bringIntoWindow(this.canvas.getContainer());
    const box = this.canvas.getContainer().getBoundingClientRect();
    const position = { x: box.left + paletteInset(this.canvas) + freeViewMargin, y: box.top + freeViewMargin };
    this.createEntries = entries;
    this.popupMenu.open(root, CREATE_MENU, position, { title: this.translate('Create an element'), search: true, width: 320 });
    this.createEntries = null;
    fitPopupIntoWindow(this.canvas);
    return true;
  }

  /** Opens the menu under its element, the canvas brought into the window first and the menu kept inside it. */
  private openMenu(target: Element | Element[], menu: string, title: string): void {
    bringIntoWindow(this.canvas.getContainer());
    const boxes = (Array.isArray(target) ? target : [target]).map((element) => this.canvas.getGraphics(element.id).getBoundingClientRect());
    const position = { x: Math.min(...boxes.map((box) => box.left)), y: Math.max(...boxes.map((box) => box.bottom)) + 5 };
    this.popupMenu.open(target, menu, position, { title, search: true, width: 320 });
    fitPopupIntoWindow(this.canvas);
  }

  private actionEntries(target: Element | Element[]): PopupMenuEntries {
    const entries: PopupMenuEntries = {};
    for (const [id, entry] of Object.entries(this.contextPad.getEntries(target))) {
      const click = clickOf(entry);
      if (id === POINTER_CONNECT || !click || !entry.title) continue;
      entries[id] = {
        label: entry.title,
        className: entry.className,
        imageUrl: entry.imageUrl,
        group: entry.group ? { id: entry.group, name: '' } : undefined,
        action: (event: Event) => click(event, target),
      };
    }
    // a pool or a lane: the palette's elements, created in it
    if (!Array.isArray(target) && isShape(target) && (is(target, 'bpmn:Participant') || is(target, 'bpmn:Lane'))) {
      Object.assign(entries, this.createElements.entries(target));
    }
    if (!Array.isArray(target) && (this.elementRegistry.getAll() as Element[]).some((other) => this.connectable(target, other))) {
      entries[CONNECT_MENU] = {
        label: this.translate('Connect to …'),
        className: 'bpmn-icon-connection-multi',
        group: { id: 'connect', name: '' },
        action: () => this.openMenu(target, CONNECT_MENU, this.translate('Connect “{name}” to', { name: this.nameOf(target) })),
      };
    }
    if (!Array.isArray(target) && isShape(target) && this.lanePlacement.targets(target).length > 0) {
      entries[MOVE_MENU] = {
        label: this.translate('Move to another lane …'),
        className: 'bpmn-icon-lane',
        group: { id: 'connect', name: '' },
        action: () => this.openMenu(target, MOVE_MENU, this.translate('Move “{name}” to lane', { name: this.nameOf(target) })),
      };
    }
    return entries;
  }

  /** the lanes the shape may go into, named by their own and their outer lanes' names */
  private laneEntries(shape: Shape): PopupMenuEntries {
    const entries: PopupMenuEntries = {};
    for (const lane of this.lanePlacement.targets(shape)) {
      const outer: string[] = [];
      for (let parent = lane.parent; parent && is(parent, 'bpmn:Lane'); parent = parent.parent) outer.unshift(this.nameOf(parent));
      entries[lane.id] = {
        label: [...outer, this.nameOf(lane)].join(' / '),
        action: () => {
          this.lanePlacement.moveInto(shape, lane);
        },
      };
    }
    return entries;
  }

  private connectEntries(source: Element): PopupMenuEntries {
    const entries: PopupMenuEntries = {};
    for (const target of this.connectTargets(source)) {
      entries[target.id] = {
        label: this.nameOf(target),
        description: target.id,
        search: target.id,
        action: () => {
          this.modeling.connect(source, target);
          this.selection.select(source);
        },
      };
    }
    return entries;
  }

  /** true when `target` is in the source's diagram (the same root) and bpmn-js allows a connection to it */
  private connectable(source: Element, target: Element): boolean {
    const root = this.canvas.findRoot(source);
    return (
      target !== source &&
      target !== root &&
      !isLabel(target) &&
      !isConnection(target) &&
      this.canvas.findRoot(target) === root &&
      Boolean(this.rules.allowed('connection.create', { source, target }))
    );
  }

  /** the elements the source may be connected to: named ones by name, then unnamed ones */
  private connectTargets(source: Element): Element[] {
    return (this.elementRegistry.getAll() as Element[])
      .filter((target) => this.connectable(source, target))
      .sort((a, b) => Number(!givenName(a)) - Number(!givenName(b)) || this.nameOf(a).localeCompare(this.nameOf(b)));
  }

  private nameOf(element: Element): string {
    return givenName(element) || this.translate('Unnamed element');
  }
}

export const elementActionsModule = {
  __depends__: [createElementsModule, lanePlacementModule],
  __init__: ['elementActions'],
  elementActions: ['type', ElementActions],
};
