// The workspace as a tab holds it: what is stored with the changes not yet stored applied on top,
// as the repository would apply them (a removed process takes its step records along), so that a
// backup made while the storage refuses writes still holds what the screens show; and a repository
// that reads so, for a writer that holds changes it could not store yet.
import type { Department, Process, StepAssessment } from '../domain/assessment';
import type { Repository, WorkspaceChange, WorkspaceSnapshot } from './repository';

const assessmentKey = (record: Pick<StepAssessment, 'processId' | 'stepId'>) => `${record.processId}\u0000${record.stepId}`;

/** Applies the changes to the parts of a workspace given (a list read, say); the others stay out. */
function partsWithChanges<T extends Partial<WorkspaceSnapshot>>(parts: T, changes: readonly WorkspaceChange[]): T {
  if (changes.length === 0) return parts;
  const departments = new Map<string, Department>(parts.departments?.map((department) => [department.id, department]));
  const processes = new Map<string, Process>(parts.processes?.map((process) => [process.id, process]));
  const assessments = new Map<string, StepAssessment>(parts.assessments?.map((record) => [assessmentKey(record), record]));
  let { catalogue, meta } = parts;
  for (const change of changes) {
    switch (change.kind) {
      case 'department':
        departments.set(change.record.id, change.record);
        break;
      case 'process':
        processes.set(change.record.id, change.record);
        break;
      case 'assessments':
        for (const record of change.records) assessments.set(assessmentKey(record), record);
        break;
      case 'catalogue':
        catalogue = change.record;
        break;
      case 'meta':
        meta = change.record;
        break;
      case 'removeDepartment':
        departments.delete(change.id);
        break;
      case 'removeProcess':
        processes.delete(change.id);
        for (const [key, record] of assessments) if (record.processId === change.id) assessments.delete(key);
        break;
      case 'removeAssessments':
        for (const stepId of change.stepIds) assessments.delete(assessmentKey({ processId: change.processId, stepId }));
        break;
    }
  }
  return {
    ...parts,
    ...(parts.departments && { departments: [...departments.values()] }),
    ...(parts.processes && { processes: [...processes.values()] }),
    ...(parts.assessments && { assessments: [...assessments.values()] }),
    ...(parts.catalogue && { catalogue }),
    ...(parts.meta && { meta }),
  };
}

export function snapshotWithChanges(snapshot: WorkspaceSnapshot, changes: readonly WorkspaceChange[]): WorkspaceSnapshot {
  return partsWithChanges(snapshot, changes);
}

/**
 * The repository as a writer holding unsaved changes sees it: each read is what is stored with
 * `unsaved()` on top; writes go to the repository.
 */
export function readingUnsavedOnTop(repository: Repository, unsaved: () => readonly WorkspaceChange[]): Repository {
  return {
    ...repository,
    listDepartments: async () => partsWithChanges({ departments: await repository.listDepartments() }, unsaved()).departments,
    listProcesses: async () => partsWithChanges({ processes: await repository.listProcesses() }, unsaved()).processes,
    loadProcess: async (id) => {
      const stored = await repository.loadProcess(id);
      return partsWithChanges({ processes: stored ? [stored] : [] }, unsaved()).processes.find((process) => process.id === id);
    },
    loadAssessments: async (processId) =>
      partsWithChanges({ assessments: await repository.loadAssessments(processId) }, unsaved()).assessments.filter((record) => record.processId === processId),
    loadCatalogue: async () => partsWithChanges({ catalogue: await repository.loadCatalogue() }, unsaved()).catalogue,
    loadMeta: async () => partsWithChanges({ meta: await repository.loadMeta() }, unsaved()).meta,
    snapshot: async () => snapshotWithChanges(await repository.snapshot(), unsaved()),
  };
}
