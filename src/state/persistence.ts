// The one place where store changes become autosave entries: each method enqueues exactly the
// record(s) it is given, so a changed answer writes one record and a renamed process one process.
import type { Department, Process, StepAssessment } from '../domain/assessment';
import type { Catalogue } from '../domain/criteria';
import type { Autosave } from '../storage/autosave';
import type { WorkspaceChange, WorkspaceMeta } from '../storage/repository';

export interface Persistence {
  saveDepartment(department: Department): void;
  saveProcess(process: Process): void;
  saveAssessments(assessments: StepAssessment[]): void;
  saveCatalogue(catalogue: Catalogue): void;
  saveMeta(meta: WorkspaceMeta): void;
  removeDepartment(id: string): void;
  removeProcess(id: string): void;
  removeAssessments(processId: string, stepIds: string[]): void;
  /** writes everything enqueued now; resolves when that write attempt ends */
  flush(): Promise<void>;
  /** what is enqueued and not yet stored, in write order */
  unsaved(): WorkspaceChange[];
  /** runs a write that replaces everything stored; what was enqueued before it is then dropped */
  supersede(replace: () => Promise<void>): Promise<void>;
}

export function createPersistence(autosave: Autosave): Persistence {
  return {
    saveDepartment: (department) => autosave.enqueue({ kind: 'department', record: department }),
    saveProcess: (process) => autosave.enqueue({ kind: 'process', record: process }),
    saveAssessments: (assessments) => {
      if (assessments.length > 0) autosave.enqueue({ kind: 'assessments', records: assessments });
    },
    saveCatalogue: (catalogue) => autosave.enqueue({ kind: 'catalogue', record: catalogue }),
    saveMeta: (meta) => autosave.enqueue({ kind: 'meta', record: meta }),
    removeDepartment: (id) => autosave.enqueue({ kind: 'removeDepartment', id }),
    removeProcess: (id) => autosave.enqueue({ kind: 'removeProcess', id }),
    removeAssessments: (processId, stepIds) => {
      if (stepIds.length > 0) autosave.enqueue({ kind: 'removeAssessments', processId, stepIds });
    },
    flush: () => autosave.flush(),
    unsaved: () => autosave.unsaved(),
    supersede: (replace) => autosave.supersede(replace),
  };
}
