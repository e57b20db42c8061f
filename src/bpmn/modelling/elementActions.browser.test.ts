// "Aktionen für …" by keyboard only: with an element selected and the canvas focused, A,
// Shift+F10 or the context-menu key opens the element's context-pad actions as a searchable menu in
// German; choosing one appends a gateway or an end event, divides a pool into lanes, or connects two
// elements through "Verbinden mit …", as the mouse does through the context pad, undoably, and the
// focus goes back to the canvas; opened by a button and closed unused, the focus goes back to it.
import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import { sampleDiagramXml } from '../sample/sampleDiagram';
import type { CreateElements } from './createElements';
import type { ElementActionsService } from './elementActions';
import { elementById, mountModeler, withAppTexts } from '../testing/mountModeler';
import { verticalPoolXml } from '../testing/laneDiagrams';
import { testDiagramXml } from '../testing/testDiagramXml';

/** the part of bpmn-js's modeling the tests call to divide a pool into lanes */
interface Modeling {
  splitLane(shape: Shape, count: number): void;
}

const twoTasksXml = testDiagramXml({
  nodes: [
    { id: 'Start', type: 'startEvent' },
    { id: 'Task_A', name: 'Antrag prüfen' },
    { id: 'Task_B', name: 'Bescheid drucken' },
    { id: 'Task_C', name: 'Akte anlegen' },
  ],
  flows: [{ id: 'Flow_1', from: 'Start', to: 'Task_A' }],
});

/** a process with no element at all */
const emptyXml = testDiagramXml({ nodes: [], flows: [] });

async function mount(xml: string) {
  return mountModeler({
    xml,
    width: 1200,
    create: withAppTexts(),
  });
}


function all(modeler: Modeler, type: string): Element[] {
  return (modeler.get<ElementRegistry>('elementRegistry').getAll() as Element[]).filter((candidate) => candidate.type === type);
}

/** Selects the element and focuses the canvas, as the element search or a click leaves them. */
function selectAndFocus(modeler: Modeler, id: string): void {
  modeler.get<Selection>('selection').select(elementById(modeler, id));
  modeler.get<Canvas>('canvas').focus();
}

/** The open popup menu, found as a user sees it: by its title. */
function menu(title: string): HTMLElement {
  const popup = document.querySelector<HTMLElement>('.djs-popup');
  if (!popup) throw new Error('no popup menu open');
  expect(popup).toHaveTextContent(title);
  return popup;
}

function entryLabels(popup: HTMLElement): string[] {
  return [...popup.querySelectorAll('.entry .djs-popup-label')].map((label) => label.textContent?.trim() ?? '');
}

/** the ids of the elements a sequence flow leaves this element for */
function successors(modeler: Modeler, id: string): Element[] {
  return ((elementById(modeler, id) as Shape).outgoing ?? []).filter((flow) => flow.type === 'bpmn:SequenceFlow').map((flow) => flow.target as Element);
}

