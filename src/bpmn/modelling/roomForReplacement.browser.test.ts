// A task with close neighbours changed into an expanded sub-process ("Element ändern", by keyboard
// through the element actions menu) covers none of them: what lies right of it moves right, the
// lanes and the pool grow to hold it, the flows still join their elements, and one undo puts every
// element back. A change into another task type, as large as the task, moves nothing.
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { Connection, Element, Shape } from 'diagram-js/lib/model/Types';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { sampleDiagramXml } from '../sample/sampleDiagram';
import { elementById, mountModeler, withAppTexts } from '../testing/mountModeler';
import { verticalPoolXml } from '../testing/laneDiagrams';

/**
 * A pool of two lanes. In the upper one: start, gateway, Task_X and Task_Next, each 50 apart, then
 * the end (the gateway's name above it); in the lower one Task_Below, right below Task_X. The lanes
 * are 150 high.
 */
const crowdedPoolXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Defs" targetNamespace="http://example.org">
  <bpmn:collaboration id="Collaboration_1">
    <bpmn:participant id="Pool" name="Amt" processRef="Process_1" />
  </bpmn:collaboration>
  <bpmn:process id="Process_1" isExecutable="false">
    <bpmn:laneSet id="LaneSet_1">
      <bpmn:lane id="Lane_A" name="Schalter"><bpmn:flowNodeRef>Start</bpmn:flowNodeRef><bpmn:flowNodeRef>Gateway</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_X</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_Next</bpmn:flowNodeRef><bpmn:flowNodeRef>End</bpmn:flowNodeRef></bpmn:lane>
      <bpmn:lane id="Lane_B" name="Fachamt"><bpmn:flowNodeRef>Task_Below</bpmn:flowNodeRef></bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:exclusiveGateway id="Gateway" name="Vollständig?"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing><bpmn:outgoing>Flow_5</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:task id="Task_X" name="Antrag prüfen"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:task>
    <bpmn:task id="Task_Next" name="Bescheid schreiben"><bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing></bpmn:task>
    <bpmn:endEvent id="End"><bpmn:incoming>Flow_4</bpmn:incoming></bpmn:endEvent>
    <bpmn:task id="Task_Below" name="Nachfragen"><bpmn:incoming>Flow_5</bpmn:incoming></bpmn:task>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Gateway" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Gateway" targetRef="Task_X" />
    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_X" targetRef="Task_Next" />
    <bpmn:sequenceFlow id="Flow_4" sourceRef="Task_Next" targetRef="End" />
    <bpmn:sequenceFlow id="Flow_5" sourceRef="Gateway" targetRef="Task_Below" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Collaboration_1">
      <bpmndi:BPMNShape id="Pool_di" bpmnElement="Pool" isHorizontal="true"><dc:Bounds x="100" y="50" width="800" height="300" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_A_di" bpmnElement="Lane_A" isHorizontal="true"><dc:Bounds x="130" y="50" width="770" height="150" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_B_di" bpmnElement="Lane_B" isHorizontal="true"><dc:Bounds x="130" y="200" width="770" height="150" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="170" y="107" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Gateway_di" bpmnElement="Gateway" isMarkerVisible="true"><dc:Bounds x="250" y="100" width="50" height="50" /><bpmndi:BPMNLabel><dc:Bounds x="245" y="76" width="60" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_X_di" bpmnElement="Task_X"><dc:Bounds x="350" y="85" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Next_di" bpmnElement="Task_Next"><dc:Bounds x="500" y="85" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="650" y="107" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Below_di" bpmnElement="Task_Below"><dc:Bounds x="350" y="240" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="206" y="125" /><di:waypoint x="250" y="125" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="300" y="125" /><di:waypoint x="350" y="125" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="450" y="125" /><di:waypoint x="500" y="125" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_4_di" bpmnElement="Flow_4"><di:waypoint x="600" y="125" /><di:waypoint x="650" y="125" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_5_di" bpmnElement="Flow_5"><di:waypoint x="275" y="150" /><di:waypoint x="275" y="280" /><di:waypoint x="350" y="280" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;


