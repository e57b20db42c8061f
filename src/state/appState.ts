// The shape of the one app store: DOCUMENT state (what is stored and exported: departments,
// processes, the open process's steps and answers, catalogue, meta) kept apart from SESSION state
// (selection, heatmap metric, panels, filters, language, save status, toasts), plus the actions.
import type { Department, Process, ProcessStatus, Step, StepAssessment } from '../domain/assessment';
import type { Catalogue } from '../domain/criteria';
import type { Recommendation } from '../domain/scoreTypes';
import type { ImportWarningNote } from '../domain/importWarningSummary';
import type { AccessibilityStatement } from '../domain/recordSchemas';
import type { Language } from '../i18n/i18n';
import type { WorkspaceMeta, WorkspaceSnapshot } from '../storage/repository';
import type { SaveStatus } from '../storage/autosave';
import type { JournalStep } from './editJournal';

export interface DocumentState {
  departments: Department[];
  /** every process of the workspace, diagram XML included */
  processes: Process[];
  /** the process open in the editor */
  currentProcessId: string | null;
  /** the steps of the diagram shown, as last read from the canvas */
  steps: Step[];
  /** answers of the open process's current steps, keyed by BPMN element id */
  assessments: Map<string, StepAssessment>;
  /** answers of steps on another diagram of the open file: kept as they are, not listed or scored */
  inOtherViews: StepAssessment[];
  /** answers of steps in none of the file's diagrams ("entfernte Schritte"), kept until purged */
  orphaned: StepAssessment[];
  catalogue: Catalogue;
  meta: WorkspaceMeta;
}

export const heatmapMetrics = ['ds', 'as', 'ei', 'priority', 'recommendation', 'completeness'] as const;
export type HeatmapMetric = (typeof heatmapMetrics)[number];

export const workspaceSorts = ['name', 'updated', 'created', 'status'] as const;
export type WorkspaceSort = (typeof workspaceSorts)[number];

export interface EditHistory {
  canUndo: boolean;
  canRedo: boolean;
}

/** The steps table's filters; '' in a field filters nothing. */
export interface StepFilters {
  /** words searched in name, lane, type, building block and element id */
  text: string;
  /** a lane name, or the table's value for steps outside any lane */
  lane: string;
  recommendation: Recommendation | '';
}

/** The steps table's sort: a column's id and whether it runs downwards (TanStack Table's ColumnSort). */
export interface StepTableSort {
  id: string;
  desc: boolean;
}

/** The steps table of one process as it was left: its filters and its sort (null: process order). */
export interface StepTableView {
  filters: StepFilters;
  sort: StepTableSort | null;
}

/**
 * The part of a process's diagram its canvas showed last: the diagram (null: the file's first) and
 * either the whole diagram fitted into the canvas, or the view's top-left corner in diagram units and
 * its scale, as the user zoomed and moved it.
 */
export type CanvasView = { diagramId: string | null; fitted: true } | { diagramId: string | null; fitted: false; x: number; y: number; scale: number };

export interface Panels {
  assessment: boolean;
  table: boolean;
  figures: boolean;
  /** while the table is open, the canvas and the score panel stay docked at the window's top (the user may switch it off) */
  docked: boolean;
}

export interface Toast {
  id: string;
  /** i18n key with namespace, e.g. "workspace:toast.processDeleted" */
  messageKey: string;
  values?: Record<string, string | number>;
  /** puts back what the toast reports; present only where undo is offered */
  undo?: () => void;
  durationMs: number;
}

/** What the import of the open process reported, shown in the editor until dismissed. */
export interface ImportNotice {
  processId: string;
  warnings: ImportWarningNote[];
  autoLayout: boolean;
  /** the model was pasted as text, not chosen as a file: its notices speak of the pasted text */
  pasted?: boolean;
}

/**
 * Criteria-catalogue edits not yet saved, as typed (field id → text), kept for the session so
 * that leaving the settings screen loses nothing; valid for the catalogue version and language
 * they were typed against.
 */
export interface CatalogueDraft {
  values: Readonly<Record<string, string>>;
  version: number;
  language: Language;
}

export type LoadState = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };
export type OpenState = 'idle' | 'loading' | 'ready' | 'missing' | 'failed';

export interface SessionState {
  load: LoadState;
  /** whether the process in currentProcessId has its answers loaded */
  open: OpenState;
  /** why the open process's answers could not be loaded */
  openError?: string;
  selectedStepId: string | null;
  /** per process opened in this tab (by id), the step selected there last: shown again when it is opened again */
  stepSelections: Readonly<Record<string, string>>;
  /** null: heatmap off */
  heatmapMetric: HeatmapMetric | null;
  panels: Panels;
  workspaceQuery: string;
  workspaceSort: WorkspaceSort;
  /** per process opened in this tab (by id), its steps table's filters and sort, if not the defaults */
  stepTables: Readonly<Record<string, StepTableView>>;
  /** per process opened in this tab (by id), the part of its diagram shown last: shown again when its editor is built anew */
  canvasViews: Readonly<Record<string, CanvasView>>;
  language: Language;
  /** whether the open process's editor has an edit to take back or to do again */
  editHistory: EditHistory;
  /** the autosave's status as the indicator shows it: a write starting on waiting changes stays 'pending' */
  saveStatus: SaveStatus;
  /** the modeller holds an edit it has not yet reported with diagramChanged (its debounce) */
  diagramEditPending: boolean;
  toasts: Toast[];
  importNotice: ImportNotice | null;
  catalogueDraft: CatalogueDraft | null;
}

export interface NewProcessFields {
  departmentId: string;
  name: string;
  diagramXml: string;
  lotse?: string;
  description?: string;
  status?: ProcessStatus;
  diagramId?: string;
}

