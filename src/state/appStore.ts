// The one app store: createAppStore wires the document and session slices to a repository and
// the autosave, mirrors the autosave's status into the session (as the indicator shows it), and
// carries the score selectors.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { createDefaultCatalogue } from '../domain/criteria';
import { i18n } from '../i18n/i18n';
import type { Language } from '../i18n/i18n';
import type { Autosave, SaveStatus } from '../storage/autosave';
import type { Repository } from '../storage/repository';
import type { AppState } from './appState';
import { createDocumentActions } from './documentSlice';
import type { WorkspaceSeed } from './documentSlice';
import { createPersistence } from './persistence';
import { createScoreSelectors } from './scoreSelectors';
import type { ScoreSelectors } from './scoreSelectors';
import { createInitialSession, createSessionActions, defaultToastMs } from './sessionSlice';

export interface AppStoreDeps {
  repository: Repository;
  autosave: Autosave;
  /** the first-start sample, written once into an empty workspace */
  seed?: () => WorkspaceSeed;
  /** how long undo toasts stay (milliseconds) */
  undoMs?: number;
}

export interface AppStore extends StoreApi<AppState> {
  selectors: ScoreSelectors;
  /** stops following the autosave status */
  dispose(): void;
}

/**
 * A write that starts on changes already waiting ('pending' -> 'saving', same last save) shows the
 * same "speichert …" as before: it is not mirrored, so the write's transaction runs without a
 * render of the app beside it. The session says 'pending' until the write ends; any other change
 * of the status (saved, error, a retry after an error, a new last save) is mirrored at once.
 */
function looksTheSame(shown: SaveStatus, next: SaveStatus): boolean {
  return shown.state === 'pending' && next.state === 'saving' && shown.lastSavedAt === next.lastSavedAt;
}

export function createAppStore(deps: AppStoreDeps): AppStore {
  const persistence = createPersistence(deps.autosave);
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  const store = createStore<AppState>()((set, get) => ({
    document: {
      departments: [],
      processes: [],
      currentProcessId: null,
      steps: [],
      assessments: new Map(),
      inOtherViews: [],
      orphaned: [],
      catalogue: createDefaultCatalogue(),
      meta: {},
    },
    session: createInitialSession(language, deps.autosave.getStatus()),
    actions: {
      ...createSessionActions(set, get),
      ...createDocumentActions(set, get, {
        repository: deps.repository,
        persistence,
        seed: deps.seed,
        undoMs: deps.undoMs ?? defaultToastMs * 1.5,
      }),
    },
  }));
  const unsubscribe = deps.autosave.subscribe((status) => {
    if (looksTheSame(store.getState().session.saveStatus, status)) return;
    store.setState((state) => ({ session: { ...state.session, saveStatus: status } }));
  });
  return { ...store, selectors: createScoreSelectors(), dispose: unsubscribe };
}
