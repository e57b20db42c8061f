// The view of one tab: the open panels, the heatmap metric, the workspace's search and sort, the
// steps filters and the step selected last in each process. The tab session carries it over to
// each new store and keeps it in the tab's memory, so that a reload of the tab shows the editor as
// it was. What is read back is checked field by field: a field that is missing or not valid keeps
// its default, a process that no longer exists loses its selection, and a selected step that the
// process no longer has is dropped when the process opens (documentSlice's openProcess).
import type { TabMemory } from '../storage/tabMemory';
import { heatmapMetrics, workspaceSorts } from './appState';
import type { AppState, HeatmapMetric, Panels, SessionState, StepFilters, WorkspaceSort } from './appState';
import type { AppStore } from './appStore';

export type SessionView = Pick<SessionState, 'panels' | 'heatmapMetric' | 'workspaceQuery' | 'workspaceSort' | 'stepFilters' | 'stepSelections'>;

const viewKeys = ['panels', 'heatmapMetric', 'workspaceQuery', 'workspaceSort', 'stepFilters', 'stepSelections'] as const satisfies readonly (keyof SessionView)[];

/** the version of the stored view's shape; a view stored in another shape is not read */
const storedViewVersion = 1;

export function viewOf(session: SessionState): SessionView {
  return {
    panels: session.panels,
    heatmapMetric: session.heatmapMetric,
    workspaceQuery: session.workspaceQuery,
    workspaceSort: session.workspaceSort,
    stepFilters: session.stepFilters,
    stepSelections: session.stepSelections,
  };
}

/** the session showing the view; selections of processes not in the workspace are left out */
export function withView(session: SessionState, view: SessionView, processIds: ReadonlySet<string>): SessionState {
  const stepSelections = Object.fromEntries(Object.entries(view.stepSelections).filter(([processId]) => processIds.has(processId)));
  return { ...session, ...view, stepSelections };
}

/** the step selections with this process's selection changed (null: forgotten) */
export function rememberSelection(selections: SessionState['stepSelections'], processId: string | null, stepId: string | null): SessionState['stepSelections'] {
  if (processId === null || (selections[processId] ?? null) === stepId) return selections;
  const next = { ...selections };
  if (stepId === null) delete next[processId];
  else next[processId] = stepId;
  return next;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

function readPanels(value: unknown): Panels | undefined {
  if (!isRecord(value)) return undefined;
  const { assessment, table, figures } = value;
  return typeof assessment === 'boolean' && typeof table === 'boolean' && typeof figures === 'boolean' ? { assessment, table, figures } : undefined;
}

function readMetric(value: unknown): HeatmapMetric | null | undefined {
  if (value === null) return null;
  return heatmapMetrics.find((metric) => metric === value);
}

function readSort(value: unknown): WorkspaceSort | undefined {
  return workspaceSorts.find((sort) => sort === value);
}

function readStepFilters(value: unknown): StepFilters | undefined {
  if (!isRecord(value)) return undefined;
  const { lane, recommendation, text } = value;
  return isTextOrNull(lane) && isTextOrNull(recommendation) && typeof text === 'string' ? { lane, recommendation, text } : undefined;
}

function readStepSelections(value: unknown): SessionState['stepSelections'] | undefined {
  if (!isRecord(value)) return undefined;
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
}

/** The view as stored (see keepView), checked field by field; what is not valid keeps the default's value. */
export function readStoredView(stored: unknown, defaults: SessionView): SessionView {
  if (!isRecord(stored) || stored.version !== storedViewVersion || !isRecord(stored.view)) return defaults;
  const { view } = stored;
  const heatmapMetric = readMetric(view.heatmapMetric);
  return {
    panels: readPanels(view.panels) ?? defaults.panels,
    heatmapMetric: heatmapMetric === undefined ? defaults.heatmapMetric : heatmapMetric,
    workspaceQuery: typeof view.workspaceQuery === 'string' ? view.workspaceQuery : defaults.workspaceQuery,
    workspaceSort: readSort(view.workspaceSort) ?? defaults.workspaceSort,
    stepFilters: readStepFilters(view.stepFilters) ?? defaults.stepFilters,
    stepSelections: readStepSelections(view.stepSelections) ?? defaults.stepSelections,
  };
}

function sameView(a: SessionView, b: SessionView): boolean {
  return viewKeys.every((key) => a[key] === b[key]);
}

/** Writes the store's view into the tab's memory whenever it changes; returns the stop. */
export function keepView(store: AppStore, memory: TabMemory): () => void {
  let kept = viewOf(store.getState().session);
  return store.subscribe((state: AppState) => {
    const view = viewOf(state.session);
    if (sameView(view, kept)) return;
    kept = view;
    memory.write({ version: storedViewVersion, view });
  });
}
