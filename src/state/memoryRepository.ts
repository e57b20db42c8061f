// A Repository held in memory: for tests of the store and the screens, where the Dexie
// implementation's behaviour is not under test. Copies records in and out like a real store.
import type { Department, Process, StepAssessment } from '../domain/assessment';
import { createDefaultCatalogue } from '../domain/criteria';
import type { Catalogue } from '../domain/criteria';
import type { Repository, WorkspaceMeta, WorkspaceSnapshot } from '../storage/repository';

export interface MemoryRepository extends Repository {
  /** how many write calls reached the repository */
  writeCount(): number;
}

const assessmentKey = (processId: string, stepId: string) => `${processId}\u0000${stepId}`;

export function createMemoryRepository(initial?: Partial<WorkspaceSnapshot>): MemoryRepository {
  const departments = new Map<string, Department>();
  const processes = new Map<string, Process>();
  const assessments = new Map<string, StepAssessment>();
  let catalogue: Catalogue = createDefaultCatalogue();
  let meta: WorkspaceMeta = {};
  let writes = 0;

  const load = (snapshot: Partial<WorkspaceSnapshot>) => {
    for (const department of snapshot.departments ?? []) departments.set(department.id, structuredClone(department));
    for (const process of snapshot.processes ?? []) processes.set(process.id, structuredClone(process));
    for (const record of snapshot.assessments ?? []) assessments.set(assessmentKey(record.processId, record.stepId), structuredClone(record));
    if (snapshot.catalogue) catalogue = structuredClone(snapshot.catalogue);
    if (snapshot.meta) meta = structuredClone(snapshot.meta);
  };
  if (initial) load(initial);

  const written = () => {
    writes += 1;
  };

  const repository: MemoryRepository = {
    writeCount: () => writes,
    listDepartments: async () => [...departments.values()].map((department) => structuredClone(department)),
    listProcesses: async () => [...processes.values()].map((process) => structuredClone(process)),
    loadProcess: async (id) => {
      const process = processes.get(id);
      return process ? structuredClone(process) : undefined;
    },
    loadAssessments: async (processId) =>
      [...assessments.values()].filter((record) => record.processId === processId).map((record) => structuredClone(record)),
    loadCatalogue: async () => structuredClone(catalogue),
    loadMeta: async () => structuredClone(meta),
    saveDepartment: async (department) => {
      written();
      departments.set(department.id, structuredClone(department));
    },
    saveProcess: async (process) => {
      written();
      processes.set(process.id, structuredClone(process));
    },
    saveAssessments: async (records) => {
      written();
      for (const record of records) assessments.set(assessmentKey(record.processId, record.stepId), structuredClone(record));
    },
    saveCatalogue: async (next) => {
      written();
      catalogue = structuredClone(next);
    },
    saveMeta: async (next) => {
      written();
      meta = structuredClone(next);
    },
    removeDepartment: async (id) => {
      written();
      departments.delete(id);
    },
    removeProcess: async (id) => {
      written();
      processes.delete(id);
      for (const [key, record] of assessments) if (record.processId === id) assessments.delete(key);
    },
    removeAssessments: async (processId, stepIds) => {
      written();
      for (const stepId of stepIds) assessments.delete(assessmentKey(processId, stepId));
    },
    snapshot: async () => ({
      departments: [...departments.values()].map((department) => structuredClone(department)),
      processes: [...processes.values()].map((process) => structuredClone(process)),
      assessments: [...assessments.values()].map((record) => structuredClone(record)),
      catalogue: structuredClone(catalogue),
      meta: structuredClone(meta),
    }),
    replaceAll: async (snapshot) => {
      written();
      departments.clear();
      processes.clear();
      assessments.clear();
      load(snapshot);
    },
    applyChanges: async (changes) => {
      for (const change of changes) {
        switch (change.kind) {
          case 'department':
            await repository.saveDepartment(change.record);
            break;
          case 'process':
            await repository.saveProcess(change.record);
            break;
          case 'assessments':
            await repository.saveAssessments(change.records);
            break;
          case 'catalogue':
            await repository.saveCatalogue(change.record);
            break;
          case 'meta':
            await repository.saveMeta(change.record);
            break;
          case 'removeDepartment':
            await repository.removeDepartment(change.id);
            break;
          case 'removeProcess':
            await repository.removeProcess(change.id);
            break;
          case 'removeAssessments':
            await repository.removeAssessments(change.processId, change.stepIds);
            break;
        }
      }
    },
  };
  return repository;
}
