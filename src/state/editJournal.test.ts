// Tests of the editor's one history: diagram and assessment edits are taken back and done again in
// the order they were made, notes typed one keystroke after the other are one edit, and the journal
// follows what the modeller undoes or redoes by itself.
import { describe, expect, it } from 'vitest';
import { createStepAssessment } from '../domain/assessment';
import type { StepAssessment } from '../domain/assessment';
import { createEditJournal } from './editJournal';
import type { EditJournal } from './editJournal';

const blank = createStepAssessment('p-1', { id: 'Task_1', name: 'Antrag prüfen', type: 'bpmn:UserTask' });
const answered = (answers: StepAssessment['answers'], from: StepAssessment = blank): StepAssessment => ({ ...from, answers: { ...from.answers, ...answers } });
const noted = (notes: string, from: StepAssessment = blank): StepAssessment => ({ ...from, notes });

/** undoes until nothing is left, saying what each undo asked for (the modeller's undo reported back as it would be) */
function undoAll(journal: EditJournal): string[] {
  const steps: string[] = [];
  while (journal.canUndo) {
    const step = journal.undo();
    if (step.kind === 'diagram') {
      journal.diagram('undo');
      steps.push('diagram');
    } else if (step.kind === 'assessment') steps.push(`${step.stepId} R=${String(step.fields.answers.R)} notes=${step.fields.notes}`);
  }
  return steps;
}

describe('createEditJournal', () => {
  it('given a diagram edit, then an answer, when undone twice, then the answer goes first, then the diagram edit', () => {
    const journal = createEditJournal();
    journal.diagram('execute');
    journal.recordAssessment(answered({ R: 4 }), answered({ R: 2 }));

    const first = journal.undo();
    expect(first).toEqual({ kind: 'assessment', stepId: 'Task_1', fields: expect.objectContaining({ answers: { R: 4 } }) });
    expect(journal.undo()).toEqual({ kind: 'diagram' });
    journal.diagram('undo');
    expect(journal.canUndo).toBe(false);
  });

  it('given undone edits, when redone, then they come back in the order they were made, the answer with its new value', () => {
    const journal = createEditJournal();
    journal.recordAssessment(answered({ R: 4 }), answered({ R: 2 }));
    journal.diagram('execute');
    expect(undoAll(journal)).toEqual(['diagram', 'Task_1 R=4 notes=']);

    const redoneAnswer = journal.redo();
    expect(redoneAnswer).toEqual({ kind: 'assessment', stepId: 'Task_1', fields: expect.objectContaining({ answers: { R: 2 } }) });
    expect(journal.redo()).toEqual({ kind: 'diagram' });
    journal.diagram('redo');
    expect(journal).toMatchObject({ canUndo: true, canRedo: false });
  });

  it('given a note typed letter by letter, when undone, then the whole note goes at once; another field is an edit of its own', () => {
    const journal = createEditJournal();
    journal.recordAssessment(blank, noted('P'));
    journal.recordAssessment(noted('P'), noted('Pa'));
    journal.recordAssessment(noted('Pa'), noted('Pap'));
    journal.recordAssessment(noted('Pap'), answered({ R: 3 }, noted('Pap')));

    expect(undoAll(journal)).toEqual(['Task_1 R=undefined notes=Pap', 'Task_1 R=undefined notes=']);
  });

  it('given an edit taken back and a new edit made, then there is nothing to redo', () => {
    const journal = createEditJournal();
    journal.recordAssessment(blank, answered({ R: 1 }));
    journal.undo();
    expect(journal.canRedo).toBe(true);

    journal.diagram('execute');

    expect(journal).toMatchObject({ canUndo: true, canRedo: false });
    expect(journal.redo()).toEqual({ kind: 'none' });
  });

  it('given a record that did not change, when recorded, then there is nothing to undo', () => {
    const journal = createEditJournal();
    journal.recordAssessment(answered({ R: 1 }), { ...answered({ R: 1 }), revision: 7, updatedAt: 'later' });
    expect(journal.canUndo).toBe(false);
  });

  it('given an answer after an append, when the modeller takes the append back by itself, then the answer is still to undo and the append is gone', () => {
    const journal = createEditJournal();
    journal.diagram('execute');
    journal.recordAssessment(blank, answered({ R: 5 }));

    journal.diagram('undo');

    expect(undoAll(journal)).toEqual(['Task_1 R=undefined notes=']);
  });

  it('given a diagram edit redone by the modeller by itself, then it is the next edit to undo', () => {
    const journal = createEditJournal();
    journal.recordAssessment(blank, answered({ R: 5 }));
    journal.diagram('redo');

    expect(journal.undo()).toEqual({ kind: 'diagram' });
  });

  it('given a new import (the modeller clears its history), then nothing is left to undo or redo', () => {
    const journal = createEditJournal();
    journal.diagram('execute');
    journal.recordAssessment(blank, answered({ R: 5 }));
    journal.undo();

    journal.diagram('clear');

    expect(journal).toMatchObject({ canUndo: false, canRedo: false });
  });
});
