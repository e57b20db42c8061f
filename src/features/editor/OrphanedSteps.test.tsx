// Tests of "Entfernte Schritte": answers of removed, answered steps are listed and deleted only after a
// confirmation; cancelling keeps them. They can be given, after a confirmation, to a step of the
// diagram with nothing recorded (the step drawn anew), never to one with answers of its own. The notice's text speaks of one step or of several, as its heading counts.
// In a tab that only reads, the list is shown and its "Antworten löschen" disabled.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDepartment, createProcess } from '../../domain/assessment';
import type { Step } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import { createAutosave } from '../../storage/autosave';
import type { Autosave, PendingChange } from '../../storage/autosave';
import { createAppStore } from '../../state/appStore';
import { AppStoreProvider } from '../../state/AppStoreProvider';
import { createMemoryRepository } from '../../state/memoryRepository';
import { ReadOnlyProvider } from '../../ui/readOnly';
import { OrphanedSteps } from './OrphanedSteps';

let cleanups: (() => void)[] = [];

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => {
  for (const end of cleanups) end();
  cleanups = [];
});

const step = (id: string, name: string, order: number): Step => ({ id, name, type: 'bpmn:UserTask', order });

async function withRemovedStep({ readOnly = false } = {}) {
  const department = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
  const process = createProcess({ departmentId: department.id, name: 'Gewerbeanmeldung', diagramXml: '<v1/>' });
  const repository = createMemoryRepository({ departments: [department], processes: [process] });
  const real = createAutosave(repository, { debounceMs: 1 });
  const enqueued: PendingChange[] = [];
  const autosave: Autosave = { ...real, enqueue: (change) => (enqueued.push(change), real.enqueue(change)) };
  const store = createAppStore({ repository, autosave });
  cleanups.push(() => {
    store.dispose();
    real.dispose();
  });
  await store.getState().actions.loadWorkspace();
  await store.getState().actions.openProcess(process.id);
  store.getState().actions.diagramChanged('<v2/>', [step('Task_1', 'Antrag prüfen', 0), step('Task_2', 'Quittung drucken', 1)]);
  // an answered step: only what was recorded is kept when the step is removed
  const printing = store.getState().document.assessments.get('Task_2');
  if (!printing) throw new Error('no record for Task_2');
  store.getState().actions.updateAssessment({ ...printing, answers: { Mb: 2 } });
  store.getState().actions.diagramChanged('<v3/>', [step('Task_1', 'Antrag prüfen', 0)]);
  enqueued.length = 0;
  render(
    <AppStoreProvider store={store}>
      <ReadOnlyProvider readOnly={readOnly}>
        <OrphanedSteps />
      </ReadOnlyProvider>
    </AppStoreProvider>,
  );
  return { store, enqueued, processId: process.id };
}

