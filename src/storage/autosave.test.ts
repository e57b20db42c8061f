import Dexie from 'dexie';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Department, Process, StepAssessment } from '../domain/assessment';
import { attachLifecycleFlush, createAutosave } from './autosave';
import type { Autosave, SaveState, SaveStatus } from './autosave';
import { createDatabase } from './db';
import { createDexieRepository } from './dexieRepository';
import type { DexieRepository } from './dexieRepository';
import type { WorkspaceChange } from './repository';
import { attachWriteProbe } from './writeProbe';
import type { WriteProbe } from './writeProbe';

const t1 = '2024-04-10T07:00:00.000Z';

function department(id: string, name = 'Bürgerbüro'): Department {
  return { id, createdAt: t1, updatedAt: t1, revision: 1, name, code: 'Amt 33' };
}

function process(id: string, name = 'Wohnsitzanmeldung'): Process {
  return { id, createdAt: t1, updatedAt: t1, revision: 1, departmentId: 'd-1', name, lotse: '', description: '', status: 'draft', diagramXml: '<x/>' };
}

function assessment(processId: string, stepId: string, notes = ''): StepAssessment {
  return { processId, stepId, answers: {}, quantities: {}, notes, notApplicable: false, alreadyAutomated: false, updatedAt: t1, revision: 1 };
}

/** A repository stand-in that records each batch and resolves or fails it when the test says so. */
function recordingRepository() {
  const batches: WorkspaceChange[][] = [];
  const settle: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  return {
    batches,
    settle,
    applyChanges(changes: readonly WorkspaceChange[]): Promise<void> {
      batches.push([...changes]);
      return new Promise<void>((resolve, reject) => settle.push({ resolve, reject }));
    },
  };
}

function statesOf(autosave: Autosave): SaveState[] {
  const states: SaveState[] = [];
  autosave.subscribe((status) => states.push(status.state));
  return states;
}

