// The storage interface the app uses: list, load, save and remove workspace records, and read or
// replace the whole workspace for backups. Implemented over Dexie in dexieRepository.ts.
import type { Department, Process, StepAssessment } from '../domain/assessment';
import type { Catalogue } from '../domain/criteria';
import type { WorkspaceMeta, WorkspaceSnapshot } from '../domain/recordSchemas';

// The snapshot types live in the domain (restore and bundle need them, and the domain imports
// nothing from storage); they are re-exported here for the app's existing imports.
export type { WorkspaceMeta, WorkspaceSnapshot };

/** One change to the stored workspace; a list of them is written in one transaction. */
export type WorkspaceChange =
  | { kind: 'department'; record: Department }
  | { kind: 'process'; record: Process }
  | { kind: 'assessments'; records: StepAssessment[] }
  | { kind: 'catalogue'; record: Catalogue }
  | { kind: 'meta'; record: WorkspaceMeta }
  | { kind: 'removeDepartment'; id: string }
  | { kind: 'removeProcess'; id: string }
  | { kind: 'removeAssessments'; processId: string; stepIds: string[] };

export interface Repository {
  listDepartments(): Promise<Department[]>;
  /** all processes, diagram XML included */
  listProcesses(): Promise<Process[]>;
  loadProcess(id: string): Promise<Process | undefined>;
  loadAssessments(processId: string): Promise<StepAssessment[]>;
  loadCatalogue(): Promise<Catalogue>;
  loadMeta(): Promise<WorkspaceMeta>;

  saveDepartment(department: Department): Promise<void>;
  saveProcess(process: Process): Promise<void>;
  /** writes only the given step records (one changed answer = one record) */
  saveAssessments(assessments: StepAssessment[]): Promise<void>;
  saveCatalogue(catalogue: Catalogue): Promise<void>;
  saveMeta(meta: WorkspaceMeta): Promise<void>;

  removeDepartment(id: string): Promise<void>;
  /** removes the process and all its step records */
  removeProcess(id: string): Promise<void>;
  removeAssessments(processId: string, stepIds: string[]): Promise<void>;

  /**
   * applies the changes in order in one transaction: all are stored or none (the autosave's
   * write, so that after a failure the stored state is the last acknowledged one, never a mix)
   */
  applyChanges(changes: readonly WorkspaceChange[]): Promise<void>;

  snapshot(): Promise<WorkspaceSnapshot>;
  /** replaces everything with the snapshot in one transaction */
  replaceAll(snapshot: WorkspaceSnapshot): Promise<void>;
}
