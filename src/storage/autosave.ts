// The one writer: every change to the stored workspace is enqueued here, coalesced by record (the
// latest change of a record wins), debounced, and written in order in one transaction. The status
// says "saved" only once the write has resolved; a failed write keeps its changes in memory, says
// what failed, and is retried with backoff (the repository re-opens a lost connection), except
// when a retry cannot help (the schema is outdated, another tab took over writing): then it stops.
// The page lifecycle (beforeunload, pagehide, hidden) flushes at once; pagehide also hands what is
// still unsaved to the repository's journal for the next page.
import { nowIso } from '../domain/assessment';
import type { Repository, WorkspaceChange } from './repository';
import { classifyStorageError, describeStorageError, permanentStorageErrorKinds } from './storageErrors';
import type { StorageErrorKind } from './storageErrors';

export type PendingChange = WorkspaceChange;

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface SaveStatus {
  state: SaveState;
  /** ISO 8601 time of the last write that resolved */
  lastSavedAt?: string;
  /** present in state 'error': what failed, and a technical message for details */
  error?: { kind: StorageErrorKind; message: string };
}

export interface AutosaveOptions {
  debounceMs?: number;
  /** waits before the 1st, 2nd, … retry after a failure; the last one repeats */
  retryDelaysMs?: readonly number[];
}

export interface Autosave {
  enqueue(change: PendingChange): void;
  /** writes everything pending now (after a write in progress); resolves when that attempt ends */
  flush(): Promise<void>;
  /** every change not yet stored (also those of a write in progress), in write order */
  unsaved(): PendingChange[];
  /**
   * runs `replace`, a write that replaces everything stored (a restored backup), with no write of
   * the autosave before it ends; once it succeeds, the changes pending when it began are dropped:
   * the replacement holds what the tab had, or the user chose to give it up. When it fails they
   * stay pending (and are retried) and its error is thrown.
   */
  supersede(replace: () => Promise<void>): Promise<void>;
  getStatus(): SaveStatus;
  subscribe(listener: (status: SaveStatus) => void): () => void;
  /** stops timers and listeners; call flush() first to keep pending changes */
  dispose(): void;
}

export const defaultDebounceMs = 400;
export const defaultRetryDelaysMs: readonly number[] = [1_000, 2_000, 5_000, 10_000, 30_000];

const separator = '\u0000';

/** One record's change under its coalescing key: a save or a remove of the same record share it. */
function entriesOf(change: PendingChange): [string, PendingChange][] {
  switch (change.kind) {
    case 'department':
      return [[`department${separator}${change.record.id}`, change]];
    case 'removeDepartment':
      return [[`department${separator}${change.id}`, change]];
    case 'process':
      return [[`process${separator}${change.record.id}`, change]];
    case 'removeProcess':
      return [[`process${separator}${change.id}`, change]];
    case 'assessments':
      return change.records.map((record) => [
        `assessment${separator}${record.processId}${separator}${record.stepId}`,
        { kind: 'assessments', records: [record] },
      ]);
    case 'removeAssessments':
      return change.stepIds.map((stepId) => [
        `assessment${separator}${change.processId}${separator}${stepId}`,
        { kind: 'removeAssessments', processId: change.processId, stepIds: [stepId] },
      ]);
    case 'catalogue':
      return [['catalogue', change]];
    case 'meta':
      return [['meta', change]];
  }
}

/** Joins neighbouring single-record assessment changes into bulk changes, keeping the order. */
function batchOf(changes: readonly PendingChange[]): PendingChange[] {
  const batch: PendingChange[] = [];
  for (const change of changes) {
    const last = batch[batch.length - 1];
    if (change.kind === 'assessments' && last?.kind === 'assessments') {
      batch[batch.length - 1] = { kind: 'assessments', records: [...last.records, ...change.records] };
    } else if (change.kind === 'removeAssessments' && last?.kind === 'removeAssessments' && last.processId === change.processId) {
      batch[batch.length - 1] = { ...last, stepIds: [...last.stepIds, ...change.stepIds] };
    } else {
      batch.push(change);
    }
  }
  return batch;
}

