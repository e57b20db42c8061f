// The choice to dock the canvas while the steps table is open, in real Chromium with the app's
// layout at a laptop's size (1366 × 768): docked, the canvas and the score panel took half the
// window, left the table a few rows and the figures below it never the whole window, and only
// closing the table undocked them. The table's heading now holds "Diagramm beim Blättern oben
// halten" (on until switched off, kept across a new editor), shown only where the window docks;
// and docked, the canvas leaves the window with the table's end, so the figures below have it.
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../app/app.css';
import { i18n } from '../../i18n/i18n';
import type { AppStore } from '../../state/appStore';
import { AppStoreProvider } from '../../state/AppStoreProvider';
import { ReadOnlyProvider } from '../../ui/readOnly';
import { EditorScreen } from './EditorScreen';
import { renderSampleEditor } from './testSampleEditor';
import { expectInWindow, frames } from './testWindow';

let disposers: (() => void)[] = [];

function disposeEditors(): void {
  cleanup();
  for (const dispose of disposers) dispose();
  disposers = [];
}

const dockName = 'Diagramm beim Blättern oben halten';

beforeEach(async () => {
  await i18n.changeLanguage('de');
  await page.viewport(1366, 768);
});

afterEach(() => {
  disposeEditors();
  window.scrollTo(0, 0);
});

/** The sample in the editor, its diagram drawn: the canvas's region, and the store. */
async function renderSample(): Promise<{ canvas: HTMLElement; store: AppStore }> {
  const { store, dispose } = await renderSampleEditor();
  disposers.push(dispose);
  const canvas = await screen.findByRole('region', { name: 'Diagramm' }, { timeout: 15_000 });
  await waitFor(() => expect(canvas.querySelector('.djs-shape')).not.toBeNull());
  return { canvas, store };
}

/** The editor rendered anew over the store's session (as after a reload that kept the tab's view), its diagram drawn; the canvas's region. */
async function renderEditorAgain(store: AppStore): Promise<HTMLElement> {
  const processId = store.getState().document.processes[0].id;
  render(
    <AppStoreProvider store={store}>
      <ReadOnlyProvider readOnly={false}>
        <EditorScreen processId={processId} workspaceHref="#/" />
      </ReadOnlyProvider>
    </AppStoreProvider>,
  );
  const canvas = await screen.findByRole('region', { name: 'Diagramm' }, { timeout: 15_000 });
  await waitFor(() => expect(canvas.querySelector('.djs-shape')).not.toBeNull());
  return canvas;
}

/** The sample in the editor, its diagram drawn; the canvas's region. */
async function openSample(): Promise<HTMLElement> {
  return (await renderSample()).canvas;
}

/** The sample in the editor, every step answered (so that the figures list them and draw the matrix), the figures open; the canvas's region. */
async function openSampleWithFigures(): Promise<HTMLElement> {
  const { canvas, store } = await renderSample();
  for (const record of store.getState().document.assessments.values()) {
    act(() => store.getState().actions.updateAssessment({ ...record, answers: { ...record.answers, R: 4, Id: 2, Is: 3, Mb: 2, Sp: 4 } }));
  }
  await userEvent.click(screen.getByRole('button', { name: 'Kennzahlen', pressed: false }));
  return canvas;
}

async function openTable(): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name: 'Schritttabelle', pressed: false }));
  return screen.findByRole('region', { name: 'Schritttabelle' });
}

/** The page scrolled to its end, and the frames that follow it passed. */
async function scrollToEnd(): Promise<void> {
  window.scrollTo(0, document.documentElement.scrollHeight);
  await frames();
}

