// Tests of when a workspace holds no work a restore would lose: empty, or only what is unchanged
// since it was made (the untouched first-start sample), as the backup reminder counts work.
import { describe, expect, it } from 'vitest';
import { createDepartment, createProcess } from '../../domain/assessment';
import { createDefaultCatalogue } from '../../domain/criteria';
import type { WorkspaceSnapshot } from '../../domain/recordSchemas';
import { holdsNoWork, isEmptyWorkspace } from './restorePlan';

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
