// Tests of when a workspace holds no work a restore would lose: empty, or only what is unchanged
// since it was made (the untouched first-start sample), as the backup reminder counts work; and
// which decisions a merge starts with (skip where the backup's version is identical, nothing else).
import { describe, expect, it } from 'vitest';
import { createDepartment, createProcess } from '../../domain/assessment';
import { mergePlan } from '../../domain/bundle';
import { createDefaultCatalogue } from '../../domain/criteria';
import type { WorkspaceSnapshot } from '../../domain/recordSchemas';
import { holdsNoWork, initialDecisions, isEmptyWorkspace } from './restorePlan';

function untouchedSample(): WorkspaceSnapshot {
  const department = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
  const process = createProcess({ departmentId: department.id, name: 'Gewerbeanmeldung', diagramXml: '' });
  return { departments: [department], processes: [process], assessments: [], catalogue: createDefaultCatalogue(), meta: { sampleSeeded: true } };
}

describe('holdsNoWork', () => {
  it('given an empty workspace or the untouched sample, then it holds no work, though only the first is empty', () => {
    const empty: WorkspaceSnapshot = { ...untouchedSample(), departments: [], processes: [] };
    expect(holdsNoWork(empty)).toBe(true);
    expect(holdsNoWork(untouchedSample())).toBe(true);
    expect(isEmptyWorkspace(untouchedSample())).toBe(false);
  });

  it('given a changed process, department or catalogue, then it holds work', () => {
    const sample = untouchedSample();
    expect(holdsNoWork({ ...sample, processes: sample.processes.map((process) => ({ ...process, revision: process.revision + 1 })) })).toBe(false);
    expect(holdsNoWork({ ...sample, departments: sample.departments.map((department) => ({ ...department, revision: department.revision + 1 })) })).toBe(false);
    expect(holdsNoWork({ ...sample, catalogue: { ...sample.catalogue, version: sample.catalogue.version + 1 } })).toBe(false);
  });
});

describe('initialDecisions', () => {
  it('given a backup with one process identical to the workspace\'s, one changed and one new, then only the identical one starts as skipped', () => {
    const workspace = untouchedSample();
    const [same] = workspace.processes;
    const changed = createProcess({ departmentId: same.departmentId, name: 'Sondernutzung', diagramXml: '' });
    const current: WorkspaceSnapshot = { ...workspace, processes: [same, changed] };
    const fresh = createProcess({ departmentId: same.departmentId, name: 'Baumfällung', diagramXml: '' });
    const incoming: WorkspaceSnapshot = { ...workspace, processes: [same, { ...changed, name: 'Sondernutzung (neu)', revision: changed.revision + 1 }, fresh] };

    expect(initialDecisions(mergePlan(current, incoming))).toEqual(new Map([[same.id, 'skip']]));
  });
});
