// The view of one tab: the open panels, the heatmap metric, the workspace's search and sort, and
// per process the step selected last, the steps table's filters and sort, and the part of the
// diagram shown (so an editor built anew, on a change of role or a reload, keeps the user's zoom
// and position). The tab session carries it over to each new store and keeps it in the tab's
// memory, so that a reload of the tab shows the editor as it was. What is read back is checked
// field by field: a field that is missing or not valid keeps its default, a process that no longer
// exists loses its selection and its table's and canvas's views, and a selected step that the
// process no longer has is not selected when the process opens (documentSlice); a lane filter or a
// sort column the table does not have is left unused by the table.
import { shallow } from 'zustand/vanilla/shallow';
import type { TabMemory } from '../storage/tabMemory';
import { recommendations } from '../domain/scoreTypes';
import { heatmapMetrics, workspaceSorts } from './appState';
import type { AppState, CanvasView, HeatmapMetric, Panels, SessionState, StepFilters, StepTableSort, StepTableView, WorkspaceSort } from './appState';
import type { AppStore } from './appStore';

export type SessionView = Pick<SessionState, 'panels' | 'heatmapMetric' | 'workspaceQuery' | 'workspaceSort' | 'stepTables' | 'stepSelections' | 'canvasViews'>;

const viewKeys = ['panels', 'heatmapMetric', 'workspaceQuery', 'workspaceSort', 'stepTables', 'stepSelections', 'canvasViews'] as const satisfies readonly (keyof SessionView)[];

/** the version of the stored view's shape; a view stored in another shape is not read */
const storedViewVersion = 1;

export function viewOf(session: SessionState): SessionView {
  return {
    panels: session.panels,
    heatmapMetric: session.heatmapMetric,
    workspaceQuery: session.workspaceQuery,
    workspaceSort: session.workspaceSort,
    stepTables: session.stepTables,
    stepSelections: session.stepSelections,
    canvasViews: session.canvasViews,
  };
}

function ofProcesses<T>(byProcess: Readonly<Record<string, T>>, processIds: ReadonlySet<string>): Record<string, T> {
  return Object.fromEntries(Object.entries(byProcess).filter(([processId]) => processIds.has(processId)));
}

/** the session showing the view; selections, tables and canvas views of processes not in the workspace are left out */
export function withView(session: SessionState, view: SessionView, processIds: ReadonlySet<string>): SessionState {
  return {
    ...session,
    ...view,
    stepSelections: ofProcesses(view.stepSelections, processIds),
    stepTables: ofProcesses(view.stepTables, processIds),
    canvasViews: ofProcesses(view.canvasViews, processIds),
  };
}

/** the step selections with this process's selection changed (null: forgotten) */
export function rememberSelection(selections: SessionState['stepSelections'], processId: string | null, stepId: string | null): SessionState['stepSelections'] {
  if (processId === null || (selections[processId] ?? null) === stepId) return selections;
  const next = { ...selections };
  if (stepId === null) delete next[processId];
  else next[processId] = stepId;
  return next;
}

function isDefaultTable({ filters, sort }: StepTableView): boolean {
  return sort === null && filters.text === '' && filters.lane === '' && filters.recommendation === '';
}

function sameTable(a: StepTableView | undefined, b: StepTableView): boolean {
  if (a === undefined) return isDefaultTable(b);
  return shallow(a.filters, b.filters) && shallow(a.sort, b.sort);
}

/** the steps tables' views with this process's changed (a table without filters and sort is forgotten) */
export function rememberStepTable(tables: SessionState['stepTables'], processId: string, view: StepTableView): SessionState['stepTables'] {
  if (sameTable(tables[processId], view)) return tables;
  const next = { ...tables };
  if (isDefaultTable(view)) delete next[processId];
  else next[processId] = view;
  return next;
}

function sameCanvasView(a: CanvasView | undefined, b: CanvasView): boolean {
  return a !== undefined && shallow(a, b);
}

/** the canvas views with this process's changed */
export function rememberCanvasView(views: SessionState['canvasViews'], processId: string, view: CanvasView): SessionState['canvasViews'] {
  return sameCanvasView(views[processId], view) ? views : { ...views, [processId]: view };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The open panels; a view kept before the docking could be switched off (no `docked`) docks, as it did. */
function readPanels(value: unknown): Panels | undefined {
  if (!isRecord(value)) return undefined;
  const { assessment, table, figures, docked = true } = value;
  return typeof assessment === 'boolean' && typeof table === 'boolean' && typeof figures === 'boolean' && typeof docked === 'boolean' ? { assessment, table, figures, docked } : undefined;
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
  const { lane, text } = value;
  const recommendation = value.recommendation === '' ? '' : recommendations.find((known) => known === value.recommendation);
  return typeof lane === 'string' && typeof text === 'string' && recommendation !== undefined ? { lane, recommendation, text } : undefined;
}

function readStepTableSort(value: unknown): StepTableSort | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { id, desc } = value;
  return typeof id === 'string' && typeof desc === 'boolean' ? { id, desc } : undefined;
}

function readStepTables(value: unknown): SessionState['stepTables'] | undefined {
  if (!isRecord(value)) return undefined;
  const tables: Record<string, StepTableView> = {};
  for (const [processId, table] of Object.entries(value)) {
    if (!isRecord(table)) continue;
    const filters = readStepFilters(table.filters);
    const sort = readStepTableSort(table.sort);
    if (filters !== undefined && sort !== undefined) tables[processId] = { filters, sort };
  }
  return tables;
}

function readCanvasView(value: unknown): CanvasView | undefined {
  if (!isRecord(value)) return undefined;
  const { diagramId, fitted, x, y, scale } = value;
  if (diagramId !== null && typeof diagramId !== 'string') return undefined;
  if (fitted === true) return { diagramId, fitted };
  const finite = (number: unknown): number is number => typeof number === 'number' && Number.isFinite(number);
  return fitted === false && finite(x) && finite(y) && finite(scale) && scale > 0 ? { diagramId, fitted, x, y, scale } : undefined;
}

function readCanvasViews(value: unknown): SessionState['canvasViews'] | undefined {
  if (!isRecord(value)) return undefined;
  const views: Record<string, CanvasView> = {};
  for (const [processId, stored] of Object.entries(value)) {
    const view = readCanvasView(stored);
    if (view) views[processId] = view;
  }
  return views;
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
    stepTables: readStepTables(view.stepTables) ?? defaults.stepTables,
    stepSelections: readStepSelections(view.stepSelections) ?? defaults.stepSelections,
    canvasViews: readCanvasViews(view.canvasViews) ?? defaults.canvasViews,
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
