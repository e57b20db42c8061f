// The icons of the modeller's popup menus ("Element ändern", the element actions, the elements to
// create) kept out of what a screen reader reads. bpmn-js draws an entry's icon as a character of its
// icon font, put before the entry's name by CSS, and Chromium counts that character into the
// option's accessible name: each option was read with a private-use character before its name. The
// icon now sits in an element of its own, hidden from the accessibility tree, and looks as before
// (popupMenuIcons.css, which also outlines the entry chosen with the arrow keys).
import type PopupMenu from 'diagram-js/lib/features/popup-menu/PopupMenu';
import type { PopupMenuEntries } from 'diagram-js/lib/features/popup-menu/PopupMenuProvider';
import { ACTIONS_MENU, CREATE_MENU } from '../modelling/elementActions';
import './popupMenuIcons.css';

/** the menus whose entries carry icon-font classes: bpmn-js's replace menu and the app's element actions and create menus */
const MENUS_WITH_ICONS = ['bpmn-replace', ACTIONS_MENU, CREATE_MENU];

/** after every other provider (diagram-js asks providers of higher priority first) */
const LAST = 1;

/** Moves an entry's icon-font class from its name onto an icon of its own, hidden from screen readers. */
function withHiddenIcons(entries: PopupMenuEntries): PopupMenuEntries {
  const changed: PopupMenuEntries = {};
  for (const [id, entry] of Object.entries(entries)) {
    const { className } = entry;
    // a class name is bpmn-js's or the app's own, never a diagram's text: safe to write as markup
    changed[id] =
      className && !entry.imageUrl && !entry.imageHtml && /^[\w\s-]+$/.test(className)
        ? { ...entry, className: undefined, imageHtml: `<span class="${className}" aria-hidden="true"></span>` }
        : entry;
  }
  return changed;
}

class PopupMenuIcons {
  static $inject = ['popupMenu'];

  constructor(popupMenu: PopupMenu) {
    for (const menu of MENUS_WITH_ICONS) popupMenu.registerProvider(menu, LAST, { getPopupMenuEntries: () => withHiddenIcons });
  }
}

export const popupMenuIconsModule = {
  __init__: ['popupMenuIcons'],
  popupMenuIcons: ['type', PopupMenuIcons],
};
