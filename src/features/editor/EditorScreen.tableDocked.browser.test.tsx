// The steps table beside the diagram, in real Chromium with the app's layout: on a laptop's screen
// (1366 × 768) the table lies under the canvas, and the page scrolled down to it took the canvas
// out of the window, so a row chosen in the table selected a step nobody could see. While the
// table is open, the canvas and the score panel stay docked at the window's top and the table's
// rows scroll below them; a field of the table that gets the focus is scrolled clear of them.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../app/app.css';
import { renderSampleEditor } from './testSampleEditor';
import { expectInWindow } from './testWindow';

let dispose: (() => void) | undefined;

beforeEach(async () => {
  await page.viewport(1366, 768);
});

afterEach(() => {
  cleanup();
  dispose?.();
  dispose = undefined;
  window.scrollTo(0, 0);
});

/** What the user sees at the middle of the element is the element itself, not something over it. */
function expectUncovered(element: Element): void {
  const box = element.getBoundingClientRect();
  const seen = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + box.height / 2);
  expect(seen !== null && element.contains(seen)).toBe(true);
}

async function openSampleWithTable(): Promise<{ grid: HTMLElement; canvas: HTMLElement }> {
  const editor = await renderSampleEditor();
  dispose = editor.dispose;
  const canvas = await screen.findByRole('region', { name: 'Diagramm' }, { timeout: 15_000 });
  await waitFor(() => expect(canvas.querySelector('.djs-shape')).not.toBeNull());
  await userEvent.click(screen.getByRole('button', { name: 'Schritttabelle', pressed: false }));
  return { grid: await screen.findByRole('grid', { name: 'Schritte des Prozesses' }), canvas };
}

describe('EditorScreen: the steps table beside the diagram', () => {
  it('given the table opened on a laptop screen and the page scrolled to its end, when the lowest row in sight is chosen, then the canvas with the selected step is in the window and so is the row', async () => {
    const user = userEvent.setup();
    const { grid, canvas } = await openSampleWithTable();
    window.scrollTo(0, document.documentElement.scrollHeight);
    const scroller = grid.parentElement;
    if (!scroller) throw new Error('no scroll box');
    await waitFor(() => expectInWindow(scroller));
    // the rows the table renders beyond its box's lower edge are not in sight
    const inSight = within(grid)
      .getAllByRole('rowheader')
      .filter((row) => row.getBoundingClientRect().bottom <= scroller.getBoundingClientRect().bottom);
    const last = inSight.at(-1);
    if (!last) throw new Error('no rows in sight');
    const stepName = last.textContent ?? '';

    await user.click(last);

    await waitFor(() => expect(canvas.querySelector('.djs-element.selected')).not.toBeNull());
    expectInWindow(canvas);
    await waitFor(() => expectUncovered(last));
    const selected = canvas.querySelector('.djs-element.selected');
    if (!selected) throw new Error('nothing selected');
    const shape = selected.getBoundingClientRect();
    const frame = canvas.getBoundingClientRect();
    expect(shape.top).toBeGreaterThanOrEqual(frame.top);
    expect(shape.bottom).toBeLessThanOrEqual(frame.bottom);
    expect(within(screen.getByRole('complementary', { name: 'Bewertung des Schritts' })).getByRole('heading', { level: 2 })).toHaveTextContent(stepName);
  });

  it('given the page scrolled to the table\'s end, then the whole of its scroll box is in the window below the canvas', async () => {
    const { grid, canvas } = await openSampleWithTable();
    window.scrollTo(0, document.documentElement.scrollHeight);
    const scroller = grid.parentElement;
    if (!scroller) throw new Error('no scroll box');

    await waitFor(() => expectInWindow(scroller));
    expectInWindow(canvas);
    expect(scroller.getBoundingClientRect().top).toBeGreaterThanOrEqual(canvas.getBoundingClientRect().bottom);
  });

  it('given the page scrolled to the table\'s end, when the table\'s search field gets the focus, then it is scrolled into sight below the canvas', async () => {
    await openSampleWithTable();
    window.scrollTo(0, document.documentElement.scrollHeight);
    const search = screen.getByRole('searchbox', { name: 'Schritte durchsuchen' });

    search.focus();

    await waitFor(() => expectUncovered(search));
    expectInWindow(search);
  });
});
