// Tests of the tab's view: what is read back from the tab's memory is checked field by field (a
// field not valid keeps its default, anything else stored gives the defaults), selections of
// processes no longer in the workspace are dropped with their steps tables' views, the store writes
// its view whenever it changes, each process opened again shows the step selected there last, if it
// still has it, a steps table left without filters and sort is forgotten, and a canvas view is kept
// per process (fitted, or zoomed and moved) and read back only with finite numbers and a scale.
import { afterEach, describe, expect, it } from 'vitest';
import { createDepartment, createProcess, createStepAssessment } from '../domain/assessment';
import type { Step } from '../domain/assessment';
import { createAutosave } from '../storage/autosave';
import type { Autosave } from '../storage/autosave';
import type { TabMemory } from '../storage/tabMemory';
import { createAppStore } from './appStore';
import type { AppStore } from './appStore';
import type { StepTableView } from './appState';
import { createMemoryRepository } from './memoryRepository';
import { createInitialSession } from './sessionSlice';
import { keepView, readStoredView, viewOf, withView } from './sessionView';
import type { SessionView } from './sessionView';

const defaults = viewOf(createInitialSession('de', { state: 'saved' }));

const workshopView: SessionView = {
  panels: { assessment: false, table: true, figures: true, docked: false },
  heatmapMetric: 'priority',
  workspaceQuery: 'Gewerbe',
  workspaceSort: 'updated',
  stepTables: {
    'p-1': { filters: { lane: 'Bürgerbüro', recommendation: 'digitise', text: 'Antrag' }, sort: { id: 'ds', desc: true } },
    'p-2': { filters: { lane: '', recommendation: '', text: '' }, sort: { id: 'name', desc: false } },
  },
  stepSelections: { 'p-1': 'Task_5' },
  canvasViews: {
    'p-1': { diagramId: null, fitted: false, x: -120.5, y: 40, scale: 1.75 },
    'p-2': { diagramId: 'Diagram_2', fitted: true },
  },
};

const stored = (view: unknown) => ({ version: 1, view });

describe('readStoredView', () => {
  it('given a view as the store keeps it, when read back, then every field is as it was', () => {
    expect(readStoredView(JSON.parse(JSON.stringify(stored(workshopView))), defaults)).toEqual(workshopView);
  });

  it('given a view kept before the docking could be switched off (panels without "docked"), when read back, then the editor docks, as it did', () => {
    const panels = { assessment: false, table: true, figures: true };
    expect(readStoredView(stored({ ...workshopView, panels }), defaults).panels).toEqual({ ...panels, docked: true });
  });

  it('given the heatmap switched off, when read back, then it stays off', () => {
    expect(readStoredView(stored({ ...workshopView, heatmapMetric: null }), { ...defaults, heatmapMetric: 'ds' }).heatmapMetric).toBeNull();
  });

  it('given nothing, garbage, another version or no view, when read, then it gives the defaults', () => {
    for (const garbage of [undefined, null, 'Tabelle', 42, [], { view: workshopView }, { version: 2, view: workshopView }, { version: 1, view: 'panels' }, { version: 1, view: [] }]) {
      expect(readStoredView(garbage, defaults)).toEqual(defaults);
    }
  });

  it('given fields that are not valid, when read, then each keeps its default and the valid ones are read', () => {
    const view = readStoredView(
      stored({
        ...workshopView,
        panels: { assessment: 'ja', table: true, figures: true, docked: false },
        heatmapMetric: 'colour',
        workspaceSort: 'random',
        stepTables: ['p-1'],
        workspaceQuery: ['Gewerbe'],
      }),
      defaults,
    );

    expect(view).toEqual({ ...defaults, stepSelections: workshopView.stepSelections, canvasViews: workshopView.canvasViews });
  });

  it('given steps tables of which some are not valid, when read, then only the valid ones are kept', () => {
    const valid = workshopView.stepTables['p-1'];
    const view = readStoredView(
      stored({
        ...workshopView,
        stepTables: {
          'p-1': valid,
          'p-2': { filters: { ...valid.filters, lane: 3 }, sort: null },
          'p-3': { filters: { ...valid.filters, recommendation: 'verschenken' }, sort: null },
          'p-4': { filters: valid.filters, sort: { id: 'ds', desc: 'ja' } },
          'p-5': { filters: valid.filters },
          'p-6': 'Antrag',
          'p-7': { filters: valid.filters, sort: null },
        },
      }),
      defaults,
    );

    expect(view.stepTables).toEqual({ 'p-1': valid, 'p-7': { filters: valid.filters, sort: null } });
  });

  it('given selections that are not step ids, when read, then only the valid ones are kept', () => {
    const view = readStoredView(stored({ ...workshopView, stepSelections: { 'p-1': 'Task_5', 'p-2': 7, 'p-3': '', 'p-4': null } }), defaults);
    expect(view.stepSelections).toEqual({ 'p-1': 'Task_5' });
    expect(readStoredView(stored({ ...workshopView, stepSelections: ['Task_5'] }), defaults).stepSelections).toEqual(defaults.stepSelections);
  });

  it('given canvas views of which some are not valid, when read, then only the valid ones are kept', () => {
    const valid = workshopView.canvasViews['p-1'];
    const view = readStoredView(
      stored({
        ...workshopView,
        canvasViews: {
          'p-1': valid,
          'p-2': { ...valid, scale: 0 },
          'p-3': { ...valid, x: 'links' },
          'p-4': { ...valid, y: null },
          'p-5': { diagramId: 7, fitted: true },
          'p-6': { diagramId: null, fitted: 'ja' },
          'p-7': { diagramId: null },
          'p-8': 'gezoomt',
          'p-9': { diagramId: 'Diagram_2', fitted: true },
        },
      }),
      defaults,
    );

    expect(view.canvasViews).toEqual({ 'p-1': valid, 'p-9': { diagramId: 'Diagram_2', fitted: true } });
    expect(readStoredView(stored({ ...workshopView, canvasViews: ['p-1'] }), defaults).canvasViews).toEqual(defaults.canvasViews);
  });
});

