// Keyboard guard for diagram-js's element search (the search pad): the pad acts on a key's keyup
// (Enter picks the highlighted result or, with none, closes the search; Escape closes it). A key
// pressed down BEFORE the search opened is released in the search's input, though: Enter on the
// toolbar's "Element suchen" button opens the search on keydown, and its keyup then closed the
// search again at once, leaving the focus on the canvas, where the next typed letters fired
// shortcuts. This module lets a keyup reach the search only when its keydown happened there too.
// It also keeps the list of results out of the Tab order: the input's arrow keys highlight every
// result and scroll the list to it, as a combobox's list is read, while a Tab stop on the list
// (Chromium makes a list that scrolls one by itself) led to a place where the arrows, Enter and
// Escape did nothing and the search stayed open. And the search closes, as Escape closes it, when
// the focus leaves it (Tab or Shift+Tab on to the page), as a combobox's list closes; before, it
// stayed open over the canvas with the focus elsewhere.
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type SearchPad from 'diagram-js/lib/features/search-pad/SearchPad';

/** the search pad's text field (diagram-js's SearchPad.INPUT_SELECTOR) */
export const SEARCH_INPUT = '.djs-search-input input';
/** the search pad's scrolling list of results (diagram-js's SearchPad.RESULTS_CONTAINER_SELECTOR) */
export const SEARCH_RESULTS = '.djs-search-results';
/** the search pad's box around its input and results (diagram-js's SearchPad.CONTAINER_SELECTOR) */
const SEARCH_CONTAINER = '.djs-search-container';

/** the physical key (stays the same when Shift is released first); its name where there is no code */
function keyOf(event: KeyboardEvent): string {
  return event.code || event.key;
}

class SearchPadKeyGuard {
  // 'searchPad' is injected so that the pad (and its input) exists before the guard looks for it
  static $inject = ['canvas', 'eventBus', 'searchPad'];

  constructor(canvas: Canvas, eventBus: EventBus, searchPad: SearchPad) {
    // no Tab stop; a press of the mouse on the list (its scroll bar) still focuses it, not the canvas
    // behind, whose keys would act on the diagram while the search is open
    canvas.getContainer().querySelector(SEARCH_RESULTS)?.setAttribute('tabindex', '-1');
    const box = canvas.getContainer().querySelector(SEARCH_CONTAINER);
    // looked at once the focus has landed: a window left for another keeps its focus in the search
    box?.addEventListener('focusout', () => {
      window.setTimeout(() => {
        if (searchPad.isOpen() && document.hasFocus() && !box.contains(document.activeElement)) searchPad.close();
      });
    });
    const input = canvas.getContainer().querySelector<HTMLInputElement>(SEARCH_INPUT);
    if (!input) return;
    // keys pressed down in the open search and not yet released, with how often (keys without a
    // code can share a name)
    const pressed = new Map<string, number>();
    eventBus.on('searchPad.opened', () => pressed.clear());
    input.addEventListener('keydown', (event) => {
      // auto-repeat of a key held since before the search opened does not make it the search's key
      if (event.repeat) return;
      const key = keyOf(event);
      pressed.set(key, (pressed.get(key) ?? 0) + 1);
    });
    // the pad listens on its container (bubbling), so stopping the keyup here keeps it from the pad
    input.addEventListener('keyup', (event) => {
      const key = keyOf(event);
      const count = pressed.get(key) ?? 0;
      if (count === 0) {
        event.stopPropagation();
        return;
      }
      if (count === 1) pressed.delete(key);
      else pressed.set(key, count - 1);
    });
  }
}

export const searchPadKeysModule = {
  __init__: ['searchPadKeyGuard'],
  searchPadKeyGuard: ['type', SearchPadKeyGuard],
};
