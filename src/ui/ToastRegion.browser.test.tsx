// The toasts' layout in a real browser (app.css and the toasts' own styles): the messages and their
// buttons sit in two containers (the messages alone are the live region), yet each toast reads as
// one box: its buttons on the row of its message, right of it, also when a long message wraps.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../app/app.css';
import { i18n } from '../i18n/i18n';
import { ToastRegion } from './ToastRegion';
import type { ToastView } from './ToastRegion';

const toasts: ToastView[] = [
  { id: 't-1', message: '„Antrag auf Sondernutzung öffentlicher Verkehrsflächen für Baustelleneinrichtungen“ wurde gelöscht.', canUndo: true, durationMs: 60_000 },
  { id: 't-2', message: 'Kopie angelegt.', canUndo: false, durationMs: 60_000 },
];

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => cleanup());

describe('ToastRegion layout', () => {
  it('given a long message with undo and a short one, then each toast\'s buttons are on its message\'s row, to its right, and the toasts do not overlap', () => {
    render(<ToastRegion toasts={toasts} onUndo={() => undefined} onDismiss={() => undefined} />);
    const region = screen.getByRole('region', { name: 'Meldungen' });
    const closers = within(region).getAllByRole('button', { name: 'Meldung schließen' });
    const rows = toasts.map((toast, index) => {
      const message = screen.getByText(toast.message).getBoundingClientRect();
      const buttons = closers[index].parentElement?.getBoundingClientRect();
      if (!buttons) throw new Error('no buttons');
      return { message, buttons };
    });

    // the long message wraps to more lines than its buttons' one
    expect(rows[0].message.height).toBeGreaterThan(40);
    for (const { message, buttons } of rows) {
      expect(Math.abs(buttons.top - message.top)).toBeLessThan(1);
      expect(Math.abs(buttons.bottom - message.bottom)).toBeLessThan(1);
      expect(Math.abs(buttons.left - message.right)).toBeLessThan(1);
    }
    expect(rows[1].message.top).toBeGreaterThan(rows[0].message.bottom);
    const undo = within(region).getByRole('button', { name: 'Rückgängig' }).getBoundingClientRect();
    expect(undo.top).toBeGreaterThanOrEqual(rows[0].buttons.top);
    expect(undo.bottom).toBeLessThanOrEqual(rows[0].buttons.bottom);
  });

  /** a button fixed in a bottom corner of the window, where a toast would cover it */
  function buttonInCorner(corner: 'left' | 'right', name: string): HTMLButtonElement {
    const button = document.createElement('button');
    button.textContent = name;
    button.style.cssText = `position: fixed; bottom: 24px; ${corner}: 40px; width: 160px; height: 32px;`;
    document.body.append(button);
    return button;
  }

  it('given a toast, when the focus moves to a control under it, then the toasts move to the other bottom corner, and back when the focus moves under them there; a control they would cover in both stays covered where it is', async () => {
    // a QA tour: a new Amt's "Umbenennen", tabbed to, and the score panel's answers lay under a toast for its six seconds
    await page.viewport(1366, 768);
    const right = buttonInCorner('right', 'Umbenennen');
    const left = buttonInCorner('left', 'Links');
    const wide = document.createElement('button');
    wide.textContent = 'Breit';
    wide.style.cssText = 'position: fixed; bottom: 0; left: 0; width: 100vw; height: 120px;';
    document.body.append(wide);
    try {
      render(<ToastRegion toasts={[toasts[1]]} onUndo={() => undefined} onDismiss={() => undefined} />);
      const stack = () => screen.getByRole('region', { name: 'Meldungen' }).getBoundingClientRect();
      const covers = (control: HTMLElement) => {
        const a = stack();
        const b = control.getBoundingClientRect();
        return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      };
      expect(covers(right)).toBe(true);

      right.focus();
      await expect.poll(() => covers(right)).toBe(false);
      expect(stack().left).toBeLessThan(window.innerWidth / 2);

      left.focus();
      await expect.poll(() => covers(left)).toBe(false);
      expect(stack().right).toBeGreaterThan(window.innerWidth / 2);

      // covered in either corner: the toasts stay where they are
      wide.focus();
      await new Promise((resolve) => window.setTimeout(resolve, 50));
      expect(stack().right).toBeGreaterThan(window.innerWidth / 2);
    } finally {
      right.remove();
      left.remove();
      wide.remove();
    }
  });

  it('given the focus in an area marked to keep clear (the score panel), when the toast would cover the area but not the focused control, then the toasts move to the other corner', async () => {
    // a touch tour: after the first answer, the next question's answers lay under the toast
    await page.viewport(1366, 768);
    const panel = document.createElement('section');
    panel.setAttribute('data-toast-clear', '');
    panel.style.cssText = 'position: fixed; top: 0; right: 0; width: 420px; height: 100vh;';
    const answer = document.createElement('button');
    answer.textContent = 'Antwort';
    panel.append(answer);
    document.body.append(panel);
    try {
      render(<ToastRegion toasts={[toasts[1]]} onUndo={() => undefined} onDismiss={() => undefined} />);
      const stack = () => screen.getByRole('region', { name: 'Meldungen' }).getBoundingClientRect();
      expect(stack().right).toBeGreaterThan(window.innerWidth / 2);

      answer.focus();

      await expect.poll(() => stack().right).toBeLessThan(window.innerWidth / 2);
    } finally {
      panel.remove();
    }
  });
});
