// The process figures in the editor name the catalogue version they are computed with and, after
// a catalogue change, the earlier version that last scored the process, until an answer is given
// under the new one.
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../app/app.css';
import type { StepAssessment } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import type { AppStore } from '../../state/appStore';
import { renderSampleEditor } from './testSampleEditor';

let dispose: (() => void) | undefined;

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => {
  cleanup();
  dispose?.();
  dispose = undefined;
});

/** gives the first step of the open process one more answer */
function answerFirstStep(store: AppStore, rules: 1 | 2 | 3 | 4 | 5): void {
  const { steps, assessments } = store.getState().document;
  const record = steps[0] && assessments.get(steps[0].id);
  if (!record) throw new Error('the sample has no steps');
  const answered: StepAssessment = { ...record, answers: { ...record.answers, R: rules } };
  act(() => store.getState().actions.updateAssessment(answered));
}

describe('EditorScreen: the catalogue version of the figures', () => {
  it('given a process scored with version 1 and the catalogue saved as version 2, then the figures name both until the process is answered again', async () => {
    const editor = await renderSampleEditor();
    dispose = editor.dispose;
    const { store } = editor;
    answerFirstStep(store, 4);
    const scoredWith = store.getState().document.catalogue.version;
    const catalogue = store.getState().document.catalogue;
    act(() => store.getState().actions.updateCatalogue({ ...catalogue, settings: { ...catalogue.settings, workingDaysPerYear: 210 } }));
    const current = store.getState().document.catalogue.version;
    await userEvent.click(screen.getByRole('button', { name: 'Kennzahlen', pressed: false }));
    const figures = screen.getByRole('region', { name: 'Kennzahlen des Prozesses' });

    expect(within(figures).getByText(new RegExp(`^Berechnet mit dem Kriterienkatalog in Version ${current}\\. Zuletzt bewertet wurde der Prozess mit Version ${scoredWith}:`))).toBeInTheDocument();

    answerFirstStep(store, 3);
    expect(within(figures).getByText(`Berechnet mit dem Kriterienkatalog in Version ${current}.`)).toBeInTheDocument();
  });
});