describe('the element actions menu', () => {
  test('given a selected task, when A is pressed on the canvas, then its context-pad actions are listed in German, with "Verbinden mit …"', async () => {
    const { modeler } = await mount(twoTasksXml);
    selectAndFocus(modeler, 'Task_A');

    await userEvent.keyboard('a');

    const labels = entryLabels(menu('Aktionen für Aufgabe „Antrag prüfen“'));
    expect(labels).toEqual(expect.arrayContaining(['Gateway anfügen', 'Endereignis anfügen', 'Aufgabe anfügen', 'Element ändern', 'Löschen', 'Verbinden mit …']));
    // bpmn-js's "connect" entry needs a pointer to drag; the menu offers "Verbinden mit …" instead
    expect(labels).not.toContain('Mit Sequenzfluss verbinden');
  });

  test('given the menu, when "Gateway" is typed and Enter pressed, then a gateway follows the task, the menu is gone and the canvas has the focus; undo takes it back', async () => {
    const { modeler, container } = await mount(twoTasksXml);
    selectAndFocus(modeler, 'Task_A');

    await userEvent.keyboard('a');
    menu('Aktionen für ');
    await userEvent.keyboard('Gateway anf');
    await userEvent.keyboard('{Enter}');

    expect(successors(modeler, 'Task_A').map((next) => next.type)).toEqual(['bpmn:ExclusiveGateway']);
    expect(document.querySelector('.djs-popup')).toBeNull();
    expect(container.contains(document.activeElement)).toBe(true);
    modeler.get<CommandStack>('commandStack').undo();
    expect(successors(modeler, 'Task_A')).toEqual([]);
  });

  test('given the menu opened by a button beside the canvas (the toolbar\'s "Aktionen"), when Escape closes it, then the button has the focus back; after a choice, the canvas has it', async () => {
    const { modeler, container } = await mount(twoTasksXml);
    const button = document.createElement('button');
    button.textContent = 'Aktionen';
    document.body.append(button);
    try {
      modeler.get<Selection>('selection').select(elementById(modeler, 'Task_A'));
      const actions = modeler.get<ElementActionsService>('elementActions');

      button.focus();
      expect(actions.open(button)).toBe(true);
      expect(menu('Aktionen für ').contains(document.activeElement)).toBe(true);
      await userEvent.keyboard('{Escape}');
      // the key reaches the page through the browser's input (CDP): on a loaded machine the close
      // may land a moment after the key press resolves
      await expect.poll(() => document.querySelector('.djs-popup'), { timeout: 5_000 }).toBeNull();
      expect(document.activeElement).toBe(button);

      actions.open(button);
      menu('Aktionen für ');
      await userEvent.keyboard('Gateway anf');
      await userEvent.keyboard('{Enter}');
      expect(successors(modeler, 'Task_A').map((next) => next.type)).toEqual(['bpmn:ExclusiveGateway']);
      await expect.poll(() => container.contains(document.activeElement)).toBe(true);
    } finally {
      button.remove();
    }
  });

  test('given Shift+F10, when "Verbinden mit …" and then a task are chosen, then a sequence flow joins the two and the task stays selected', async () => {
    const { modeler } = await mount(twoTasksXml);
    selectAndFocus(modeler, 'Task_A');

    await userEvent.keyboard('{Shift>}{F10}{/Shift}');
    menu('Aktionen für ');
    await userEvent.keyboard('Verbinden');
    await userEvent.keyboard('{Enter}');
    const targets = menu('„Antrag prüfen“ verbinden mit');
    // by name; the first one listed is not the one typed
    expect(entryLabels(targets)).toEqual(['Akte anlegen', 'Bescheid drucken']);
    // a short list has no search field (diagram-js shows one from six entries): the arrow keys move
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');

    expect(successors(modeler, 'Task_A').map((next) => next.id)).toEqual(['Task_B']);
    expect((modeler.get<Selection>('selection').get() as Element[]).map((selected) => selected.id)).toEqual(['Task_A']);
  });

  test('given a lane of the sample selected, when the menu opens, then it offers the lane actions, and "Lane unterhalb hinzufügen" adds a fourth lane', async () => {
    const { modeler } = await mount(sampleDiagramXml);
    expect(all(modeler, 'bpmn:Lane')).toHaveLength(3);
    selectAndFocus(modeler, 'Lane_Ordnungsamt');

    await userEvent.keyboard('a');
    const labels = entryLabels(menu('Aktionen für '));
    expect(labels).toEqual(expect.arrayContaining(['Lane oberhalb hinzufügen', 'Lane unterhalb hinzufügen', 'In zwei Lanes teilen']));
    await userEvent.keyboard('Lane unterhalb');
    await userEvent.keyboard('{Enter}');

    expect(all(modeler, 'bpmn:Lane')).toHaveLength(4);
  });

  test('given the menu\'s keys on the canvas, then the canvas\'s other keys still work: E opens the label, Ctrl+Z undoes', async () => {
    const { modeler, container } = await mount(twoTasksXml);
    selectAndFocus(modeler, 'Task_A');

    await userEvent.keyboard('e');
    expect(container.querySelector('.djs-direct-editing-parent')).not.toBeNull();
    await userEvent.keyboard('{Escape}');

    modeler.get<CommandStack>('commandStack').execute('element.updateLabel', { element: elementById(modeler, 'Task_B'), newLabel: 'Bescheid senden' });
    modeler.get<Canvas>('canvas').focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(elementById(modeler, 'Task_B').businessObject.name).toBe('Bescheid drucken');
  });

  test('given two tasks selected, when A is pressed, then the menu offers what the context pad offers for both, and "Löschen" removes both', async () => {
    const { modeler } = await mount(twoTasksXml);
    modeler.get<Selection>('selection').select([elementById(modeler, 'Task_B'), elementById(modeler, 'Task_C')]);
    modeler.get<Canvas>('canvas').focus();

    await userEvent.keyboard('a');
    const labels = entryLabels(menu('Aktionen für die gewählten Elemente'));
    expect(labels).toContain('Löschen');
    expect(labels).not.toContain('Verbinden mit …');
    await userEvent.keyboard('Löschen');
    await userEvent.keyboard('{Enter}');

    expect(all(modeler, 'bpmn:Task').map((task) => task.id)).toEqual(['Task_A']);
  });
});

