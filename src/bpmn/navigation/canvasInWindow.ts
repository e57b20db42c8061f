// Brings the canvas into the window before something opens in it that the user must see: the
// element search (Ctrl/Cmd+F or the toolbar's "Element suchen") and the element's actions
// ("Aktionen"). On a laptop's screen the editor opens with the page at its top and the canvas's
// lower part below the window: the search's results ran past its bottom edge, the element found
// was selected out of sight, and the actions opened under an element below the window. The page
// (or the box that scrolls around the canvas, as the editor full screen does) scrolls as little as
// it must: the canvas's top edge to the window's top where the canvas is taller than the window.
// A popup menu (the actions, "Element ändern", …) that would still run past the window's edge is
// moved back inside it, and its list is never taller than a low window leaves room for: diagram-js
// keeps a menu inside the document, which on a long page reaches far below the window.
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import './canvasInWindow.css';

/** px left between the canvas and the window's edge it is scrolled to */
const windowMargin = 8;

/** The box that scrolls the page around the element: the nearest scrolling ancestor, else the document. */
function scrollingBoxOf(element: Element): Element {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return document.scrollingElement ?? document.documentElement;
}

/** Scrolls the page around the element as little as brings it wholly into the window, or its top when it is taller. */
export function bringIntoWindow(element: Element): void {
  const box = element.getBoundingClientRect();
  const scroller = scrollingBoxOf(element);
  const frame = scroller === document.scrollingElement || scroller === document.documentElement ? { top: 0, bottom: window.innerHeight } : scroller.getBoundingClientRect();
  const top = frame.top + windowMargin;
  const bottom = frame.bottom - windowMargin;
  let delta = 0;
  if (box.top < top) delta = box.top - top;
  else if (box.bottom > bottom) delta = Math.min(box.bottom - bottom, box.top - top);
  if (delta !== 0) scroller.scrollBy({ top: delta, behavior: 'instant' });
}

/** Moves the canvas's open popup menu (fixed to the window) as little as brings it inside the window. */
export function fitPopupIntoWindow(canvas: Canvas): void {
  const popup = canvas.getContainer().querySelector<HTMLElement>('.djs-popup');
  if (!popup) return;
  const box = popup.getBoundingClientRect();
  const top = Math.max(windowMargin, Math.min(box.top, window.innerHeight - windowMargin - box.height));
  const left = Math.max(windowMargin, Math.min(box.left, window.innerWidth - windowMargin - box.width));
  if (top !== box.top) popup.style.top = `${top}px`;
  if (left !== box.left) popup.style.left = `${left}px`;
}

class CanvasInWindow {
  static $inject = ['canvas', 'eventBus'];

  constructor(canvas: Canvas, eventBus: EventBus) {
    eventBus.on('searchPad.opened', () => bringIntoWindow(canvas.getContainer()));
    // a menu opened elsewhere (the context pad's "Element ändern"); the actions fit theirs at once
    eventBus.on('popupMenu.opened', () => fitPopupIntoWindow(canvas));
  }
}

export const canvasInWindowModule = {
  __init__: ['canvasInWindow'],
  canvasInWindow: ['type', CanvasInWindow],
};