describe('EditorScreen: the choice to dock the canvas over the steps table', () => {
  it('given the table opened on a laptop screen, then its heading offers to keep the diagram at the top, switched on, and the canvas stays in the window at the table\'s end', async () => {
    const canvas = await openSample();
    const table = await openTable();

    const choice = within(table).getByRole('checkbox', { name: dockName });

    expect(choice).toBeChecked();
    await scrollToEnd();
    expectInWindow(canvas);
  });

  it('given the table open, when the choice is reached with Tab from the table\'s heading and switched off with Space, then it stays in sight and the canvas scrolls out of the window with the page; switched on again, the canvas is docked', async () => {
    const user = userEvent.setup();
    const canvas = await openSample();
    const table = await openTable();
    // opening the table put the focus on its heading
    await waitFor(() => expect(within(table).getByRole('heading', { level: 2 })).toHaveFocus());

    await user.tab();
    const choice = within(table).getByRole('checkbox', { name: dockName });
    expect(choice).toHaveFocus();
    await user.keyboard(' ');

    expect(choice).not.toBeChecked();
    expect(document.documentElement).not.toHaveClass('editor-docked-page');
    // the canvas back in the page's flow above it, the focused choice is still in sight
    await frames();
    expectInWindow(choice);
    await scrollToEnd();
    expect(canvas.getBoundingClientRect().bottom).toBeLessThanOrEqual(0);

    // and switched on again, the canvas is docked at the window's top
    choice.focus();
    await user.keyboard(' ');
    expect(choice).toBeChecked();
    await frames();
    expectInWindow(canvas);
  });

  it('given the docking off and the page scrolled so that the choice is near the window\'s top, when it is switched on again by Space, then the docked canvas and panel do not cover it: it is scrolled clear of them', async () => {
    // a QA re-check: the focused choice lay wholly under the docked score panel's header
    const user = userEvent.setup();
    await openSample();
    const table = await openTable();
    const choice = within(table).getByRole('checkbox', { name: dockName });
    await user.click(choice);
    expect(choice).not.toBeChecked();
    choice.focus();
    window.scrollBy(0, choice.getBoundingClientRect().top - 120);
    await frames();
    expect(choice.getBoundingClientRect().top).toBeLessThan(200);

    await user.keyboard(' ');
    await frames();

    expect(choice).toBeChecked();
    expectInWindow(choice);
    const box = choice.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit === choice || hit === choice.closest('label')).toBe(true);
  });

  it('given the docking switched off, when the editor is built anew from the same session (a reload keeps the tab\'s view, another process), then it is still off', async () => {
    const user = userEvent.setup();
    const { store } = await renderSample();
    await user.click(within(await openTable()).getByRole('checkbox', { name: dockName }));
    // the choice is the tab's view, kept with the open panels (state/sessionView)
    expect(store.getState().session.panels.docked).toBe(false);
    cleanup();

    const canvas = await renderEditorAgain(store);
    const table = screen.getByRole('region', { name: 'Schritttabelle' });

    expect(within(table).getByRole('checkbox', { name: dockName })).not.toBeChecked();
    await scrollToEnd();
    expect(canvas.getBoundingClientRect().bottom).toBeLessThanOrEqual(0);
  });

  it('given the table open on a laptop screen, when the window is narrowed below docking\'s width, then the choice is no longer offered, and widened again, it is', async () => {
    await openSample();
    const table = await openTable();
    expect(within(table).getByRole('checkbox', { name: dockName })).toBeVisible();

    await page.viewport(900, 768);

    expect(within(table).queryByRole('checkbox', { name: dockName })).toBeNull();
    await page.viewport(1366, 768);
    expect(within(table).getByRole('checkbox', { name: dockName })).toBeVisible();
  });

  it('given table and figures docked, when scrolled down to the matrix, then the canvas has left with the table and the whole matrix is in sight', async () => {
    const canvas = await openSampleWithFigures();
    await openTable();
    const figures = screen.getByRole('region', { name: 'Kennzahlen des Prozesses' });
    const matrix = within(figures).getByRole('figure').querySelector('svg');
    if (!matrix) throw new Error('no matrix');

    window.scrollBy(0, Math.ceil(matrix.getBoundingClientRect().bottom - window.innerHeight));
    await frames();

    expectInWindow(matrix);
    expect(canvas.getBoundingClientRect().bottom).toBeLessThanOrEqual(Math.max(0, figures.getBoundingClientRect().top));
  });
});
