// Tests of the tab session: two simulated tabs (two sessions, two Dexie repositories on one
// IndexedDB, a shared in-memory lock and broadcast channel). One tab writes, the other reads and
// follows, in its own store (the writer's answers, a process it shows that is deleted and comes
// back; the step and diagram it shows stay); a takeover stores the writer's pending edit first; a tab that lost writing never
// overwrites newer data; an outdated schema and a database that does not open stop the session.
// A reload of a tab (a new session over the tab's memory) shows the view as it was.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Department, Process, Step } from '../domain/assessment';
import { createDefaultCatalogue } from '../domain/criteria';
import { createAutosave } from '../storage/autosave';
import { createDexieRepository } from '../storage/dexieRepository';
import type { DexieRepository } from '../storage/dexieRepository';
import { createTabMemory } from '../storage/tabMemory';
import type { TabMemory } from '../storage/tabMemory';
import type { AppStore } from './appStore';
import { createChannelHub, createLockHub } from './fakeTabEnvironment';
import type { ChannelLike, LockManagerLike } from './tabCoordination';
import { createTabSession } from './tabSession';
import type { TabSession, TabSessionRepository } from './tabSession';

const t1 = '2024-06-03T08:00:00.000Z';
const department: Department = { id: 'd-1', createdAt: t1, updatedAt: t1, revision: 1, name: 'Bürgeramt', code: 'Amt 33' };
const process: Process = {
  id: 'p-1',
  createdAt: t1,
  updatedAt: t1,
  revision: 1,
  departmentId: 'd-1',
  name: 'Wohnsitz anmelden',
  lotse: '',
  description: '',
  status: 'draft',
  diagramXml: '<x/>',
};

interface Tab {
  session: TabSession;
  repository: DexieRepository;
}

const opened: Tab[] = [];
let counter = 0;

async function freshDatabase(): Promise<string> {
  counter += 1;
  const name = `tab-session-test-${counter}-${Math.random().toString(36).slice(2)}`;
  const setup = createDexieRepository(name);
  await setup.replaceAll({ departments: [department], processes: [process], assessments: [], catalogue: createDefaultCatalogue(), meta: { sampleSeeded: true } });
  setup.close();
  return name;
}