describe('withView', () => {
  it('given a view with the selection of a process deleted meanwhile, when shown, then that selection is dropped', () => {
    const session = createInitialSession('de', { state: 'saved' });
    const table = workshopView.stepTables['p-1'];
    const canvas = workshopView.canvasViews['p-1'];
    const view = {
      ...workshopView,
      stepSelections: { 'p-1': 'Task_5', 'p-deleted': 'Task_1' },
      stepTables: { 'p-1': table, 'p-deleted': table },
      canvasViews: { 'p-1': canvas, 'p-deleted': canvas },
    };

    const shown = withView(session, view, new Set(['p-1', 'p-2']));

    expect(viewOf(shown)).toEqual({ ...view, stepSelections: { 'p-1': 'Task_5' }, stepTables: { 'p-1': table }, canvasViews: { 'p-1': canvas } });
  });
});

describe('the canvas view of each process', () => {
  it('given a view kept, when the same view is kept again, then the store keeps the same object; a new view replaces it for its process only', async () => {
    const { store, first, second } = await storeWithTwoProcesses();
    const { actions } = store.getState();
    const zoomed = { diagramId: null, fitted: false, x: 10, y: 20, scale: 2 } as const;
    actions.setCanvasView(first.id, zoomed);
    actions.setCanvasView(second.id, { diagramId: null, fitted: true });
    const kept = store.getState().session.canvasViews;

    actions.setCanvasView(first.id, { ...zoomed });
    expect(store.getState().session.canvasViews).toBe(kept);

    actions.setCanvasView(first.id, { diagramId: null, fitted: true });
    expect(store.getState().session.canvasViews).toEqual({ [first.id]: { diagramId: null, fitted: true }, [second.id]: { diagramId: null, fitted: true } });
  });
});

const amt = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });

function step(id: string, order: number): Step {
  return { id, name: `Schritt ${order + 1}`, type: 'bpmn:UserTask', order };
}

const opened: { store: AppStore; autosave: Autosave }[] = [];

afterEach(() => {
  for (const { store, autosave } of opened.splice(0)) {
    store.dispose();
    autosave.dispose();
  }
});

/** A store over two processes of five steps each, answered (each step has its record). */
async function storeWithTwoProcesses() {
  const first = createProcess({ departmentId: amt.id, name: 'Gewerbeanmeldung', diagramXml: '<v1/>' });
  const second = createProcess({ departmentId: amt.id, name: 'Wohnsitz anmelden', diagramXml: '<v1/>' });
  const steps = [0, 1, 2, 3, 4].map((order) => step(`Task_${order + 1}`, order));
  const assessments = [first, second].flatMap((process) => steps.map((each) => createStepAssessment(process.id, each)));
  const repository = createMemoryRepository({ departments: [amt], processes: [first, second], assessments });
  const autosave = createAutosave(repository, { debounceMs: 1 });
  const store = createAppStore({ repository, autosave });
  opened.push({ store, autosave });
  await store.getState().actions.loadWorkspace();
  return { store, first, second, steps };
}

