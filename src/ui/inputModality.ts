// Whether the person last used the keyboard or a pointer (mouse, pen, touch), watched on the whole
// page from the first import on. A control that moves the focus by itself after an action (the undo
// toast after a deletion) does so only for keyboard users: after a click the focus would land
// unseen, and the next Space or Enter would act on it.

let lastInput: 'keyboard' | 'pointer' | undefined;

if (typeof document !== 'undefined') {
  document.addEventListener('keydown', () => (lastInput = 'keyboard'), { capture: true });
  document.addEventListener('pointerdown', () => (lastInput = 'pointer'), { capture: true });
}

/** The last input was a key press. */
export function lastInputWasKeyboard(): boolean {
  return lastInput === 'keyboard';
}
