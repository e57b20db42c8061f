// Test helper for the editor's browser tests: the sample workspace in a store over an in-memory
// repository (the real autosave, 1 ms debounce), its first process ("Gewerbeanmeldung") rendered in
// the EditorScreen, handed back once the diagram's steps have reached the store. Dispose after the test.
import { render, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { createSampleWorkspace } from '../../app/sampleWorkspace';
import { createAutosave } from '../../storage/autosave';
import { createAppStore } from '../../state/appStore';
import type { AppStore } from '../../state/appStore';
import { AppStoreProvider } from '../../state/AppStoreProvider';
import { createMemoryRepository } from '../../state/memoryRepository';
import { EditorScreen } from './EditorScreen';

export async function renderSampleEditor(): Promise<{ store: AppStore; dispose: () => void }> {
  const repository = createMemoryRepository();
  const autosave = createAutosave(repository, { debounceMs: 1 });
  const store = createAppStore({ repository, autosave, seed: createSampleWorkspace });
  const dispose = () => {
    store.dispose();
    autosave.dispose();
  };
  await store.getState().actions.loadWorkspace();
  const processId = store.getState().document.processes[0].id;
  render(
    <AppStoreProvider store={store}>
      <EditorScreen processId={processId} workspaceHref="#/" />
    </AppStoreProvider>,
  );
  await waitFor(() => expect(store.getState().document.steps.length).toBeGreaterThan(0), { timeout: 15_000 });
  return { store, dispose };
}
