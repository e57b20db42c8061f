// Closes diagram-js's open popup menu (the replace menu "Element ändern", …) when the page, or a box
// around the canvas (the editor full screen), scrolls. The menu is fixed to the window where the
// context pad it opened from was, and diagram-js closes it when the diagram's view moves
// (canvas.viewbox.changing), not when the page around the canvas scrolls: it then stayed where it
// was, over whatever scrolled under it, apart from its element. A scroll in the menu's own list or
// in a box beside the canvas (the score panel) leaves it open, and so does the scroll that brought
// the canvas into the window just before the menu opened (canvasInWindow; its event comes a frame
// later): a box that stands where it stood when the menu opened has not moved the menu's element.
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type PopupMenu from 'diagram-js/lib/features/popup-menu/PopupMenu';

class ClosePopupOnScroll {
  static $inject = ['canvas', 'eventBus', 'popupMenu'];

  constructor(canvas: Canvas, eventBus: EventBus, popupMenu: PopupMenu) {
    const container = canvas.getContainer();
    // where each box around the canvas (and the page) stood when the menu opened
    let positionsAtOpen = new Map<Node, string>();
    const positionOf = (box: Node) => {
      const scroller = box === document ? document.scrollingElement : box;
      return scroller instanceof Element ? `${scroller.scrollLeft},${scroller.scrollTop}` : '';
    };
    // scroll events do not bubble: one capturing listener on the document hears the document's and every box's
    const onScroll = (event: Event) => {
      const box = event.target;
      if (box instanceof Node && box.contains(container) && positionOf(box) !== positionsAtOpen.get(box)) popupMenu.close();
    };
    const stopListening = () => document.removeEventListener('scroll', onScroll, { capture: true });
    eventBus.on('popupMenu.open', () => {
      positionsAtOpen = new Map();
      for (let box: Node | null = container; box; box = box.parentNode) positionsAtOpen.set(box, positionOf(box));
      document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    });
    eventBus.on('popupMenu.close', stopListening);
    eventBus.on('diagram.destroy', stopListening);
  }
}

export const closePopupOnScrollModule = {
  __init__: ['closePopupOnScroll'],
  closePopupOnScroll: ['type', ClosePopupOnScroll],
};
