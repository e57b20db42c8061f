// Which browser tab may write the workspace. One tab holds a Web Lock and is the writer; every
// other tab only reads, says why, and waits in the lock's queue (closing the writer promotes one).
// "Hier bearbeiten" asks the writer over a BroadcastChannel to hand over: it stores what is pending,
// stops writing and answers; then the asking tab steals the lock. A writer that does not answer
// in time (frozen in the background) loses the lock anyway; the repository's writer fencing
// refuses its late writes. The writer announces every stored change, so readers reload and show it.
// Without Web Locks every tab starts as writer and fencing alone keeps the newest claim safe.
import { createListenerSet } from './listenerSet';

export type TabRole = 'starting' | 'writer' | 'reader' | 'outdated';

/**
 * why a tab only reads: another tab writes; it took over from this one; it refused a takeover;
 * this tab could not become the writer (the storage refused its claim: `refusedKind` says why)
 */
export type ReaderReason = 'otherTab' | 'takenOver' | 'refused' | 'claimRefused';

export interface TabState {
  role: TabRole;
  reason?: ReaderReason;
  /** this tab asked to take over and waits for the writer */
  takingOver: boolean;
  /** this writer is storing what is pending before it hands over */
  handingOver: boolean;
  /** the writer's save error kind when it refused a takeover, or the storage's when it refused this tab's claim */
  refusedKind?: string;
}

/** true while a tab must not be edited: it reads, is getting ready, hands over, or is outdated */
export function isReadOnlyTab(tab: TabState): boolean {
  return tab.role !== 'writer' || tab.handingOver;
}

/** The part of navigator.locks used here. */
export interface LockManagerLike {
  request(name: string, options: LockOptionsLike, callback: (lock: unknown) => unknown): Promise<unknown>;
}

export interface LockOptionsLike {
  ifAvailable?: boolean;
  steal?: boolean;
  signal?: AbortSignal;
}

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export type HandOverResult = { ok: true } | { ok: false; kind: string };

/** What the tab does when its role changes; the coordinator only decides when. */
export interface TabCoordinatorHooks {
  /** the lock is this tab's: claim writing and load the stored workspace fresh; throw to give it back */
  becomeWriter(): Promise<void>;
  /** another tab asks to take over: store what is pending and stop writing, or say why not */
  handOver(): Promise<HandOverResult>;
  /** the lock was taken without a handover: stop writing now */
  stopWriting(): void;
  /** the writer stored changes: show them */
  remoteChanged(): void;
}

export interface TabCoordinatorOptions {
  lockName: string;
  tabId: string;
  hooks: TabCoordinatorHooks;
  /** navigator.locks; undefined where the browser has none */
  locks?: LockManagerLike;
  /** a BroadcastChannel shared by the tabs; undefined where the browser has none */
  channel?: ChannelLike;
  /** how long a takeover waits for the writer's answer before it takes the lock anyway */
  takeoverTimeoutMs?: number;
  /** how long a writer that handed over waits for the new writer to take the lock */
  handoverTimeoutMs?: number;
}

export interface TabCoordinator {
  getState(): TabState;
  subscribe(listener: (state: TabState) => void): () => void;
  /** asks for the lock: writer if it is free, otherwise reader in the queue */
  start(): Promise<void>;
  /** "Hier bearbeiten": ask the writer to hand over, then take the lock */
  takeOver(): Promise<void>;
  /** this tab stored changes (as writer, also while it is getting ready): tell the readers */
  announceChange(): void;
  /** this tab's writes were refused because another tab writes now */
  writeRefused(): void;
  /** the database belongs to a newer app version: stop for good */
  markOutdated(): void;
  dispose(): void;
}

type Message =
  | { type: 'changed'; from: string }
  | { type: 'takeover'; from: string; requestId: string }
  | { type: 'handoverReady'; to: string; requestId: string }
  | { type: 'handoverRefused'; to: string; requestId: string; kind: string };

const defaultTakeoverTimeoutMs = 3_000;
const defaultHandoverTimeoutMs = 5_000;
/** waits before the 1st, 2nd, … new try after this tab could not become the writer; the last repeats */
const claimRetryDelaysMs = [500, 2_000, 5_000, 15_000, 30_000];