describe('autosave: debounce, coalescing, order (in memory)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits until no change came for the debounce time, then writes once', async () => {
    // given
    vi.useFakeTimers();
    const repository = recordingRepository();
    const autosave = createAutosave(repository, { debounceMs: 400 });
    // when two changes come 300 ms apart
    autosave.enqueue({ kind: 'department', record: department('d-1') });
    await vi.advanceTimersByTimeAsync(300);
    autosave.enqueue({ kind: 'process', record: process('p-1') });
    await vi.advanceTimersByTimeAsync(399);
    // then nothing is written 399 ms after the last change
    expect(repository.batches).toHaveLength(0);
    expect(autosave.getStatus().state).toBe('pending');
    // when the debounce time has passed
    await vi.advanceTimersByTimeAsync(1);
    // then one batch holds both, in order
    expect(repository.batches).toEqual([
      [
        { kind: 'department', record: department('d-1') },
        { kind: 'process', record: process('p-1') },
      ],
    ]);
    autosave.dispose();
  });

  it('says "saved" only after the write resolved', async () => {
    // given
    vi.useFakeTimers();
    const repository = recordingRepository();
    const autosave = createAutosave(repository, { debounceMs: 10 });
    const states = statesOf(autosave);
    // when
    autosave.enqueue({ kind: 'department', record: department('d-1') });
    await vi.advanceTimersByTimeAsync(10);
    // then while the write is open it is "saving"
    expect(autosave.getStatus()).toEqual({ state: 'saving' });
    // when the write resolves
    repository.settle[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    // then
    expect(states).toEqual(['pending', 'saving', 'saved']);
    expect(autosave.getStatus().lastSavedAt).toEqual(expect.any(String));
    autosave.dispose();
  });

  it('coalesces by record: the latest change of a record wins, a later remove wins over a save', async () => {
    // given
    const repository = recordingRepository();
    const autosave = createAutosave(repository, { debounceMs: 10_000 });
    // when
    autosave.enqueue({ kind: 'department', record: department('d-1', 'erst') });
    autosave.enqueue({ kind: 'process', record: process('p-1') });
    autosave.enqueue({ kind: 'department', record: department('d-1', 'dann') });
    autosave.enqueue({ kind: 'assessments', records: [assessment('p-1', 'A', 'alt'), assessment('p-1', 'B')] });
    autosave.enqueue({ kind: 'assessments', records: [assessment('p-1', 'A', 'neu')] });
    autosave.enqueue({ kind: 'removeAssessments', processId: 'p-1', stepIds: ['B'] });
    autosave.enqueue({ kind: 'department', record: department('d-2') });
    autosave.enqueue({ kind: 'removeDepartment', id: 'd-2' });
    autosave.enqueue({ kind: 'meta', record: { sampleSeeded: false } });
    autosave.enqueue({ kind: 'meta', record: { sampleSeeded: true } });
    const flushed = autosave.flush();
    repository.settle[0].resolve();
    await flushed;
    // then each record appears once, at the place of its latest change
    expect(repository.batches).toEqual([
      [
        { kind: 'process', record: process('p-1') },
        { kind: 'department', record: department('d-1', 'dann') },
        { kind: 'assessments', records: [assessment('p-1', 'A', 'neu')] },
        { kind: 'removeAssessments', processId: 'p-1', stepIds: ['B'] },
        { kind: 'removeDepartment', id: 'd-2' },
        { kind: 'meta', record: { sampleSeeded: true } },
      ],
    ]);
    expect(autosave.getStatus().state).toBe('saved');
    autosave.dispose();
  });

  it('a save after a remove of the same record wins', async () => {
    const repository = recordingRepository();
    const autosave = createAutosave(repository, { debounceMs: 10_000 });
    autosave.enqueue({ kind: 'removeProcess', id: 'p-1' });
    autosave.enqueue({ kind: 'process', record: process('p-1', 'wieder da') });
    const flushed = autosave.flush();
    repository.settle[0].resolve();
    await flushed;
    expect(repository.batches).toEqual([[{ kind: 'process', record: process('p-1', 'wieder da') }]]);
  });

  it('removing a process drops the pending saves of its assessments', async () => {
    const repository = recordingRepository();
    const autosave = createAutosave(repository, { debounceMs: 10_000 });
    autosave.enqueue({ kind: 'assessments', records: [assessment('p-1', 'A'), assessment('p-2', 'A')] });
    autosave.enqueue({ kind: 'removeProcess', id: 'p-1' });
    const flushed = autosave.flush();
    repository.settle[0].resolve();
    await flushed;
    expect(repository.batches).toEqual([[{ kind: 'assessments', records: [assessment('p-2', 'A')] }, { kind: 'removeProcess', id: 'p-1' }]]);
  });

  it('a change made during a write stays pending and is written next', async () => {
    // given a write in progress
    vi.useFakeTimers();
    const repository = recordingRepository();
    const autosave = createAutosave(repository, { debounceMs: 10 });
    autosave.enqueue({ kind: 'department', record: department('d-1', 'eins') });
    await vi.advanceTimersByTimeAsync(10);
    // when the same record changes again before the write resolves
    autosave.enqueue({ kind: 'department', record: department('d-1', 'zwei') });
    repository.settle[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    // then the status is not "saved": the newer change is not stored yet
    expect(autosave.getStatus().state).toBe('pending');
    await vi.advanceTimersByTimeAsync(10);
    repository.settle[1].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(repository.batches[1]).toEqual([{ kind: 'department', record: department('d-1', 'zwei') }]);
    expect(autosave.getStatus().state).toBe('saved');
    autosave.dispose();
  });

  it('keeps failed changes in memory and retries with backoff', async () => {
    // given
    vi.useFakeTimers();
    const repository = recordingRepository();
    const autosave = createAutosave(repository, { debounceMs: 10, retryDelaysMs: [100, 1_000] });
    autosave.enqueue({ kind: 'department', record: department('d-1') });
    await vi.advanceTimersByTimeAsync(10);
    // when the write fails twice
    repository.settle[0].reject(new Error('kaputt'));
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.getStatus()).toMatchObject({ state: 'error', error: { kind: 'unknown' } });
    await vi.advanceTimersByTimeAsync(100);
    expect(repository.batches).toHaveLength(2);
    repository.settle[1].reject(new Error('kaputt'));
    await vi.advanceTimersByTimeAsync(999);
    // then the second retry waits the second delay
    expect(repository.batches).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(repository.batches).toHaveLength(3);
    repository.settle[2].resolve();
    await vi.advanceTimersByTimeAsync(0);
    // and every retry wrote the same kept change
    expect(repository.batches.every((batch) => batch[0].kind === 'department')).toBe(true);
    expect(autosave.getStatus().state).toBe('saved');
    autosave.dispose();
  });

  it('does not retry when a retry cannot help: schema outdated, or another tab took over writing', async () => {
    for (const [name, kind] of [
      ['SchemaOutdatedError', 'outdated'],
      ['WriterFencedError', 'takenOver'],
    ] as const) {
      // given
      vi.useFakeTimers();
      const repository = recordingRepository();
      const autosave = createAutosave(repository, { debounceMs: 10, retryDelaysMs: [100] });
      autosave.enqueue({ kind: 'department', record: department('d-1') });
      await vi.advanceTimersByTimeAsync(10);
      // when the write fails for good
      const error = new Error('stop');
      error.name = name;
      repository.settle[0].reject(error);
      await vi.advanceTimersByTimeAsync(0);
      // then it says so, keeps the change, and tries no more (not even after a new change)
      expect(autosave.getStatus()).toMatchObject({ state: 'error', error: { kind } });
      autosave.enqueue({ kind: 'department', record: department('d-2') });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(repository.batches).toHaveLength(1);
      expect(autosave.getStatus().state).toBe('error');
      autosave.dispose();
      vi.useRealTimers();
    }
  });

  it('two flushes at once while writes fail end after one failed attempt each, no busy loop', async () => {
    // given a repository whose every write fails at once
    // (after 5 attempts it stops answering, so a busy loop ends in this test's timeout, not a hang)
    const attempts: number[] = [];
    const failing = {
      applyChanges: (): Promise<void> => {
        attempts.push(attempts.length + 1);
        return attempts.length > 5 ? new Promise<void>(() => undefined) : Promise.reject(new Error('kaputt'));
      },
    };
    const autosave = createAutosave(failing, { debounceMs: 10_000, retryDelaysMs: [60_000] });
    autosave.enqueue({ kind: 'department', record: department('d-1') });
    // when two flushes run at the same time (pagehide and hidden, say)
    await Promise.all([autosave.flush(), autosave.flush()]);
    // then both ended, the change is kept, and the writes were tried at most once per flush
    expect(attempts.length).toBeLessThanOrEqual(2);
    expect(autosave.getStatus()).toMatchObject({ state: 'error', error: { kind: 'unknown' } });
    autosave.dispose();
  });

  it('a replacement runs with no write beside it, drops what was pending before it, and keeps what came during it', async () => {
    // given a change waiting for its debounce
    vi.useFakeTimers();
    const repository = recordingRepository();
    const autosave = createAutosave(repository, { debounceMs: 10 });
    autosave.enqueue({ kind: 'department', record: department('d-1', 'vor dem Einspielen') });
    let finishReplace: () => void = () => undefined;
    // when a replacement starts, and a change comes while it runs, past the debounce
    const replaced = autosave.supersede(() => new Promise<void>((resolve) => (finishReplace = resolve)));
    autosave.enqueue({ kind: 'process', record: process('p-1', 'während des Einspielens') });
    await vi.advanceTimersByTimeAsync(50);
    // then nothing is written while it runs
    expect(repository.batches).toHaveLength(0);
    finishReplace();
    await replaced;
    await vi.advanceTimersByTimeAsync(50);
    // and afterwards only the change that came during it
    expect(repository.batches).toEqual([[{ kind: 'process', record: process('p-1', 'während des Einspielens') }]]);
    repository.settle[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.getStatus().state).toBe('saved');
    autosave.dispose();
  });

  it('after dispose nothing is written and listeners hear nothing', async () => {
    vi.useFakeTimers();
    const repository = recordingRepository();
    const autosave = createAutosave(repository, { debounceMs: 10 });
    const states = statesOf(autosave);
    autosave.enqueue({ kind: 'department', record: department('d-1') });
    autosave.dispose();
    await vi.advanceTimersByTimeAsync(100);
    expect(repository.batches).toHaveLength(0);
    expect(states).toEqual(['pending']);
  });
});