/** the shapes drawn in the diagram that are not pools, lanes or the root: what a new element must not cover */
function obstacles(modeler: Modeler, except: Element): Shape[] {
  const root = modeler.get<Canvas>('canvas').getRootElement();
  return (modeler.get<ElementRegistry>('elementRegistry').getAll() as Element[]).filter(
    (candidate): candidate is Shape =>
      candidate !== except && candidate !== root && 'width' in candidate && !('waypoints' in candidate) && !['bpmn:Participant', 'bpmn:Lane'].includes(candidate.type),
  );
}

function overlaps(a: Shape, b: Shape): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Shape, outer: Shape): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

function selectedOne(modeler: Modeler): Shape {
  const selected = modeler.get<Selection>('selection').get() as Shape[];
  expect(selected).toHaveLength(1);
  return selected[0];
}

/**
 * With nothing selected and the canvas focused, opens "Element erstellen" by A, types `typed` and
 * chooses the entry with Enter; returns the new element, selected (its label may be open).
 */
async function createByKeyboard(modeler: Modeler, typed: string): Promise<Shape> {
  modeler.get<Selection>('selection').select([]);
  modeler.get<Canvas>('canvas').focus();
  await userEvent.keyboard('a');
  menu('Element erstellen');
  await userEvent.keyboard(typed);
  await userEvent.keyboard('{Enter}');
  return selectedOne(modeler);
}

function laneRefs(modeler: Modeler, laneId: string): string[] {
  return ((elementById(modeler, laneId).businessObject as { flowNodeRef?: { id: string }[] }).flowNodeRef ?? []).map((node) => node.id);
}

/**
 * With `id` selected and the canvas focused, chooses "In andere Lane verschieben …" and then the lane
 * named `lane` (a short list has no search field: the arrow keys move to it); returns the lanes offered.
 */
async function moveToLaneByKeyboard(modeler: Modeler, id: string, lane: string): Promise<string[]> {
  selectAndFocus(modeler, id);
  await userEvent.keyboard('a');
  menu('Aktionen für ');
  await userEvent.keyboard('andere Lane');
  await userEvent.keyboard('{Enter}');
  const offered = entryLabels(menu('verschieben in Lane'));
  expect(offered).toContain(lane);
  for (let index = 0; index < offered.indexOf(lane); index += 1) await userEvent.keyboard('{ArrowDown}');
  await userEvent.keyboard('{Enter}');
  return offered;
}

