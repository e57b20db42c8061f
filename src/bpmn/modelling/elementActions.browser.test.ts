// "Aktionen für das Element" by keyboard only: with an element selected and the canvas focused, A,
// Shift+F10 or the context-menu key opens the element's context-pad actions as a searchable menu in
// German; choosing one appends a gateway or an end event, divides a pool into lanes, or connects two
// elements through "Verbinden mit …", as the mouse does through the context pad, undoably, and the
// focus goes back to the canvas.
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import german from '../../i18n/locales/de/bpmn.json';
import { createModeler } from '../createModeler';
import { sampleDiagramXml } from '../sample/sampleDiagram';
import { mountModeler } from '../testing/mountModeler';
import { testDiagramXml } from '../testing/testDiagramXml';
import type { ElementActionsService } from './elementActions';

const germanTexts: Record<string, string> = german;

const twoTasksXml = testDiagramXml({
  nodes: [
    { id: 'Start', type: 'startEvent' },
    { id: 'Task_A', name: 'Antrag prüfen' },
    { id: 'Task_B', name: 'Bescheid drucken' },
    { id: 'Task_C', name: 'Akte anlegen' },
  ],
  flows: [{ id: 'Flow_1', from: 'Start', to: 'Task_A' }],
});

async function mount(xml: string) {
  return mountModeler({
    xml,
    width: 1200,
    create: (host) => createModeler({ container: host, language: 'de', translate: (template) => germanTexts[template] }),
  });
}

function element(modeler: Modeler, id: string): Element {
  const found = modeler.get<ElementRegistry>('elementRegistry').get(id) as Element | undefined;
  if (!found) throw new Error(`no element ${id}`);
  return found;
}

function all(modeler: Modeler, type: string): Element[] {
  return (modeler.get<ElementRegistry>('elementRegistry').getAll() as Element[]).filter((candidate) => candidate.type === type);
}

/** Selects the element and focuses the canvas, as the element search or a click leaves them. */
function selectAndFocus(modeler: Modeler, id: string): void {
  modeler.get<Selection>('selection').select(element(modeler, id));
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
  return ((element(modeler, id) as Shape).outgoing ?? []).filter((flow) => flow.type === 'bpmn:SequenceFlow').map((flow) => flow.target as Element);
}

describe('the element actions menu', () => {
  test('given a selected task, when A is pressed on the canvas, then its context-pad actions are listed in German, with "Verbinden mit …"', async () => {
    const { modeler } = await mount(twoTasksXml);
    selectAndFocus(modeler, 'Task_A');

    await userEvent.keyboard('a');

    const labels = entryLabels(menu('Aktionen für das Element'));
    expect(labels).toEqual(expect.arrayContaining(['Gateway anhängen', 'Endereignis anhängen', 'Aufgabe anhängen', 'Element ändern', 'Löschen', 'Verbinden mit …']));
    // bpmn-js's "connect" entry needs a pointer to drag; the menu offers "Verbinden mit …" instead
    expect(labels).not.toContain('Mit Sequenzfluss verbinden');
  });

  test('given the menu, when "Gateway" is typed and Enter pressed, then a gateway follows the task, the menu is gone and the canvas has the focus; undo takes it back', async () => {
    const { modeler, container } = await mount(twoTasksXml);
    selectAndFocus(modeler, 'Task_A');

    await userEvent.keyboard('a');
    menu('Aktionen für das Element');
    await userEvent.keyboard('Gateway anh');
    await userEvent.keyboard('{Enter}');

    expect(successors(modeler, 'Task_A').map((next) => next.type)).toEqual(['bpmn:ExclusiveGateway']);
    expect(document.querySelector('.djs-popup')).toBeNull();
    expect(container.contains(document.activeElement)).toBe(true);
    modeler.get<CommandStack>('commandStack').undo();
    expect(successors(modeler, 'Task_A')).toEqual([]);
  });

  test('given Shift+F10, when "Verbinden mit …" and then a task are chosen, then a sequence flow joins the two and the task stays selected', async () => {
    const { modeler } = await mount(twoTasksXml);
    selectAndFocus(modeler, 'Task_A');

    await userEvent.keyboard('{Shift>}{F10}{/Shift}');
    menu('Aktionen für das Element');
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
    const labels = entryLabels(menu('Aktionen für das Element'));
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

    modeler.get<CommandStack>('commandStack').execute('element.updateLabel', { element: element(modeler, 'Task_B'), newLabel: 'Bescheid senden' });
    modeler.get<Canvas>('canvas').focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(element(modeler, 'Task_B').businessObject.name).toBe('Bescheid drucken');
  });

  test('given two tasks selected, when A is pressed, then the menu offers what the context pad offers for both, and "Löschen" removes both', async () => {
    const { modeler } = await mount(twoTasksXml);
    modeler.get<Selection>('selection').select([element(modeler, 'Task_B'), element(modeler, 'Task_C')]);
    modeler.get<Canvas>('canvas').focus();

    await userEvent.keyboard('a');
    const labels = entryLabels(menu('Aktionen für die gewählten Elemente'));
    expect(labels).toContain('Löschen');
    expect(labels).not.toContain('Verbinden mit …');
    await userEvent.keyboard('Löschen');
    await userEvent.keyboard('{Enter}');

    expect(all(modeler, 'bpmn:Task').map((task) => task.id)).toEqual(['Task_A']);
  });

  test('given nothing selected, when the service is asked to open, then it opens nothing and says so', async () => {
    const { modeler } = await mount(twoTasksXml);
    modeler.get<Selection>('selection').select([]);

    expect(modeler.get<ElementActionsService>('elementActions').open()).toBe(false);
    expect(document.querySelector('.djs-popup')).toBeNull();
  });
});
