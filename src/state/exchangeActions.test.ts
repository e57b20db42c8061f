// Tests of the store actions that reports, imports and backups use: records of a process from
// memory, answers of an imported file, the snapshot after pending writes, replacing the whole
// workspace (and nothing when storage refuses), and the time of the last backup.
import { afterEach, describe, expect, it } from 'vitest';
import { createDepartment, createProcess, createStepAssessment } from '../domain/assessment';
import type { StepAssessment } from '../domain/assessment';
import { createAutosave } from '../storage/autosave';
import type { Autosave } from '../storage/autosave';
import type { WorkspaceSnapshot } from '../storage/repository';
import { createAppStore } from './appStore';
import type { AppStore } from './appStore';
import { createMemoryRepository } from './memoryRepository';
import type { MemoryRepository } from './memoryRepository';

interface Harness {
  store: AppStore;
  repository: MemoryRepository;
  autosave: Autosave;
}

const harnesses: Harness[] = [];

async function harness(initial?: Partial<WorkspaceSnapshot>, retryDelaysMs?: number[]): Promise<Harness> {
  const repository = createMemoryRepository({ meta: { sampleSeeded: true }, ...initial });
  // a long debounce: nothing reaches the repository unless something flushes
  const autosave = createAutosave(repository, { debounceMs: 60_000, retryDelaysMs });
  const store = createAppStore({ repository, autosave });
  harnesses.push({ store, repository, autosave });
  await store.getState().actions.loadWorkspace();
  return { store, repository, autosave };
}

afterEach(() => {
  for (const { store, autosave } of harnesses.splice(0)) {
    store.dispose();
    autosave.dispose();
  }
});

const amt = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
const gewerbe = createProcess({ departmentId: amt.id, name: 'Gewerbeanmeldung', diagramXml: '<x/>' });

function answered(processId: string, stepId: string, R: 1 | 2 | 3 | 4 | 5): StepAssessment {
  return { ...createStepAssessment(processId, { id: stepId, type: 'bpmn:UserTask', name: stepId }), answers: { R } };
}

describe('loadProcessRecords', () => {
  it('given a process with stored answers, when its records are asked for, then they come from the repository', async () => {
    const { store } = await harness({ departments: [amt], processes: [gewerbe], assessments: [answered(gewerbe.id, 'Task_1', 4)] });

    const records = await store.getState().actions.loadProcessRecords(gewerbe.id);

    expect(records.map((record) => [record.stepId, record.answers.R])).toEqual([['Task_1', 4]]);
  });
});

describe('addImportedAssessments', () => {
  it('given a process just created by an import, when the file’s answers are added, then they belong to that process, open with it and are saved', async () => {
    const { store, repository } = await harness({ departments: [amt] });
    const { actions } = store.getState();
    const created = actions.createProcess({ departmentId: amt.id, name: 'Import', diagramXml: '<x/>' });

    actions.addImportedAssessments(created.id, [answered('pending', 'Task_1', 5), answered('pending', 'Task_2', 2)]);
    await actions.openProcess(created.id);

    expect([...store.getState().document.assessments.values()].map((record) => [record.processId, record.stepId, record.answers.R])).toEqual([
      [created.id, 'Task_1', 5],
      [created.id, 'Task_2', 2],
    ]);
    await actions.workspaceSnapshot();
    expect((await repository.loadAssessments(created.id)).map((record) => record.stepId).sort()).toEqual(['Task_1', 'Task_2']);
  });

  it('given an unknown process id, when answers are added, then nothing is stored', async () => {
    const { store, repository } = await harness({ departments: [amt] });

    store.getState().actions.addImportedAssessments('no-such-process', [answered('x', 'Task_1', 5)]);
    const snapshot = await store.getState().actions.workspaceSnapshot();

    expect(snapshot.assessments).toEqual([]);
    expect(repository.writeCount()).toBe(0);
  });
});

describe('workspaceSnapshot', () => {
  it('given a rename not yet written, when a snapshot is taken, then it already holds the new name', async () => {
    const { store, repository } = await harness({ departments: [amt], processes: [gewerbe] });
    store.getState().actions.renameProcess(gewerbe.id, 'Gewerbe-Ummeldung');
    expect((await repository.loadProcess(gewerbe.id))?.name).toBe('Gewerbeanmeldung');

    const snapshot = await store.getState().actions.workspaceSnapshot();

    expect(snapshot.processes.map((process) => process.name)).toEqual(['Gewerbe-Ummeldung']);
  });

  it('given storage that refuses writes (full), when a snapshot is taken for a backup, then it holds what the tab holds', async () => {
    const { store, repository, autosave } = await harness({ departments: [amt], processes: [gewerbe] }, [60_000]);
    const { actions } = store.getState();
    repository.applyChanges = () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    actions.renameProcess(gewerbe.id, 'Gewerbe-Ummeldung');
    const urlaub = actions.createProcess({ departmentId: amt.id, name: 'Urlaubsantrag', diagramXml: '<y/>' });

    const snapshot = await actions.workspaceSnapshot();

    expect(autosave.getStatus().error?.kind).toBe('quota');
    expect((await repository.loadProcess(gewerbe.id))?.name).toBe('Gewerbeanmeldung');
    expect(snapshot.processes.map((process) => [process.id, process.name])).toEqual([
      [gewerbe.id, 'Gewerbe-Ummeldung'],
      [urlaub.id, 'Urlaubsantrag'],
    ]);
  });
});

