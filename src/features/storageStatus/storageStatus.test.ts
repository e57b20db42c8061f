// Tests of the storage status store against a mocked StorageManager: persistent storage asked for
// once and the answer remembered, granted / denied / unsupported, usage and quota with the warning
// above 80 %, and browsers without navigator.storage.
import { describe, expect, it, vi } from 'vitest';
import { createStorageStatusStore, persistAnswerKey } from './storageStatus';
import type { AnswerMemory, StorageManagerLike } from './storageStatus';

function memory(initial: Record<string, string> = {}): AnswerMemory & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

function manager({ persisted = false, grant = false, usage = 1_000_000, quota = 100_000_000 } = {}) {
  let isPersisted = persisted;
  const storage = {
    persisted: vi.fn(async () => isPersisted),
    persist: vi.fn(async () => {
      isPersisted = grant;
      return grant;
    }),
    estimate: vi.fn(async () => ({ usage, quota })),
  } satisfies StorageManagerLike;
  return storage;
}

describe('createStorageStatusStore', () => {
  it('given a first start and a browser that grants, when started, then it asks once, remembers "granted" and reports granted', async () => {
    const storage = manager({ grant: true });
    const answers = memory();
    const store = createStorageStatusStore({ storage, memory: answers });

    await store.start();
    await store.start();

    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(answers.values.get(persistAnswerKey)).toBe('granted');
    expect(store.getSnapshot().persistence).toBe('granted');
  });

  it('given a first start and a browser that denies, when started, then "denied" is remembered and the next start does not ask again', async () => {
    const storage = manager({ grant: false });
    const answers = memory();
    await createStorageStatusStore({ storage, memory: answers }).start();
    expect(answers.values.get(persistAnswerKey)).toBe('denied');

    const nextStart = createStorageStatusStore({ storage, memory: answers });
    await nextStart.start();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(nextStart.getSnapshot().persistence).toBe('notGranted');
  });

  it('given storage already persistent, when started, then it does not ask', async () => {
    const storage = manager({ persisted: true });
    const store = createStorageStatusStore({ storage, memory: memory() });
    await store.start();
    expect(storage.persist).not.toHaveBeenCalled();
    expect(store.getSnapshot().persistence).toBe('granted');
  });

  it('given a denied request, when the user asks again, then the browser is asked again and the new answer shown', async () => {
    const storage = manager({ grant: false });
    const store = createStorageStatusStore({ storage, memory: memory() });
    await store.start();
    storage.persist.mockImplementation(async () => {
      storage.persisted.mockResolvedValue(true);
      return true;
    });

    expect(await store.requestPersistence()).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(2);
    expect(store.getSnapshot().persistence).toBe('granted');
  });

  it('given 85 % of the quota used, when read, then the share is 0.85 and the warning is on; at 80 % exactly it is off', async () => {
    const full = createStorageStatusStore({ storage: manager({ usage: 85, quota: 100 }), memory: memory() });
    await full.start();
    expect(full.getSnapshot()).toMatchObject({ usage: 85, quota: 100, usedShare: 0.85, nearlyFull: true });

    const atLimit = createStorageStatusStore({ storage: manager({ usage: 80, quota: 100 }), memory: memory() });
    await atLimit.start();
    expect(atLimit.getSnapshot()).toMatchObject({ usedShare: 0.8, nearlyFull: false });
  });

  it('given no navigator.storage (jsdom, old browsers), when started, then everything is unknown and nothing throws', async () => {
    const store = createStorageStatusStore({ storage: undefined, memory: undefined });
    await store.start();
    expect(store.getSnapshot()).toEqual({ persistence: 'unsupported', usage: null, quota: null, usedShare: null, nearlyFull: false });
    expect(await store.requestPersistence()).toBe(false);
  });

  it('given an estimate that fails or has no quota, when read, then usage is unknown and there is no warning', async () => {
    const storage = manager();
    storage.estimate.mockRejectedValueOnce(new Error('SecurityError'));
    const store = createStorageStatusStore({ storage, memory: memory() });
    await store.start();
    expect(store.getSnapshot()).toMatchObject({ usage: null, quota: null, usedShare: null, nearlyFull: false });

    storage.estimate.mockResolvedValueOnce({ usage: 10, quota: 0 });
    await store.refresh();
    expect(store.getSnapshot()).toMatchObject({ usage: 10, quota: 0, usedShare: null, nearlyFull: false });
  });

  it('given a memory that throws (site data blocked), when started, then it still asks and reports', async () => {
    const storage = manager({ grant: true });
    const broken: AnswerMemory = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = createStorageStatusStore({ storage, memory: broken });
    await store.start();
    expect(store.getSnapshot().persistence).toBe('granted');
  });

  it('given a recent reading, when asked to refresh if older than 30 s, then it reads again only after 30 s', async () => {
    let time = 1_000;
    const storage = manager();
    const store = createStorageStatusStore({ storage, memory: memory(), now: () => time });
    await store.start();
    time += 10_000;
    await store.refreshIfOlder(30_000);
    expect(storage.estimate).toHaveBeenCalledTimes(1);
    time += 20_000;
    await store.refreshIfOlder(30_000);
    expect(storage.estimate).toHaveBeenCalledTimes(2);
  });

  it('given a listener, when the status is read, then it is told', async () => {
    const store = createStorageStatusStore({ storage: manager(), memory: memory() });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    await store.start();
    expect(listener).toHaveBeenCalled();
    unsubscribe();
    listener.mockClear();
    await store.refresh();
    expect(listener).not.toHaveBeenCalled();
  });
});