describe('the step selected in each process', () => {
  it('given step 5 selected in one process, when another is opened and then the first again, then the other starts with none and the first shows step 5', async () => {
    const { store, first, second } = await storeWithTwoProcesses();
    const { actions } = store.getState();
    await actions.openProcess(first.id);
    actions.selectStep('Task_5');

    actions.closeProcess();
    await actions.openProcess(second.id);
    expect(store.getState().session.selectedStepId).toBeNull();
    actions.selectStep('Task_2');

    actions.closeProcess();
    await actions.openProcess(first.id);
    expect(store.getState().session.selectedStepId).toBe('Task_5');
    actions.closeProcess();
    await actions.openProcess(second.id);
    expect(store.getState().session.selectedStepId).toBe('Task_2');
  });

  it('given a selection cleared, when the process is opened again, then no step is selected', async () => {
    const { store, first } = await storeWithTwoProcesses();
    const { actions } = store.getState();
    await actions.openProcess(first.id);
    actions.selectStep('Task_5');
    actions.selectStep(null);

    actions.closeProcess();
    await actions.openProcess(first.id);

    expect(store.getState().session.selectedStepId).toBeNull();
  });

  it('given the selected step deleted from the diagram, when the process is opened again, then no step is selected', async () => {
    const { store, first, steps } = await storeWithTwoProcesses();
    const { actions } = store.getState();
    await actions.openProcess(first.id);
    actions.selectStep('Task_5');

    actions.diagramChanged('<v2/>', steps.slice(0, 4), first.id);
    expect(store.getState().session.selectedStepId).toBeNull();
    actions.closeProcess();
    await actions.openProcess(first.id);

    expect(store.getState().session.selectedStepId).toBeNull();
  });

  it('given a remembered step the process no longer has, when the process is opened, then no step is selected', async () => {
    const { store, first } = await storeWithTwoProcesses();
    store.setState((state) => ({ session: { ...state.session, stepSelections: { [first.id]: 'Task_gone' } } }));

    await store.getState().actions.openProcess(first.id);

    expect(store.getState().session).toMatchObject({ open: 'ready', selectedStepId: null });
  });
});

describe('the steps table of each process', () => {
  const filtered: StepTableView = { filters: { lane: 'Bürgerbüro', recommendation: '', text: '' }, sort: null };
  const sorted: StepTableView = { filters: { lane: '', recommendation: '', text: '' }, sort: { id: 'priority', desc: true } };

  it('given a table filtered in one process and sorted in another, when kept, then each process has its own', async () => {
    const { store, first, second } = await storeWithTwoProcesses();
    const { actions } = store.getState();

    actions.setStepTableView(first.id, filtered);
    actions.setStepTableView(second.id, sorted);

    expect(store.getState().session.stepTables).toEqual({ [first.id]: filtered, [second.id]: sorted });
  });

  it('given the same view again, or a process without a kept table left so, when kept, then the session does not change', async () => {
    const { store, first, second } = await storeWithTwoProcesses();
    const { actions } = store.getState();
    actions.setStepTableView(first.id, filtered);
    const session = store.getState().session;

    actions.setStepTableView(first.id, { filters: { ...filtered.filters }, sort: null });
    actions.setStepTableView(second.id, { filters: { lane: '', recommendation: '', text: '' }, sort: null });

    expect(store.getState().session).toBe(session);
  });

  it('given filters and sort taken off again, when kept, then the process is forgotten', async () => {
    const { store, first } = await storeWithTwoProcesses();
    const { actions } = store.getState();
    actions.setStepTableView(first.id, filtered);

    actions.setStepTableView(first.id, { filters: { lane: '', recommendation: '', text: '' }, sort: null });

    expect(store.getState().session.stepTables).toEqual({});
  });
});

describe('keepView', () => {
  it('given a store kept in the tab memory, when the view changes, then the view is written; other changes write nothing', async () => {
    const { store, first } = await storeWithTwoProcesses();
    const written: unknown[] = [];
    const memory: TabMemory = { read: () => undefined, write: (value) => written.push(value) };
    const stop = keepView(store, memory);
    const { actions } = store.getState();

    await actions.openProcess(first.id);
    actions.showToast({ messageKey: 'workspace:toast.processDeleted' });
    expect(written).toEqual([]);

    actions.togglePanel('table');
    actions.setHeatmapMetric('ds');
    actions.selectStep('Task_5');

    expect(written).toHaveLength(3);
    const last = readStoredView(written.at(-1), defaults);
    expect(last).toMatchObject({ panels: { assessment: true, table: true, figures: false, docked: true }, heatmapMetric: 'ds', stepSelections: { [first.id]: 'Task_5' } });
    stop();
    actions.togglePanel('figures');
    expect(written).toHaveLength(3);
  });
});
