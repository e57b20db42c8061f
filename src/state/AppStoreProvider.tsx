// React access to the one store: a provider that hands the store down, and hooks to read a slice
// of it (re-rendering only when that slice changes), to call actions, and to read derived scores.
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ProcessFigures, StepScore } from '../domain/scoreTypes';
import type { AppState } from './appState';
import type { AppStore } from './appStore';

const AppStoreContext = createContext<AppStore | null>(null);

export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}

export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStoreApi needs an <AppStoreProvider> above it');
  return store;
}

/** reads a part of the state; the selector must return the same value while nothing changed */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

export function useAppActions(): AppState['actions'] {
  return useAppStore((state) => state.actions);
}

/** scores of the open process's steps, re-scored per step only where something changed */
export function useStepScores(): ReadonlyMap<string, StepScore> {
  const store = useAppStoreApi();
  return useStore(store, store.selectors.selectStepScores);
}

export function useProcessFigures(): ProcessFigures {
  const store = useAppStoreApi();
  return useStore(store, store.selectors.selectProcessFigures);
}

/** the process open in the editor, if any */
export function useCurrentProcess() {
  return useAppStore((state) => state.document.processes.find((process) => process.id === state.document.currentProcessId));
}
