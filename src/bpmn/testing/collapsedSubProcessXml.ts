// Test support (not used by the app): a process with a task on the top level and a collapsed
// sub-process whose one task lies on the sub-process's own plane, as modelling tools draw them.

/** "Task_Top" on the process's plane; "Task_Inner" inside the collapsed "Sub", on the plane "Sub_plane". */
export const collapsedSubProcessXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs" targetNamespace="http://example.org">
  <bpmn:process id="P"><bpmn:task id="Task_Top" name="Oben" /><bpmn:subProcess id="Sub" name="Unterlagen prüfen"><bpmn:task id="Task_Inner" name="Innen" /></bpmn:subProcess></bpmn:process>
  <bpmndi:BPMNDiagram id="D1"><bpmndi:BPMNPlane id="Pl1" bpmnElement="P">
    <bpmndi:BPMNShape id="Task_Top_di" bpmnElement="Task_Top"><dc:Bounds x="100" y="100" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Sub_di" bpmnElement="Sub" isExpanded="false"><dc:Bounds x="300" y="100" width="100" height="80" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
  <bpmndi:BPMNDiagram id="D2"><bpmndi:BPMNPlane id="Pl2" bpmnElement="Sub">
    <bpmndi:BPMNShape id="Task_Inner_di" bpmnElement="Task_Inner"><dc:Bounds x="100" y="100" width="100" height="80" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
