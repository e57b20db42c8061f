// A step chosen in the process figures ("Kennzahlen"), in real Chromium with the app's layout: the
// figures lie far below the side panel, so the choice brings the side panel back into the window
// with the chosen step and puts the focus on its heading; with the side panel switched off, it is
// switched on first. Choosing a row in the steps table keeps the focus in the table.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../app/app.css';
import type { StepAssessment } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import type { AppStore } from '../../state/appStore';
import { renderSampleEditor } from './testSampleEditor';

let cleanups: (() => void)[] = [];

beforeEach(async () => {
  await i18n.changeLanguage('de');
  await page.viewport(1366, 768);
});

afterEach(() => {
  cleanup();
  for (const end of cleanups) end();
  cleanups = [];
});

/** The sample in the editor, its last step answered with media breaks (so that the figures list it) and the figures open. */
async function openSampleWithFigures(): Promise<{ store: AppStore; stepId: string; stepName: string }> {
  const { store, dispose } = await renderSampleEditor();
  cleanups.push(dispose);
  const { steps, assessments } = store.getState().document;
  const last = [...steps].sort((a, b) => a.order - b.order).at(-1);
  const record = last && assessments.get(last.id);
  if (!last || !record) throw new Error('the sample has no steps');
  const answered: StepAssessment = { ...record, answers: { ...record.answers, R: 4, Id: 2, Is: 3, Mb: 2, Sp: 4 } };
  act(() => store.getState().actions.updateAssessment(answered));
  await userEvent.click(screen.getByRole('button', { name: 'Kennzahlen', pressed: false }));
  return { store, stepId: last.id, stepName: last.name };
}

function figures(): HTMLElement {
  return screen.getByRole('region', { name: 'Kennzahlen des Prozesses' });
}

/** The score panel's heading of the step has the focus and lies inside the window. */
async function expectStepHeadingFocused(stepName: string): Promise<void> {
  const side = await screen.findByRole('complementary', { name: 'Bewertung des Schritts' });
  const heading = within(side).getByRole('heading', { level: 2, name: stepName });
  await waitFor(() => expect(heading).toHaveFocus());
  const box = heading.getBoundingClientRect();
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
}

describe('EditorScreen: a step chosen in the figures', () => {
  it.each([
    ['the list of steps with media breaks', () => within(figures()).getAllByRole('list')[0]],
    ['the steps of highest priority', () => within(figures()).getAllByRole('list').at(-1)!],
  ])('given the figures scrolled into view, when a step of %s is chosen, then its heading in the side panel has the focus and is in view', async (_, list) => {
    const user = userEvent.setup();
    const { store, stepId, stepName } = await openSampleWithFigures();
    const button = within(list()).getByRole('button', { name: stepName });
    button.scrollIntoView();
    expect(screen.getByRole('complementary', { name: 'Bewertung des Schritts' }).getBoundingClientRect().bottom).toBeLessThan(0);

    await user.click(button);

    expect(store.getState().session.selectedStepId).toBe(stepId);
    await expectStepHeadingFocused(stepName);
  });

  it('given the side panel switched off, when a step in the matrix\'s table is chosen, then the side panel is switched on with that step, its heading focused', async () => {
    const user = userEvent.setup();
    const { stepName } = await openSampleWithFigures();
    await user.click(screen.getByRole('button', { name: 'Bewertung', pressed: true }));
    expect(screen.queryByRole('complementary', { name: 'Bewertung des Schritts' })).toBeNull();
    await user.click(within(figures()).getByText('Tabelle zum Diagramm'));
    const button = within(figures()).getByRole('table').querySelector('button');
    expect(button).toHaveTextContent(stepName);
    button?.scrollIntoView();

    await user.click(button!);

    expect(screen.getByRole('button', { name: 'Bewertung', pressed: true })).toBeInTheDocument();
    await expectStepHeadingFocused(stepName);
  });

  it('given the steps table, when a row is chosen, then the focus stays in the table', async () => {
    const user = userEvent.setup();
    const { store, stepId, stepName } = await openSampleWithFigures();
    await user.click(screen.getByRole('button', { name: 'Schritttabelle', pressed: false }));
    const grid = screen.getByRole('grid', { name: 'Schritte des Prozesses' });
    // the last step's row, at the end of the table's scroll box (its rows are rendered as they come into view)
    grid.parentElement?.scrollTo(0, grid.scrollHeight);
    const row = (await within(grid).findByRole('rowheader', { name: stepName })).closest('tr');
    if (!row) throw new Error('no row of the step');
    row.focus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(store.getState().session.selectedStepId).toBe(stepId));
    expect(grid.contains(document.activeElement)).toBe(true);
  });
});
