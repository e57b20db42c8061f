// The modeller's additions for keyboard and workshop use: a click on the selected step keeps it
// selected (diagram-js would deselect it), and "Aufgabe anfügen" appends a connected task after the
// selection or after the diagram's open end, selected and with its label open for typing.
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Connection, Element, Shape } from 'diagram-js/lib/model/Types';
import { sampleDiagramXml } from '../sample/sampleDiagram';
import { newDiagramXml } from '../newDiagramXml';
import { elementById, mountModeler } from '../testing/mountModeler';
import { testDiagramXml } from '../testing/testDiagramXml';
import { appendTask } from './appendTask';

/** a new process's diagram: its start event and nothing else */
const startOnlyXml = newDiagramXml('Neuer Prozess');

/** start -> Task_A, and an end event nothing leads to yet: Task_A is the one open end */
const openEndXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" isExecutable="false">
    <bpmn:startEvent id="StartEvent_1" />
    <bpmn:task id="Task_A" name="A" />
    <bpmn:endEvent id="EndEvent_1" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_A" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="180" y="160" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_A_di" bpmnElement="Task_A"><dc:Bounds x="270" y="138" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_1_di" bpmnElement="EndEvent_1"><dc:Bounds x="700" y="160" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="216" y="178" /><di:waypoint x="270" y="178" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

/** Task_A is the one open end; a named gateway right of it has a label of its own and leads to an end event */
const labelRightOfOpenEndXml = testDiagramXml({
  nodes: [
    { id: 'StartEvent_1', type: 'startEvent' },
    { id: 'Task_A', name: 'A' },
    { id: 'Gateway_G', type: 'exclusiveGateway', name: 'Vollständig?' },
    { id: 'EndEvent_1', type: 'endEvent' },
  ],
  flows: [
    { id: 'Flow_1', from: 'StartEvent_1', to: 'Task_A' },
    { id: 'Flow_2', from: 'Gateway_G', to: 'EndEvent_1' },
  ],
});

const emptyXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" isExecutable="false" />
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1" />
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;


function selectedIds(modeler: Modeler): string[] {
  return modeler.get<Selection>('selection').get().map((selected) => selected.id);
}

/** the ids of the elements a sequence flow leads to from this one */
function successors(modeler: Modeler, id: string): string[] {
  return (elementById(modeler, id) as Shape).outgoing.filter((flow: Connection) => flow.type === 'bpmn:SequenceFlow').map((flow: Connection) => flow.target?.id ?? '');
}

function labelEditorOpen(container: HTMLElement): boolean {
  const editor = container.querySelector<HTMLElement>('.djs-direct-editing-parent');
  return !!editor && editor.style.display !== 'none';
}

describe('a click on the selected step', () => {
  test('given a step selected by a click, when it is clicked again, then it stays selected', async () => {
    const { modeler } = await mountModeler({ xml: sampleDiagramXml });
    const registry = modeler.get<ElementRegistry>('elementRegistry');
    modeler.get<Canvas>('canvas').scrollToElement(elementById(modeler, 'Task_DatenAbtippen'));
    const shape = registry.getGraphics('Task_DatenAbtippen');

    await userEvent.click(shape);
    expect(selectedIds(modeler)).toEqual(['Task_DatenAbtippen']);
    await userEvent.click(shape);

    expect(selectedIds(modeler)).toEqual(['Task_DatenAbtippen']);
  });

  test('given a step selected, when it is clicked with Shift, then it is deselected (diagram-js keeps its toggle)', async () => {
    const { modeler } = await mountModeler({ xml: sampleDiagramXml });
    modeler.get<Canvas>('canvas').scrollToElement(elementById(modeler, 'Task_DatenAbtippen'));
    const shape = modeler.get<ElementRegistry>('elementRegistry').getGraphics('Task_DatenAbtippen');
    await userEvent.click(shape);

    await userEvent.keyboard('{Shift>}');
    await userEvent.click(shape);
    await userEvent.keyboard('{/Shift}');

    expect(selectedIds(modeler)).toEqual([]);
  });
});

