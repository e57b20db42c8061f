// readSteps in the browser: process order across pools, sub-processes (expanded and on their own
// plane), boundary events, unconnected steps, nested lanes, and the views of a multi-diagram file
// (the open view's steps, the other view's marked, a deleted step in neither).
import { describe, expect, test } from 'vitest';
import type Modeler from 'bpmn-js/lib/Modeler';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { readSteps } from './readSteps';
import { sampleDiagramXml } from './sample/sampleDiagram';
import { mountModeler } from './testing/mountModeler';
import multipleDiagramsXml from '../../../shared/fixtures/bpmn/bpmn-io/bpmn-js_multiple-diagrams.bpmn?raw';

/**
 * Two pools; "Bürger" is drawn above "Amt". In "Amt": Start_A → Prüfen → [Unterlagen sichten:
 * Start_S1 → Lesen → Vermerken] → [Bescheid erstellen (collapsed): Entwurf → Freigabe] → Versenden
 * → End_A; a boundary event on "Prüfen" → Nachfragen → End_A2; "Ablage" is not connected.
 * Lanes: Ordnungsamt with the child lanes Innendienst (top) and Außendienst (bottom).
 */
const twoPoolsXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Defs" targetNamespace="http://example.org">
  <bpmn:collaboration id="Collab">
    <bpmn:participant id="P_Amt" name="Amt" processRef="Proc_Amt" />
    <bpmn:participant id="P_Buerger" name="Bürger" processRef="Proc_Buerger" />
  </bpmn:collaboration>
  <bpmn:process id="Proc_Buerger">
    <bpmn:startEvent id="Start_B" />
    <bpmn:task id="Task_B1" name="Antrag&#10;  stellen" />
    <bpmn:endEvent id="End_B" />
    <bpmn:sequenceFlow id="F_B1" sourceRef="Start_B" targetRef="Task_B1" />
    <bpmn:sequenceFlow id="F_B2" sourceRef="Task_B1" targetRef="End_B" />
  </bpmn:process>
  <bpmn:process id="Proc_Amt">
    <bpmn:laneSet id="LS">
      <bpmn:lane id="Lane_Amt" name="Ordnungsamt">
        <bpmn:flowNodeRef>Start_A</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_A1</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Sub_Exp</bpmn:flowNodeRef><bpmn:flowNodeRef>Sub_Col</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_A2</bpmn:flowNodeRef><bpmn:flowNodeRef>End_A</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Bnd</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_Boundary</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>End_A2</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_Lose</bpmn:flowNodeRef>
        <bpmn:childLaneSet id="LS_Child">
          <bpmn:lane id="Lane_Innen" name="Innendienst">
            <bpmn:flowNodeRef>Start_A</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_A1</bpmn:flowNodeRef>
            <bpmn:flowNodeRef>Sub_Exp</bpmn:flowNodeRef><bpmn:flowNodeRef>Bnd</bpmn:flowNodeRef>
            <bpmn:flowNodeRef>Task_Lose</bpmn:flowNodeRef>
          </bpmn:lane>
          <bpmn:lane id="Lane_Aussen" name="Außendienst">
            <bpmn:flowNodeRef>Sub_Col</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_A2</bpmn:flowNodeRef>
            <bpmn:flowNodeRef>End_A</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_Boundary</bpmn:flowNodeRef>
            <bpmn:flowNodeRef>End_A2</bpmn:flowNodeRef>
          </bpmn:lane>
        </bpmn:childLaneSet>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="Start_A" />
    <bpmn:task id="Task_A1" name="Prüfen" />
    <bpmn:boundaryEvent id="Bnd" attachedToRef="Task_A1" />
    <bpmn:subProcess id="Sub_Exp" name="Unterlagen sichten">
      <bpmn:startEvent id="Start_S1" />
      <bpmn:userTask id="Task_S1" name="Lesen" />
      <bpmn:manualTask id="Task_S2" name="Vermerken" />
      <bpmn:sequenceFlow id="F_S1" sourceRef="Start_S1" targetRef="Task_S1" />
      <bpmn:sequenceFlow id="F_S2" sourceRef="Task_S1" targetRef="Task_S2" />
    </bpmn:subProcess>
    <bpmn:subProcess id="Sub_Col" name="Bescheid erstellen">
      <bpmn:task id="Task_C1" name="Entwurf" />
      <bpmn:serviceTask id="Task_C2" name="Freigabe" />
      <bpmn:sequenceFlow id="F_C1" sourceRef="Task_C1" targetRef="Task_C2" />
    </bpmn:subProcess>
    <bpmn:sendTask id="Task_A2" name="Versenden" />
    <bpmn:endEvent id="End_A" />
    <bpmn:task id="Task_Boundary" name="Nachfragen" />
    <bpmn:endEvent id="End_A2" />
    <bpmn:task id="Task_Lose" name="Ablage" />
    <bpmn:sequenceFlow id="F_A1" sourceRef="Start_A" targetRef="Task_A1" />
    <bpmn:sequenceFlow id="F_A2" sourceRef="Task_A1" targetRef="Sub_Exp" />
    <bpmn:sequenceFlow id="F_A3" sourceRef="Sub_Exp" targetRef="Sub_Col" />
    <bpmn:sequenceFlow id="F_A4" sourceRef="Sub_Col" targetRef="Task_A2" />
    <bpmn:sequenceFlow id="F_A5" sourceRef="Task_A2" targetRef="End_A" />
    <bpmn:sequenceFlow id="F_A6" sourceRef="Bnd" targetRef="Task_Boundary" />
    <bpmn:sequenceFlow id="F_A7" sourceRef="Task_Boundary" targetRef="End_A2" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="D_Main">
    <bpmndi:BPMNPlane id="Plane_Main" bpmnElement="Collab">
      <bpmndi:BPMNShape id="P_Buerger_di" bpmnElement="P_Buerger" isHorizontal="true"><dc:Bounds x="50" y="50" width="1250" height="200" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Start_B_di" bpmnElement="Start_B"><dc:Bounds x="150" y="132" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_B1_di" bpmnElement="Task_B1"><dc:Bounds x="250" y="110" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_B_di" bpmnElement="End_B"><dc:Bounds x="420" y="132" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="F_B1_di" bpmnElement="F_B1"><di:waypoint x="186" y="150" /><di:waypoint x="250" y="150" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="F_B2_di" bpmnElement="F_B2"><di:waypoint x="350" y="150" /><di:waypoint x="420" y="150" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNShape id="P_Amt_di" bpmnElement="P_Amt" isHorizontal="true"><dc:Bounds x="50" y="300" width="1250" height="400" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_Amt_di" bpmnElement="Lane_Amt" isHorizontal="true"><dc:Bounds x="80" y="300" width="1220" height="400" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_Innen_di" bpmnElement="Lane_Innen" isHorizontal="true"><dc:Bounds x="110" y="300" width="1190" height="200" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_Aussen_di" bpmnElement="Lane_Aussen" isHorizontal="true"><dc:Bounds x="110" y="500" width="1190" height="200" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Start_A_di" bpmnElement="Start_A"><dc:Bounds x="150" y="382" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_A1_di" bpmnElement="Task_A1"><dc:Bounds x="230" y="360" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Bnd_di" bpmnElement="Bnd"><dc:Bounds x="262" y="422" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Sub_Exp_di" bpmnElement="Sub_Exp" isExpanded="true"><dc:Bounds x="380" y="320" width="360" height="160" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Start_S1_di" bpmnElement="Start_S1"><dc:Bounds x="400" y="382" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_S1_di" bpmnElement="Task_S1"><dc:Bounds x="460" y="360" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_S2_di" bpmnElement="Task_S2"><dc:Bounds x="600" y="360" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Sub_Col_di" bpmnElement="Sub_Col" isExpanded="false"><dc:Bounds x="800" y="560" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_A2_di" bpmnElement="Task_A2"><dc:Bounds x="950" y="560" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_A_di" bpmnElement="End_A"><dc:Bounds x="1100" y="582" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Boundary_di" bpmnElement="Task_Boundary"><dc:Bounds x="230" y="560" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_A2_di" bpmnElement="End_A2"><dc:Bounds x="380" y="582" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Lose_di" bpmnElement="Task_Lose"><dc:Bounds x="1150" y="360" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="F_A1_di" bpmnElement="F_A1"><di:waypoint x="186" y="400" /><di:waypoint x="230" y="400" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="F_A2_di" bpmnElement="F_A2"><di:waypoint x="330" y="400" /><di:waypoint x="380" y="400" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="F_S1_di" bpmnElement="F_S1"><di:waypoint x="436" y="400" /><di:waypoint x="460" y="400" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="F_S2_di" bpmnElement="F_S2"><di:waypoint x="560" y="400" /><di:waypoint x="600" y="400" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="F_A3_di" bpmnElement="F_A3"><di:waypoint x="740" y="400" /><di:waypoint x="850" y="400" /><di:waypoint x="850" y="560" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="F_A4_di" bpmnElement="F_A4"><di:waypoint x="900" y="600" /><di:waypoint x="950" y="600" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="F_A5_di" bpmnElement="F_A5"><di:waypoint x="1050" y="600" /><di:waypoint x="1100" y="600" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="F_A6_di" bpmnElement="F_A6"><di:waypoint x="280" y="458" /><di:waypoint x="280" y="560" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="F_A7_di" bpmnElement="F_A7"><di:waypoint x="330" y="600" /><di:waypoint x="380" y="600" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
  <bpmndi:BPMNDiagram id="D_Sub">
    <bpmndi:BPMNPlane id="Plane_Sub" bpmnElement="Sub_Col">
      <bpmndi:BPMNShape id="Task_C1_di" bpmnElement="Task_C1"><dc:Bounds x="100" y="100" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_C2_di" bpmnElement="Task_C2"><dc:Bounds x="250" y="100" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="F_C1_di" bpmnElement="F_C1"><di:waypoint x="200" y="140" /><di:waypoint x="250" y="140" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

