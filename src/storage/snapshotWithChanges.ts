// The workspace as a tab holds it: a stored snapshot with changes not yet stored applied on top,
// as the repository would apply them (a removed process takes its step records along). Pure, so
// that a backup made while the storage refuses writes still holds what the screens show.
import type { Department, Process, StepAssessment } from '../domain/assessment';
import type { WorkspaceChange, WorkspaceSnapshot } from './repository';

const assessmentKey = (record: Pick<StepAssessment, 'processId' | 'stepId'>) => `${record.processId}\u0000${record.stepId}`;

export function snapshotWithChanges(snapshot: WorkspaceSnapshot, changes: readonly WorkspaceChange[]): WorkspaceSnapshot {
  if (changes.length === 0) return snapshot;
  const departments = new Map<string, Department>(snapshot.departments.map((department) => [department.id, department]));
  const processes = new Map<string, Process>(snapshot.processes.map((process) => [process.id, process]));
  const assessments = new Map<string, StepAssessment>(snapshot.assessments.map((record) => [assessmentKey(record), record]));
  let { catalogue, meta } = snapshot;
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
  return { departments: [...departments.values()], processes: [...processes.values()], assessments: [...assessments.values()], catalogue, meta };
}