export type ProcessChanges = Partial<
  Pick<Process, 'name' | 'lotse' | 'description' | 'status' | 'departmentId' | 'diagramId' | 'workshopDate' | 'participants' | 'ozgLevel' | 'ozgTarget' | 'catalogueVersion'>
>;

export interface DocumentActions {
  /** loads the workspace; on first start writes the sample and marks it seeded */
  loadWorkspace(): Promise<void>;
  /**
   * a reading tab takes in what the writing tab stored, in the same store (its screens stay as
   * they are): the workspace, and the open process's answers; the open process keeps the diagram
   * its user chose among the file's diagrams, and its steps while its file is stored unchanged.
   * False when the workspace could not be read (nothing changed then).
   */
  refreshStored(): Promise<boolean>;
  createDepartment(fields: Pick<Department, 'name' | 'code'>): Department;
  updateDepartment(id: string, changes: Partial<Pick<Department, 'name' | 'code'>>): void;
  /** removes the department with its processes; undo for a few seconds */
  deleteDepartment(id: string): Promise<void>;
  createProcess(fields: NewProcessFields): Process;
  updateProcess(id: string, changes: ProcessChanges): void;
  renameProcess(id: string, name: string): void;
  moveProcess(id: string, departmentId: string): void;
  setProcessStatus(id: string, status: ProcessStatus): void;
  /**
   * deep copy with a new id, answers included, in the same department; named by the first of
   * `copyName(1)`, `copyName(2)`, … that no process of that department bears yet
   */
  duplicateProcess(id: string, copyName: (number: number) => string): Promise<Process | undefined>;
  /** removes the process with its answers; undo for a few seconds */
  deleteProcess(id: string): Promise<void>;
  /** opens a process in the editor: loads its answers */
  openProcess(id: string): Promise<void>;
  closeProcess(): void;
  /** the open process counts as changed now if its answers changed (as at its close; for a page that is left or hidden) */
  markAnsweredProcessChanged(): void;
  /**
   * the canvas changed: store the XML, reconcile answers with the steps, save what changed. The
   * steps are the file's (the other views' ones marked `inOtherView`). With processId, a report
   * that comes after that process was closed still stores its XML.
   */
  diagramChanged(xml: string, steps: Step[], processId?: string): void;
  /** the canvas read the steps after an import or a diagram switch: reconcile, XML unchanged */
  stepsRead(steps: Step[]): void;
  /** stores one step's answers, an edit of the user's that "Rückgängig" can take back */
  updateAssessment(next: StepAssessment): void;
  /**
   * takes back the open process's last edit: an assessment edit is put back here (the step it
   * concerns is returned), a diagram edit is left to the modeller's undo, which reports it
   * (diagramEdited)
   */
  undoEdit(): JournalStep;
  /** does again the edit last taken back, as undoEdit */
  redoEdit(): JournalStep;
  /** the modeller ran, took back or redid a command, or cleared its history (a new import) */
  diagramEdited(trigger: 'execute' | 'undo' | 'redo' | 'clear'): void;
  /** removes answers of steps in none of the file's diagrams, on request only */
  purgeOrphaned(stepIds: string[]): void;
  /**
   * gives a removed step's answers to a step of the diagram with nothing recorded (the removed step
   * drawn anew, after undo can no longer bring it back); nothing happens for a step with answers
   */
  adoptOrphaned(orphanStepId: string, targetStepId: string): void;
  /** stores the catalogue's new values as its next version, the one replaced kept in its history */
  updateCatalogue(catalogue: Catalogue): void;
  /** every step record of a process (memory first: answers of this session count, saved or not) */
  loadProcessRecords(processId: string): Promise<StepAssessment[]>;
  /** gives a process just created by an import the answers read from its file, and saves them */
  addImportedAssessments(processId: string, records: readonly StepAssessment[]): void;
  /** the whole stored workspace, after writing everything pending (what a backup holds) */
  workspaceSnapshot(): Promise<WorkspaceSnapshot>;
  /** replaces the stored workspace with the snapshot in one transaction, then shows it; rejects and changes nothing when storage refuses it */
  replaceWorkspace(snapshot: WorkspaceSnapshot): Promise<void>;
  /** records that a backup of the workspace was made at this time (ISO 8601) */
  markBackedUp(at: string): void;
  /** stores the accessibility statement as the administration edited it (kept in the meta) */
  updateAccessibilityStatement(statement: AccessibilityStatement): void;
}

export interface SessionActions {
  selectStep(stepId: string | null): void;
  setHeatmapMetric(metric: HeatmapMetric | null): void;
  /** keeps (or with null drops) the settings screen's unsaved catalogue edits */
  setCatalogueDraft(draft: CatalogueDraft | null): void;
  togglePanel(panel: keyof Panels, open?: boolean): void;
  setWorkspaceQuery(query: string): void;
  setWorkspaceSort(sort: WorkspaceSort): void;
  /** keeps the steps table's filters and sort of a process, for its next open in this tab */
  setStepTableView(processId: string, view: StepTableView): void;
  /** keeps the part of a process's diagram the canvas shows, for its editor's next build in this tab */
  setCanvasView(processId: string, view: CanvasView): void;
  setLanguage(language: Language): void;
  showToast(toast: Omit<Toast, 'id' | 'durationMs'> & { durationMs?: number }): string;
  dismissToast(id: string): void;
  /** runs the toast's undo and closes it */
  undoToast(id: string): void;
  setImportNotice(notice: ImportNotice | null): void;
  /** the modeller has an edit it has not reported yet (true), or has reported its latest (false) */
  setDiagramEditPending(pending: boolean): void;
}

export interface AppState {
  document: DocumentState;
  session: SessionState;
  actions: DocumentActions & SessionActions;
}
