// The replace menu ("Element ändern", opened from the wrench in a step's context pad) in the editor
// in Chromium, as a tester found it on a 1400 × 900 window: opened for a task in the lower right of
// the canvas, every entry lies inside the window and on top, over the score panel beside the canvas,
// whether the page below the canvas is longer than the window (the steps table open) or not, with
// the score panel's answer options (positioned boxes) scrolled beside the menu.
import { cleanup, screen, waitFor } from '@testing-library/react';
import testingUserEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../app/app.css';
import { i18n } from '../../i18n/i18n';
import { renderSampleEditor } from './testSampleEditor';

let cleanups: (() => void)[] = [];

beforeEach(async () => {
  await i18n.changeLanguage('de');
  await page.viewport(1400, 900);
});

afterEach(() => {
  cleanup();
  for (const end of cleanups) end();
  cleanups = [];
  window.scrollTo(0, 0);
});

/** the sample process ("Gewerbeanmeldung") in the editor, its steps read */
async function openSample(): Promise<void> {
  const { dispose } = await renderSampleEditor();
  cleanups.push(dispose);
}

function shape(id: string): SVGGElement {
  const found = document.querySelector<SVGGElement>(`.djs-shape[data-element-id="${id}"]`);
  if (!found) throw new Error(`no shape ${id}`);
  return found;
}

/** The tester's steps: the whole diagram, a task appended after the bottom lane's last task, the whole diagram again. */
async function appendTaskAfterLastTask(): Promise<void> {
  const user = testingUserEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Ganzes Diagramm' }));
  await userEvent.click(shape('Task_BescheinigungVersenden'));
  await waitFor(() => expect(shape('Task_BescheinigungVersenden')).toHaveClass('selected'));
  await user.click(screen.getByRole('button', { name: 'Aufgabe anfügen' }));
  await waitFor(() => expect(document.querySelector('.djs-direct-editing-parent')).toBeVisible());
  await userEvent.keyboard('{Escape}');
  await user.click(screen.getByRole('button', { name: 'Ganzes Diagramm' }));
}

/**
 * Scrolls the score panel (a wheel over it; the page stays) until its first answer option (a
 * positioned box) lies level with the menu's first entry, so that the menu's entries lie over the
 * panel's options wherever the menu opened.
 */
function scrollScorePanelBeside(menu: HTMLElement): void {
  const side = screen.getByRole('complementary', { name: 'Bewertung des Schritts' });
  const option = side.querySelector('.assessment-option');
  const firstEntry = menu.querySelector('.entry');
  if (!option || !firstEntry) throw new Error('no answer option or no menu entry');
  side.scrollTop += option.getBoundingClientRect().top - firstEntry.getBoundingClientRect().top;
}

/** Clicks the wrench in the context pad of the selected task; resolves with the open menu. */
async function openReplaceMenu(): Promise<HTMLElement> {
  const wrench = await waitFor(() => {
    const found = document.querySelector<HTMLElement>('.djs-context-pad.open .entry[data-action="replace"]');
    if (!found) throw new Error('no wrench in the context pad');
    return found;
  });
  await userEvent.click(wrench);
  return waitFor(() => {
    const menu = document.querySelector<HTMLElement>('.djs-popup.bpmn-replace');
    if (!menu) throw new Error('the replace menu is not open');
    return menu;
  });
}

/** Scrolls the menu's own list (not the page) until the entry is inside the list's visible part. */
function scrollIntoMenuList(entry: HTMLElement): void {
  const list = entry.closest<HTMLElement>('.djs-popup-results');
  if (!list) return;
  const box = entry.getBoundingClientRect();
  const shown = list.getBoundingClientRect();
  if (box.bottom > shown.bottom) list.scrollTop += box.bottom - shown.bottom;
  else if (box.top < shown.top) list.scrollTop -= shown.top - box.top;
}

interface EntryProblem {
  entry: string;
  box: { left: number; top: number; right: number; bottom: number };
  /** the element a click on the entry's centre reaches */
  hit: string;
}

/** The menu's entries (header toggles and list entries) that lie outside the window or under something else. */
function entriesOutOfReach(menu: HTMLElement): EntryProblem[] {
  const problems: EntryProblem[] = [];
  for (const entry of menu.querySelectorAll<HTMLElement>('.entry')) {
    scrollIntoMenuList(entry);
    const { left, top, right, bottom } = entry.getBoundingClientRect();
    const inWindow = left >= 0 && top >= 0 && right <= window.innerWidth && bottom <= window.innerHeight;
    const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    if (inWindow && hit && entry.contains(hit)) continue;
    const hitName = hit ? `${hit.tagName.toLowerCase()}.${String(hit.getAttribute('class') ?? '').trim().replace(/\s+/g, '.')}` : 'nothing';
    problems.push({ entry: entry.dataset.id ?? entry.textContent ?? '', box: { left, top, right, bottom }, hit: hitName });
  }
  return problems;
}

describe('the replace menu in the editor (1400 × 900)', () => {
  it.each([
    ['the steps table open (the page longer than the window)', true],
    ['nothing under the canvas', false],
  ])('given %s, when opened for a task in the lower right, then every entry is inside the window and on top', async (_, withTable) => {
    await openSample();
    if (withTable) {
      await testingUserEvent.setup().click(screen.getByRole('button', { name: 'Schritttabelle' }));
      await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Schritttabelle' })).toBeInTheDocument());
      window.scrollTo(0, 0);
      expect(document.documentElement.scrollHeight).toBeGreaterThan(window.innerHeight);
    }
    await appendTaskAfterLastTask();
    // the task lies in the lower right quarter of the canvas, the score panel right of the canvas
    const canvas = document.querySelector('.editor__canvas')!.getBoundingClientRect();
    const task = shape('Task_BescheinigungVersenden').getBoundingClientRect();
    expect(task.left).toBeGreaterThan(canvas.left + canvas.width / 2);
    expect(task.top).toBeGreaterThan(canvas.top + canvas.height / 2);
    expect(task.bottom).toBeLessThan(canvas.bottom);
    expect(screen.getByRole('complementary', { name: 'Bewertung des Schritts' }).getBoundingClientRect().left).toBeGreaterThanOrEqual(canvas.right);

    await userEvent.click(shape('Task_BescheinigungVersenden'));
    const menu = await openReplaceMenu();
    scrollScorePanelBeside(menu);

    expect(menu.querySelectorAll('.entry').length).toBeGreaterThan(10);
    expect(entriesOutOfReach(menu)).toEqual([]);
  });
});
