// Session actions of the store: what the user looks at and how (selection, heatmap metric, panels,
// filters, language, toasts, import notices). Nothing here is stored in the workspace; the language
// is remembered by the i18n set-up, the view (sessionView) by the tab session. A step selected is
// also remembered for the open process, which shows it again when it is opened again; so are its
// steps table's filters and the part of its diagram shown.
import type { StoreApi } from 'zustand/vanilla';
import { setLanguage as applyLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/i18n';
import type { SaveStatus } from '../storage/autosave';
import type { AppState, SessionActions, SessionState } from './appState';
import { rememberCanvasView, rememberSelection, rememberStepTable } from './sessionView';

type SetState = StoreApi<AppState>['setState'];
type GetState = StoreApi<AppState>['getState'];

export const defaultToastMs = 6000;

export function createInitialSession(language: Language, saveStatus: SaveStatus): SessionState {
  return {
    load: { state: 'loading' },
    open: 'idle',
    selectedStepId: null,
    stepSelections: {},
    heatmapMetric: null,
    catalogueDraft: null,
    panels: { assessment: true, table: false, figures: false, docked: true },
    workspaceQuery: '',
    workspaceSort: 'name',
    stepTables: {},
    canvasViews: {},
    editHistory: { canUndo: false, canRedo: false },
    language,
    saveStatus,
    diagramEditPending: false,
    toasts: [],
    importNotice: null,
  };
}

export function createSessionActions(set: SetState, get: GetState): SessionActions {
  let toastCounter = 0;
  const setSession = (partial: Partial<SessionState>) => set((state) => ({ session: { ...state.session, ...partial } }));

  const dismissToast = (id: string) => {
    const { toasts } = get().session;
    if (toasts.some((toast) => toast.id === id)) setSession({ toasts: toasts.filter((toast) => toast.id !== id) });
  };

  return {
    selectStep: (stepId) => {
      const { session, document } = get();
      if (session.selectedStepId === stepId) return;
      setSession({ selectedStepId: stepId, stepSelections: rememberSelection(session.stepSelections, document.currentProcessId, stepId) });
    },
    setHeatmapMetric: (metric) => setSession({ heatmapMetric: metric }),
    setCatalogueDraft: (draft) => setSession({ catalogueDraft: draft }),
    setDiagramEditPending: (pending) => {
      if (get().session.diagramEditPending !== pending) setSession({ diagramEditPending: pending });
    },
    togglePanel: (panel, open) => {
      const { panels } = get().session;
      setSession({ panels: { ...panels, [panel]: open ?? !panels[panel] } });
    },
    setWorkspaceQuery: (query) => setSession({ workspaceQuery: query }),
    setWorkspaceSort: (sort) => setSession({ workspaceSort: sort }),
    setStepTableView: (processId, view) => {
      const { stepTables } = get().session;
      const next = rememberStepTable(stepTables, processId, view);
      if (next !== stepTables) setSession({ stepTables: next });
    },
    setCanvasView: (processId, view) => {
      const { canvasViews } = get().session;
      const next = rememberCanvasView(canvasViews, processId, view);
      if (next !== canvasViews) setSession({ canvasViews: next });
    },
    setLanguage: (language) => {
      applyLanguage(language);
      setSession({ language });
    },
    showToast: (toast) => {
      toastCounter += 1;
      const id = `toast-${toastCounter}`;
      setSession({ toasts: [...get().session.toasts, { ...toast, id, durationMs: toast.durationMs ?? defaultToastMs }] });
      return id;
    },
    dismissToast,
    undoToast: (id) => {
      const toast = get().session.toasts.find((candidate) => candidate.id === id);
      dismissToast(id);
      toast?.undo?.();
    },
    setImportNotice: (notice) => setSession({ importNotice: notice }),
  };
}
