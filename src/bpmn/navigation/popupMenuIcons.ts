// The icons of the modeller's popup menus ("Element ändern", the element actions, the elements to
// create) kept out of what a screen reader reads. bpmn-js draws an entry's icon as a character of its
// icon font, put before the entry's name by CSS, and Chromium counts that character into the
// option's accessible name: each option was read with a private-use character before its name, and
// the replace menu's header buttons (multi-instance, loop, collection, participant multiplicity),
// which have no text, were named by that character alone. The icon now sits in an element of its
// own, hidden from the accessibility tree, and looks as before (popupMenuIcons.css, which also
// outlines the entry chosen with the arrow keys); a header button is then named by its translated
// title, and says whether it is on (aria-pressed).
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type PopupMenu from 'diagram-js/lib/features/popup-menu/PopupMenu';
import type PopupMenuProvider from 'diagram-js/lib/features/popup-menu/PopupMenuProvider';
import { ACTIONS_MENU, CREATE_MENU } from '../modelling/elementActions';
import './popupMenuIcons.css';

/** the menus whose entries carry icon-font classes: bpmn-js's replace menu and the app's element actions and create menus */
const MENUS_WITH_ICONS = ['bpmn-replace', ACTIONS_MENU, CREATE_MENU];

/** after every other provider (diagram-js asks providers of higher priority first) */
const LAST = 1;

/** what an entry of a menu or of its header says about its icon */
interface IconEntry {
  className?: string;
  imageUrl?: string;
  imageHtml?: string;
}

/** Moves an entry's icon-font class from its name (or button) onto an icon of its own, hidden from screen readers. */
function withHiddenIcons<Entry extends IconEntry>(entries: Record<string, Entry>): Record<string, Entry> {
  const changed: Record<string, Entry> = {};
  for (const [id, entry] of Object.entries(entries)) {
    const { className } = entry;
    // a class name is bpmn-js's or the app's own, never a diagram's text: safe to write as markup
    changed[id] =
      className && !entry.imageUrl && !entry.imageHtml && /^[\w\s-]+$/.test(className)
        ? { ...entry, className: '', imageHtml: `<span class="${className}" aria-hidden="true"></span>` }
        : entry;
  }
  return changed;
}

/**
 * A provider as PopupMenu#_getHeaderEntries calls it: diagram-js's typings know only the older
 * `getHeaderEntries`, whose updater would get a list, where this one gets a map by id.
 */
interface IconHidingProvider extends PopupMenuProvider {
  getPopupMenuHeaderEntries(): <Entry extends IconEntry>(entries: Record<string, Entry>) => Record<string, Entry>;
}

const iconHidingProvider: IconHidingProvider = {
  getPopupMenuEntries: () => withHiddenIcons,
  getPopupMenuHeaderEntries: () => withHiddenIcons,
};

/**
 * The header buttons of bpmn-js's replace menu switch a property on or off (multi-instance, loop,
 * collection, …) and showed which is on by colour alone (diagram-js's class `active`): each says
 * it as a toggle button's pressed state. Clicking one changes the element and closes the menu, so
 * the state is read once the menu is open.
 */
function markPressedHeaderButtons(container: HTMLElement): void {
  for (const button of container.querySelectorAll('.djs-popup-header button.entry')) {
    button.setAttribute('aria-pressed', String(button.classList.contains('active')));
  }
}

class PopupMenuIcons {
  static $inject = ['popupMenu', 'eventBus', 'canvas'];

  constructor(popupMenu: PopupMenu, eventBus: EventBus, canvas: Canvas) {
    for (const menu of MENUS_WITH_ICONS) popupMenu.registerProvider(menu, LAST, iconHidingProvider);
    eventBus.on('popupMenu.opened', () => markPressedHeaderButtons(canvas.getContainer()));
  }
}

export const popupMenuIconsModule = {
  __init__: ['popupMenuIcons'],
  popupMenuIcons: ['type', PopupMenuIcons],
};
