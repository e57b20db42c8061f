// Tests of snapshotWithChanges: the unsaved changes land on the stored snapshot as the repository
// would store them.
import { describe, expect, it } from 'vitest';
import { createDepartment, createProcess, createStepAssessment } from '../domain/assessment';
import { createDefaultCatalogue } from '../domain/criteria';
import type { WorkspaceChange, WorkspaceSnapshot } from './repository';
import { readingUnsavedOnTop, snapshotWithChanges } from './snapshotWithChanges';
import { createDexieRepository } from './dexieRepository';

const amt = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
const kept = createProcess({ departmentId: amt.id, name: 'Gewerbeanmeldung', diagramXml: '<x/>' });
const removed = createProcess({ departmentId: amt.id, name: 'Sondernutzung', diagramXml: '<y/>' });
const task = (id: string) => ({ id, type: 'bpmn:Task' as const, name: id });

function storedWorkspace(): WorkspaceSnapshot {
  return {
    departments: [amt],
    processes: [kept, removed],
    assessments: [createStepAssessment(kept.id, task('a')), createStepAssessment(kept.id, task('b')), createStepAssessment(removed.id, task('c'))],
    catalogue: createDefaultCatalogue(),
    meta: { sampleSeeded: true },
  };
}

describe('readingUnsavedOnTop', () => {
  it('given unsaved changes, then every read shows them on top of what is stored, and none once they are stored', async () => {
    const stored = createDexieRepository(`unsaved-on-top-${Math.random().toString(36).slice(2)}`);
    await stored.replaceAll(storedWorkspace());
    let unsaved: WorkspaceChange[] = [
      { kind: 'process', record: { ...kept, name: 'Gewerbeanmeldung (Workshop)' } },
      { kind: 'removeAssessments', processId: kept.id, stepIds: ['a'] },
      { kind: 'removeProcess', id: removed.id },
    ];
    const reading = readingUnsavedOnTop(stored, () => unsaved);

    expect((await reading.loadProcess(kept.id))?.name).toBe('Gewerbeanmeldung (Workshop)');
    expect(await reading.loadProcess(removed.id)).toBeUndefined();
    expect((await reading.listProcesses()).map((process) => process.name)).toEqual(['Gewerbeanmeldung (Workshop)']);
    expect((await reading.loadAssessments(kept.id)).map((record) => record.stepId)).toEqual(['b']);
    expect(await reading.loadAssessments(removed.id)).toEqual([]);
    unsaved = [];
    expect((await reading.listProcesses()).map((process) => process.name).sort()).toEqual(['Gewerbeanmeldung', 'Sondernutzung']);
    stored.close();
  });
});

describe('snapshotWithChanges', () => {
  it('given no changes, then the stored snapshot is returned as it is', () => {
    const snapshot = storedWorkspace();
    expect(snapshotWithChanges(snapshot, [])).toBe(snapshot);
  });

  it('given saves, then the changed records replace the stored ones and new ones are added', () => {
    const renamed = { ...kept, name: 'Gewerbeanmeldung (Workshop)' };
    const answered = { ...createStepAssessment(kept.id, task('a')), notes: 'Papierformular' };
    const added = createStepAssessment(kept.id, task('new'));
    const catalogue = { ...createDefaultCatalogue(), version: 2 };
    const result = snapshotWithChanges(storedWorkspace(), [
      { kind: 'process', record: renamed },
      { kind: 'assessments', records: [answered, added] },
      { kind: 'catalogue', record: catalogue },
      { kind: 'meta', record: { sampleSeeded: true, lastBackupAt: '2026-12-01T10:00:00.000Z' } },
    ]);
    expect(result.processes.find((process) => process.id === kept.id)?.name).toBe('Gewerbeanmeldung (Workshop)');
    expect(result.assessments.filter((record) => record.processId === kept.id).map((record) => [record.stepId, record.notes])).toEqual([
      ['a', 'Papierformular'],
      ['b', ''],
      ['new', ''],
    ]);
    expect(result.catalogue.version).toBe(2);
    expect(result.meta.lastBackupAt).toBe('2026-12-01T10:00:00.000Z');
  });

  it('given removals, then a removed process takes its step records along and removed steps are gone', () => {
    const result = snapshotWithChanges(storedWorkspace(), [
      { kind: 'removeProcess', id: removed.id },
      { kind: 'removeAssessments', processId: kept.id, stepIds: ['b'] },
    ]);
    expect(result.processes.map((process) => process.id)).toEqual([kept.id]);
    expect(result.assessments.map((record) => record.stepId)).toEqual(['a']);
  });

  it('given a department removed after its processes moved, then the later change wins', () => {
    const other = createDepartment({ code: 'Amt 50', name: 'Soziales' });
    const result = snapshotWithChanges(storedWorkspace(), [
      { kind: 'department', record: other },
      { kind: 'process', record: { ...kept, departmentId: other.id } },
      { kind: 'process', record: { ...removed, departmentId: other.id } },
      { kind: 'removeDepartment', id: amt.id },
    ]);
    expect(result.departments.map((department) => department.code)).toEqual(['Amt 50']);
    expect(new Set(result.processes.map((process) => process.departmentId))).toEqual(new Set([other.id]));
  });
});
