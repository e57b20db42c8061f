// React access to the storage status: a provider for a given store (tests, or a later wiring in
// main.tsx), else one store over the browser's navigator.storage and localStorage, shared by the
// header indicator and the settings; and a hook that re-renders when the status changes.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { createStorageStatusStore } from './storageStatus';
import type { AnswerMemory, StorageStatus, StorageStatusStore } from './storageStatus';

const StorageStatusContext = createContext<StorageStatusStore | null>(null);
let browserStore: StorageStatusStore | null = null;

function browserMemory(): AnswerMemory | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // reading localStorage throws where the browser blocks site data
    return undefined;
  }
}

function storeOfTheBrowser(): StorageStatusStore {
  browserStore ??= createStorageStatusStore({ storage: globalThis.navigator?.storage, memory: browserMemory() });
  return browserStore;
}

export function StorageStatusProvider({ store, children }: { store: StorageStatusStore; children: ReactNode }) {
  return <StorageStatusContext.Provider value={store}>{children}</StorageStatusContext.Provider>;
}

export function useStorageStatusStore(): StorageStatusStore {
  return useContext(StorageStatusContext) ?? storeOfTheBrowser();
}

export function useStorageStatus(): StorageStatus {
  const store = useStorageStatusStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
