// Test support for the bpmn tests (never imported by the app): small diagrams with lanes that more
// than one test file draws.

/** A pool of two vertical lanes, 200 wide; in the left one Task_V and 50 below it Task_After, joined by a flow. */
export const verticalPoolXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Defs" targetNamespace="http://example.org">
  <bpmn:collaboration id="Collab"><bpmn:participant id="Pool" name="Stadt" processRef="Process" /></bpmn:collaboration>
  <bpmn:process id="Process">
    <bpmn:laneSet id="LaneSet">
      <bpmn:lane id="Lane_Left" name="Bürgerbüro"><bpmn:flowNodeRef>Task_V</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_After</bpmn:flowNodeRef></bpmn:lane>
      <bpmn:lane id="Lane_Right" name="Kasse" />
    </bpmn:laneSet>
    <bpmn:task id="Task_V" name="Antrag prüfen"><bpmn:outgoing>Flow_V</bpmn:outgoing></bpmn:task>
    <bpmn:task id="Task_After" name="Bescheid schreiben"><bpmn:incoming>Flow_V</bpmn:incoming></bpmn:task>
    <bpmn:sequenceFlow id="Flow_V" sourceRef="Task_V" targetRef="Task_After" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram"><bpmndi:BPMNPlane id="Plane" bpmnElement="Collab">
    <bpmndi:BPMNShape id="Pool_di" bpmnElement="Pool" isHorizontal="false"><dc:Bounds x="100" y="100" width="400" height="500" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Lane_Left_di" bpmnElement="Lane_Left" isHorizontal="false"><dc:Bounds x="100" y="130" width="200" height="470" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Lane_Right_di" bpmnElement="Lane_Right" isHorizontal="false"><dc:Bounds x="300" y="130" width="200" height="470" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Task_V_di" bpmnElement="Task_V"><dc:Bounds x="150" y="200" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Task_After_di" bpmnElement="Task_After"><dc:Bounds x="150" y="330" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="Flow_V_di" bpmnElement="Flow_V"><di:waypoint x="200" y="280" /><di:waypoint x="200" y="330" /></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