export function createAutosave(repository: Pick<Repository, 'applyChanges'>, options: AutosaveOptions = {}): Autosave {
  const debounceMs = options.debounceMs ?? defaultDebounceMs;
  const retryDelaysMs = options.retryDelaysMs && options.retryDelaysMs.length > 0 ? options.retryDelaysMs : defaultRetryDelaysMs;
  /** changes not yet stored, one per record key, in write order */
  const pending = new Map<string, PendingChange>();
  const listeners = new Set<(status: SaveStatus) => void>();
  let status: SaveStatus = { state: 'saved' };
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | undefined;
  let failures = 0;
  /** every failed write ever; a flush ends once one failed after it began */
  let failedWrites = 0;
  let disposed = false;

  function setStatus(next: SaveStatus): void {
    status = next;
    for (const listener of listeners) listener(status);
  }

  function clearTimers(): void {
    clearTimeout(debounceTimer);
    clearTimeout(retryTimer);
    debounceTimer = undefined;
    retryTimer = undefined;
  }

  function scheduleDebounce(): void {
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => {
      debounceTimer = undefined;
      // after a failure the retry timer decides when to try again (backoff)
      if (retryTimer === undefined) void run();
    }, debounceMs);
  }

  function scheduleRetry(): void {
    const delay = retryDelaysMs[Math.min(failures - 1, retryDelaysMs.length - 1)];
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void run();
    }, delay);
  }

  /** One attempt to store everything pending, in one transaction. */
  async function write(): Promise<void> {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    const batch = [...pending.entries()];
    setStatus({ state: 'saving', lastSavedAt: status.lastSavedAt });
    try {
      await repository.applyChanges(batchOf(batch.map(([, change]) => change)));
    } catch (error) {
      failures += 1;
      failedWrites += 1;
      const kind = classifyStorageError(error);
      setStatus({ state: 'error', lastSavedAt: status.lastSavedAt, error: { kind, message: describeStorageError(error) } });
      if (!disposed && !permanentStorageErrorKinds.has(kind)) scheduleRetry();
      return;
    }
    failures = 0;
    for (const [key, change] of batch) {
      // a change enqueued during the write replaced this entry: it stays pending
      if (pending.get(key) === change) pending.delete(key);
    }
    const lastSavedAt = nowIso();
    if (pending.size === 0) {
      setStatus({ state: 'saved', lastSavedAt });
    } else {
      setStatus({ state: 'pending', lastSavedAt });
      if (!disposed && debounceTimer === undefined) scheduleDebounce();
    }
  }

  /** Waits for a write in progress, then writes what is pending; never two writes at once. */
  async function run(): Promise<void> {
    while (writing) await writing;
    if (pending.size === 0 || disposed) return;
    writing = write();
    try {
      await writing;
    } finally {
      writing = undefined;
    }
  }

  return {
    enqueue(change) {
      if (disposed) return;
      for (const [key, entry] of entriesOf(change)) {
        pending.delete(key);
        pending.set(key, entry);
      }
      if (change.kind === 'removeProcess') {
        // its assessments go with it; earlier pending saves of them need not be written
        const prefix = `assessment${separator}${change.id}${separator}`;
        for (const key of [...pending.keys()]) if (key.startsWith(prefix)) pending.delete(key);
      }
      if (status.state === 'saved') setStatus({ state: 'pending', lastSavedAt: status.lastSavedAt });
      if (status.state !== 'error') scheduleDebounce();
    },

    async flush() {
      clearTimers();
      const failedBefore = failedWrites;
      while (!disposed && (writing || pending.size > 0)) {
        await run();
        // a failed write ends the flush (the retry timer tries again), also when another flush
        // runs at the same time: two flushes must never take turns at failing writes
        if (failedWrites !== failedBefore) return;
      }
    },

    unsaved: () => batchOf([...pending.values()]),

    async supersede(replace) {
      clearTimers();
      while (writing) await writing;
      const superseded = [...pending.entries()];
      const before = status;
      const replacing = replace();
      // a debounced write waits for the replacement (run() waits while `writing` is set)
      writing = replacing.then(
        () => undefined,
        () => undefined,
      );
      setStatus({ state: 'saving', lastSavedAt: status.lastSavedAt });
      try {
        await replacing;
      } catch (error) {
        setStatus(before);
        if (!disposed && pending.size > 0) {
          if (before.state === 'error') scheduleRetry();
          else scheduleDebounce();
        }
        throw error;
      } finally {
        writing = undefined;
      }
      failures = 0;
      for (const [key, change] of superseded) if (pending.get(key) === change) pending.delete(key);
      const lastSavedAt = nowIso();
      if (pending.size === 0) {
        setStatus({ state: 'saved', lastSavedAt });
      } else {
        setStatus({ state: 'pending', lastSavedAt });
        if (!disposed) scheduleDebounce();
      }
    },

    getStatus: () => status,

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    dispose() {
      disposed = true;
      clearTimers();
      listeners.clear();
    },
  };
}

/**
 * Flushes the autosave when the page is about to be left (beforeunload), hidden, or left
 * (pagehide), and hands what is still unsaved to `keep` in pagehide. Chromium aborts an IndexedDB
 * transaction that the old page has not finished when the next page replaces it, and by pagehide
 * that is at once (measured in tests/e2e/reloadRightAfterEdit.spec.ts): beforeunload, before the
 * next page is even requested, gives the write a head start, and `keep` (synchronous) stores the
 * rest for the next page. A page that lives on after pagehide (back/forward cache) runs the timer
 * that tells `keep` nothing is left, as it writes by itself again.
 */
export function attachLifecycleFlush(autosave: Pick<Autosave, 'flush' | 'unsaved'>, target: Window, keep?: (changes: PendingChange[]) => void): () => void {
  const flushNow = () => {
    void autosave.flush();
  };
  const onPageHide = () => {
    if (keep) {
      keep(autosave.unsaved());
      target.setTimeout(() => keep([]), 0);
    }
    void autosave.flush();
  };
  const onVisibilityChange = () => {
    if (target.document.visibilityState === 'hidden') void autosave.flush();
  };
  target.addEventListener('beforeunload', flushNow);
  target.addEventListener('pagehide', onPageHide);
  target.document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    target.removeEventListener('beforeunload', flushNow);
    target.removeEventListener('pagehide', onPageHide);
    target.document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