describe('OrphanedSteps', () => {
  it('given a removed step, when its answers are deleted and confirmed, then they are removed from memory and storage', async () => {
    const user = userEvent.setup();
    const { store, enqueued, processId } = await withRemovedStep();
    const region = screen.getByRole('region', { name: '1 entfernter Schritt' });
    expect(within(region).getByText('Quittung drucken')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Antworten löschen: Quittung drucken' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Antworten endgültig löschen?' })).getByRole('button', { name: 'Endgültig löschen' }));

    expect(store.getState().document.orphaned).toEqual([]);
    expect(enqueued).toEqual([{ kind: 'removeAssessments', processId, stepIds: ['Task_2'] }]);
    expect(screen.queryByRole('region', { name: '1 entfernter Schritt' })).toBeNull();
  });

  it('given one removed step, then the notice speaks of that step; given a second one, of both', async () => {
    const { store } = await withRemovedStep();
    const one = screen.getByRole('region', { name: '1 entfernter Schritt' });
    expect(within(one).getByText(/^Dieser Schritt ist in keinem Diagramm der Datei mehr\. Seine Antworten bleiben erhalten:/)).toBeInTheDocument();

    const checking = store.getState().document.assessments.get('Task_1');
    if (!checking) throw new Error('no record for Task_1');
    act(() => {
      store.getState().actions.updateAssessment({ ...checking, answers: { R: 4 } });
      store.getState().actions.diagramChanged('<v4/>', []);
    });

    const two = screen.getByRole('region', { name: '2 entfernte Schritte' });
    expect(within(two).getByText(/^Diese Schritte sind in keinem Diagramm der Datei mehr\. Ihre Antworten bleiben erhalten: Solange der Prozess offen ist, holt „Rückgängig“ einen Schritt/)).toBeInTheDocument();
  });

  it('given one removed step and the UI in English, then the notice says "This step", as its heading counts one', async () => {
    await i18n.changeLanguage('en');
    await withRemovedStep();
    const region = screen.getByRole('region', { name: '1 removed step' });
    expect(within(region).getByText(/^This step is no longer in any diagram of the file\. Its answers are kept:/)).toBeInTheDocument();
  });

  it('given a removed step and the step drawn anew, when its answers are given to the new step and confirmed, then the new step holds them and the removed one is gone from memory and storage', async () => {
    // a QA tour: after a reload undo could not bring a deleted step back, though the notice promised it
    const user = userEvent.setup();
    const { store, enqueued, processId } = await withRemovedStep();
    act(() => store.getState().actions.diagramChanged('<v4/>', [step('Task_1', 'Antrag prüfen', 0), step('Task_9', 'Quittung drucken', 1)]));
    enqueued.length = 0;

    const target = screen.getByRole('combobox', { name: 'Antworten geben an: Quittung drucken' });
    // only steps with nothing recorded are offered (Task_1 has nothing either)
    expect(within(target).getAllByRole('option').map((option) => option.textContent)).toEqual(['– Schritt wählen –', 'Antrag prüfen', 'Quittung drucken']);
    expect(screen.getByRole('button', { name: 'Antworten übertragen: Quittung drucken' })).toBeDisabled();
    await user.selectOptions(target, 'Task_9');
    await user.click(screen.getByRole('button', { name: 'Antworten übertragen: Quittung drucken' }));
    const dialog = screen.getByRole('dialog', { name: 'Antworten übertragen?' });
    expect(dialog).toHaveTextContent('des entfernten Schritts „Quittung drucken“ gehen auf den Schritt „Quittung drucken“ über');
    await user.click(within(dialog).getByRole('button', { name: 'Übertragen' }));

    const moved = store.getState().document.assessments.get('Task_9');
    expect(moved).toMatchObject({ stepId: 'Task_9', answers: { Mb: 2 } });
    expect(moved?.orphanedAt).toBeUndefined();
    expect(store.getState().document.orphaned).toEqual([]);
    expect(screen.queryByRole('region', { name: '1 entfernter Schritt' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Die Antworten von „Quittung drucken“ gehören jetzt zum Schritt „Quittung drucken“.');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(enqueued).toEqual([
      { kind: 'assessments', records: [expect.objectContaining({ stepId: 'Task_9', answers: { Mb: 2 } })] },
      { kind: 'removeAssessments', processId, stepIds: ['Task_2'] },
    ]);
  });

  it('given every step of the diagram with answers of its own, then none is offered and the notice says to draw the step anew; the store refuses to overwrite one', async () => {
    const { store } = await withRemovedStep();
    const checking = store.getState().document.assessments.get('Task_1');
    if (!checking) throw new Error('no record for Task_1');
    act(() => store.getState().actions.updateAssessment({ ...checking, answers: { R: 4 } }));

    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByText('Jeder Schritt im Diagramm hat schon Antworten. Zeichnen Sie den Schritt neu, um ihm diese Antworten zu geben.')).toBeInTheDocument();
    act(() => store.getState().actions.adoptOrphaned('Task_2', 'Task_1'));
    expect(store.getState().document.assessments.get('Task_1')?.answers).toEqual({ R: 4 });
    expect(store.getState().document.orphaned.map((record) => record.stepId)).toEqual(['Task_2']);
  });

  it('given a removed step, when the deletion is cancelled, then its answers stay', async () => {
    const user = userEvent.setup();
    const { store, enqueued } = await withRemovedStep();
    await user.click(screen.getByRole('button', { name: 'Antworten löschen: Quittung drucken' }));
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(store.getState().document.orphaned.map((record) => record.stepId)).toEqual(['Task_2']);
    expect(enqueued).toEqual([]);
  });

  it('given a tab that only reads, then the removed step is listed and its answers cannot be deleted', async () => {
    const user = userEvent.setup();
    const { store, enqueued } = await withRemovedStep({ readOnly: true });
    const region = screen.getByRole('region', { name: '1 entfernter Schritt' });
    expect(within(region).getByText('Quittung drucken')).toBeInTheDocument();

    const purge = screen.getByRole('button', { name: 'Antworten löschen: Quittung drucken' });
    expect(purge).toBeDisabled();
    await user.click(purge);

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().document.orphaned.map((record) => record.stepId)).toEqual(['Task_2']);
    expect(enqueued).toEqual([]);
  });
});
