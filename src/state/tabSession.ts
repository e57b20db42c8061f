// One browser tab's session over the stored workspace. It first checks that the database opens
// (if not: the recovery screen; if it belongs to a newer app version: stop), then lets the tab
// coordinator decide whether this tab writes. The writer gets a store with the real autosave,
// claims writing in the repository (fencing) and loads the workspace fresh; a reader gets a store
// whose writes go nowhere and that takes in what the writer stored whenever it stored something
// (while the tab is hidden: once, when it is shown again), in place, so that its screens stay as
// the user left them.
// Every change of role builds a new store, so no tab ever writes from memory that another tab has
// made stale. The view (open process, panels, heatmap, filters, selected steps: sessionView)
// carries over to the new store; it is kept in the tab's memory, from which the tab's first store
// takes it, so that a reload of the tab shows it again.
import { createListenerSet } from './listenerSet';
import type { Autosave } from '../storage/autosave';
import { attachLifecycleFlush } from '../storage/autosave';
import { classifyStorageError, WriterFencedError } from '../storage/storageErrors';
import type { StorageErrorKind } from '../storage/storageErrors';
import type { Repository, WorkspaceChange } from '../storage/repository';
import { readingUnsavedOnTop } from '../storage/snapshotWithChanges';
import type { TabMemory } from '../storage/tabMemory';
import { createAppStore } from './appStore';
import type { AppStore } from './appStore';
import type { WorkspaceSeed } from './documentSlice';
import { keepView, readStoredView, viewOf, withView } from './sessionView';
import { createTabCoordinator } from './tabCoordination';
import type { ChannelLike, HandOverResult, LockManagerLike, TabState } from './tabCoordination';

export interface TabSessionRepository extends Repository {
  /** becomes the one writer; returns what the last writer's page kept and the storage refused (see DexieRepository) */
  claimWriter(tabId: string): Promise<WorkspaceChange[]>;
  /** keeps what the page could not store before it goes for the tab's next writer (see DexieRepository) */
  keepUnsaved?(changes: readonly WorkspaceChange[]): void;
  onOutdated(listener: (error: Error) => void): () => void;
  /** runs `finish` before another tab's upgrade of the database goes on (see DexieRepository) */
  beforeVersionChange?(finish: () => Promise<void>): () => void;
}

export interface TabSessionOptions {
  repository: TabSessionRepository;
  /** the writer's autosave over the given repository */
  createAutosave: (repository: Repository) => Autosave;
  /** the first-start sample; only a writer seeds */
  seed?: () => WorkspaceSeed;
  /** the Web Lock's name: one writer per database */
  lockName: string;
  locks?: LockManagerLike;
  channel?: ChannelLike;
  /** where pagehide / visibilitychange are heard: the writer flushes, a reader refreshes */
  window?: Window;
  tabId?: string;
  takeoverTimeoutMs?: number;
  /** where the tab keeps its view across a reload (the tab's session storage) */
  viewMemory?: TabMemory;
}

export interface TabSessionState {
  /** the store the screens show; null until the first workspace is loaded */
  store: AppStore | null;
  /** counts stores, so the screens remount with a new one */
  generation: number;
  tab: TabState;
  /** the database cannot be opened: the technical reason */
  unavailable?: string;
}

export interface TabSession {
  getState(): TabSessionState;
  subscribe(listener: () => void): () => void;
  start(): Promise<void>;
  /** "Hier bearbeiten" */
  takeOver(): Promise<void>;
  dispose(): void;
}

/** The storage refused this tab's claim to write; `kind` says why, as a save error would. */
class WriterClaimError extends Error {
  readonly kind: StorageErrorKind;
  constructor(cause: unknown) {
    super('The storage refused the claim to write.', { cause });
    this.name = 'WriterClaimError';
    this.kind = classifyStorageError(cause);
  }
}

/** A reader's autosave: the reader's store only derives (e.g. reconciled answers); the writer stores. */
const readerAutosave: Autosave = {
  enqueue: () => undefined,
  flush: () => Promise.resolve(),
  unsaved: () => [],
  supersede: (replace) => replace(),
  getStatus: () => ({ state: 'saved' }),
  subscribe: () => () => undefined,
  dispose: () => undefined,
};

