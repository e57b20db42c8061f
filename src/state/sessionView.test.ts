// Tests of the tab's view: what is read back from the tab's memory is checked field by field (a
// field not valid keeps its default, anything else stored gives the defaults), selections of
// processes no longer in the workspace are dropped, the store writes its view whenever it changes,
// and each process opened again shows the step selected there last, if it still has it.
import { afterEach, describe, expect, it } from 'vitest';
import { createDepartment, createProcess, createStepAssessment } from '../domain/assessment';
import type { Step } from '../domain/assessment';
import { createAutosave } from '../storage/autosave';
import type { Autosave } from '../storage/autosave';
import type { TabMemory } from '../storage/tabMemory';
import { createAppStore } from './appStore';
import type { AppStore } from './appStore';
import { createMemoryRepository } from './memoryRepository';
import { createInitialSession } from './sessionSlice';
import { keepView, readStoredView, viewOf, withView } from './sessionView';
import type { SessionView } from './sessionView';

const defaults = viewOf(createInitialSession('de', { state: 'saved' }));

const workshopView: SessionView = {
  panels: { assessment: false, table: true, figures: true },
  heatmapMetric: 'priority',
  workspaceQuery: 'Gewerbe',
  workspaceSort: 'updated',
  stepFilters: { lane: 'Bürgerbüro', recommendation: null, text: 'Antrag' },
  stepSelections: { 'p-1': 'Task_5' },
};

const stored = (view: unknown) => ({ version: 1, view });

describe('readStoredView', () => {
  it('given a view as the store keeps it, when read back, then every field is as it was', () => {
    expect(readStoredView(JSON.parse(JSON.stringify(stored(workshopView))), defaults)).toEqual(workshopView);
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
        panels: { assessment: 'ja', table: true, figures: true },
        heatmapMetric: 'colour',
        workspaceSort: 'random',
        stepFilters: { lane: 3, recommendation: null, text: '' },
        workspaceQuery: ['Gewerbe'],
      }),
      defaults,
    );

    expect(view).toEqual({ ...defaults, stepSelections: workshopView.stepSelections });
  });

  it('given selections that are not step ids, when read, then only the valid ones are kept', () => {
    const view = readStoredView(stored({ ...workshopView, stepSelections: { 'p-1': 'Task_5', 'p-2': 7, 'p-3': '', 'p-4': null } }), defaults);
    expect(view.stepSelections).toEqual({ 'p-1': 'Task_5' });
    expect(readStoredView(stored({ ...workshopView, stepSelections: ['Task_5'] }), defaults).stepSelections).toEqual(defaults.stepSelections);
  });
});

describe('withView', () => {
  it('given a view with the selection of a process deleted meanwhile, when shown, then that selection is dropped', () => {
    const session = createInitialSession('de', { state: 'saved' });
    const view = { ...workshopView, stepSelections: { 'p-1': 'Task_5', 'p-deleted': 'Task_1' } };

    const shown = withView(session, view, new Set(['p-1', 'p-2']));

    expect(viewOf(shown)).toEqual({ ...view, stepSelections: { 'p-1': 'Task_5' } });
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
    expect(last).toMatchObject({ panels: { assessment: true, table: true, figures: false }, heatmapMetric: 'ds', stepSelections: { [first.id]: 'Task_5' } });
    stop();
    actions.togglePanel('figures');
    expect(written).toHaveLength(3);
  });
});
