// The number of results under the search field of the modeller's popup menus ("Aktionen", "Element
// ändern", "Element erstellen") in the UI's language. diagram-js writes it in English only ("3
// results found", a live region), which the German UI showed and a screen reader read out; that line
// is hidden (popupSearchCount.css), and a status line of the app's own under the search field shows
// and tells "3 Treffer", "1 Treffer" or "Keine Treffer" once typing pauses (resultCount.ts), and
// nothing while the field is empty. It sits in diagram-js's search box, after the field: Preact,
// which draws the menu, leaves a node it did not draw where it is.
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Translate } from '../translate/translateModule';
import { COUNT_PAUSE_MS, resultCountText } from './resultCount';
import './popupSearchCount.css';

/** an open popup menu's search box: the search field and its icon */
const SEARCH_BOX = '.djs-popup .djs-popup-search';
/** the menu's entries the search shows */
const SHOWN_ENTRY = '.djs-popup-results .entry';
/** the app's status line (popupSearchCount.css) */
const COUNT_CLASS = 'pl-popup-search-count';

/** Adds the status line to the search box and keeps it told; returns what takes it away again. */
function countResults(box: HTMLElement, translate: Translate): (() => void) | undefined {
  const input = box.querySelector('input');
  const popup = box.closest('.djs-popup');
  if (!input || !popup) return undefined;
  const status = document.createElement('p');
  status.className = COUNT_CLASS;
  status.setAttribute('role', 'status');
  box.append(status);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tell = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      status.textContent = input.value.trim() === '' ? '' : resultCountText(translate, popup.querySelectorAll(SHOWN_ENTRY).length);
    }, COUNT_PAUSE_MS);
  };
  input.addEventListener('input', tell);
  return () => {
    clearTimeout(timer);
    input.removeEventListener('input', tell);
    status.remove();
  };
}

class PopupSearchCount {
  static $inject = ['canvas', 'eventBus', 'translate'];

  private stop: (() => void) | undefined;

  constructor(canvas: Canvas, eventBus: EventBus, translate: Translate) {
    eventBus.on('popupMenu.opened', () => {
      this.end();
      const box = canvas.getContainer().querySelector<HTMLElement>(SEARCH_BOX);
      if (box) this.stop = countResults(box, translate);
    });
    eventBus.on(['popupMenu.closed', 'diagram.destroy'], () => this.end());
  }

  private end(): void {
    this.stop?.();
    this.stop = undefined;
  }
}

export const popupSearchCountModule = {
  __init__: ['popupSearchCount'],
  popupSearchCount: ['type', PopupSearchCount],
};
