// A new element's label opens for typing, as a new task's does, whichever way the element is made:
// appended from the context pad, created from the palette, created by keyboard ("Element
// erstellen"). The name typed right after goes into the label, none of its letters a shortcut; a
// label left empty leaves the element unnamed and adds no step to undo.
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type Modeler from 'bpmn-js/lib/Modeler';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import { elementsOfType, mountModeler, partOf, withAppTexts } from '../testing/mountModeler';
import { testDiagramXml } from '../testing/testDiagramXml';

const twoTasksXml = testDiagramXml({
  nodes: [
    { id: 'Start', type: 'startEvent' },
    { id: 'Task_A', name: 'Antrag prüfen' },
  ],
  flows: [{ id: 'Flow_1', from: 'Start', to: 'Task_A' }],
});

interface DirectEditing {
  isActive(element?: Element): boolean;
}

async function mount() {
  return mountModeler({ xml: twoTasksXml, create: withAppTexts() });
}

function only(modeler: Modeler, type: string): Shape {
  const found = elementsOfType(modeler, type);
  expect(found).toHaveLength(1);
  return found[0] as Shape;
}

function labelOpenOn(modeler: Modeler, element: Element): boolean {
  return modeler.get<DirectEditing>('directEditing').isActive(element);
}

/** Appends by a click on the task's context-pad entry `action` (as "append.gateway"); returns the new element. */
async function appendByMouse(modeler: Modeler, container: HTMLElement, action: string, type: string): Promise<Shape> {
  const before = new Set(elementsOfType(modeler, type));
  await userEvent.click(partOf(container, '[data-element-id="Task_A"]'));
  await userEvent.click(partOf(container, `.djs-context-pad [data-action="${action}"]`));
  const added = elementsOfType(modeler, type).filter((element) => !before.has(element));
  expect(added).toHaveLength(1);
  return added[0] as Shape;
}

/** With nothing selected, opens "Element erstellen" by A, and chooses the entry `typed` finds. */
async function createByKeyboard(modeler: Modeler, typed: string): Promise<Shape> {
  modeler.get<Selection>('selection').select([]);
  modeler.get<Canvas>('canvas').focus();
  await userEvent.keyboard('a');
  await userEvent.keyboard(typed);
  await userEvent.keyboard('{Enter}');
  const [created] = modeler.get<Selection>('selection').get() as Shape[];
  return created;
}

describe('a new element opens its label for typing', () => {
  test('given a task, when "Gateway anfügen" is clicked in its context pad and a name typed at once, then the gateway has exactly that name', async () => {
    const { modeler, container } = await mount();

    const gateway = await appendByMouse(modeler, container, 'append.gateway', 'bpmn:ExclusiveGateway');
    expect(labelOpenOn(modeler, gateway)).toBe(true);
    await userEvent.keyboard('Sind Unterlagen vollständig?{Enter}');

    expect(gateway.businessObject.name).toBe('Sind Unterlagen vollständig?');
    // no letter was taken as a shortcut: no menu opened, nothing else changed
    expect(container.querySelector('.djs-popup')).toBeNull();
    expect(elementsOfType(modeler, 'bpmn:ExclusiveGateway')).toHaveLength(1);
  });

  test('given the palette, when a gateway is placed with the mouse and a name typed at once, then the gateway has exactly that name', async () => {
    const { modeler, container } = await mount();

    await userEvent.click(partOf(container, '.djs-palette [data-action="create.exclusive-gateway"]'));
    await userEvent.click(partOf(container, 'svg'), { position: { x: 700, y: 400 } });
    const gateway = only(modeler, 'bpmn:ExclusiveGateway');
    expect(labelOpenOn(modeler, gateway)).toBe(true);
    await userEvent.keyboard('Alles vollständig?{Enter}');

    expect(gateway.businessObject.name).toBe('Alles vollständig?');
    expect(container.querySelector('.djs-popup')).toBeNull();
  });

  test.each([
    ['Gateway erst', 'bpmn:ExclusiveGateway'],
    ['Datenobjekt erst', 'bpmn:DataObjectReference'],
    ['Datenspeicher erst', 'bpmn:DataStoreReference'],
    ['Aufgabe erst', 'bpmn:Task'],
  ])('given "Element erstellen" by keyboard, when "%s…" is chosen, then the new %s has its label open', async (typed, type) => {
    const { modeler } = await mount();

    const created = await createByKeyboard(modeler, typed);

    expect(created.type).toBe(type);
    expect(labelOpenOn(modeler, created)).toBe(true);
  });

  test('given the palette, when a data store is placed with the mouse, then its label is open', async () => {
    const { modeler, container } = await mount();

    await userEvent.click(partOf(container, '[data-element-id="Task_A"]'));
    await userEvent.click(partOf(container, '.djs-palette [data-action="create.data-store"]'));
    await userEvent.click(partOf(container, 'svg'), { position: { x: 600, y: 450 } });

    expect(labelOpenOn(modeler, only(modeler, 'bpmn:DataStoreReference'))).toBe(true);
  });

  test('given the palette, when a group is placed with the mouse and a name typed at once, then the group has that name', async () => {
    const { modeler, container } = await mount();

    await userEvent.click(partOf(container, '.djs-palette [data-action="create.group"]'));
    await userEvent.click(partOf(container, 'svg'), { position: { x: 600, y: 350 } });
    const group = only(modeler, 'bpmn:Group');
    expect(labelOpenOn(modeler, group)).toBe(true);
    await userEvent.keyboard('Antragsprüfung{Enter}');

    expect((group.businessObject as { categoryValueRef?: { value?: string } }).categoryValueRef?.value).toBe('Antragsprüfung');
  });
});

describe('a new element\'s label left empty', () => {
  test.each([
    ['append.gateway', 'bpmn:ExclusiveGateway'],
    ['append.end-event', 'bpmn:EndEvent'],
    ['append.append-task', 'bpmn:Task'],
  ])('given "%s" from the context pad, when its label is left empty, then it stays unnamed and one undo takes the append back', async (action, type) => {
    const { modeler, container } = await mount();
    const commandStack = modeler.get<CommandStack>('commandStack');

    const appended = await appendByMouse(modeler, container, action, type);
    expect(labelOpenOn(modeler, appended)).toBe(true);
    await userEvent.keyboard('{Enter}');

    expect(appended.businessObject.name).toBeUndefined();
    commandStack.undo();
    expect(elementsOfType(modeler, type)).toHaveLength(type === 'bpmn:Task' ? 1 : 0);
    expect(commandStack.canUndo()).toBe(false);
  });

  test('given a gateway appended from the context pad, when a click elsewhere on the canvas leaves its empty label, then it stays unnamed and one undo takes the append back', async () => {
    const { modeler, container } = await mount();
    const commandStack = modeler.get<CommandStack>('commandStack');

    await appendByMouse(modeler, container, 'append.gateway', 'bpmn:ExclusiveGateway');
    await userEvent.click(partOf(container, 'svg'), { position: { x: 700, y: 500 } });

    expect(only(modeler, 'bpmn:ExclusiveGateway').businessObject.name).toBeUndefined();
    commandStack.undo();
    expect(elementsOfType(modeler, 'bpmn:ExclusiveGateway')).toHaveLength(0);
    expect(commandStack.canUndo()).toBe(false);
  });
});