function refuse(): Promise<never> {
  return Promise.reject(new WriterFencedError());
}

/** The repository as a reader sees it: every write is refused. */
function readOnly(repository: Repository): Repository {
  return {
    ...repository,
    saveDepartment: refuse,
    saveProcess: refuse,
    saveAssessments: refuse,
    saveCatalogue: refuse,
    saveMeta: refuse,
    removeDepartment: refuse,
    removeProcess: refuse,
    removeAssessments: refuse,
    applyChanges: refuse,
    replaceAll: refuse,
  };
}

/**
 * Loads a new store with the view of the previous one or, for the tab's first store, the view kept
 * in the tab's memory; reopens the previous store's process (with its selected step).
 */
async function loadStore(previous: AppStore | null, next: AppStore, viewMemory: TabMemory | undefined): Promise<void> {
  const actions = next.getState().actions;
  await actions.loadWorkspace();
  const { session, document } = next.getState();
  // a workspace that did not load tells nothing of which processes are gone: the kept view stays as it is
  const kept = viewMemory && session.load.state === 'ready' ? readStoredView(viewMemory.read(), viewOf(session)) : undefined;
  const view = previous ? viewOf(previous.getState().session) : kept;
  if (view) {
    const processIds = new Set(document.processes.map((process) => process.id));
    next.setState((state) => ({ session: withView(state.session, view, processIds) }));
  }
  const processId = previous?.getState().document.currentProcessId;
  if (processId) await actions.openProcess(processId);
}

