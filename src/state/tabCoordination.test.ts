// Tests of the tab coordinator against an in-memory lock manager (with Web Locks' ifAvailable,
// steal, queue and abort rules) and an in-memory broadcast channel, one per simulated tab.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChannelHub, createLockHub } from './fakeTabEnvironment';
import { createTabCoordinator } from './tabCoordination';
import type { ChannelLike, HandOverResult, LockManagerLike, TabCoordinator, TabCoordinatorHooks } from './tabCoordination';

interface Tab {
  coordinator: TabCoordinator;
  log: string[];
  hooks: TabCoordinatorHooks;
}

const tabs: Tab[] = [];

function openTab(
  id: string,
  shared: { locks?: LockManagerLike; channel?: ChannelLike; log?: string[] },
  overrides: Partial<TabCoordinatorHooks> = {},
  timeouts = { takeoverTimeoutMs: 80, handoverTimeoutMs: 200 },
): Tab {
  const log = shared.log ?? [];
  const hooks: TabCoordinatorHooks = {
    becomeWriter: async () => {
      log.push(`${id}: becomeWriter`);
    },
    handOver: async (): Promise<HandOverResult> => {
      log.push(`${id}: handOver`);
      return { ok: true };
    },
    stopWriting: () => log.push(`${id}: stopWriting`),
    remoteChanged: () => log.push(`${id}: remoteChanged`),
    ...overrides,
  };
  const coordinator = createTabCoordinator({ lockName: 'prozesslotse-writer', tabId: id, hooks, locks: shared.locks, channel: shared.channel, ...timeouts });
  const tab = { coordinator, log, hooks };
  tabs.push(tab);
  return tab;
}

const roleOf = (tab: Tab) => tab.coordinator.getState().role;

afterEach(() => {
  for (const tab of tabs.splice(0)) tab.coordinator.dispose();
});

