// The storage interface the app uses: list, load, save and remove workspace records, and read or
// replace the whole workspace for backups. Implemented over Dexie in dexieRepository.ts.
import type { Department, Process, StepAssessment } from '../domain/assessment';
import type { Catalogue } from '../domain/criteria';

/** Small facts about the workspace kept beside the records. */
export interface WorkspaceMeta {
  lastBackupAt?: string;
  /** true once the first-start sample was written, so deleting it does not bring it back */
  sampleSeeded?: boolean;
}

/** The whole workspace as plain data: what a backup holds and what a restore writes. */
export interface WorkspaceSnapshot {
  departments: Department[];
  processes: Process[];
  assessments: StepAssessment[];
  catalogue: Catalogue;
  meta: WorkspaceMeta;
}

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

  snapshot(): Promise<WorkspaceSnapshot>;
  /** replaces everything with the snapshot in one transaction */
  replaceAll(snapshot: WorkspaceSnapshot): Promise<void>;
}