describe('appendTask', () => {
  test('given a new process with only its start event, when a task is appended, then it follows the start event, is selected and its label is open', async () => {
    const { modeler, container } = await mountModeler({ xml: startOnlyXml });

    const id = appendTask(modeler);

    expect(id).toBeDefined();
    expect(elementById(modeler, id as string).type).toBe('bpmn:Task');
    expect(successors(modeler, 'StartEvent_1')).toEqual([id]);
    expect(selectedIds(modeler)).toEqual([id]);
    expect(labelEditorOpen(container)).toBe(true);
  });

  test('given a selected task, when a task is appended, then the new task follows the selected one', async () => {
    const { modeler } = await mountModeler({ xml: sampleDiagramXml });
    const before = successors(modeler, 'Task_DatenAbtippen');
    modeler.get<Selection>('selection').select(elementById(modeler, 'Task_DatenAbtippen'));

    const id = appendTask(modeler) as string;

    expect(successors(modeler, 'Task_DatenAbtippen')).toEqual([...before, id]);
    expect(successors(modeler, id)).toEqual([]);
  });

  test('given a selected end event, when a task is appended, then it follows the open end instead (no flow leaves an end event)', async () => {
    const { modeler } = await mountModeler({ xml: openEndXml });
    modeler.get<Selection>('selection').select(elementById(modeler, 'EndEvent_1'));

    const id = appendTask(modeler) as string;

    expect(successors(modeler, 'Task_A')).toEqual([id]);
    expect(successors(modeler, 'EndEvent_1')).toEqual([]);
    expect(successors(modeler, 'StartEvent_1')).toEqual(['Task_A']);
  });

  test("given an event's or gateway's label right of the open end, when a task is appended, then it follows the open end, not the label", async () => {
    const { modeler } = await mountModeler({ xml: labelRightOfOpenEndXml });

    const id = appendTask(modeler) as string;

    expect(successors(modeler, 'Task_A')).toEqual([id]);
    expect(successors(modeler, 'Gateway_G')).toEqual(['EndEvent_1']);
  });

  test('given the sample, where every flow node has a flow leaving it, when a task is appended with nothing selected, then a flow leads to it and it covers no other element', async () => {
    const { modeler } = await mountModeler({ xml: sampleDiagramXml });

    const task = elementById(modeler, appendTask(modeler) as string) as Shape;

    const sources = task.incoming.filter((flow: Connection) => flow.type === 'bpmn:SequenceFlow').map((flow: Connection) => flow.source as Shape);
    expect(sources).toHaveLength(1);
    expect(sources[0].businessObject.$instanceOf('bpmn:FlowNode')).toBe(true);
    const covered = (modeler.get<ElementRegistry>('elementRegistry').getAll() as Element[])
      .filter((other): other is Shape => other !== task && 'width' in other && !('waypoints' in other))
      .filter((other) => !['bpmn:Participant', 'bpmn:Lane'].includes(other.type))
      .filter((other) => other.x < task.x + task.width && task.x < other.x + other.width && other.y < task.y + task.height && task.y < other.y + other.height)
      .map((other) => other.id);
    expect(covered).toEqual([]);
  });

  test('given an empty diagram, when a task is appended, then nothing changes and no id is returned', async () => {
    const { modeler } = await mountModeler({ xml: emptyXml });
    const before = modeler.get<ElementRegistry>('elementRegistry').getAll().length;

    expect(appendTask(modeler)).toBeUndefined();
    expect(modeler.get<ElementRegistry>('elementRegistry').getAll().length).toBe(before);
  });

  test('given an append, when its open label is left with Escape before anything is typed, then the append is taken back and the element before it selected', async () => {
    const { modeler } = await mountModeler({ xml: startOnlyXml });
    const id = appendTask(modeler) as string;

    const editor = modeler.get<{ $textbox: HTMLElement }>('directEditing').$textbox;
    editor.querySelector('[contenteditable]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }));
    await Promise.resolve();

    expect(modeler.get<ElementRegistry>('elementRegistry').get(id)).toBeUndefined();
    expect(successors(modeler, 'StartEvent_1')).toEqual([]);
    expect(modeler.get<{ canUndo(): boolean }>('commandStack').canUndo()).toBe(false);
    expect(selectedIds(modeler)).toEqual(['StartEvent_1']);
  });

  test('given an append, when a name is entered and confirmed, and a later label editing is cancelled, then the task stays', async () => {
    const { modeler } = await mountModeler({ xml: startOnlyXml });
    const id = appendTask(modeler) as string;
    const directEditing = modeler.get<{ activate(element: Element): void; cancel(): void; complete(): void; $textbox: HTMLElement }>('directEditing');
    const editable = directEditing.$textbox.querySelector('[contenteditable]') as HTMLElement;
    editable.textContent = 'Antrag prüfen';
    directEditing.complete();

    expect(elementById(modeler, id).businessObject.name).toBe('Antrag prüfen');
    // a later label editing of the named task, cancelled, changes nothing
    directEditing.activate(elementById(modeler, id));
    directEditing.cancel();
    expect(elementById(modeler, id).businessObject.name).toBe('Antrag prüfen');
    expect(successors(modeler, 'StartEvent_1')).toEqual([id]);
  });

  test('given an append, when it is undone, then the task and its flow are gone', async () => {
    const { modeler } = await mountModeler({ xml: startOnlyXml });
    const id = appendTask(modeler) as string;

    modeler.get<{ undo(): void }>('commandStack').undo();

    expect(modeler.get<ElementRegistry>('elementRegistry').get(id)).toBeUndefined();
    expect(successors(modeler, 'StartEvent_1')).toEqual([]);
  });
});
