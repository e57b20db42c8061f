// What the browser says about the app's storage: whether it is persistent (asked for once on the
// first start, the answer remembered), how much is used of the quota, and whether that is above
// the warning share. A small external store the header indicator and the settings share; it works
// (reporting "unsupported") where navigator.storage is missing, as in jsdom or old browsers.
import { createListenerSet } from '../../state/listenerSet';

/** The part of the StorageManager API the app uses; every method may be missing. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

/** Where the answer to the one automatic request is remembered (localStorage in the app). */
export interface AnswerMemory {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type PersistenceState = 'checking' | 'granted' | 'notGranted' | 'unsupported';

export interface StorageStatus {
  persistence: PersistenceState;
  /** bytes used and available to the origin; null when the browser does not tell */
  usage: number | null;
  quota: number | null;
  /** usage / quota when both are known */
  usedShare: number | null;
  /** used share above warningShare */
  nearlyFull: boolean;
}

/** Above this share of the quota the app warns. */
const warningShare = 0.8;
/** Key of the remembered answer: "granted" or "denied". */
export const persistAnswerKey = 'prozesslotse.persistentStorage';

export interface StorageStatusStore {
  getSnapshot(): StorageStatus;
  subscribe(listener: () => void): () => void;
  /** first call only: asks for persistent storage unless asked before, then reads the status */
  start(): Promise<void>;
  /** starts, or, once started, reads the status again: one reading either way */
  startOrRefresh(): Promise<void>;
  /** reads persistence and usage again */
  refresh(): Promise<void>;
  /** reads again unless the last reading is younger than maxAgeMs */
  refreshIfOlder(maxAgeMs: number): Promise<void>;
  /** asks the browser again, on the user's request; resolves to whether it is now granted */
  requestPersistence(): Promise<boolean>;
}

export interface StorageStatusDeps {
  storage: StorageManagerLike | undefined;
  memory: AnswerMemory | undefined;
  now?: () => number;
}

const initial: StorageStatus = { persistence: 'checking', usage: null, quota: null, usedShare: null, nearlyFull: false };

function rememberedAnswer(memory: AnswerMemory | undefined): string | null {
  try {
    return memory?.getItem(persistAnswerKey) ?? null;
  } catch {
    return null;
  }
}

function remember(memory: AnswerMemory | undefined, granted: boolean): void {
  try {
    memory?.setItem(persistAnswerKey, granted ? 'granted' : 'denied');
  } catch {
    // storage can be unavailable (private mode); the request is then made again next start
  }
}

const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null);

export function createStorageStatusStore({ storage, memory, now = Date.now }: StorageStatusDeps): StorageStatusStore {
  let status = initial;
  let started: Promise<void> | null = null;
  let lastRead = Number.NEGATIVE_INFINITY;
  const listeners = createListenerSet();

  function publish(next: StorageStatus): void {
    status = next;
    listeners.notify();
  }

  async function readPersistence(): Promise<PersistenceState> {
    if (!storage?.persisted) return 'unsupported';
    try {
      return (await storage.persisted()) ? 'granted' : 'notGranted';
    } catch {
      return 'unsupported';
    }
  }

  async function readUsage(): Promise<Pick<StorageStatus, 'usage' | 'quota'>> {
    if (!storage?.estimate) return { usage: null, quota: null };
    try {
      const estimate = await storage.estimate();
      return { usage: finite(estimate.usage), quota: finite(estimate.quota) };
    } catch {
      return { usage: null, quota: null };
    }
  }

  async function refresh(): Promise<void> {
    lastRead = now();
    const [persistence, { usage, quota }] = await Promise.all([readPersistence(), readUsage()]);
    const usedShare = usage !== null && quota !== null && quota > 0 ? usage / quota : null;
    publish({ persistence, usage, quota, usedShare, nearlyFull: usedShare !== null && usedShare > warningShare });
  }

  async function ask(): Promise<boolean> {
    if (!storage?.persist) return false;
    try {
      const granted = await storage.persist();
      remember(memory, granted);
      return granted;
    } catch {
      return false;
    }
  }

  function start(): Promise<void> {
    started ??= (async () => {
      if (rememberedAnswer(memory) === null && (await readPersistence()) === 'notGranted') await ask();
      await refresh();
    })();
    return started;
  }

  return {
    getSnapshot: () => status,
    subscribe: listeners.subscribe,
    start,
    async startOrRefresh() {
      if (started === null) return start();
      await started;
      await refresh();
    },
    refresh,
    async refreshIfOlder(maxAgeMs) {
      if (now() - lastRead >= maxAgeMs) await refresh();
    },
    async requestPersistence() {
      const granted = await ask();
      await refresh();
      return granted;
    },
  };
}