describe('moving an element into another lane by keyboard', () => {
  test('given a task of the sample selected, when "In andere Lane verschieben …" and "Ordnungsamt" are chosen, then it lies in that lane, covering nothing, selected, the canvas focused; one undo puts it back', async () => {
    const { modeler, container } = await mount(sampleDiagramXml);
    const task = elementById(modeler, 'Task_DatenAbtippen') as Shape;
    const before = { x: task.x, y: task.y };

    const offered = await moveToLaneByKeyboard(modeler, 'Task_DatenAbtippen', 'Ordnungsamt');

    // its own lane is not offered
    expect(offered).toEqual(['Antragsteller/in', 'Ordnungsamt']);
    expect(document.querySelector('.djs-popup')).toBeNull();
    const lane = elementById(modeler, 'Lane_Ordnungsamt') as Shape;
    expect(inside(task, lane)).toBe(true);
    expect(laneRefs(modeler, 'Lane_Ordnungsamt')).toContain(task.id);
    expect(laneRefs(modeler, 'Lane_Buergerbuero')).not.toContain(task.id);
    // its column in that lane holds the data store "Fachverfahren": the task goes right of it
    expect(task.x).toBeGreaterThan(before.x);
    expect(obstacles(modeler, task).filter((other) => overlaps(task, other))).toEqual([]);
    expect(selectedOne(modeler)).toBe(task);
    expect(container.contains(document.activeElement)).toBe(true);

    modeler.get<CommandStack>('commandStack').undo();
    expect({ x: task.x, y: task.y }).toEqual(before);
    expect(laneRefs(modeler, 'Lane_Buergerbuero')).toContain(task.id);
  });

  test('given a task whose column in the lane chosen is free but for a data object below its middle, then it keeps its column and stands as near the middle as is free', async () => {
    const { modeler } = await mount(sampleDiagramXml);
    const task = elementById(modeler, 'Task_FormularAusfuellen') as Shape;
    const x = task.x;

    await moveToLaneByKeyboard(modeler, 'Task_FormularAusfuellen', 'Bürgerbüro');

    const lane = elementById(modeler, 'Lane_Buergerbuero') as Shape;
    const paper = elementById(modeler, 'DataObjectReference_Papierformular') as Shape;
    expect(task.x).toBe(x);
    expect(inside(task, lane)).toBe(true);
    expect(task.y + task.height / 2).toBeLessThan(lane.y + lane.height / 2);
    expect(task.y + task.height).toBe(paper.y);
    expect(obstacles(modeler, task).filter((other) => overlaps(task, other))).toEqual([]);
  });

  test('given an expanded sub-process higher than the lane chosen, when it is moved there, then the lane grows to hold it and the lanes keep apart; one undo takes back both', async () => {
    const { modeler } = await mount(sampleDiagramXml);
    selectAndFocus(modeler, 'Lane_Antragsteller');
    await userEvent.keyboard('a');
    await userEvent.keyboard('Teilprozess erst');
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Escape}');
    const subProcess = selectedOne(modeler);
    const lane = elementById(modeler, 'Lane_Ordnungsamt') as Shape;
    const laneHeight = lane.height;
    // the lane is lower than the sub-process and its padding
    expect(laneHeight).toBeLessThan(subProcess.height + 40);

    await moveToLaneByKeyboard(modeler, subProcess.id, 'Ordnungsamt');

    expect(inside(subProcess, lane)).toBe(true);
    const lanes = all(modeler, 'bpmn:Lane') as Shape[];
    for (const one of lanes) for (const other of lanes) if (one !== other) expect(overlaps(one, other)).toBe(false);
    expect(inside(lane, all(modeler, 'bpmn:Participant')[0] as Shape)).toBe(true);

    modeler.get<CommandStack>('commandStack').undo();
    expect(lane.height).toBe(laneHeight);
    expect(inside(subProcess, elementById(modeler, 'Lane_Antragsteller') as Shape)).toBe(true);
  });

  test('given vertical lanes, when the task is moved into the other one, then it stands in that lane\'s middle, at the same height', async () => {
    const { modeler } = await mount(verticalPoolXml);
    const task = elementById(modeler, 'Task_V') as Shape;
    const y = task.y;

    const offered = await moveToLaneByKeyboard(modeler, 'Task_V', 'Kasse');

    expect(offered).toEqual(['Kasse']);
    const lane = elementById(modeler, 'Lane_Right') as Shape;
    expect(task.x + task.width / 2).toBe(lane.x + lane.width / 2);
    expect(task.y).toBe(y);
    expect(laneRefs(modeler, 'Lane_Right')).toContain('Task_V');
  });

  test('given a pool without lanes or a diagram without pools, then the menu offers no move into a lane', async () => {
    const { modeler } = await mount(twoTasksXml);
    selectAndFocus(modeler, 'Task_A');

    await userEvent.keyboard('a');

    expect(entryLabels(menu('Aktionen für '))).not.toContain('In andere Lane verschieben …');
  });
});