function newTabId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `tab-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function createTabSession(options: TabSessionOptions): TabSession {
  const { repository, seed } = options;
  const tabId = options.tabId ?? newTabId();
  const listeners = createListenerSet();
  let store: AppStore | null = null;
  /** the store shown while this tab reads, refreshed in place; null while it writes or hands over */
  let readerStore: AppStore | null = null;
  /** the newest store build asked for; an older build finishing later is thrown away */
  let building = 0;
  let generation = 0;
  let unavailable: string | undefined;
  let writer: { store: AppStore; autosave: Autosave; stop: () => void } | undefined;
  let reloading: Promise<void> | undefined;
  let reloadAgain = false;
  let disposed = false;
  let stopKeepingView: () => void = () => undefined;
  let state: TabSessionState;

  function publish(): void {
    state = { store, generation, tab: coordinator.getState(), unavailable };
    listeners.notify();
  }

  function show(next: AppStore): void {
    const previous = store;
    store = next;
    readerStore = next === writer?.store ? null : next;
    generation += 1;
    stopKeepingView();
    if (options.viewMemory) stopKeepingView = keepView(next, options.viewMemory);
    publish();
    if (previous && previous !== writer?.store) previous.dispose();
  }

  // the writer's repository tells the other tabs after every stored write
  const announcing: Repository = {
    ...repository,
    applyChanges: async (changes) => {
      await repository.applyChanges(changes);
      coordinator.announceChange();
    },
    replaceAll: async (snapshot) => {
      await repository.replaceAll(snapshot);
      coordinator.announceChange();
    },
  };
  const reading = readOnly(repository);

  /** Stops the writer's store from writing anything more (it stays shown until the reader's store is). */
  function retireWriter(): void {
    const current = writer;
    writer = undefined;
    current?.stop();
  }

  async function becomeWriter(): Promise<void> {
    const build = ++building;
    let refused: WorkspaceChange[];
    try {
      refused = await repository.claimWriter(tabId);
    } catch (error) {
      throw new WriterClaimError(error);
    }
    const autosave = options.createAutosave(announcing);
    // what the last page kept and the storage refused is this writer's unsaved work: retried,
    // kept again when the page goes, and shown (the store reads it on top of what is stored)
    for (const change of refused) autosave.enqueue(change);
    const next = createAppStore({ repository: refused.length > 0 ? readingUnsavedOnTop(announcing, () => autosave.unsaved()) : announcing, autosave, seed });
    const keep = repository.keepUnsaved?.bind(repository);
    const detachFlush = options.window ? attachLifecycleFlush(autosave, options.window, keep) : () => undefined;
    const unsubscribe = autosave.subscribe((status) => {
      if (status.state !== 'error') return;
      if (status.error?.kind === 'takenOver') coordinator.writeRefused();
      if (status.error?.kind === 'outdated') coordinator.markOutdated();
    });
    const stop = () => {
      unsubscribe();
      detachFlush();
      autosave.dispose();
      next.dispose();
    };
    writer = { store: next, autosave, stop };
    await loadStore(store, next, options.viewMemory);
    if (build !== building || writer?.store !== next) {
      if (writer?.store === next) retireWriter();
      throw new Error('The writer role ended while the workspace was loading.');
    }
    show(next);
  }

  async function handOver(): Promise<HandOverResult> {
    const current = writer;
    if (!current) return { ok: true };
    await current.autosave.flush();
    const status = current.autosave.getStatus();
    if (status.state !== 'saved') return { ok: false, kind: status.error?.kind ?? 'unknown' };
    retireWriter();
    scheduleReload();
    return { ok: true };
  }

  function stopWriting(): void {
    const current = writer;
    if (!current) return;
    writer = undefined;
    // pending changes may still be stored: a write that lands before the new writer's claim is in
    // its load; one that comes later is refused by the fencing and stores nothing
    void current.autosave.flush().finally(current.stop);
    scheduleReload();
  }

  /** Shows what is stored: in the reader's store as it is, or, when it has none or cannot read there, in a new one. */
  async function reloadReader(): Promise<void> {
    const shown = readerStore;
    if (shown && (await shown.getState().actions.refreshStored())) return;
    if (readerStore !== shown || writer || disposed) return;
    const build = ++building;
    const next = createAppStore({ repository: reading, autosave: readerAutosave });
    await loadStore(store, next, options.viewMemory);
    if (build !== building || writer || disposed) {
      next.dispose();
      return;
    }
    show(next);
  }

  function scheduleReload(): void {
    if (disposed) return;
    if (reloading) {
      reloadAgain = true;
      return;
    }
    reloading = (async () => {
      do {
        reloadAgain = false;
        await reloadReader();
      } while (reloadAgain && !disposed);
    })().finally(() => {
      reloading = undefined;
    });
  }

  const coordinator = createTabCoordinator({
    lockName: options.lockName,
    tabId,
    locks: options.locks,
    channel: options.channel,
    takeoverTimeoutMs: options.takeoverTimeoutMs,
    hooks: {
      becomeWriter,
      handOver,
      stopWriting,
      remoteChanged: () => {
        // a hidden reader rebuilds nothing while nobody looks: it refreshes once it is shown again
        if (options.window?.document.visibilityState !== 'hidden') scheduleReload();
      },
    },
  });
  state = { store, generation, tab: coordinator.getState() };

  const unsubscribeCoordinator = coordinator.subscribe((tab) => {
    if (tab.role === 'outdated') retireWriter();
    // a tab that starts as reader shows the stored workspace
    if (tab.role === 'reader' && !store && !reloading) scheduleReload();
    publish();
  });
  const stopOutdated = repository.onOutdated(() => coordinator.markOutdated());
  // a newer version opened in another tab: the writer stores what it holds before the upgrade
  const stopFinishing = repository.beforeVersionChange?.(async () => writer?.autosave.flush()) ?? (() => undefined);
  // a reader coming back to the front refreshes, in case it missed a notice while frozen
  const onVisibility = () => {
    if (options.window?.document.visibilityState === 'visible' && coordinator.getState().role === 'reader') scheduleReload();
  };
  options.window?.document.addEventListener('visibilitychange', onVisibility);

  return {
    getState: () => state,

    subscribe: listeners.subscribe,

    async start() {
      try {
        await repository.loadMeta();
      } catch (error) {
        if (error instanceof Error && error.name === 'SchemaOutdatedError') {
          coordinator.markOutdated();
          return;
        }
        unavailable = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        publish();
        return;
      }
      await coordinator.start();
    },

    takeOver: () => coordinator.takeOver(),

    dispose() {
      disposed = true;
      unsubscribeCoordinator();
      stopOutdated();
      stopFinishing();
      options.window?.document.removeEventListener('visibilitychange', onVisibility);
      coordinator.dispose();
      stopKeepingView();
      retireWriter();
      store?.dispose();
      listeners.clear();
    },
  };
}