/** bpmn-js's modeling service, as far as this test uses it */
interface Modeling {
  updateLabel(element: unknown, text: string): void;
  removeElements(elements: unknown[]): void;
  splitLane(lane: unknown, count: number): void;
}

/** diagram-js's command stack, as far as this test uses it */
interface CommandStack {
  undo(): void;
}

async function load(xml: string): Promise<Modeler> {
  const { modeler, warnings } = await mountModeler({ xml, width: 1200, height: 800 });
  expect(warnings).toEqual([]);
  return modeler;
}

describe('readSteps', () => {
  test('given the sample process, when read, then its ten tasks come in flow order with lane and pool', async () => {
    const bpmn = await load(sampleDiagramXml);

    const steps = readSteps(bpmn);

    // breadth-first from the start event; after the gateway the upper branch ("nein", y 170)
    // comes before the right one ("ja", y 340)
    const antrag = 'Antragsteller/in';
    const buero = 'Bürgerbüro';
    const amt = 'Ordnungsamt';
    expect(steps.map((step) => [step.order, step.id, step.type, step.lane])).toEqual([
      [1, 'Task_FormularAusfuellen', 'bpmn:ManualTask', antrag],
      [2, 'Task_AntragEntgegennehmen', 'bpmn:ManualTask', buero],
      [3, 'Task_DatenAbtippen', 'bpmn:UserTask', buero],
      [4, 'Task_UnterlagenNachreichen', 'bpmn:ManualTask', antrag],
      [5, 'Task_GebuehrKassieren', 'bpmn:UserTask', buero],
      [6, 'Task_AnmeldungPruefen', 'bpmn:UserTask', amt],
      [7, 'Task_MeldungUebermitteln', 'bpmn:ServiceTask', amt],
      [8, 'Task_BescheinigungDrucken', 'bpmn:ManualTask', amt],
      [9, 'Task_DurchschriftScannen', 'bpmn:UserTask', amt],
      [10, 'Task_BescheinigungVersenden', 'bpmn:SendTask', amt],
    ]);
    expect(steps.every((step) => step.pool === 'Stadtverwaltung' && step.parent === undefined)).toBe(true);
    expect(steps[0].name).toBe('Papierformular ausfüllen und im Bürgerbüro abgeben');
  });

  test('given two pools, sub-processes, a boundary event and a loose task, when read, then the order follows the flows', async () => {
    const bpmn = await load(twoPoolsXml);

    const steps = readSteps(bpmn.get<ElementRegistry>('elementRegistry'));

    expect(steps.map((step) => ({ ...step }))).toEqual([
      // the pool drawn on top comes first
      { order: 1, id: 'Task_B1', name: 'Antrag stellen', type: 'bpmn:Task', pool: 'Bürger' },
      { order: 2, id: 'Task_A1', name: 'Prüfen', type: 'bpmn:Task', pool: 'Amt', lane: 'Innendienst' },
      // the expanded sub-process, then its content (which inherits the sub-process's lane)
      { order: 3, id: 'Sub_Exp', name: 'Unterlagen sichten', type: 'bpmn:SubProcess', pool: 'Amt', lane: 'Innendienst' },
      { order: 4, id: 'Task_S1', name: 'Lesen', type: 'bpmn:UserTask', pool: 'Amt', lane: 'Innendienst', parent: 'Unterlagen sichten' },
      { order: 5, id: 'Task_S2', name: 'Vermerken', type: 'bpmn:ManualTask', pool: 'Amt', lane: 'Innendienst', parent: 'Unterlagen sichten' },
      // queue after "Prüfen": the sub-process, then the boundary event; after the sub-process: the
      // collapsed one (its content drawn on its own plane follows it)
      { order: 6, id: 'Sub_Col', name: 'Bescheid erstellen', type: 'bpmn:SubProcess', pool: 'Amt', lane: 'Außendienst' },
      { order: 7, id: 'Task_C1', name: 'Entwurf', type: 'bpmn:Task', pool: 'Amt', lane: 'Außendienst', parent: 'Bescheid erstellen' },
      { order: 8, id: 'Task_C2', name: 'Freigabe', type: 'bpmn:ServiceTask', pool: 'Amt', lane: 'Außendienst', parent: 'Bescheid erstellen' },
      // reached from the boundary event, one level before "Versenden"
      { order: 9, id: 'Task_Boundary', name: 'Nachfragen', type: 'bpmn:Task', pool: 'Amt', lane: 'Außendienst' },
      { order: 10, id: 'Task_A2', name: 'Versenden', type: 'bpmn:SendTask', pool: 'Amt', lane: 'Außendienst' },
      // no flow reaches it
      { order: 11, id: 'Task_Lose', name: 'Ablage', type: 'bpmn:Task', pool: 'Amt', lane: 'Innendienst' },
    ]);
  });

  test('given a renamed task, when read again, then the new name is there', async () => {
    const bpmn = await load(sampleDiagramXml);
    const task = bpmn.get<ElementRegistry>('elementRegistry').get('Task_DatenAbtippen');

    bpmn.get<Modeling>('modeling').updateLabel(task, 'Daten erfassen');

    expect(readSteps(bpmn).find((step) => step.id === 'Task_DatenAbtippen')?.name).toBe('Daten erfassen');
  });

  test('given a lane divided in two, when read, then its steps keep the lane\'s name (its new child lanes have none); a named child lane wins', async () => {
    const bpmn = await load(sampleDiagramXml);
    const registry = bpmn.get<ElementRegistry>('elementRegistry');
    const laneOf = (id: string) => readSteps(bpmn).find((step) => step.id === id)?.lane;

    bpmn.get<Modeling>('modeling').splitLane(registry.get('Lane_Buergerbuero'), 2);

    expect(laneOf('Task_DatenAbtippen')).toBe('Bürgerbüro');
    const lanes = registry.filter((element) => element.type === 'bpmn:Lane' && element.businessObject.$parent?.$parent?.id === 'Lane_Buergerbuero');
    const child = lanes.find((lane) => (lane.businessObject.flowNodeRef as { id: string }[] | undefined)?.some((node) => node.id === 'Task_DatenAbtippen'));
    expect(child).toBeDefined();
    bpmn.get<Modeling>('modeling').updateLabel(child, 'Kasse');
    expect(laneOf('Task_DatenAbtippen')).toBe('Kasse');
  });

  test('given a file with two diagrams, when read, then the open view’s steps come first and the other view’s are marked', async () => {
    const bpmn = await load(multipleDiagramsXml);
    // the first diagram shows Process_2: three events, no task; BPMNDiagram_1 shows Process_1's two tasks
    expect(readSteps(bpmn).map((step) => [step.order, step.id, step.inOtherView])).toEqual([
      [1, 'Task_1', true],
      [2, 'Task_2', true],
    ]);

    await bpmn.open('BPMNDiagram_1');

    expect(readSteps(bpmn).map((step) => [step.order, step.id, step.name, step.inOtherView])).toEqual([
      [1, 'Task_1', '', undefined],
      [2, 'Task_2', '', undefined],
    ]);
  });

  test('given a task deleted on one view of a two-diagram file, when read there or on the other view, then it is in neither, and undo brings it back', async () => {
    const bpmn = await load(multipleDiagramsXml);
    await bpmn.open('BPMNDiagram_1');
    const registry = bpmn.get<ElementRegistry>('elementRegistry');

    bpmn.get<Modeling>('modeling').removeElements([registry.get('Task_1')]);
    expect(readSteps(bpmn).map((step) => step.id)).toEqual(['Task_2']);
    bpmn.get<CommandStack>('commandStack').undo();
    expect(readSteps(bpmn).map((step) => step.id)).toEqual(['Task_1', 'Task_2']);

    bpmn.get<Modeling>('modeling').removeElements([registry.get('Task_1')]);
    await bpmn.open('BPMNDiagram_2');
    expect(readSteps(bpmn).map((step) => [step.id, step.inOtherView])).toEqual([['Task_2', true]]);
  });
});
