// Keeps the keyboard on the canvas after a press of the mouse on what diagram-js draws over it: the
// palette, the context pad, popup menus' entries, overlays. Those are not focusable, so the browser
// gave the focus to the nearest focusable element around the canvas (the page's main region), where
// the canvas's keys (Delete, Ctrl+Z, E, A, the arrows) do nothing and a name typed next went nowhere;
// diagram-js takes the focus back only from the page's body. Now such a press focuses the canvas.
// A press on something focusable of its own (the search field, the label editor) keeps its focus.
// The focused canvas shows its focus ring inside its box (canvasFocusRing.css).
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import './canvasFocusRing.css';

class CanvasFocusOnPress {
  static $inject = ['canvas', 'eventBus'];

  constructor(canvas: Canvas, eventBus: EventBus) {
    const container = canvas.getContainer();
    // the focus a press moves lands in the same task as the press: only that focus is taken
    let pressed = false;
    const onPress = () => {
      pressed = true;
      setTimeout(() => {
        pressed = false;
      });
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!pressed) return;
      pressed = false;
      const { target } = event;
      if (target instanceof Element && target !== container && target.contains(container)) canvas.focus();
    };
    container.addEventListener('mousedown', onPress, true);
    document.addEventListener('focusin', onFocusIn, true);
    eventBus.on('diagram.destroy', () => {
      container.removeEventListener('mousedown', onPress, true);
      document.removeEventListener('focusin', onFocusIn, true);
    });
  }
}

export const canvasFocusOnPressModule = {
  __init__: ['canvasFocusOnPress'],
  canvasFocusOnPress: ['type', CanvasFocusOnPress],
};
