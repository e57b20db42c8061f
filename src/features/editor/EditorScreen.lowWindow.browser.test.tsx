// The editor in a low window (a 1280 × 720 laptop screen at 125 %: 1024 × 576), in real Chromium
// with the app's layout. The page opens at its top and the canvas's lower part lies below the
// window: the element search's results ran past the window's edge and its find was selected out of
// sight, and "Aktionen" opened under an element below the window, its last entries out of reach
// (scrolling to them closed the menu). Now the canvas comes into the window first and the menu
// stays inside it.
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../app/app.css';
import type { AppStore } from '../../state/appStore';
import { renderSampleEditor } from './testSampleEditor';
import { expectInWindow, frames } from './testWindow';

let dispose: (() => void) | undefined;
let header: HTMLElement | undefined;
let currentStore: AppStore | undefined;

beforeEach(async () => {
  await page.viewport(1024, 576);
});

afterEach(() => {
  cleanup();
  dispose?.();
  dispose = undefined;
  header?.remove();
  header = undefined;
  window.scrollTo(0, 0);
});

/** The sample in the editor under a header as high as the app's at this size, which puts the canvas's top where the app has it (y = 351). */
async function openSample(): Promise<HTMLElement> {
  header = document.createElement('header');
  header.style.height = '120px';
  const container = document.createElement('div');
  document.body.append(header, container);
  const editor = await renderSampleEditor({ container });
  dispose = editor.dispose;
  currentStore = editor.store;
  const canvas = await screen.findByRole('region', { name: 'Diagramm' }, { timeout: 15_000 });
  await waitFor(() => expect(canvas.querySelector('.djs-shape')).not.toBeNull());
  window.scrollTo(0, 0);
  expect(canvas.getBoundingClientRect().bottom).toBeGreaterThan(window.innerHeight);
  return canvas;
}

/** Searches the diagram from the toolbar and takes the first result with Enter. */
async function findInDiagram(text: string): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: 'Element suchen' }));
  await userEvent.keyboard(text);
  await waitFor(() => expect(document.querySelector('.djs-search-result')).not.toBeNull());
  await userEvent.keyboard('{Enter}');
}

describe('EditorScreen in a low window', () => {
  it('given the page at its top, when the element search opens, then its results are in the window, and the element found is selected in sight', async () => {
    const canvas = await openSample();
    await userEvent.click(screen.getByRole('button', { name: 'Element suchen' }));
    await userEvent.keyboard('Post');
    const results = await waitFor(() => {
      const list = document.querySelector('.djs-search-results');
      expect(list?.querySelector('.djs-search-result')).not.toBeNull();
      return list as Element;
    });
    await frames();
    expectInWindow(results);

    await userEvent.keyboard('{Enter}');

    const selected = await waitFor(() => {
      const element = canvas.querySelector('.djs-element.selected');
      expect(element).not.toBeNull();
      return element as Element;
    });
    expectInWindow(selected);
  });

  it('given a step low in the diagram selected and the page at its top, when "Aktionen" is pressed, then the whole menu is in the window and stays open', async () => {
    await openSample();
    await findInDiagram('Post');
    window.scrollTo(0, 0);
    await frames();

    await userEvent.click(screen.getByRole('button', { name: 'Aktionen' }));

    const menu = await waitFor(() => {
      const popup = document.querySelector('.djs-popup');
      expect(popup).toHaveTextContent('Aktionen für Sendeaufgabe');
      return popup as Element;
    });
    await frames();
    expect(menu.isConnected).toBe(true);
    expectInWindow(menu);
    const lastEntry = [...menu.querySelectorAll('.entry')].at(-1);
    if (!lastEntry) throw new Error('no entries');
    lastEntry.scrollIntoView({ block: 'nearest' });
    await frames();
    expect(menu.isConnected).toBe(true);
    expectInWindow(lastEntry);
  });

  it('given a window at 200 % zoom (640 × 360), then every tool of the palette can be scrolled into the canvas, and the palette keeps its two columns', async () => {
    await page.viewport(640, 360);
    const canvas = await openSample();
    const palette = canvas.querySelector('.djs-palette');
    const entries = [...canvas.querySelectorAll('.djs-palette-entries .entry')];
    const last = entries.at(-1);
    if (!palette || !last) throw new Error('no palette');
    canvas.scrollIntoView({ block: 'start' });

    // as a user scrolls it: the palette alone (scrollIntoView would scroll the canvas's clipping box too)
    palette.scrollTop = palette.scrollHeight;
    await frames();

    const frame = canvas.getBoundingClientRect();
    const tool = last.getBoundingClientRect();
    expect(tool.top).toBeGreaterThanOrEqual(frame.top);
    expect(tool.bottom).toBeLessThanOrEqual(frame.bottom);
    expect(document.elementFromPoint(tool.left + tool.width / 2, tool.top + tool.height / 2)).toBe(last);
    const [first, second] = entries.map((entry) => entry.getBoundingClientRect());
    expect(second.top).toBe(first.top);
    expect(second.left).toBeGreaterThan(first.left);
  });

  it('given the diagram fitted as it opens, when its rightmost step is selected, then the step\'s context pad lies wholly inside the canvas', async () => {
    const canvas = await openSample();
    const store = currentStore;
    const rightmost = [...canvas.querySelectorAll('.djs-shape[data-element-id^="Task_"]')]
      .map((shape) => ({ id: shape.getAttribute('data-element-id') ?? '', right: shape.getBoundingClientRect().right }))
      .sort((a, b) => b.right - a.right)[0];
    canvas.scrollIntoView({ block: 'start' });

    act(() => store?.getState().actions.selectStep(rightmost.id));

    const pad = await waitFor(() => {
      const element = canvas.querySelector('.djs-context-pad.open');
      expect(element?.querySelector('.entry')).not.toBeNull();
      return element as Element;
    });
    const entries = [...pad.querySelectorAll('.entry')].map((entry) => entry.getBoundingClientRect());
    expect(Math.max(...entries.map((entry) => entry.right))).toBeLessThanOrEqual(canvas.getBoundingClientRect().right);
  });
});
