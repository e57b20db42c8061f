// Test helper for the settings, method, legal and storage screens: renders a screen inside a
// store over an in-memory repository with the real autosave (1 ms debounce), loads the
// workspace, and hands back what a test needs to look into storage. Dispose in afterEach.
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createAutosave } from '../../storage/autosave';
import type { Autosave } from '../../storage/autosave';
import type { WorkspaceSnapshot } from '../../storage/repository';
import { createAppStore } from '../../state/appStore';
import type { AppStore } from '../../state/appStore';
import { AppStoreProvider } from '../../state/AppStoreProvider';
import { createMemoryRepository } from '../../state/memoryRepository';
import type { MemoryRepository } from '../../state/memoryRepository';

export interface StoreHarness {
  store: AppStore;
  repository: MemoryRepository;
  autosave: Autosave;
  /** writes what is pending and waits for it */
  flush(): Promise<void>;
  dispose(): void;
}

export async function renderWithStore(ui: ReactNode, stored: Partial<WorkspaceSnapshot> = {}): Promise<StoreHarness> {
  const repository = createMemoryRepository({ meta: { sampleSeeded: true }, ...stored });
  const autosave = createAutosave(repository, { debounceMs: 1 });
  const store = createAppStore({ repository, autosave });
  await act(() => store.getState().actions.loadWorkspace());
  render(<AppStoreProvider store={store}>{ui}</AppStoreProvider>);
  return {
    store,
    repository,
    autosave,
    flush: () => act(() => autosave.flush()),
    dispose: () => {
      store.dispose();
      autosave.dispose();
    },
  };
}
