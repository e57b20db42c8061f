// Tests of the unsaved journal's text: stamped with the schema version, read back through the
// checks every stored record passes, the first shipped form (a bare list) still read.
import { describe, expect, it } from 'vitest';
import type { Process, StepAssessment } from '../domain/assessment';
import { currentSchemaVersion } from '../domain/migrations';
import type { WorkspaceChange } from './repository';
import { journalChanges, journalText } from './unsavedJournal';

const t1 = '2024-06-03T08:00:00.000Z';
const process: Process = { id: 'p-1', createdAt: t1, updatedAt: t1, revision: 2, departmentId: 'd-1', name: 'Wohnsitz anmelden', lotse: '', description: '', status: 'draft', diagramXml: '<x/>' };
const note: StepAssessment = { processId: 'p-1', stepId: 'Task_1', answers: { R: 4 }, quantities: {}, notes: 'Papierformular', notApplicable: false, alreadyAutomated: false, updatedAt: t1, revision: 1 };

describe('unsaved journal', () => {
  it('given changes, when written and read back, then the same changes come back, removals first', () => {
    const changes: WorkspaceChange[] = [
      { kind: 'process', record: process },
      { kind: 'assessments', records: [note] },
      { kind: 'removeAssessments', processId: 'p-1', stepIds: ['Task_9'] },
      { kind: 'removeProcess', id: 'p-2' },
    ];
    const text = journalText(changes);

    expect(JSON.parse(text)).toMatchObject({ schemaVersion: currentSchemaVersion });
    expect(journalChanges(text)).toEqual([
      { kind: 'removeAssessments', processId: 'p-1', stepIds: ['Task_9'] },
      { kind: 'removeProcess', id: 'p-2' },
      { kind: 'process', record: process },
      { kind: 'assessments', records: [note] },
    ]);
  });

  it('given the first shipped form (a bare list), then it is read as version 1', () => {
    expect(journalChanges(JSON.stringify([{ kind: 'process', record: process }]))).toEqual([{ kind: 'process', record: process }]);
  });

  it('given a record no stored one could be, then it is left out and the others are kept', () => {
    const text = JSON.stringify({ schemaVersion: currentSchemaVersion, changes: [{ kind: 'process', record: { id: 'p-3', name: 42 } }, { kind: 'assessments', records: [note] }] });

    expect(journalChanges(text)).toEqual([{ kind: 'assessments', records: [note] }]);
  });

  it('given a journal of a newer app version, or one that is no journal, then nothing is read', () => {
    expect(journalChanges(JSON.stringify({ schemaVersion: currentSchemaVersion + 1, changes: [{ kind: 'process', record: process }] }))).toEqual([]);
    expect(journalChanges('{"kind":')).toEqual([]);
    expect(journalChanges(JSON.stringify({ schemaVersion: 'eins', changes: [] }))).toEqual([]);
    expect(journalChanges(null)).toEqual([]);
  });
});
