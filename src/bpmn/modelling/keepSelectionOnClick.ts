// A diagram-js module that keeps a step selected when it is clicked again. diagram-js toggles: a
// plain click on the one selected element deselects it, and the score panel, which follows the
// canvas's selection, would lose its step in the middle of a workshop. Deselecting stays possible
// by a click on the empty canvas or Shift+click (diagram-js's own ways).
import type EventBus from 'diagram-js/lib/core/EventBus';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Element } from 'diagram-js/lib/model/Types';

interface ElementClickEvent {
  element: Element;
  originalEvent?: MouseEvent;
  stopPropagation(): void;
}

/** above diagram-js's SelectionBehavior (default priority 1000), below its click trap after drags (5000) */
const priority = 1500;

function isPlainPrimaryClick(event: MouseEvent | undefined): boolean {
  if (!event) return true;
  return event.button === 0 && !event.shiftKey && !event.ctrlKey && !event.metaKey;
}

class KeepSelectionOnClick {
  static $inject = ['eventBus', 'selection'];

  constructor(eventBus: EventBus, selection: Selection) {
    eventBus.on('element.click', priority, (event: ElementClickEvent) => {
      const selected = selection.get();
      if (selected.length === 1 && selected[0] === event.element && isPlainPrimaryClick(event.originalEvent)) event.stopPropagation();
    });
  }
}

export const keepSelectionOnClickModule = {
  __init__: ['keepSelectionOnClick'],
  keepSelectionOnClick: ['type', KeepSelectionOnClick],
};
