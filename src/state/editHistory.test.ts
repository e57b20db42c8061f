// Tests of the store's one history of the open process's edits: an answer taken back and done again
// is stored so, a diagram edit is left to the modeller (and the answers stay), the toolbar's state
// follows, and opening another process starts a new history.
import { afterEach, describe, expect, it } from 'vitest';
import { createDepartment, createProcess, createStepAssessment } from '../domain/assessment';
import type { Level, Step } from '../domain/assessment';
import { createAutosave } from '../storage/autosave';
import type { Autosave } from '../storage/autosave';
import { createAppStore } from './appStore';
import type { AppStore } from './appStore';
import { createMemoryRepository } from './memoryRepository';

const amt = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
const step: Step = { id: 'Task_1', name: 'Antrag prüfen', type: 'bpmn:UserTask', order: 0 };
const opened: { store: AppStore; autosave: Autosave }[] = [];

afterEach(() => {
  for (const { store, autosave } of opened.splice(0)) {
    store.dispose();
    autosave.dispose();
  }
});

async function openedProcess() {
  const process = createProcess({ departmentId: amt.id, name: 'Gewerbeanmeldung', diagramXml: '<v1/>' });
  const other = createProcess({ departmentId: amt.id, name: 'Wohnsitz anmelden', diagramXml: '<v1/>' });
  const repository = createMemoryRepository({ departments: [amt], processes: [process, other], assessments: [createStepAssessment(process.id, step)] });
  const autosave = createAutosave(repository, { debounceMs: 1 });
  const store = createAppStore({ repository, autosave });
  opened.push({ store, autosave });
  await store.getState().actions.loadWorkspace();
  await store.getState().actions.openProcess(process.id);
  const answerR = (value: Level) => {
    const record = store.getState().document.assessments.get(step.id);
    if (!record) throw new Error('no record');
    store.getState().actions.updateAssessment({ ...record, answers: { ...record.answers, R: value } });
  };
  const answers = () => store.getState().document.assessments.get(step.id)?.answers;
  return { store, process, other, answerR, answers };
}

describe('the edit history of the open process', () => {
  it('given two answers, when undone and redone, then the stored answer follows and the toolbar knows what is possible', async () => {
    const { store, answerR, answers } = await openedProcess();
    const { actions } = store.getState();
    expect(store.getState().session.editHistory).toEqual({ canUndo: false, canRedo: false });
    answerR(4);
    answerR(2);

    expect(actions.undoEdit()).toMatchObject({ kind: 'assessment', stepId: step.id });
    expect(answers()).toEqual({ R: 4 });
    expect(store.getState().session.editHistory).toEqual({ canUndo: true, canRedo: true });
    actions.undoEdit();
    expect(answers()).toEqual({});
    expect(store.getState().session.editHistory).toEqual({ canUndo: false, canRedo: true });

    actions.redoEdit();
    expect(answers()).toEqual({ R: 4 });
  });

  it('given an answer and then a diagram edit, when undone, then the modeller is asked first and the answer stays until the next undo', async () => {
    const { store, answerR, answers } = await openedProcess();
    const { actions } = store.getState();
    answerR(4);
    actions.diagramEdited('execute');

    expect(actions.undoEdit()).toEqual({ kind: 'diagram' });
    expect(answers()).toEqual({ R: 4 });
    actions.diagramEdited('undo');
    actions.undoEdit();
    expect(answers()).toEqual({});
  });

  it('given edits in one process, when another is opened, then there is nothing to undo', async () => {
    const { store, other, answerR } = await openedProcess();
    answerR(4);

    await store.getState().actions.openProcess(other.id);

    expect(store.getState().session.editHistory).toEqual({ canUndo: false, canRedo: false });
    expect(store.getState().actions.undoEdit()).toEqual({ kind: 'none' });
  });
});
