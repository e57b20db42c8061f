// The score panel's scrolling in the editor, in real Chromium with the app's layout: in a window
// wide enough for it to stand beside the diagram it is a scroll box of its own, as high as the rest
// of the window, its step's name and "Weiter" sticking to its top; where it stands under the diagram
// (a 1,280 × 800 window at 200 % zoom: 640 × 400 CSS pixels) it flows with the page, which alone
// scrolls (WCAG 1.4.10), and its header scrolls away with it.
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../app/app.css';
import { i18n } from '../../i18n/i18n';
import { renderSampleEditor } from './testSampleEditor';

let dispose: (() => void) | undefined;
/** the window the file found, given back for the files after it in the same page */
let windowBefore = { width: 0, height: 0 };

beforeAll(() => {
  windowBefore = { width: window.innerWidth, height: window.innerHeight };
});

afterAll(async () => {
  await page.viewport(windowBefore.width, windowBefore.height);
});

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => {
  cleanup();
  dispose?.();
  dispose = undefined;
  window.scrollTo(0, 0);
});

/** The sample in the editor in a window of the given size, its first step shown in the side panel. */
async function openFirstStep(width: number, height: number): Promise<HTMLElement> {
  await page.viewport(width, height);
  const editor = await renderSampleEditor();
  dispose = editor.dispose;
  const first = [...editor.store.getState().document.steps].sort((a, b) => a.order - b.order)[0];
  act(() => editor.store.getState().actions.selectStep(first.id));
  const side = screen.getByRole('complementary', { name: 'Bewertung des Schritts' });
  within(side).getByRole('heading', { level: 2, name: first.name });
  return side;
}

/** the score panel's header: the step's name, its place in the walk, "Zurück" and "Weiter" */
function stepHeader(side: HTMLElement): HTMLElement {
  const header = side.querySelector<HTMLElement>('.score-panel__header');
  if (!header) throw new Error('the score panel has no header');
  return header;
}

/** Whether the element scrolls its content itself: it lets it scroll, and has more than it shows. */
function scrollsItself(element: HTMLElement): boolean {
  const overflow = getComputedStyle(element).overflowY;
  return (overflow === 'auto' || overflow === 'scroll') && element.scrollHeight > element.clientHeight;
}

describe('EditorScreen: the score panel and the page', () => {
  it('beside the diagram (1,366 × 768), the side panel scrolls itself and its header sticks', async () => {
    const side = await openFirstStep(1366, 768);

    expect(side.getBoundingClientRect().top).toBeLessThan(screen.getByRole('region', { name: 'Diagramm' }).getBoundingClientRect().bottom);
    expect(scrollsItself(side)).toBe(true);
    expect(getComputedStyle(stepHeader(side)).position).toBe('sticky');
  });

  it('under the diagram at 200 % zoom (640 × 400), the side panel flows with the page: only the page scrolls, and the header scrolls away with it', async () => {
    const side = await openFirstStep(640, 400);

    expect(side.getBoundingClientRect().top).toBeGreaterThanOrEqual(screen.getByRole('region', { name: 'Diagramm' }).getBoundingClientRect().bottom);
    expect(scrollsItself(side)).toBe(false);
    expect(side.scrollHeight).toBeLessThanOrEqual(side.clientHeight);
    const scrolling = document.scrollingElement!;
    expect(scrolling.scrollHeight).toBeGreaterThan(scrolling.clientHeight);
    // scrolled down into the questions, the step's header is out of the window, above them
    const header = stepHeader(side);
    within(side).getByRole('region', { name: /^Schnellcheck/ }).scrollIntoView({ block: 'start' });
    expect(header.getBoundingClientRect().bottom).toBeLessThanOrEqual(0);
  });
});