/** A window whose page can be hidden and shown (visibilitychange), for the session's lifecycle hooks. */
function pageWindow(): { window: Window; show: (state: DocumentVisibilityState) => void } {
  const page = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const window = Object.assign(new EventTarget(), { document: page });
  return {
    // the session reads only visibilityState and listens for events on these two targets
    window: window as unknown as Window,
    show: (state) => {
      page.visibilityState = state;
      page.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

function openTab(name: string, databaseName: string, shared: { locks?: LockManagerLike; channel?: ChannelLike; window?: Window; viewMemory?: TabMemory }): Tab {
  const repository = createDexieRepository(databaseName);
  const session = createTabSession({
    repository,
    window: shared.window,
    createAutosave: (target) => createAutosave(target, { debounceMs: 5, retryDelaysMs: [20] }),
    lockName: `writer:${databaseName}`,
    locks: shared.locks,
    channel: shared.channel,
    tabId: name,
    takeoverTimeoutMs: 100,
    viewMemory: shared.viewMemory,
  });
  const tab = { session, repository };
  opened.push(tab);
  return tab;
}

function storeOf(tab: Tab): AppStore {
  const { store } = tab.session.getState();
  if (!store) throw new Error('no store yet');
  return store;
}

const nameIn = (tab: Tab) => tab.session.getState().store?.getState().document.processes[0]?.name;

async function storedName(databaseName: string): Promise<string | undefined> {
  const check = createDexieRepository(databaseName);
  const name = (await check.loadProcess('p-1'))?.name;
  check.close();
  return name;
}

async function started(tab: Tab, role: 'writer' | 'reader'): Promise<void> {
  await tab.session.start();
  await vi.waitFor(() => {
    expect(tab.session.getState().tab.role).toBe(role);
    expect(nameIn(tab)).toBeDefined();
  });
}

/** Tab A writes and tab B reads, on a fresh database; B's page is `readerWindow` if given. */
async function writerAndReader(readerWindow?: Window): Promise<{ a: Tab; b: Tab; databaseName: string }> {
  const databaseName = await freshDatabase();
  const locks = createLockHub().manager;
  const channels = createChannelHub();
  const a = openTab('A', databaseName, { locks, channel: channels.open() });
  const b = openTab('B', databaseName, { locks, channel: channels.open(), window: readerWindow });
  await started(a, 'writer');
  await started(b, 'reader');
  return { a, b, databaseName };
}

afterEach(() => {
  for (const tab of opened.splice(0)) {
    tab.session.dispose();
    tab.repository.close();
  }
});

describe('tab session', () => {
  it('one tab writes; the other only reads, follows the stored changes, and cannot store its own', async () => {
    // given
    const { a, b, databaseName } = await writerAndReader();
    expect(b.session.getState().tab.reason).toBe('otherTab');
    // when the writer renames the process
    storeOf(a).getState().actions.renameProcess('p-1', 'Wohnsitz ummelden');
    // then the reader shows it once it is stored
    await vi.waitFor(() => expect(nameIn(b)).toBe('Wohnsitz ummelden'));
    expect(await storedName(databaseName)).toBe('Wohnsitz ummelden');
    // and what the reader's store changes is never stored
    storeOf(b).getState().actions.renameProcess('p-1', 'aus dem lesenden Tab');
    await storeOf(b).getState().actions.workspaceSnapshot();
    expect(await storedName(databaseName)).toBe('Wohnsitz ummelden');
  });

  it('a hidden reader does not refresh on every stored change; shown again, it shows the newest', async () => {
    // given A writes and B reads in a tab in the background
    const page = pageWindow();
    const { a, b, databaseName } = await writerAndReader(page.window);
    page.show('hidden');
    const read = vi.spyOn(b.repository, 'listProcesses');
    // when A stores two changes
    storeOf(a).getState().actions.renameProcess('p-1', 'Wohnsitz ummelden');
    await storeOf(a).getState().actions.workspaceSnapshot();
    storeOf(a).getState().actions.renameProcess('p-1', 'Wohnsitz abmelden');
    await storeOf(a).getState().actions.workspaceSnapshot();
    expect(await storedName(databaseName)).toBe('Wohnsitz abmelden');
    // then B, still hidden, has read nothing and shows what it showed (a refresh takes a few milliseconds here)
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(read).not.toHaveBeenCalled();
    expect(nameIn(b)).toBe('Wohnsitz anmelden');
    // and shown again, it shows the newest stored name
    page.show('visible');
    await vi.waitFor(() => expect(nameIn(b)).toBe('Wohnsitz abmelden'));
  });

  describe('a reader following the writer', () => {
    const steps: Step[] = [1, 2, 3].map((number) => ({ id: `Task_${number}`, name: `Schritt ${number}`, type: 'bpmn:UserTask', order: number }));

    /** A writes and has the process open with its steps stored; B reads it with step 2 selected and the file's second diagram chosen. */
    async function followingTabs(): Promise<{ a: Tab; b: Tab }> {
      const { a, b } = await writerAndReader();
      const writing = storeOf(a).getState().actions;
      await writing.openProcess('p-1');
      writing.stepsRead(steps);
      await writing.workspaceSnapshot();
      const reading = storeOf(b).getState().actions;
      await vi.waitFor(async () => expect(await b.repository.loadAssessments('p-1')).toHaveLength(3));
      await reading.openProcess('p-1');
      // the reader's canvas reads the same steps, and the user chooses a step and a diagram
      reading.stepsRead(steps);
      reading.selectStep('Task_2');
      reading.updateProcess('p-1', { diagramId: 'Diagram_2' });
      return { a, b };
    }

    it('given B showing the process, when A answers a step, then B shows the answer in the same store, with its step and diagram still shown', async () => {
      // given
      const { a, b } = await followingTabs();
      const shown = storeOf(b);
      const before = shown.getState().document;
      // when A answers step 3
      const record = storeOf(a).getState().document.assessments.get('Task_3');
      if (!record) throw new Error('no record');
      storeOf(a).getState().actions.updateAssessment({ ...record, answers: { R: 2 } });
      // then B shows it, on the store it had
      await vi.waitFor(() => expect(shown.getState().document.assessments.get('Task_3')?.answers).toEqual({ R: 2 }));
      expect(storeOf(b)).toBe(shown);
      expect(shown.getState().session).toMatchObject({ open: 'ready', selectedStepId: 'Task_2' });
      expect(shown.getState().document.processes[0]?.diagramId).toBe('Diagram_2');
      expect([...shown.getState().document.assessments.keys()]).toEqual(['Task_1', 'Task_2', 'Task_3']);
      expect(shown.getState().document.steps.map((step) => step.id)).toEqual(['Task_1', 'Task_2', 'Task_3']);
      // and what A did not change is the object B held, so B's scores and screens of it are not redone
      const after = shown.getState().document;
      expect(after.assessments.get('Task_1')).toBe(before.assessments.get('Task_1'));
      expect(after.catalogue).toBe(before.catalogue);
      expect(after.departments[0]).toBe(before.departments[0]);
    });

    it('given B showing the diagram it did not choose, when A chooses another of the file, then B shows that one', async () => {
      // given B shows the process as stored (it was opened anew, nothing chosen in B)
      const { a, b } = await followingTabs();
      storeOf(b).getState().actions.closeProcess();
      await storeOf(a).getState().actions.workspaceSnapshot();
      await storeOf(b).getState().actions.refreshStored();
      await storeOf(b).getState().actions.openProcess('p-1');
      expect(storeOf(b).getState().document.processes[0]?.diagramId).toBeUndefined();
      // when A chooses the file's second diagram
      storeOf(a).getState().actions.updateProcess('p-1', { diagramId: 'Diagram_2' });
      // then B follows
      await vi.waitFor(() => expect(storeOf(b).getState().document.processes[0]?.diagramId).toBe('Diagram_2'));
    });

    it('given B showing the diagram it chose, when A changes the file, then B shows A\'s file as A stored it, on the diagram B chose', async () => {
      // given
      const { a, b } = await followingTabs();
      // when
      storeOf(a).getState().actions.diagramChanged('<y/>', steps);
      // then
      await vi.waitFor(() => expect(storeOf(b).getState().document.processes[0]).toMatchObject({ diagramXml: '<y/>' }));
      expect(storeOf(b).getState().document.processes[0]?.diagramId).toBe('Diagram_2');
    });

    it('given B showing the process, when A deletes it, then B says it is gone; when A takes the deletion back, then B shows it again at B\'s step', async () => {
      // given
      const { a, b } = await followingTabs();
      const shown = storeOf(b);
      // when
      await storeOf(a).getState().actions.deleteProcess('p-1');
      // then
      await vi.waitFor(() => expect(shown.getState().session.open).toBe('missing'));
      expect(shown.getState().document).toMatchObject({ currentProcessId: 'p-1', processes: [] });
      // when
      storeOf(a).getState().actions.undoToast(storeOf(a).getState().session.toasts[0].id);
      // then
      await vi.waitFor(() => expect(shown.getState().document.assessments.size).toBe(3));
      expect(shown.getState().session).toMatchObject({ open: 'ready', selectedStepId: 'Task_2' });
      expect(storeOf(b)).toBe(shown);
    });
  });

  it('"Hier bearbeiten": the writer stores its pending edit first, the new writer starts from it, the old one follows', async () => {
    // given A writes and has an edit that is not stored yet
    const { a, b, databaseName } = await writerAndReader();
    storeOf(a).getState().actions.renameProcess('p-1', 'letzte Änderung in A');
    // when B takes over
    await b.session.takeOver();
    // then B writes, starting from A's last edit; A reads
    await vi.waitFor(() => expect(b.session.getState().tab.role).toBe('writer'));
    await vi.waitFor(() => expect(nameIn(b)).toBe('letzte Änderung in A'));
    expect(a.session.getState().tab).toMatchObject({ role: 'reader', reason: 'takenOver' });
    // and B's edits reach A, while A's store stores nothing
    storeOf(b).getState().actions.renameProcess('p-1', 'jetzt in B');
    await vi.waitFor(() => expect(nameIn(a)).toBe('jetzt in B'));
    storeOf(a).getState().actions.renameProcess('p-1', 'veraltet aus A');
    await storeOf(a).getState().actions.workspaceSnapshot();
    expect(await storedName(databaseName)).toBe('jetzt in B');
  });

  it('a tab that lost writing never overwrites newer data (no Web Locks: the writer fencing alone)', async () => {
    // given A wrote first, then B (in a browser without Web Locks) claimed writing
    const databaseName = await freshDatabase();
    const a = openTab('A', databaseName, {});
    const b = openTab('B', databaseName, {});
    await started(a, 'writer');
    await started(b, 'writer');
    storeOf(b).getState().actions.renameProcess('p-1', 'neu aus B');
    await storeOf(b).getState().actions.workspaceSnapshot();
    // when the stale tab A edits and its autosave writes
    storeOf(a).getState().actions.renameProcess('p-1', 'veraltet aus A');
    await storeOf(a).getState().actions.workspaceSnapshot().catch(() => undefined);
    // then its write was refused, A reads from now on, and B's data stands
    await vi.waitFor(() => expect(a.session.getState().tab).toMatchObject({ role: 'reader', reason: 'takenOver' }));
    expect(await storedName(databaseName)).toBe('neu aus B');
    await vi.waitFor(() => expect(nameIn(a)).toBe('neu aus B'));
  });

  it('stops a tab whose database another tab upgrades: outdated, and nothing more is stored', async () => {
    // given
    const databaseName = await freshDatabase();
    const a = openTab('A', databaseName, { locks: createLockHub().manager });
    await started(a, 'writer');
    // when a newer app version opens the database in another tab
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(databaseName, 20);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    // then
    await vi.waitFor(() => expect(a.session.getState().tab.role).toBe('outdated'));
    storeOf(a).getState().actions.renameProcess('p-1', 'nach dem Update');
    await storeOf(a).getState().actions.workspaceSnapshot().catch(() => undefined);
    const raw = await new Promise<string>((resolve) => {
      const request = indexedDB.open(databaseName);
      request.onsuccess = () => {
        const get = request.result.transaction('processes').objectStore('processes').get('p-1');
        get.onsuccess = () => {
          request.result.close();
          resolve((get.result as Process).name);
        };
      };
    });
    expect(raw).toBe('Wohnsitz anmelden');
  });

  it('a change still waiting to be stored when a newer app version opens the database in another tab is stored before the upgrade', async () => {
    // given a writer whose autosave waits long before it writes
    const databaseName = await freshDatabase();
    const repository = createDexieRepository(databaseName);
    const session = createTabSession({
      repository,
      createAutosave: (target) => createAutosave(target, { debounceMs: 60_000 }),
      lockName: `writer:${databaseName}`,
      locks: createLockHub().manager,
      tabId: 'A',
    });
    opened.push({ session, repository });
    await session.start();
    await vi.waitFor(() => expect(session.getState().tab.role).toBe('writer'));
    session.getState().store?.getState().actions.renameProcess('p-1', 'kurz vor dem Update');
    // when a newer app version opens the database in another tab
    const raw = await new Promise<string>((resolve, reject) => {
      const request = indexedDB.open(databaseName, 20);
      request.onsuccess = () => {
        const get = request.result.transaction('processes').objectStore('processes').get('p-1');
        get.onsuccess = () => {
          request.result.close();
          resolve((get.result as Process).name);
        };
      };
      request.onerror = () => reject(request.error);
    });
    // then the rename reached the database before the upgrade, and the tab stops
    expect(raw).toBe('kurz vor dem Update');
    await vi.waitFor(() => expect(session.getState().tab.role).toBe('outdated'));
  });

  it('a database that does not open leaves the session without a store, with the reason for the recovery screen', async () => {
    // given a repository whose database cannot be opened
    const broken = createDexieRepository(`tab-session-broken-${Math.random().toString(36).slice(2)}`);
    const failing: TabSessionRepository = {
      ...broken,
      loadMeta: () => Promise.reject(Object.assign(new Error('Internal error opening backing store'), { name: 'UnknownError' })),
    };
    const session = createTabSession({ repository: failing, createAutosave, lockName: 'writer:broken', locks: createLockHub().manager });
    // when
    await session.start();
    // then
    expect(session.getState()).toMatchObject({ store: null, unavailable: 'UnknownError: Internal error opening backing store' });
    expect(session.getState().tab.role).toBe('starting');
    session.dispose();
    broken.close();
  });

  it('a page left with a change the full storage refused: the reloaded page writes, shows the change, and stores it once there is room', async () => {
    // given a database whose storage takes no big diagram (as a full one would refuse it)
    const databaseName = await freshDatabase();
    let full = true;
    const fullFor = (repository: DexieRepository) => {
      const refuse = (record: Process) => {
        if (full && record.diagramXml.length > 1000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      repository.database.processes.hook('creating', (_key, record) => refuse(record));
      repository.database.processes.hook('updating', (changes, _key, record) => refuse({ ...record, ...changes } as Process));
    };
    const leaving = createDexieRepository(databaseName);
    fullFor(leaving);
    await leaving.claimWriter('page-1');
    const big: Process = { ...process, name: 'Großes Diagramm', revision: 2, diagramXml: `<x>${'a'.repeat(5000)}</x>` };
    await expect(leaving.applyChanges([{ kind: 'process', record: big }])).rejects.toThrow();
    leaving.keepUnsaved([{ kind: 'process', record: big }]);
    leaving.close();
    // when the page is loaded again, the storage still full
    const claims = vi.fn();
    const tab = openTab('page-2', databaseName, {});
    fullFor(tab.repository);
    const claimWriter = tab.repository.claimWriter.bind(tab.repository);
    tab.repository.claimWriter = (tabId) => {
      claims(tabId);
      return claimWriter(tabId);
    };
    await started(tab, 'writer');
    // then it writes (no loop of claims), shows the refused change, and says it is not stored
    expect(claims).toHaveBeenCalledTimes(1);
    expect(nameIn(tab)).toBe('Großes Diagramm');
    await vi.waitFor(() => expect(storeOf(tab).getState().session.saveStatus.error?.kind).toBe('quota'));
    expect(await storedName(databaseName)).toBe('Wohnsitz anmelden');
    // when there is room again, then the retry stores it
    full = false;
    await vi.waitFor(() => expect(storeOf(tab).getState().session.saveStatus.state).toBe('saved'));
    expect(await storedName(databaseName)).toBe('Großes Diagramm');
  });

  describe('reload of a tab', () => {
    const steps: Step[] = [1, 2, 3, 4, 5].map((number) => ({ id: `Task_${number}`, name: `Schritt ${number}`, type: 'bpmn:UserTask', order: number }));

    afterEach(() => sessionStorage.clear());

    /** A tab that opens the process, answers nothing, and sets up its view: table and figures on, heatmap "Priorität", step 5 selected. */
    async function workshopTab(databaseName: string, viewMemory: TabMemory): Promise<Tab> {
      const tab = openTab('A', databaseName, { viewMemory });
      await started(tab, 'writer');
      const { actions } = storeOf(tab).getState();
      await actions.openProcess('p-1');
      actions.stepsRead(steps);
      actions.togglePanel('table');
      actions.togglePanel('figures');
      actions.setHeatmapMetric('priority');
      actions.selectStep('Task_5');
      await actions.workspaceSnapshot();
      return tab;
    }

    /** The page goes: the session ends without closing anything in the store. */
    function unload(tab: Tab): void {
      opened.splice(opened.indexOf(tab), 1);
      tab.session.dispose();
      tab.repository.close();
    }

    it('given panels, heatmap and a step chosen, when the tab reloads, then the new session shows them again and the process opens at that step', async () => {
      // given
      const databaseName = await freshDatabase();
      const viewMemory = createTabMemory('view-test');
      unload(await workshopTab(databaseName, viewMemory));
      // when the tab starts again over the same memory
      const reloaded = openTab('A', databaseName, { viewMemory: createTabMemory('view-test') });
      await started(reloaded, 'writer');
      // then
      const store = storeOf(reloaded);
      expect(store.getState().session).toMatchObject({ panels: { assessment: true, table: true, figures: true }, heatmapMetric: 'priority' });
      await store.getState().actions.openProcess('p-1');
      expect(store.getState().session.selectedStepId).toBe('Task_5');
    });

    it('given the process deleted in another tab meanwhile, when the tab reloads, then the rest of the view is back and the process\'s selection is forgotten', async () => {
      // given
      const databaseName = await freshDatabase();
      const viewMemory = createTabMemory('view-test');
      unload(await workshopTab(databaseName, viewMemory));
      const other = createDexieRepository(databaseName);
      await other.removeProcess('p-1');
      other.close();
      // when
      const reloaded = openTab('A', databaseName, { viewMemory });
      await reloaded.session.start();
      await vi.waitFor(() => expect(reloaded.session.getState().store?.getState().session.load.state).toBe('ready'));
      // then
      expect(storeOf(reloaded).getState().session).toMatchObject({ heatmapMetric: 'priority', stepSelections: {} });
    });

    it('given garbage in the tab\'s memory, when the tab starts, then it shows the default view', async () => {
      // given
      const databaseName = await freshDatabase();
      sessionStorage.setItem('view-test', '{"version":1,"view":{"panels":"alle","heatmapMetric":"farbe"');
      // when
      const tab = openTab('A', databaseName, { viewMemory: createTabMemory('view-test') });
      await started(tab, 'writer');
      // then
      expect(storeOf(tab).getState().session).toMatchObject({ panels: { assessment: true, table: false, figures: false }, heatmapMetric: null, stepSelections: {} });
    });
  });
});
