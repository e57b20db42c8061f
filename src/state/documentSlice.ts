// Document actions of the store: departments and processes (create, rename, move, duplicate,
// delete with undo), opening a process (with the step selected there last in this tab, if it is
// still there), diagram changes reconciled with stored answers (a removed step's answers deleted,
// or given to a step drawn anew, on request), and single answer updates (the first of a draft puts
// it "im Workshop"), and the catalogue's new versions (the one replaced kept in its history). Every
// action changes memory first and enqueues only the records it changed.
// The open process's edits, of the answers and (as the modeller reports them) of the diagram, form
// one history (editJournal.ts): undo takes back the last of either kind.
// Answers of a process once loaded stay in memory for the session, so memory is the authority and
// the repository is only read for processes not yet touched. A process whose answers changed
// counts as changed when it is closed or its page is left or hidden (its record, diagram and all,
// is written once then, not per answer), so "zuletzt geändert" includes the work of a workshop.
// A reading tab's store refreshes from storage in place when the writing tab stored something.
import type { StoreApi } from 'zustand/vanilla';
import { answersMovedTo, createDepartment, createProcess, holdsOnlyPresets, nowIso, shownSteps, touch } from '../domain/assessment';
import type { Department, Process, Step, StepAssessment } from '../domain/assessment';
import { reconcile } from '../domain/reconcile';
import { nextCatalogueVersion } from '../domain/criteria';
import { collapsedName, departmentTitle, firstFreeName } from '../domain/recordNames';
import type { Repository } from '../storage/repository';
import { snapshotWithChanges } from '../storage/snapshotWithChanges';
import type { AppState, DocumentActions, DocumentState, ProcessChanges, SessionActions, SessionState } from './appState';
import type { Persistence } from './persistence';
import { createEditJournal, withEditedFields } from './editJournal';

/** What the first start puts into an empty workspace. */
export interface WorkspaceSeed {
  departments: Department[];
  processes: Process[];
}

export interface DocumentSliceDeps {
  repository: Repository;
  persistence: Persistence;
  /** builds the first-start sample; called only when nothing is stored and the sample was never seeded */
  seed?: () => WorkspaceSeed;
  /** how long undo toasts stay, milliseconds */
  undoMs: number;
}

type SetState = StoreApi<AppState>['setState'];
type GetState = StoreApi<AppState>['getState'];

type RecordSplit = Pick<DocumentState, 'assessments' | 'inOtherViews' | 'orphaned'>;

/** Sorts a process's records into the document's buckets; `otherViewIds`: steps known to be on another view. */
function splitRecords(records: readonly StepAssessment[], otherViewIds: ReadonlySet<string> = new Set()): RecordSplit {
  const assessments = new Map<string, StepAssessment>();
  const inOtherViews: StepAssessment[] = [];
  const orphaned: StepAssessment[] = [];
  for (const record of records) {
    if (record.orphanedAt) orphaned.push(record);
    else if (otherViewIds.has(record.stepId)) inOtherViews.push(record);
    else assessments.set(record.stepId, record);
  }
  return { assessments, inOtherViews, orphaned };
}

const idOf = (record: { id: string }) => record.id;

function changedFields<T extends object>(record: T, changes: Partial<T>): Partial<T> {
  const result: Partial<T> = {};
  for (const key of Object.keys(changes) as (keyof T)[]) {
    if (record[key] !== changes[key]) result[key] = changes[key];
  }
  return result;
}

