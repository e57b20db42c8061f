// What a screen reader learns of diagram-js's element search (the search pad), which draws its input
// and results as plain text: the input is a combobox that controls the list of results, the list is
// a listbox of options named by their two lines (the element's name, and what and where it is:
// elementSearch.ts), the result the arrow keys highlight is the active option (and selected), and a
// status line says how many results there are ("3 Treffer", "Keine Treffer", which is shown too)
// once typing pauses (resultCount.ts). The pad's own events drive it: `searchPad.cleared` before
// every new list (the list is filled in the same task), `searchPad.preselected` for each highlighted
// result, `searchPad.closed`.
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Translate } from '../translate/translateModule';
import { COUNT_PAUSE_MS, resultCountText } from './resultCount';
import { SEARCH_INPUT, SEARCH_RESULTS } from './searchPadKeys';
import './searchPadAria.css';

/** a result of the search pad (diagram-js's SearchPad.RESULT_SELECTOR) */
const SEARCH_RESULT = '.djs-search-result';
/** the status line while it shows "Keine Treffer" (searchPadAria.css) */
const NO_RESULTS_CLASS = 'pl-search-no-results';
/** the highlighted result (diagram-js's SearchPad.RESULT_SELECTED_CLASS) */
const SELECTED_RESULT = 'djs-search-result-selected';

/** distinct ids for the lists of several modellers on one page */
let nextList = 0;

class SearchPadAria {
  static $inject = ['canvas', 'eventBus', 'translate', 'searchPad'];

  constructor(canvas: Canvas, eventBus: EventBus, translate: Translate) {
    const container = canvas.getContainer();
    const input = container.querySelector<HTMLInputElement>(SEARCH_INPUT);
    const list = container.querySelector<HTMLElement>(SEARCH_RESULTS);
    if (!input || !list) return;
    nextList += 1;
    list.id = `pl-search-results-${nextList}`;
    list.setAttribute('role', 'listbox');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    const status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    list.after(status);

    // the count is told once typing pauses: told at every key, it buried the result being read;
    // "Keine Treffer" is shown too, where the list would be
    let countTimer: ReturnType<typeof setTimeout> | undefined;
    const tell = (text: string, shown = false) => {
      clearTimeout(countTimer);
      countTimer = setTimeout(() => {
        status.textContent = text;
        status.className = shown ? NO_RESULTS_CLASS : 'visually-hidden';
      }, COUNT_PAUSE_MS);
    };
    const label = () => list.setAttribute('aria-label', translate('Search results'));
    label();
    const results = () => Array.from(list.querySelectorAll<HTMLElement>(SEARCH_RESULT));
    const describeResults = () => {
      const shown = results();
      shown.forEach((result, index) => {
        result.id = `${list.id}-${index}`;
        result.setAttribute('role', 'option');
        result.setAttribute('aria-selected', String(result.classList.contains(SELECTED_RESULT)));
      });
      input.setAttribute('aria-expanded', String(shown.length > 0));
      const active = shown.find((result) => result.classList.contains(SELECTED_RESULT));
      if (active) input.setAttribute('aria-activedescendant', active.id);
      else input.removeAttribute('aria-activedescendant');
      if (input.value.trim() === '') tell('');
      else tell(resultCountText(translate, shown.length), shown.length === 0);
    };
    // the pad fills the list right after clearing it, in the same task
    eventBus.on('searchPad.cleared', () => queueMicrotask(describeResults));
    eventBus.on('searchPad.preselected', describeResults);
    eventBus.on('searchPad.closed', () => {
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      clearTimeout(countTimer);
      status.textContent = '';
      status.className = 'visually-hidden';
    });
    eventBus.on('diagram.destroy', () => clearTimeout(countTimer));
    eventBus.on('i18n.changed', () => {
      label();
      describeResults();
    });
  }
}

export const searchPadAriaModule = {
  __init__: ['searchPadAria'],
  searchPadAria: ['type', SearchPadAria],
};