/** The kind a failed claim carries (see WriterClaimError in tabSession), if any. */
function claimRefusalKind(error: unknown): string | undefined {
  const kind = typeof error === 'object' && error !== null ? (error as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' ? kind : undefined;
}

function isMessage(data: unknown): data is Message {
  return typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string';
}

export function createTabCoordinator(options: TabCoordinatorOptions): TabCoordinator {
  const { lockName, tabId, hooks, locks, channel } = options;
  const takeoverTimeoutMs = options.takeoverTimeoutMs ?? defaultTakeoverTimeoutMs;
  const handoverTimeoutMs = options.handoverTimeoutMs ?? defaultHandoverTimeoutMs;
  const listeners = createListenerSet<[TabState]>();
  let state: TabState = { role: 'starting', takingOver: false, handingOver: false };
  /** releases the lock this tab holds */
  let releaseHeld: (() => void) | undefined;
  /** aborts this tab's request waiting in the queue */
  let queued: AbortController | undefined;
  /** this tab handed over and waits for the new writer to take the lock */
  let awaitingSteal: ReturnType<typeof setTimeout> | undefined;
  /** becoming the writer failed this many times in a row; the next try waits (no busy loop) */
  let failedClaims = 0;
  let claimRetry: ReturnType<typeof setTimeout> | undefined;
  const pendingReplies = new Map<string, (message: Message) => void>();
  /** counts grants and losses, so a grant lost while its writer was still loading is not used */
  let grantToken = 0;
  let disposed = false;

  function setState(next: Partial<TabState>): void {
    state = { ...state, ...next };
    listeners.notify(state);
  }

  function post(message: Message): void {
    channel?.postMessage(message);
  }

  const stopped = () => disposed || state.role === 'outdated';

  function release(): void {
    const held = releaseHeld;
    releaseHeld = undefined;
    held?.();
  }

  async function granted(): Promise<void> {
    const token = ++grantToken;
    setState({ role: 'starting' });
    try {
      await hooks.becomeWriter();
    } catch (error) {
      if (token !== grantToken) return;
      release();
      if (!stopped()) {
        const refusedKind = claimRefusalKind(error);
        setState({ role: 'reader', reason: refusedKind ? 'claimRefused' : 'otherTab', refusedKind, takingOver: false });
        failedClaims += 1;
        clearTimeout(claimRetry);
        claimRetry = setTimeout(
          () => {
            claimRetry = undefined;
            queue();
          },
          claimRetryDelaysMs[Math.min(failedClaims - 1, claimRetryDelaysMs.length - 1)],
        );
      }
      return;
    }
    failedClaims = 0;
    if (token !== grantToken) {
      // the lock was taken while this tab was getting ready: it never writes
      hooks.stopWriting();
      return;
    }
    if (stopped()) {
      release();
      return;
    }
    setState({ role: 'writer', reason: undefined, takingOver: false, refusedKind: undefined });
  }

  /** The lock was taken from this tab: after a handover that was expected, otherwise a loss. */
  function lost(): void {
    releaseHeld = undefined;
    grantToken++;
    if (stopped()) return;
    if (awaitingSteal !== undefined) {
      clearTimeout(awaitingSteal);
      awaitingSteal = undefined;
    } else if (state.role === 'writer') {
      hooks.stopWriting();
      setState({ role: 'reader', reason: 'takenOver', handingOver: false });
    } else if (state.role === 'starting') {
      setState({ role: 'reader', reason: 'otherTab', takingOver: false });
    }
    queue();
  }

  /**
   * One lock request. Granted: becomes writer and holds the lock until released or stolen.
   * Not available (ifAvailable): becomes reader and queues.
   */
  function requestLock(lockOptions: LockOptionsLike): void {
    if (!locks) {
      void granted();
      return;
    }
    let wasGranted = false;
    const controller = lockOptions.ifAvailable || lockOptions.steal ? undefined : new AbortController();
    if (controller) queued = controller;
    const request = locks.request(lockName, controller ? { signal: controller.signal } : lockOptions, (lock) => {
      if (queued === controller) queued = undefined;
      if (lock === null || stopped()) {
        if (lock === null && !stopped()) {
          setState({ role: 'reader', reason: state.reason ?? 'otherTab' });
          queue();
        }
        return undefined;
      }
      wasGranted = true;
      return new Promise<void>((resolve) => {
        releaseHeld = resolve;
        void granted();
      });
    });
    request.catch(() => {
      // an AbortError: this tab's queued request was withdrawn (nothing to do), or the held lock was stolen
      if (wasGranted) lost();
    });
  }

  function queue(): void {
    if (!locks || queued || releaseHeld || stopped()) return;
    requestLock({});
  }

  async function answerTakeover(message: Extract<Message, { type: 'takeover' }>): Promise<void> {
    if (state.role !== 'writer' || state.handingOver) return;
    setState({ handingOver: true });
    const result = await hooks.handOver().catch((error: unknown): HandOverResult => ({ ok: false, kind: error instanceof Error ? error.name : 'unknown' }));
    if (stopped()) return;
    if (!result.ok) {
      setState({ handingOver: false });
      post({ type: 'handoverRefused', to: message.from, requestId: message.requestId, kind: result.kind });
      return;
    }
    // the writing moved to the other tab: this one says so, not that another tab was open first
    setState({ role: 'reader', reason: 'takenOver', handingOver: false });
    if (!locks) {
      post({ type: 'handoverReady', to: message.from, requestId: message.requestId });
      return;
    }
    // keep the lock until the new writer steals it, so no third tab slips in between
    awaitingSteal = setTimeout(() => {
      awaitingSteal = undefined;
      release();
      queue();
    }, handoverTimeoutMs);
    post({ type: 'handoverReady', to: message.from, requestId: message.requestId });
  }

  const onMessage = (event: MessageEvent) => {
    const message: unknown = event.data;
    if (!isMessage(message) || stopped()) return;
    switch (message.type) {
      case 'changed':
        if (message.from !== tabId && state.role === 'reader') hooks.remoteChanged();
        return;
      case 'takeover':
        if (message.from !== tabId) void answerTakeover(message);
        return;
      case 'handoverReady':
      case 'handoverRefused':
        if (message.to === tabId) pendingReplies.get(message.requestId)?.(message);
        return;
    }
  };
  channel?.addEventListener('message', onMessage);

  function waitForReply(requestId: string): Promise<Message | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pendingReplies.delete(requestId);
        resolve(undefined);
      }, takeoverTimeoutMs);
      pendingReplies.set(requestId, (message) => {
        clearTimeout(timer);
        pendingReplies.delete(requestId);
        resolve(message);
      });
    });
  }

  return {
    getState: () => state,

    subscribe: listeners.subscribe,

    async start() {
      requestLock({ ifAvailable: true });
    },

    async takeOver() {
      if (state.role !== 'reader' || state.takingOver || stopped()) return;
      setState({ takingOver: true, refusedKind: undefined });
      const requestId = `${tabId}:${Date.now()}:${Math.random().toString(36).slice(2)}`;
      const reply = waitForReply(requestId);
      post({ type: 'takeover', from: tabId, requestId });
      const answer = await reply;
      if (stopped()) return;
      if (answer?.type === 'handoverRefused') {
        setState({ takingOver: false, reason: 'refused', refusedKind: answer.kind });
        return;
      }
      // handed over, or no answer in time (no writer, or a frozen one): take the lock
      queued?.abort();
      queued = undefined;
      requestLock({ steal: true });
    },

    announceChange() {
      if (!stopped()) post({ type: 'changed', from: tabId });
    },

    writeRefused() {
      if (state.role !== 'writer' || stopped()) return;
      grantToken++;
      release();
      hooks.stopWriting();
      setState({ role: 'reader', reason: 'takenOver', handingOver: false });
      queue();
    },

    markOutdated() {
      if (disposed) return;
      queued?.abort();
      queued = undefined;
      clearTimeout(awaitingSteal);
      awaitingSteal = undefined;
      release();
      setState({ role: 'outdated', takingOver: false, handingOver: false });
    },

    dispose() {
      disposed = true;
      channel?.removeEventListener('message', onMessage);
      queued?.abort();
      clearTimeout(awaitingSteal);
      clearTimeout(claimRetry);
      release();
      listeners.clear();
    },
  };
}