export function createDocumentActions(set: SetState, get: GetState, deps: DocumentSliceDeps): DocumentActions {
  const { repository, persistence } = deps;
  /** step records of processes loaded in this session (the open process lives in the state instead) */
  const recordCache = new Map<string, StepAssessment[]>();
  let openToken = 0;
  /** every step the canvas last read from the open process's file, those on other diagrams included */
  let readSteps: { processId: string; steps: Step[] } | null = null;
  /** the open process, when its answers changed since it was opened */
  let answeredProcessId: string | null = null;
  const journal = createEditJournal();
  /** records held as they were read from storage (not changed in memory since) */
  const asRead = new WeakSet<object>();
  const markRead = <T extends object>(records: T[]): T[] => {
    for (const record of records) asRead.add(record);
    return records;
  };

  /**
   * `stored` with each record the store holds as it read it before, and that is stored unchanged
   * since (the same key, revision and change time), as the object held, so that what shows or
   * scores it is not redone.
   */
  function heldWhereUnchanged<T extends { updatedAt: string; revision: number }>(held: Iterable<T>, stored: readonly T[], keyOf: (record: T) => string): T[] {
    const byKey = new Map<string, T>();
    for (const record of held) if (asRead.has(record)) byKey.set(keyOf(record), record);
    return markRead(
      stored.map((record) => {
        const kept = byKey.get(keyOf(record));
        return kept && kept.revision === record.revision && kept.updatedAt === record.updatedAt ? kept : record;
      }),
    );
  }

  const setDocument = (partial: Partial<DocumentState>) => set((state) => ({ document: { ...state.document, ...partial } }));
  const setSession = (partial: Partial<SessionState>) => set((state) => ({ session: { ...state.session, ...partial } }));
  const session = (): SessionActions => get().actions;
  /** shows whether the journal has an edit to take back or do again */
  const publishHistory = () => {
    const { editHistory } = get().session;
    if (editHistory.canUndo !== journal.canUndo || editHistory.canRedo !== journal.canRedo) setSession({ editHistory: { canUndo: journal.canUndo, canRedo: journal.canRedo } });
  };
  const clearJournal = () => {
    journal.clear();
    publishHistory();
  };

  function openRecords(): StepAssessment[] {
    const { assessments, inOtherViews, orphaned } = get().document;
    return [...assessments.values(), ...inOtherViews, ...orphaned];
  }

  function isOpenAndReady(processId: string): boolean {
    const state = get();
    return state.document.currentProcessId === processId && state.session.open === 'ready';
  }

  /** every step record of a process, from memory when it was loaded in this session */
  async function recordsOf(processId: string): Promise<StepAssessment[]> {
    if (isOpenAndReady(processId)) return openRecords();
    const cached = recordCache.get(processId);
    if (cached) return cached;
    const loaded = markRead(await repository.loadAssessments(processId));
    recordCache.set(processId, loaded);
    return loaded;
  }

  function stashOpenProcess(): void {
    const { currentProcessId } = get().document;
    if (currentProcessId && get().session.open === 'ready') recordCache.set(currentProcessId, openRecords());
  }

  function replaceProcess(next: Process): void {
    setDocument({ processes: get().document.processes.map((process) => (process.id === next.id ? next : process)) });
  }

  /** The open process's changed date follows the answers given while it was open (one write, at its close). */
  function touchAnsweredProcess(): void {
    const id = answeredProcessId;
    answeredProcessId = null;
    const process = id ? get().document.processes.find((candidate) => candidate.id === id) : undefined;
    if (!process) return;
    const next = touch(process, {});
    replaceProcess(next);
    persistence.saveProcess(next);
  }

  /** stores one step's answers of the open process; false when they are not its (or it is not ready) */
  function writeAssessment(next: StepAssessment): boolean {
    const { currentProcessId, assessments } = get().document;
    if (next.processId !== currentProcessId || get().session.open !== 'ready' || next.orphanedAt) return false;
    const previous = assessments.get(next.stepId);
    const record: StepAssessment = previous ? { ...next, updatedAt: nowIso(), revision: previous.revision + 1 } : next;
    const map = new Map(assessments);
    map.set(record.stepId, record);
    setDocument({ assessments: map });
    persistence.saveAssessments([record]);
    answeredProcessId = currentProcessId;
    // the process records the catalogue version that scored it (written once per version), and the
    // first answer starts the workshop: a draft is "im Workshop" from then on
    const draft = get().document.processes.find((process) => process.id === currentProcessId)?.status === 'draft';
    updateProcess(currentProcessId, { catalogueVersion: get().document.catalogue.version, ...(draft ? { status: 'workshop' as const } : {}) });
    // said, as the user did not set it (a QA tour: the status line changed without a word)
    if (draft) session().showToast({ messageKey: 'editor:toast.workshopStarted' });
    return true;
  }

  /** an undo's or redo's fields of a step's assessment, stored; a step no longer in the diagram keeps its record */
  function putBackAssessment(stepId: string, fields: Parameters<typeof withEditedFields>[1]): void {
    const record = get().document.assessments.get(stepId);
    if (record) writeAssessment(withEditedFields(record, fields));
    publishHistory();
  }

  function closeProcess(): void {
    touchAnsweredProcess();
    stashOpenProcess();
    openToken++;
    readSteps = null;
    setDocument({ currentProcessId: null, steps: [], assessments: new Map(), inOtherViews: [], orphaned: [] });
    setSession({ open: 'idle', selectedStepId: null });
    clearJournal();
  }

  /** takes processes (with their answers) out of memory and storage; returns what undo puts back */
  async function removeProcesses(ids: readonly string[]): Promise<{ processes: Process[]; records: Map<string, StepAssessment[]> }> {
    const idSet = new Set(ids);
    const processes = get().document.processes.filter((process) => idSet.has(process.id));
    const records = new Map<string, StepAssessment[]>();
    for (const process of processes) records.set(process.id, await recordsOf(process.id));
    if (get().document.currentProcessId && idSet.has(get().document.currentProcessId as string)) closeProcess();
    setDocument({ processes: get().document.processes.filter((process) => !idSet.has(process.id)) });
    for (const process of processes) {
      recordCache.delete(process.id);
      persistence.removeProcess(process.id);
    }
    return { processes, records };
  }

  function restoreProcesses(processes: readonly Process[], records: ReadonlyMap<string, StepAssessment[]>): void {
    const present = new Set(get().document.processes.map((process) => process.id));
    const missing = processes.filter((process) => !present.has(process.id));
    setDocument({ processes: [...get().document.processes, ...missing] });
    for (const process of missing) {
      const stepRecords = records.get(process.id) ?? [];
      recordCache.set(process.id, stepRecords);
      persistence.saveProcess(process);
      persistence.saveAssessments(stepRecords);
    }
    // an undo puts back what was deleted: written at once, not after the autosave's pause, so that a
    // tab closed or reloaded right after keeps it
    void persistence.flush();
  }

  /** matches the open process's answers to the steps now in its file (the steps shown until now tell a changed type); saves what changed */
  function reconcileOpen(processId: string, steps: Step[]): void {
    readSteps = { processId, steps };
    const result = reconcile(processId, steps, openRecords(), nowIso(), get().document.steps);
    setDocument({ steps: shownSteps(steps), assessments: result.active, inOtherViews: result.inOtherViews, orphaned: result.orphans });
    persistence.saveAssessments(result.changed);
    persistence.removeAssessments(processId, result.dropped);
    // a selected step gone from the diagram is not selected, but stays the one to select again when
    // it comes back (an undo, the writer's undo in a reading tab), unless another is chosen meanwhile
    const selected = get().session.selectedStepId;
    if (selected && !result.active.has(selected)) setSession({ selectedStepId: null });
    selectRememberedStep(processId);
  }

  /** selects the open process's step last chosen in this tab, when none is selected and it is among the answers again */
  function selectRememberedStep(processId: string): void {
    const { selectedStepId, stepSelections } = get().session;
    const remembered = stepSelections[processId];
    if (selectedStepId === null && remembered && get().document.assessments.has(remembered)) setSession({ selectedStepId: remembered });
  }

  /** The stored departments, processes, catalogue and meta, read together. */
  function readWorkspace() {
    return Promise.all([repository.listDepartments(), repository.listProcesses(), repository.loadCatalogue(), repository.loadMeta()]);
  }

  /** Changes the workspace meta in memory and enqueues it. */
  function patchMeta(partial: Partial<DocumentState['meta']>): void {
    const meta = { ...get().document.meta, ...partial };
    setDocument({ meta });
    persistence.saveMeta(meta);
  }

  function updateProcess(id: string, changes: ProcessChanges): void {
    const process = get().document.processes.find((candidate) => candidate.id === id);
    if (!process) return;
    const changed = changedFields<Process>(process, changes);
    if (Object.keys(changed).length === 0) return;
    const next = touch<Process>(process, changed);
    replaceProcess(next);
    persistence.saveProcess(next);
  }

  /** loads a process's answers into the editor's state, anew */
  async function loadOpenProcess(id: string): Promise<void> {
    touchAnsweredProcess();
    stashOpenProcess();
    const token = ++openToken;
    readSteps = null;
    const process = get().document.processes.find((candidate) => candidate.id === id);
    setDocument({ currentProcessId: id, steps: [], assessments: new Map(), inOtherViews: [], orphaned: [] });
    clearJournal();
    if (!process) {
      setSession({ open: 'missing', selectedStepId: null });
      return;
    }
    setSession({ open: 'loading', selectedStepId: null });
    let records: StepAssessment[];
    try {
      records = await recordsOf(id);
    } catch (error) {
      if (token === openToken) setSession({ open: 'failed', openError: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (token !== openToken) return;
    const split = splitRecords(records);
    setDocument(split);
    // the step selected when the process was last open in this tab, if the process still has it
    const remembered = get().session.stepSelections[id];
    setSession({ open: 'ready', selectedStepId: remembered !== undefined && split.assessments.has(remembered) ? remembered : null });
  }

  /**
   * The open process's answers as stored now, while its editor stays: sorted as the canvas shows the
   * steps, and reconciled with them when the diagram is stored as it is shown (a changed diagram is
   * imported again, and its steps reconciled then).
   */
  function refreshOpenRecords(processId: string, records: StepAssessment[], sameDiagram: boolean): void {
    const otherViewIds = new Set(get().document.inOtherViews.map((record) => record.stepId));
    setDocument(splitRecords(heldWhereUnchanged(openRecords(), records, (record) => record.stepId), otherViewIds));
    if (sameDiagram && readSteps?.processId === processId) reconcileOpen(processId, readSteps.steps);
    else selectRememberedStep(processId);
  }

  return {
    async loadWorkspace() {
      setSession({ load: { state: 'loading' } });
      try {
        const [departments, processes, catalogue, meta] = await readWorkspace();
        if (!meta.sampleSeeded && departments.length === 0 && processes.length === 0 && deps.seed) {
          const seed = deps.seed();
          const seededMeta = { ...meta, sampleSeeded: true };
          for (const department of seed.departments) persistence.saveDepartment(department);
          for (const process of seed.processes) {
            recordCache.set(process.id, []);
            persistence.saveProcess(process);
          }
          persistence.saveMeta(seededMeta);
          setDocument({ departments: seed.departments, processes: seed.processes, catalogue, meta: seededMeta });
        } else {
          setDocument({ departments: markRead(departments), processes: markRead(processes), catalogue: markRead([catalogue])[0], meta });
        }
        setSession({ load: { state: 'ready' } });
      } catch (error) {
        setSession({ load: { state: 'failed', message: error instanceof Error ? error.message : String(error) } });
      }
    },

    createDepartment(fields) {
      const department = createDepartment({ name: fields.name.trim(), code: fields.code.trim() });
      setDocument({ departments: [...get().document.departments, department] });
      persistence.saveDepartment(department);
      return department;
    },

    updateDepartment(id, changes) {
      const department = get().document.departments.find((candidate) => candidate.id === id);
      if (!department) return;
      const changed = changedFields<Department>(department, changes);
      if (Object.keys(changed).length === 0) return;
      const next = touch<Department>(department, changed);
      setDocument({ departments: get().document.departments.map((candidate) => (candidate.id === id ? next : candidate)) });
      persistence.saveDepartment(next);
    },

    async deleteDepartment(id) {
      const department = get().document.departments.find((candidate) => candidate.id === id);
      if (!department) return;
      const inside = get().document.processes.filter((process) => process.departmentId === id).map((process) => process.id);
      const removed = await removeProcesses(inside);
      setDocument({ departments: get().document.departments.filter((candidate) => candidate.id !== id) });
      persistence.removeDepartment(id);
      session().showToast({
        messageKey: 'workspace:toast.departmentDeleted',
        // named as the dialog that asked named it ("Amt 33 – Bürgeramt")
        values: { name: departmentTitle(department), count: removed.processes.length },
        durationMs: deps.undoMs,
        undo: () => {
          if (!get().document.departments.some((candidate) => candidate.id === id)) {
            setDocument({ departments: [...get().document.departments, department] });
            persistence.saveDepartment(department);
          }
          restoreProcesses(removed.processes, removed.records);
        },
      });
    },

    createProcess(fields) {
      const process: Process = {
        ...createProcess({
          departmentId: fields.departmentId,
          name: collapsedName(fields.name),
          diagramXml: fields.diagramXml,
          lotse: fields.lotse?.trim() ?? '',
          description: fields.description?.trim() ?? '',
          status: fields.status ?? 'draft',
        }),
        ...(fields.diagramId ? { diagramId: fields.diagramId } : {}),
      };
      recordCache.set(process.id, []);
      setDocument({ processes: [...get().document.processes, process] });
      persistence.saveProcess(process);
      return process;
    },

    updateProcess,
    renameProcess: (id, name) => updateProcess(id, { name: collapsedName(name) }),
    moveProcess: (id, departmentId) => {
      if (get().document.departments.some((department) => department.id === departmentId)) updateProcess(id, { departmentId });
    },
    setProcessStatus: (id, status) => updateProcess(id, { status }),

    async duplicateProcess(id, copyName) {
      const original = get().document.processes.find((process) => process.id === id);
      if (!original) return undefined;
      const records = await recordsOf(id);
      // named after the wait, so that a second copy started meanwhile sees the first one's name
      const taken = get().document.processes.filter((process) => process.departmentId === original.departmentId).map((process) => process.name);
      const name = firstFreeName((number) => copyName(number).trim(), taken);
      const fresh = createProcess({ departmentId: original.departmentId, name, diagramXml: original.diagramXml });
      const copy: Process = { ...structuredClone(original), id: fresh.id, createdAt: fresh.createdAt, updatedAt: fresh.updatedAt, revision: 1, name: fresh.name };
      const now = nowIso();
      const copies = records.map((record) => ({ ...structuredClone(record), processId: copy.id, updatedAt: now, revision: 1 }));
      recordCache.set(copy.id, copies);
      setDocument({ processes: [...get().document.processes, copy] });
      persistence.saveProcess(copy);
      persistence.saveAssessments(copies);
      return copy;
    },

    async deleteProcess(id) {
      const removed = await removeProcesses([id]);
      const process = removed.processes[0];
      if (!process) return;
      session().showToast({
        messageKey: 'workspace:toast.processDeleted',
        values: { name: process.name },
        durationMs: deps.undoMs,
        undo: () => restoreProcesses(removed.processes, removed.records),
      });
    },

    async refreshStored() {
      recordCache.clear();
      const openId = get().document.currentProcessId;
      let read;
      try {
        read = await Promise.all([readWorkspace(), openId ? repository.loadAssessments(openId) : undefined]);
      } catch {
        return false;
      }
      const [[storedDepartments, storedProcesses, storedCatalogue, storedMeta], records] = read;
      const held = get().document;
      const departments = heldWhereUnchanged(held.departments, storedDepartments, idOf);
      const processes = heldWhereUnchanged(held.processes, storedProcesses, idOf);
      const catalogueKept = asRead.has(held.catalogue) && held.catalogue.version === storedCatalogue.version && held.catalogue.updatedAt === storedCatalogue.updatedAt;
      const catalogue = catalogueKept ? held.catalogue : markRead([storedCatalogue])[0];
      const meta = JSON.stringify(held.meta) === JSON.stringify(storedMeta) ? held.meta : storedMeta;
      const shown = held.processes.find((process) => process.id === openId);
      const stored = processes.find((process) => process.id === openId);
      const sameDiagram = shown !== undefined && stored !== undefined && shown.diagramXml === stored.diagramXml;
      // the diagram the reader chose among a file's diagrams stays shown (while the file has it: the
      // canvas shows the first diagram of a file without it); one it did not choose follows the writer's
      const chosenHere = shown !== undefined && !asRead.has(shown);
      const keptView = chosenHere && stored && shown.diagramId !== stored.diagramId ? { ...stored, diagramId: shown.diagramId } : stored;
      setDocument({ departments, processes: processes.map((process) => (process === stored && keptView ? keptView : process)), catalogue, meta });
      // another process opened meanwhile loads its answers itself
      if (!openId || openId !== get().document.currentProcessId) return true;
      const { open } = get().session;
      if (!stored || open === 'missing' || open === 'failed') await loadOpenProcess(openId);
      else if (open === 'ready' && records) refreshOpenRecords(openId, records, sameDiagram);
      return true;
    },

    async openProcess(id) {
      if (get().document.currentProcessId === id && get().session.open !== 'idle') return;
      await loadOpenProcess(id);
    },

    closeProcess,

    markAnsweredProcessChanged: touchAnsweredProcess,

    diagramChanged(xml: string, steps: Step[], processId?: string) {
      const state = get();
      const openId = state.document.currentProcessId;
      const id = processId ?? openId;
      const process = id ? state.document.processes.find((candidate) => candidate.id === id) : undefined;
      if (!id || !process) return;
      const isOpen = id === openId;
      if (isOpen && state.session.open !== 'ready') return;
      if (process.diagramXml !== xml) {
        const next = touch(process, { diagramXml: xml });
        replaceProcess(next);
        persistence.saveProcess(next);
      }
      // the modeller's last edit may arrive after its editor closed: the XML is stored all the same,
      // the steps are reconciled when the process is opened again
      if (isOpen) reconcileOpen(id, steps);
    },

    stepsRead(steps: Step[]) {
      const processId = get().document.currentProcessId;
      if (processId && get().session.open === 'ready') reconcileOpen(processId, steps);
    },

    updateAssessment(next) {
      const previous = get().document.assessments.get(next.stepId);
      if (!writeAssessment(next) || !previous) return;
      journal.recordAssessment(previous, next);
      publishHistory();
    },

    undoEdit() {
      const step = journal.undo();
      if (step.kind === 'assessment') putBackAssessment(step.stepId, step.fields);
      return step;
    },

    redoEdit() {
      const step = journal.redo();
      if (step.kind === 'assessment') putBackAssessment(step.stepId, step.fields);
      return step;
    },

    diagramEdited(trigger) {
      journal.diagram(trigger);
      publishHistory();
    },

    purgeOrphaned(stepIds) {
      const processId = get().document.currentProcessId;
      if (!processId) return;
      const purge = new Set(stepIds);
      const { orphaned } = get().document;
      const removed = orphaned.filter((record) => purge.has(record.stepId)).map((record) => record.stepId);
      if (removed.length === 0) return;
      setDocument({ orphaned: orphaned.filter((record) => !purge.has(record.stepId)) });
      persistence.removeAssessments(processId, removed);
    },

    adoptOrphaned(orphanStepId, targetStepId) {
      const { currentProcessId, orphaned, assessments, steps } = get().document;
      const orphan = orphaned.find((record) => record.stepId === orphanStepId);
      const target = assessments.get(targetStepId);
      const step = steps.find((candidate) => candidate.id === targetStepId);
      // only a step with nothing recorded takes them: nothing of its own is overwritten
      if (!currentProcessId || !orphan || !target || !step || !holdsOnlyPresets(target, step.type)) return;
      if (!writeAssessment(answersMovedTo(orphan, target))) return;
      setDocument({ orphaned: orphaned.filter((record) => record.stepId !== orphanStepId) });
      persistence.removeAssessments(currentProcessId, [orphanStepId]);
    },

    updateCatalogue(catalogue) {
      const next = nextCatalogueVersion(get().document.catalogue, catalogue, nowIso());
      setDocument({ catalogue: next });
      persistence.saveCatalogue(next);
    },

    loadProcessRecords: recordsOf,

    addImportedAssessments(processId, records) {
      if (records.length === 0 || !get().document.processes.some((process) => process.id === processId)) return;
      const imported = records.map((record) => ({ ...record, processId }));
      if (isOpenAndReady(processId)) {
        const byStep = new Map(openRecords().map((record) => [record.stepId, record]));
        for (const record of imported) byStep.set(record.stepId, record);
        const otherViewIds = new Set(get().document.inOtherViews.map((record) => record.stepId));
        setDocument(splitRecords([...byStep.values()], otherViewIds));
      } else {
        recordCache.set(processId, imported);
      }
      persistence.saveAssessments(imported);
    },

    async workspaceSnapshot() {
      await persistence.flush();
      // what the storage refused is still held here (and said so): a backup must hold it too
      return snapshotWithChanges(await repository.snapshot(), persistence.unsaved());
    },

    async replaceWorkspace(snapshot) {
      await persistence.flush();
      // the snapshot replaces what is stored and what waits to be: a merge was made from both
      // (workspaceSnapshot), and a replacement gives both up
      await persistence.supersede(() => repository.replaceAll(snapshot));
      closeProcess();
      recordCache.clear();
      const [departments, processes, catalogue, meta] = await readWorkspace();
      setDocument({ departments, processes, catalogue, meta });
      // an undo offered before would bring back records of the workspace that was replaced
      setSession({ toasts: get().session.toasts.filter((toast) => !toast.undo) });
    },

    markBackedUp(at) {
      patchMeta({ lastBackupAt: at });
    },

    updateAccessibilityStatement(statement) {
      patchMeta({ accessibilityStatement: { ...statement } });
    },
  };
}