describe('tab coordination', () => {
  it('given the storage refuses the only tab its claim, then it reads, says why, and tries again after a pause, not at once', async () => {
    // given a tab whose every try to become the writer is refused (a full storage)
    vi.useFakeTimers();
    let tries = 0;
    const refusal = Object.assign(new Error('The storage refused the claim to write.'), { kind: 'quota' });
    const refuse = (): Promise<void> => {
      tries += 1;
      return Promise.reject(refusal);
    };
    const a = openTab('A', { locks: createLockHub().manager }, { becomeWriter: refuse });
    // when it starts, and a second passes
    await a.coordinator.start();
    await vi.advanceTimersByTimeAsync(1_000);
    // then it tried twice (at once, then after half a second), reads and says the storage refused it
    expect(tries).toBe(2);
    expect(a.coordinator.getState()).toMatchObject({ role: 'reader', reason: 'claimRefused', refusedKind: 'quota' });
    // when the storage takes the claim again
    a.hooks.becomeWriter = async () => undefined;
    await vi.advanceTimersByTimeAsync(2_000);
    // then it writes
    expect(roleOf(a)).toBe('writer');
    vi.useRealTimers();
  });

  it('given two tabs, the first becomes the writer and the second reads, saying another tab writes', async () => {
    // given
    const locks = createLockHub().manager;
    const channels = createChannelHub();
    const a = openTab('A', { locks, channel: channels.open() });
    const b = openTab('B', { locks, channel: channels.open() });
    // when
    await a.coordinator.start();
    await vi.waitFor(() => expect(roleOf(a)).toBe('writer'));
    await b.coordinator.start();
    // then
    await vi.waitFor(() => expect(b.coordinator.getState()).toMatchObject({ role: 'reader', reason: 'otherTab' }));
    expect(a.log).toEqual(['A: becomeWriter']);
    expect(b.log).toEqual([]);
  });

  it('the writer announces stored changes; readers hear them, the writer does not', async () => {
    const locks = createLockHub().manager;
    const channels = createChannelHub();
    const log: string[] = [];
    const a = openTab('A', { locks, channel: channels.open(), log });
    const b = openTab('B', { locks, channel: channels.open(), log });
    await a.coordinator.start();
    await vi.waitFor(() => expect(roleOf(a)).toBe('writer'));
    await b.coordinator.start();
    await vi.waitFor(() => expect(roleOf(b)).toBe('reader'));
    // when
    a.coordinator.announceChange();
    b.coordinator.announceChange();
    // then
    await vi.waitFor(() => expect(log).toContain('B: remoteChanged'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log.filter((entry) => entry.endsWith('remoteChanged'))).toEqual(['B: remoteChanged']);
  });

  it('"Hier bearbeiten": the writer stores and stops first, then the asking tab becomes the writer', async () => {
    // given
    const locks = createLockHub().manager;
    const channels = createChannelHub();
    const log: string[] = [];
    const a = openTab('A', { locks, channel: channels.open(), log });
    const b = openTab('B', { locks, channel: channels.open(), log });
    await a.coordinator.start();
    await vi.waitFor(() => expect(roleOf(a)).toBe('writer'));
    await b.coordinator.start();
    await vi.waitFor(() => expect(roleOf(b)).toBe('reader'));
    // when
    await b.coordinator.takeOver();
    // then
    await vi.waitFor(() => expect(roleOf(b)).toBe('writer'));
    expect(a.coordinator.getState()).toMatchObject({ role: 'reader', reason: 'takenOver', handingOver: false });
    expect(log).toEqual(['A: becomeWriter', 'A: handOver', 'B: becomeWriter']);
    // and when A takes it back later, B hands over in the same way
    await a.coordinator.takeOver();
    await vi.waitFor(() => expect(roleOf(a)).toBe('writer'));
    expect(roleOf(b)).toBe('reader');
    expect(log.slice(3)).toEqual(['B: handOver', 'A: becomeWriter']);
  });

  it('a writer that cannot store its pending changes refuses the takeover and keeps writing', async () => {
    const locks = createLockHub().manager;
    const channels = createChannelHub();
    const a = openTab('A', { locks, channel: channels.open() }, { handOver: async () => ({ ok: false, kind: 'quota' }) });
    const b = openTab('B', { locks, channel: channels.open() });
    await a.coordinator.start();
    await vi.waitFor(() => expect(roleOf(a)).toBe('writer'));
    await b.coordinator.start();
    await vi.waitFor(() => expect(roleOf(b)).toBe('reader'));
    // when
    await b.coordinator.takeOver();
    // then
    expect(b.coordinator.getState()).toMatchObject({ role: 'reader', reason: 'refused', refusedKind: 'quota', takingOver: false });
    expect(a.coordinator.getState()).toMatchObject({ role: 'writer', handingOver: false });
    expect(b.log).toEqual([]);
  });

  it('a writer that does not answer (frozen tab) loses the lock after the timeout and stops writing', async () => {
    // given A hears nothing on the channel
    const locks = createLockHub().manager;
    const channels = createChannelHub();
    const a = openTab('A', { locks });
    const b = openTab('B', { locks, channel: channels.open() });
    await a.coordinator.start();
    await vi.waitFor(() => expect(roleOf(a)).toBe('writer'));
    await b.coordinator.start();
    await vi.waitFor(() => expect(roleOf(b)).toBe('reader'));
    // when
    await b.coordinator.takeOver();
    // then
    await vi.waitFor(() => expect(roleOf(b)).toBe('writer'));
    expect(a.coordinator.getState()).toMatchObject({ role: 'reader', reason: 'takenOver' });
    expect(a.log).toEqual(['A: becomeWriter', 'A: stopWriting']);
  });

  it('closing the writer tab promotes a waiting reader, which loads fresh as writer', async () => {
    const hub = createLockHub();
    const channels = createChannelHub();
    const a = openTab('A', { locks: hub.manager, channel: channels.open() });
    const b = openTab('B', { locks: hub.manager, channel: channels.open() });
    await a.coordinator.start();
    await vi.waitFor(() => expect(roleOf(a)).toBe('writer'));
    await b.coordinator.start();
    await vi.waitFor(() => expect(roleOf(b)).toBe('reader'));
    // when
    a.coordinator.dispose();
    // then
    await vi.waitFor(() => expect(roleOf(b)).toBe('writer'));
    expect(b.log).toEqual(['B: becomeWriter']);
  });

  it('a lock taken while the tab was still getting ready never makes it a writer', async () => {
    // given A's load is slow
    const locks = createLockHub().manager;
    const channels = createChannelHub();
    let finishLoad: () => void = () => undefined;
    const a = openTab('A', { locks, channel: channels.open() }, { becomeWriter: () => new Promise<void>((resolve) => (finishLoad = resolve)) });
    const b = openTab('B', { locks, channel: channels.open() });
    await a.coordinator.start();
    await vi.waitFor(() => expect(roleOf(a)).toBe('starting'));
    await b.coordinator.start();
    await vi.waitFor(() => expect(roleOf(b)).toBe('reader'));
    // when B takes over (A cannot answer: it is not a writer yet) and then A's load finishes
    await b.coordinator.takeOver();
    await vi.waitFor(() => expect(roleOf(b)).toBe('writer'));
    finishLoad();
    // then
    await vi.waitFor(() => expect(a.log).toEqual(['A: stopWriting']));
    expect(roleOf(a)).toBe('reader');
  });

  it('an outdated schema stops the tab for good and frees the lock for another tab', async () => {
    const locks = createLockHub().manager;
    const channels = createChannelHub();
    const a = openTab('A', { locks, channel: channels.open() });
    const b = openTab('B', { locks, channel: channels.open() });
    await a.coordinator.start();
    await vi.waitFor(() => expect(roleOf(a)).toBe('writer'));
    await b.coordinator.start();
    await vi.waitFor(() => expect(roleOf(b)).toBe('reader'));
    // when
    a.coordinator.markOutdated();
    // then
    expect(roleOf(a)).toBe('outdated');
    await vi.waitFor(() => expect(roleOf(b)).toBe('writer'));
    await a.coordinator.takeOver();
    expect(roleOf(a)).toBe('outdated');
  });

  it('without Web Locks every tab starts as writer; a tab whose write was refused becomes a reader', async () => {
    const a = openTab('A', {});
    await a.coordinator.start();
    await vi.waitFor(() => expect(roleOf(a)).toBe('writer'));
    // when the repository refused a write (another tab claimed writing)
    a.coordinator.writeRefused();
    // then
    expect(a.coordinator.getState()).toMatchObject({ role: 'reader', reason: 'takenOver' });
    expect(a.log).toEqual(['A: becomeWriter', 'A: stopWriting']);
  });
});