describe('autosave against IndexedDB', () => {
  let counter = 0;
  const open: { repository: DexieRepository; autosave: Autosave }[] = [];

  function setUp(options: { retryDelaysMs?: number[] } = {}): { repository: DexieRepository; probe: WriteProbe; autosave: Autosave } {
    counter += 1;
    const db = createDatabase(`autosave-test-${counter}-${Math.random().toString(36).slice(2)}`);
    const probe = attachWriteProbe(db);
    const repository = createDexieRepository(db);
    const autosave = createAutosave(repository, { debounceMs: 5, retryDelaysMs: options.retryDelaysMs ?? [20] });
    open.push({ repository, autosave });
    return { repository, probe, autosave };
  }

  afterEach(() => {
    for (const { repository, autosave } of open.splice(0)) {
      autosave.dispose();
      repository.close();
    }
  });

  async function waitForState(autosave: Autosave, state: SaveState): Promise<void> {
    await vi.waitFor(() => expect(autosave.getStatus().state).toBe(state), { timeout: 3_000, interval: 5 });
  }

  it('one changed answer writes exactly one assessment record', async () => {
    // given a process with 20 assessed steps, stored
    const { repository, probe, autosave } = setUp();
    const steps = Array.from({ length: 20 }, (_, index) => assessment('p-1', `Task_${index}`));
    autosave.enqueue({ kind: 'assessments', records: steps });
    await autosave.flush();
    const before = probe.putCount('assessments');
    // when one answer changes
    autosave.enqueue({ kind: 'assessments', records: [{ ...steps[7], answers: { R: 2 }, revision: 2 }] });
    await autosave.flush();
    // then one record was put
    expect(probe.putCount('assessments') - before).toBe(1);
    expect((await repository.loadAssessments('p-1')).find((a) => a.stepId === 'Task_7')?.answers).toEqual({ R: 2 });
  });

  const quotaSpellings: [string, () => unknown][] = [
    ['QuotaExceededError (Chromium, WebKit)', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ['NS_ERROR_DOM_QUOTA_REACHED (older Firefox)', () => Object.assign(new Error('Persistent storage maximum size reached'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' })],
    ['AbortError with an inner quota error (Dexie)', () => new Dexie.AbortError('Transaction aborted', new DOMException('quota', 'QuotaExceededError'))],
  ];

  for (const [spelling, makeError] of quotaSpellings) {
    it(`a quota failure (${spelling}) is shown as such, never as saved, kept and retried`, async () => {
      // given one acknowledged save
      const { repository, probe, autosave } = setUp();
      autosave.enqueue({ kind: 'process', record: process('p-1', 'gespeichert') });
      await autosave.flush();
      expect(autosave.getStatus().state).toBe('saved');
      const statuses: SaveStatus[] = [];
      autosave.subscribe((status) => statuses.push(status));
      // when the next write fails with a quota error (the 2nd of the batch: the batch is all or nothing)
      const firstWrite = probe.writes.length + 1;
      probe.failWhen((write) => (write.number === firstWrite + 1 ? makeError() : undefined));
      autosave.enqueue({ kind: 'process', record: process('p-1', 'neuer Name') });
      autosave.enqueue({ kind: 'assessments', records: [assessment('p-1', 'Task_1', 'Notiz')] });
      await autosave.flush();
      // then the status says what failed, and nothing of the failed batch is stored
      expect(autosave.getStatus()).toMatchObject({ state: 'error', error: { kind: 'quota' } });
      expect((await repository.loadProcess('p-1'))?.name).toBe('gespeichert');
      expect(await repository.loadAssessments('p-1')).toEqual([]);
      // when the storage has room again, the retry stores the kept changes
      probe.failWhen(undefined);
      await waitForState(autosave, 'saved');
      // then the stored state is the acknowledged plus the retried data, and "saved" came only after it
      expect((await repository.loadProcess('p-1'))?.name).toBe('neuer Name');
      expect(await repository.loadAssessments('p-1')).toEqual([assessment('p-1', 'Task_1', 'Notiz')]);
      expect(statuses.map((status) => status.state)).toEqual(['pending', 'saving', 'error', 'saving', 'saved']);
    });
  }

  it('a lost connection during a write is reported as "closed", re-opened and saved', async () => {
    // given
    const { repository, probe, autosave } = setUp();
    autosave.enqueue({ kind: 'department', record: department('d-1') });
    await autosave.flush();
    // when the connection is closed by the browser in the middle of the next write
    probe.failWhen((write) => {
      probe.failWhen(undefined);
      forceCloseDatabase(repository.database.backendDB() as unknown as Parameters<typeof forceCloseDatabase>[0]);
      return new Dexie.DatabaseClosedError('Database has been closed (write #' + write.number + ')');
    });
    autosave.enqueue({ kind: 'process', record: process('p-1') });
    await autosave.flush();
    // then
    expect(autosave.getStatus()).toMatchObject({ state: 'error', error: { kind: 'closed' } });
    await waitForState(autosave, 'saved');
    expect(repository.database.isOpen()).toBe(true);
    expect(await repository.loadProcess('p-1')).toEqual(process('p-1'));
  });

  it('saves after the connection was force-closed between writes', async () => {
    // given
    const { repository, autosave } = setUp();
    autosave.enqueue({ kind: 'department', record: department('d-1') });
    await autosave.flush();
    // when
    forceCloseDatabase(repository.database.backendDB() as unknown as Parameters<typeof forceCloseDatabase>[0]);
    autosave.enqueue({ kind: 'department', record: department('d-2') });
    await autosave.flush();
    // then
    expect(autosave.getStatus().state).toBe('saved');
    expect((await repository.listDepartments()).map((d) => d.id)).toEqual(['d-1', 'd-2']);
  });

  describe('lifecycle flush', () => {
    function setVisibility(state: DocumentVisibilityState): void {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    }

    afterEach(() => {
      setVisibility('visible');
    });

    it('flushes on pagehide, before the debounce time', async () => {
      // given a change waiting for a long debounce
      counter += 1;
      const repository = createDexieRepository(`autosave-lifecycle-${counter}-${Math.random().toString(36).slice(2)}`);
      const autosave = createAutosave(repository, { debounceMs: 60_000 });
      open.push({ repository, autosave });
      const detach = attachLifecycleFlush(autosave, window);
      autosave.enqueue({ kind: 'process', record: process('p-1') });
      // when
      window.dispatchEvent(new Event('pagehide'));
      // then
      await waitForState(autosave, 'saved');
      expect(await repository.loadProcess('p-1')).toEqual(process('p-1'));
      detach();
    });

    it('starts the write within beforeunload: nothing waits before the repository is called', () => {
      // given a change waiting for the debounce
      const repository = recordingRepository();
      const autosave = createAutosave(repository, { debounceMs: 60_000 });
      const detach = attachLifecycleFlush(autosave, window);
      autosave.enqueue({ kind: 'process', record: process('p-1') });
      // when the page is about to be left (a reload, say)
      window.dispatchEvent(new Event('beforeunload'));
      // then the write has begun before the handler returned
      expect(repository.batches).toEqual([[{ kind: 'process', record: process('p-1') }]]);
      detach();
      autosave.dispose();
    });

    it('hands what is unsaved, also a write in progress, to keep in pagehide, and keeps nothing once the page lives on', async () => {
      // given one write in progress and one change waiting behind it
      vi.useFakeTimers();
      try {
        const repository = recordingRepository();
        const autosave = createAutosave(repository, { debounceMs: 60_000 });
        const kept: WorkspaceChange[][] = [];
        const detach = attachLifecycleFlush(autosave, window, (changes) => kept.push(changes));
        autosave.enqueue({ kind: 'process', record: process('p-1') });
        void autosave.flush();
        autosave.enqueue({ kind: 'assessments', records: [assessment('p-1', 'Task_1', 'Notiz')] });
        // when the page goes
        window.dispatchEvent(new Event('pagehide'));
        // then both are kept, in write order
        expect(kept).toEqual([[{ kind: 'process', record: process('p-1') }, { kind: 'assessments', records: [assessment('p-1', 'Task_1', 'Notiz')] }]]);
        // when the page lives on (back/forward cache), then the journal is dropped: it writes by itself
        await vi.advanceTimersByTimeAsync(0);
        expect(kept).toEqual([expect.any(Array), []]);
        detach();
        autosave.dispose();
      } finally {
        vi.useRealTimers();
      }
    });

    it('flushes when the page becomes hidden, not when it becomes visible, and stops when detached', () => {
      // given
      const flush = vi.fn(() => Promise.resolve());
      const detach = attachLifecycleFlush({ flush, unsaved: () => [] }, window);
      // when visible
      setVisibility('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(flush).not.toHaveBeenCalled();
      // when hidden
      setVisibility('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(flush).toHaveBeenCalledTimes(1);
      // when detached
      detach();
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('pagehide'));
      expect(flush).toHaveBeenCalledTimes(1);
    });
  });
});
