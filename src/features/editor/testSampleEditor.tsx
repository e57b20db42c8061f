// Test helper for the editor's browser tests: the sample workspace in a store over an in-memory
// repository (the real autosave, 1 ms debounce, or one a test makes from it), its first process
// ("Gewerbeanmeldung") rendered in the EditorScreen (in a container the test gives, if it gives
// one; as a tab that only reads, if asked), handed back once the diagram's steps have reached the
// store. Dispose after the test.
import { render, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { createSampleWorkspace } from '../../app/sampleWorkspace';
import { createAutosave } from '../../storage/autosave';
import type { Autosave } from '../../storage/autosave';
import { createAppStore } from '../../state/appStore';
import type { AppStore } from '../../state/appStore';
import { AppStoreProvider } from '../../state/AppStoreProvider';
import { ReadOnlyProvider } from '../../ui/readOnly';
import { createMemoryRepository } from '../../state/memoryRepository';
import { EditorScreen } from './EditorScreen';

export interface SampleEditorOptions {
  /** the autosave the store is given, made from the real one (e.g. to record what is enqueued) */
  autosave?: (real: Autosave) => Autosave;
  /** where the editor is rendered; by default a new element in the page's body */
  container?: HTMLElement;
  /** rendered as in a tab that only reads */
  readOnly?: boolean;
}

export interface SampleEditor {
  store: AppStore;
  processId: string;
  /** the autosave the store was given */
  autosave: Autosave;
  dispose: () => void;
}

export async function renderSampleEditor(options: SampleEditorOptions = {}): Promise<SampleEditor> {
  const repository = createMemoryRepository();
  const real = createAutosave(repository, { debounceMs: 1 });
  const autosave = options.autosave ? options.autosave(real) : real;
  const store = createAppStore({ repository, autosave, seed: createSampleWorkspace });
  const dispose = () => {
    store.dispose();
    real.dispose();
  };
  await store.getState().actions.loadWorkspace();
  const processId = store.getState().document.processes[0].id;
  render(
    <AppStoreProvider store={store}>
      <ReadOnlyProvider readOnly={options.readOnly ?? false}>
        <EditorScreen processId={processId} workspaceHref="#/" />
      </ReadOnlyProvider>
    </AppStoreProvider>,
    options.container ? { container: options.container } : {},
  );
  await waitFor(() => expect(store.getState().document.steps.length).toBeGreaterThan(0), { timeout: 15_000 });
  return { store, processId, autosave, dispose };
}