describe('creating elements by keyboard', () => {
  test('given nothing selected, when the menu opens, then the elements to create are made once (each tries throwaway shapes where it would go)', async () => {
    const { modeler } = await mount(twoTasksXml);
    const entries = vi.spyOn(modeler.get<CreateElements>('createElements'), 'entries');
    modeler.get<Selection>('selection').select([]);

    expect(modeler.get<ElementActionsService>('elementActions').open()).toBe(true);
    expect(entryLabels(menu('Element erstellen'))).toContain('Aufgabe erstellen');
    expect(entries).toHaveBeenCalledTimes(1);
  });

  test('given nothing selected, when A is pressed, then the palette\'s elements are listed in German; "Aufgabe erstellen" adds a task that covers nothing, selected with its label open; undo takes it back', async () => {
    const { modeler, container } = await mount(twoTasksXml);
    modeler.get<Selection>('selection').select([]);
    modeler.get<Canvas>('canvas').focus();

    await userEvent.keyboard('a');
    const labels = entryLabels(menu('Element erstellen'));
    expect(labels).toEqual(
      expect.arrayContaining(['Startereignis erstellen', 'Endereignis erstellen', 'Gateway erstellen', 'Aufgabe erstellen', 'Datenobjekt erstellen', 'Pool/Teilnehmer erstellen']),
    );
    // the palette's tools (hand, lasso, space, connect) act by pointer and are not offered
    expect(labels.some((label) => /Hand|Lasso|Leerraum|Verbindungs/i.test(label))).toBe(false);
    await userEvent.keyboard('Aufgabe erst');
    await userEvent.keyboard('{Enter}');

    const task = selectedOne(modeler);
    expect(task.type).toBe('bpmn:Task');
    expect(all(modeler, 'bpmn:Task')).toHaveLength(4);
    expect(obstacles(modeler, task).filter((other) => overlaps(task, other))).toEqual([]);
    expect(container.querySelector('.djs-direct-editing-parent')).toBeVisible();
    await userEvent.keyboard('Akte abschließen{Enter}');
    expect(task.businessObject.name).toBe('Akte abschließen');

    const commandStack = modeler.get<CommandStack>('commandStack');
    commandStack.undo();
    commandStack.undo();
    expect(all(modeler, 'bpmn:Task')).toHaveLength(3);
  });

  test('given a lane of the sample selected, when "Aufgabe erstellen" is chosen from its actions, then the task lies in that lane, right of its steps, covering nothing, and the pool grew to hold it', async () => {
    const { modeler } = await mount(sampleDiagramXml);
    const pool = all(modeler, 'bpmn:Participant')[0] as Shape;
    const poolRightBefore = pool.x + pool.width;
    selectAndFocus(modeler, 'Lane_Ordnungsamt');

    await userEvent.keyboard('a');
    menu('Aktionen für ');
    await userEvent.keyboard('Aufgabe erst');
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Escape}');

    const task = selectedOne(modeler);
    expect(task.type).toBe('bpmn:Task');
    const lane = elementById(modeler, 'Lane_Ordnungsamt') as Shape;
    expect(inside(task, lane)).toBe(true);
    expect((lane.businessObject as { flowNodeRef: { id: string }[] }).flowNodeRef.map((node) => node.id)).toContain(task.id);
    expect(task.parent).toBe(pool);
    expect(inside(task, pool)).toBe(true);
    expect(pool.x + pool.width).toBeGreaterThan(poolRightBefore);
    expect(obstacles(modeler, task).filter((other) => overlaps(task, other))).toEqual([]);
  });

  test('given the sample (one pool with lanes) and nothing selected, when a gateway is created, then it goes into the pool, covering nothing', async () => {
    const { modeler } = await mount(sampleDiagramXml);

    const gateway = await createByKeyboard(modeler, 'Gateway');

    expect(gateway.type).toBe('bpmn:ExclusiveGateway');
    const pool = all(modeler, 'bpmn:Participant')[0] as Shape;
    expect(gateway.parent).toBe(pool);
    expect(inside(gateway, pool)).toBe(true);
    expect(obstacles(modeler, gateway).filter((other) => overlaps(gateway, other))).toEqual([]);
  });

  test('given a pool divided into two lanes, when a task is created with nothing selected, then it lies in the lane where the flow has got to, not on the line between the lanes', async () => {
    const { modeler } = await mount(twoTasksXml);
    const pool = await createByKeyboard(modeler, 'Pool');
    await userEvent.keyboard('{Escape}');
    modeler.get<Modeling>('modeling').splitLane(pool, 2);
    const lanes = all(modeler, 'bpmn:Lane') as Shape[];
    const startLane = lanes.find((lane) => inside(elementById(modeler, 'Start') as Shape, lane));
    expect(startLane).toBeDefined();

    const task = await createByKeyboard(modeler, 'Aufgabe erst');
    await userEvent.keyboard('{Escape}');

    expect(inside(task, startLane as Shape)).toBe(true);
    expect(((startLane as Shape).businessObject as { flowNodeRef: { id: string }[] }).flowNodeRef.map((node) => node.id)).toContain(task.id);
    expect(obstacles(modeler, task).filter((other) => overlaps(task, other))).toEqual([]);
  });

  test('given a lane lower than a sub-process, when an expanded sub-process is created in it, then it covers no element and the lane grows to hold it, in one undo step', async () => {
    const { modeler } = await mount(sampleDiagramXml);
    const laneHeight = (elementById(modeler, 'Lane_Ordnungsamt') as Shape).height;
    selectAndFocus(modeler, 'Lane_Ordnungsamt');

    await userEvent.keyboard('a');
    const labels = entryLabels(menu('Aktionen für '));
    // a pool goes below the others and a group into the diagram: neither is offered for a lane
    expect(labels).not.toContain('Pool/Teilnehmer erstellen');
    expect(labels).not.toContain('Gruppe erstellen');
    await userEvent.keyboard('Teilprozess erst');
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Escape}');

    const subProcess = selectedOne(modeler);
    expect(subProcess.type).toBe('bpmn:SubProcess');
    const others = obstacles(modeler, subProcess).filter((other) => other.parent !== subProcess && other.labelTarget?.parent !== subProcess);
    expect(others.filter((other) => overlaps(subProcess, other))).toEqual([]);
    // the lane grew to hold it, its padding below the lane's top and above its bottom
    const lane = elementById(modeler, 'Lane_Ordnungsamt') as Shape;
    expect(subProcess.y - lane.y).toBe(20);
    expect(lane.y + lane.height - (subProcess.y + subProcess.height)).toBeGreaterThanOrEqual(20);
    // one undo takes back the sub-process and the lane's growth
    modeler.get<CommandStack>('commandStack').undo();
    expect(lane.height).toBe(laneHeight);
    expect(modeler.get<ElementRegistry>('elementRegistry').get(subProcess.id)).toBeUndefined();
  });

  test('given a group created in the sample, when a data store is created next, then it stays out of the group', async () => {
    const { modeler } = await mount(sampleDiagramXml);

    const group = await createByKeyboard(modeler, 'Gruppe');
    const store = await createByKeyboard(modeler, 'Datenspeicher');

    expect(group.type).toBe('bpmn:Group');
    expect(store.type).toBe('bpmn:DataStoreReference');
    expect(overlaps(store, group)).toBe(false);
  });

  test('given a process without pools, wider than a new pool, when "Pool/Teilnehmer erstellen" is chosen, then the pool takes in every element, as the palette\'s pool does', async () => {
    const ids = ['Start', ...Array.from({ length: 8 }, (_, index) => `Task_${index}`)];
    const { modeler } = await mount(testDiagramXml({ nodes: ids.map((id, index) => (index === 0 ? { id, type: 'startEvent' } : { id, name: id })) }));

    const pool = await createByKeyboard(modeler, 'Pool');
    await userEvent.keyboard('Bürgerbüro{Enter}');

    expect(pool.type).toBe('bpmn:Participant');
    expect(modeler.get<Canvas>('canvas').getRootElement().type).toBe('bpmn:Collaboration');
    const taken = ids.map((id) => elementById(modeler, id) as Shape);
    for (const shape of taken) {
      expect(shape.parent).toBe(pool);
      expect(inside(shape, pool)).toBe(true);
    }
    // snug, as the palette's pool: 20 units round the elements, and the 30 of the pool's name band
    const left = Math.min(...taken.map((shape) => shape.x));
    const right = Math.max(...taken.map((shape) => shape.x + shape.width));
    expect(left - pool.x).toBe(50);
    expect(pool.x + pool.width - right).toBe(20);
    expect(pool.businessObject.name).toBe('Bürgerbüro');
  });

  test('given an empty diagram, when a start event is created, then it stands in the middle of the view', async () => {
    const { modeler } = await mount(emptyXml);

    const start = await createByKeyboard(modeler, 'Startereignis');
    await userEvent.keyboard('{Escape}');

    expect(start.type).toBe('bpmn:StartEvent');
    const view = modeler.get<Canvas>('canvas').viewbox();
    expect(inside(start, { ...view, type: '' } as unknown as Shape)).toBe(true);
  });

  test('given a selected task, when Escape is pressed on the canvas, then nothing is selected and A offers the elements to create', async () => {
    const { modeler } = await mount(twoTasksXml);
    selectAndFocus(modeler, 'Task_B');

    await userEvent.keyboard('{Escape}');
    expect(modeler.get<Selection>('selection').get()).toEqual([]);
    await userEvent.keyboard('a');
    menu('Element erstellen');
  });

  test('given a selected task, when an arrow key is pressed on the canvas, then the task moves (Shift: ten times as far), undoably', async () => {
    const { modeler } = await mount(twoTasksXml);
    const task = elementById(modeler, 'Task_B') as Shape;
    const { x, y } = task;
    selectAndFocus(modeler, 'Task_B');

    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Shift>}{ArrowDown}{/Shift}');

    expect({ x: task.x, y: task.y }).toEqual({ x: x + 1, y: y + 10 });
    modeler.get<CommandStack>('commandStack').undo();
    modeler.get<CommandStack>('commandStack').undo();
    expect({ x: task.x, y: task.y }).toEqual({ x, y });
  });
});