describe('replaceWorkspace', () => {
  it('given an open process, when the workspace is replaced, then storage and store show only the new workspace and the process is closed', async () => {
    const { store, repository } = await harness({ departments: [amt], processes: [gewerbe], assessments: [answered(gewerbe.id, 'Task_1', 4)] });
    const { actions } = store.getState();
    await actions.openProcess(gewerbe.id);
    const otherDepartment = createDepartment({ code: 'Amt 10', name: 'Personal' });
    const urlaub = createProcess({ departmentId: otherDepartment.id, name: 'Urlaubsantrag', diagramXml: '<y/>' });
    const incoming: WorkspaceSnapshot = {
      departments: [otherDepartment],
      processes: [urlaub],
      assessments: [answered(urlaub.id, 'Task_9', 3)],
      catalogue: (await repository.snapshot()).catalogue,
      meta: { sampleSeeded: true, lastBackupAt: '2026-11-02T10:00:00.000Z' },
    };

    await actions.replaceWorkspace(incoming);

    const state = store.getState();
    expect(state.document.processes.map((process) => process.name)).toEqual(['Urlaubsantrag']);
    expect(state.document.departments.map((department) => department.code)).toEqual(['Amt 10']);
    expect(state.document.currentProcessId).toBeNull();
    expect(state.document.meta.lastBackupAt).toBe('2026-11-02T10:00:00.000Z');
    expect(state.session.load).toEqual({ state: 'ready' });
    expect((await actions.loadProcessRecords(urlaub.id)).map((record) => record.answers.R)).toEqual([3]);
    expect(await actions.loadProcessRecords(gewerbe.id)).toEqual([]);
    const stored = await repository.snapshot();
    expect(stored.processes.map((process) => process.id)).toEqual([urlaub.id]);
  });

  it('given storage refuses the snapshot, when the workspace is replaced, then the call fails and store and storage are unchanged', async () => {
    const { store, repository } = await harness({ departments: [amt], processes: [gewerbe] });
    const before = await repository.snapshot();
    repository.replaceAll = () => Promise.reject(new Error('rejected'));

    await expect(store.getState().actions.replaceWorkspace({ ...before, processes: [] })).rejects.toThrow('rejected');

    expect(store.getState().document.processes.map((process) => process.id)).toEqual([gewerbe.id]);
    expect(await repository.snapshot()).toEqual(before);
  });

  it('given changes whose write failed, when the workspace is replaced, then the retry does not write them over the replacement', async () => {
    const sondernutzung = createProcess({ departmentId: amt.id, name: 'Sondernutzung', diagramXml: '<z/>' });
    const { store, repository, autosave } = await harness({ departments: [amt], processes: [gewerbe, sondernutzung] }, [5]);
    const { actions } = store.getState();
    const storing = repository.applyChanges;
    // refused twice: the first write, and again when the replacement flushes first
    let refusals = 2;
    repository.applyChanges = (changes) => (refusals-- > 0 ? Promise.reject(new Error('transient')) : storing(changes));
    actions.renameProcess(gewerbe.id, 'Umbenannt vor dem Einspielen');
    await actions.deleteProcess(sondernutzung.id);
    const backup = { ...(await repository.snapshot()), processes: [{ ...gewerbe, name: 'Aus der Sicherung' }, sondernutzung] };
    await autosave.flush();
    expect(autosave.getStatus().state).toBe('error');

    await actions.replaceWorkspace(backup);
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(autosave.getStatus().state).toBe('saved');
    const stored = await repository.listProcesses();
    expect(stored.map((process) => process.name)).toEqual(['Aus der Sicherung', 'Sondernutzung']);
    expect(store.getState().document.processes.map((process) => process.name)).toEqual(['Aus der Sicherung', 'Sondernutzung']);
  });

  it('given changes whose write failed and storage refusing the replacement too, then they stay pending and are written by the retry', async () => {
    const { store, repository, autosave } = await harness({ departments: [amt], processes: [gewerbe] }, [5]);
    const { actions } = store.getState();
    const storing = repository.applyChanges;
    let refusals = 2;
    repository.applyChanges = (changes) => (refusals-- > 0 ? Promise.reject(new Error('transient')) : storing(changes));
    repository.replaceAll = () => Promise.reject(new Error('rejected'));
    actions.renameProcess(gewerbe.id, 'Gewerbe-Ummeldung');
    await autosave.flush();

    await expect(actions.replaceWorkspace({ ...(await repository.snapshot()), processes: [] })).rejects.toThrow('rejected');
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(autosave.getStatus().state).toBe('saved');
    expect((await repository.listProcesses()).map((process) => process.name)).toEqual(['Gewerbe-Ummeldung']);
  });
});

describe('markBackedUp', () => {
  it('given a workspace, when a backup is marked, then meta keeps its other facts and is saved with the time', async () => {
    const { store, repository } = await harness({ departments: [amt] });

    store.getState().actions.markBackedUp('2026-11-28T09:15:00.000Z');
    await store.getState().actions.workspaceSnapshot();

    expect(store.getState().document.meta).toEqual({ sampleSeeded: true, lastBackupAt: '2026-11-28T09:15:00.000Z' });
    expect(await repository.loadMeta()).toEqual({ sampleSeeded: true, lastBackupAt: '2026-11-28T09:15:00.000Z' });
  });
});
