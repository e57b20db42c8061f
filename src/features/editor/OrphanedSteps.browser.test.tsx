// "Entfernte Schritte" in the editor with a file of two diagrams (real Chromium, bpmn-js): showing
// the other diagram keeps the first one's answers without listing them as removed, and a step
// deleted on the canvas is listed on either diagram, and comes back with "Rückgängig".
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDepartment, createProcess } from '../../domain/assessment';
import type { StepAssessment } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import type { AppStore } from '../../state/appStore';
import type { MemoryRepository } from '../../state/memoryRepository';
import { renderWithStore } from '../settings/storeHarness';
import { EditorScreen } from './EditorScreen';
import multipleDiagramsXml from '../../../../shared/fixtures/bpmn/bpmn-io/bpmn-js_multiple-diagrams.bpmn?raw';

/** BPMNDiagram_1 shows Process_1 (start → Task_1 → Task_2 → end); BPMNDiagram_2 shows Process_2, events only. */
const firstDiagram = 'BPMNDiagram_1';
const otherDiagram = 'BPMNDiagram_2';

let cleanups: (() => void)[] = [];

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => {
  cleanup();
  for (const end of cleanups) end();
  cleanups = [];
});

async function openTwoDiagramFile(): Promise<{ store: AppStore; repository: MemoryRepository; processId: string }> {
  const department = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
  const process = { ...createProcess({ departmentId: department.id, name: 'Zwei Diagramme', diagramXml: multipleDiagramsXml }), diagramId: firstDiagram };
  const { store, repository, dispose } = await renderWithStore(
    <div style={{ width: '1200px' }}>
      <EditorScreen processId={process.id} workspaceHref="#/" />
    </div>,
    { departments: [department], processes: [process] },
  );
  cleanups.push(dispose);
  await waitFor(() => expect(store.getState().document.steps.map((step) => step.id)).toEqual(['Task_1', 'Task_2']), { timeout: 15_000 });
  return { store, repository, processId: process.id };
}

async function showDiagram(store: AppStore, diagramId: string, stepIds: string[]): Promise<void> {
  await userEvent.setup().selectOptions(await screen.findByRole('combobox', { name: 'Diagramm' }), diagramId);
  await waitFor(() => expect(store.getState().document.steps.map((step) => step.id)).toEqual(stepIds), { timeout: 5_000 });
}

function answerFirstStep(store: AppStore): StepAssessment {
  const record = store.getState().document.assessments.get('Task_1');
  if (!record) throw new Error('Task_1 has no assessment');
  store.getState().actions.updateAssessment({ ...record, answers: { R: 2 }, notes: 'Antrag liegt auf Papier vor' });
  const answered = store.getState().document.assessments.get('Task_1');
  if (!answered) throw new Error('Task_1 lost its assessment');
  return answered;
}

function removedRegion(): HTMLElement | null {
  return screen.queryByRole('region', { name: /entfernte[rn]? Schritt/ });
}

describe('OrphanedSteps in the editor, with a file of two diagrams', () => {
  it('given an answered step of the first diagram, when the other diagram is shown, then nothing is listed as removed and its answers come back with its diagram', async () => {
    const { store, repository, processId } = await openTwoDiagramFile();
    const answered = answerFirstStep(store);

    await showDiagram(store, otherDiagram, []);

    expect(removedRegion()).toBeNull();
    expect(screen.queryByRole('button', { name: /Antworten löschen/ })).toBeNull();
    expect(store.getState().document.orphaned).toEqual([]);
    // the process figures, the table and the heatmap read the steps of the diagram shown
    expect(store.selectors.selectStepScores(store.getState()).size).toBe(0);
    await store.getState().actions.workspaceSnapshot();
    const stored = (await repository.loadAssessments(processId)).find((record) => record.stepId === 'Task_1');
    expect(stored).toEqual(answered);

    await showDiagram(store, firstDiagram, ['Task_1', 'Task_2']);

    expect(store.getState().document.assessments.get('Task_1')).toEqual(answered);
    expect(removedRegion()).toBeNull();
  });

  it('given a step deleted on the canvas, then it is listed as removed on either diagram, and "Rückgängig" brings it back', async () => {
    const user = userEvent.setup();
    const { store } = await openTwoDiagramFile();
    const answered = answerFirstStep(store);
    const deleteFirstStep = async () => {
      // the first time by the panel's start; after an undo the step it brought back is selected already
      const start = screen.queryByRole('button', { name: 'Mit dem ersten Schritt beginnen' });
      if (start) await user.click(start);
      await waitFor(() => expect(document.querySelector('[data-element-id="Task_1"]')).toHaveClass('selected'));
      const canvas = document.querySelector<SVGElement>('.djs-container svg');
      if (!canvas) throw new Error('no canvas');
      canvas.focus();
      canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
      await waitFor(() => expect(store.getState().document.steps.map((step) => step.id)).toEqual(['Task_2']), { timeout: 5_000 });
    };

    await deleteFirstStep();
    expect(within(screen.getByRole('region', { name: '1 entfernter Schritt' })).getByText('Task_1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await waitFor(() => expect(store.getState().document.steps.map((step) => step.id)).toEqual(['Task_1', 'Task_2']), { timeout: 5_000 });
    expect(removedRegion()).toBeNull();
    expect(store.getState().document.assessments.get('Task_1')?.answers).toEqual(answered.answers);
    // the step brought back is selected again
    await waitFor(() => expect(document.querySelector('[data-element-id="Task_1"]')).toHaveClass('selected'));
    expect(screen.queryByRole('button', { name: 'Mit dem ersten Schritt beginnen' })).toBeNull();

    await deleteFirstStep();
    await showDiagram(store, otherDiagram, []);

    const removed = screen.getByRole('region', { name: '1 entfernter Schritt' });
    expect(within(removed).getByText('Task_1')).toBeInTheDocument();
    expect(within(removed).queryByText('Task_2')).toBeNull();
    expect(store.getState().document.orphaned.map((record) => record.stepId)).toEqual(['Task_1']);
  });
});