/** bpmn-js's replace, as the replace menu's entries call it (its typings ask for every option of every element type) */
interface BpmnReplace {
  replaceElement(element: Element, target: { type: string; isExpanded?: boolean }): Element;
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function mount(xml: string) {
  return mountModeler({ xml, width: 1200, create: withAppTexts() });
}

function shapes(modeler: Modeler): Shape[] {
  return (modeler.get<ElementRegistry>('elementRegistry').getAll() as Element[]).filter((element): element is Shape => typeof element.x === 'number' && !element.waypoints);
}

function connections(modeler: Modeler): Connection[] {
  return (modeler.get<ElementRegistry>('elementRegistry').getAll() as Element[]).filter((element): element is Connection => Array.isArray(element.waypoints));
}

function boundsOf({ x, y, width, height }: Shape): Bounds {
  return { x, y, width, height };
}

/** every shape's bounds and every connection's waypoints, by id */
function layoutOf(modeler: Modeler): Record<string, unknown> {
  return Object.fromEntries([
    ...shapes(modeler).map((shape) => [shape.id, boundsOf(shape)]),
    ...connections(modeler).map((connection) => [connection.id, connection.waypoints.map(({ x, y }) => ({ x, y }))]),
  ]);
}

function overlaps(a: Bounds, b: Bounds): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Bounds, outer: Bounds): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** true when the point lies on the border of the bounds, give or take a unit */
function onBorder({ x, y }: { x: number; y: number }, bounds: Bounds): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1;
  const withinX = x >= bounds.x - 1 && x <= bounds.x + bounds.width + 1;
  const withinY = y >= bounds.y - 1 && y <= bounds.y + bounds.height + 1;
  return (withinX && (near(y, bounds.y) || near(y, bounds.y + bounds.height))) || (withinY && (near(x, bounds.x) || near(x, bounds.x + bounds.width)));
}

/** the flow elements and labels the sub-process must not cover: all but pools, lanes, itself and what is in it (bpmn-js puts a start event there) */
function othersThan(modeler: Modeler, shape: Shape): Shape[] {
  return shapes(modeler).filter((other) => other !== shape && other.labelTarget !== shape && other.parent !== shape && other.labelTarget?.parent !== shape && !is(other, 'bpmn:Participant') && !is(other, 'bpmn:Lane'));
}

/** Changes the type of the element through "Element ändern" in the element actions menu, as a keyboard user does. */
async function changeTypeByKeyboard(modeler: Modeler, id: string, typeName: string): Promise<Shape> {
  modeler.get<Selection>('selection').select(elementById(modeler, id));
  modeler.get<Canvas>('canvas').focus();
  await userEvent.keyboard('a');
  await userEvent.keyboard('Element ändern');
  await userEvent.keyboard('{Enter}');
  await userEvent.keyboard(typeName);
  expect(document.querySelector('.djs-popup .entry.selected')).toHaveTextContent(typeName);
  await userEvent.keyboard('{Enter}');
  return elementById(modeler, id) as Shape;
}

describe('changing the type of an element with close neighbours', () => {
  test('given a task right after a gateway, when it becomes an expanded sub-process, then it covers no neighbour, the lanes and the pool hold everything and the flows still join their elements', async () => {
    const { modeler } = await mount(crowdedPoolXml);
    const before = boundsOf(elementById(modeler, 'Task_X') as Shape);
    const next = elementById(modeler, 'Task_Next') as Shape;
    const nextX = next.x;
    const below = elementById(modeler, 'Task_Below') as Shape;
    const belowY = below.y;

    const subProcess = await changeTypeByKeyboard(modeler, 'Task_X', 'Teilprozess (aufgeklappt)');

    expect(subProcess.type).toBe('bpmn:SubProcess');
    expect(subProcess.width).toBeGreaterThan(before.width);
    expect(othersThan(modeler, subProcess).filter((other) => overlaps(subProcess, other))).toEqual([]);
    // it grows from where the task stood, around the task's middle line: its flows stay straight
    expect(subProcess.x).toBe(before.x);
    expect(subProcess.y + subProcess.height / 2).toBe(before.y + before.height / 2);
    // what lay right of the task moved right by as much as it grew; what lay below it, down
    expect(next.x - nextX).toBe(subProcess.width - before.width);
    expect(below.y).toBeGreaterThan(belowY);
    const pool = elementById(modeler, 'Pool') as Shape;
    const [laneA, laneB] = ['Lane_A', 'Lane_B'].map((id) => elementById(modeler, id) as Shape);
    expect(inside(subProcess, laneA)).toBe(true);
    expect(inside(below, laneB)).toBe(true);
    expect(overlaps(laneA, laneB)).toBe(false);
    for (const shape of othersThan(modeler, subProcess).filter((other) => !other.labelTarget)) expect(inside(shape, pool)).toBe(true);
    for (const flow of connections(modeler)) {
      expect(onBorder(flow.waypoints[0], flow.source as Shape)).toBe(true);
      expect(onBorder(flow.waypoints[flow.waypoints.length - 1], flow.target as Shape)).toBe(true);
    }
    const incoming = elementById(modeler, 'Flow_2') as Connection;
    expect(new Set(incoming.waypoints.map(({ y }) => y)).size).toBe(1);
  });

  test('given a task replaced by an expanded sub-process and its neighbours moved, when the change is undone once, then every element is where it was', async () => {
    const { modeler } = await mount(crowdedPoolXml);
    const layout = layoutOf(modeler);

    await changeTypeByKeyboard(modeler, 'Task_X', 'Teilprozess (aufgeklappt)');
    expect((elementById(modeler, 'Task_Next') as Shape).x).not.toBe((layout.Task_Next as Bounds).x);
    modeler.get<CommandStack>('commandStack').undo();

    expect(elementById(modeler, 'Task_X').type).toBe('bpmn:Task');
    expect(layoutOf(modeler)).toEqual(layout);
  });

  test('given vertical lanes, when a task with a close successor becomes an expanded sub-process, then the successor moves down, the lane widens to hold it and the lanes keep apart', async () => {
    const { modeler } = await mount(verticalPoolXml);
    const before = boundsOf(elementById(modeler, 'Task_V') as Shape);
    const after = elementById(modeler, 'Task_After') as Shape;
    const afterY = after.y;

    const subProcess = await changeTypeByKeyboard(modeler, 'Task_V', 'Teilprozess (aufgeklappt)');

    expect(othersThan(modeler, subProcess).filter((other) => overlaps(subProcess, other))).toEqual([]);
    expect(subProcess.y).toBe(before.y);
    expect(subProcess.x + subProcess.width / 2).toBe(before.x + before.width / 2);
    expect(after.y - afterY).toBe(subProcess.height - before.height);
    const [left, right] = ['Lane_Left', 'Lane_Right'].map((id) => elementById(modeler, id) as Shape);
    expect(inside(subProcess, left)).toBe(true);
    expect(overlaps(left, right)).toBe(false);
    expect(inside(right, elementById(modeler, 'Pool') as Shape)).toBe(true);
    const flow = elementById(modeler, 'Flow_V') as Connection;
    expect(onBorder(flow.waypoints[0], subProcess)).toBe(true);
    expect(onBorder(flow.waypoints[flow.waypoints.length - 1], after)).toBe(true);
  });

  test('given the sample\'s task right after the gateway, when it becomes an expanded sub-process, then it covers nothing and stays in its lane, and the lanes keep apart inside the pool', async () => {
    const { modeler } = await mount(sampleDiagramXml);

    const subProcess = await changeTypeByKeyboard(modeler, 'Task_GebuehrKassieren', 'Teilprozess (aufgeklappt)');

    expect(othersThan(modeler, subProcess).filter((other) => overlaps(subProcess, other))).toEqual([]);
    expect(inside(subProcess, elementById(modeler, 'Lane_Buergerbuero') as Shape)).toBe(true);
    const lanes = shapes(modeler).filter((shape) => is(shape, 'bpmn:Lane'));
    const pool = elementById(modeler, 'Participant_Stadtverwaltung') as Shape;
    for (const lane of lanes) {
      expect(inside(lane, pool)).toBe(true);
      for (const other of lanes) if (other !== lane) expect(overlaps(lane, other)).toBe(false);
    }
  });

  test.each([
    { name: 'a user task', target: { type: 'bpmn:UserTask' } },
    { name: 'a collapsed sub-process', target: { type: 'bpmn:SubProcess', isExpanded: false } },
  ])('given a task with close neighbours, when it becomes $name, as large as it, then nothing moves', async ({ target }) => {
    const { modeler } = await mount(crowdedPoolXml);
    const layout = layoutOf(modeler);

    modeler.get<BpmnReplace>('bpmnReplace').replaceElement(elementById(modeler, 'Task_X'), target);

    expect(elementById(modeler, 'Task_X').type).toBe(target.type);
    expect(layoutOf(modeler)).toEqual(layout);
  });
});
