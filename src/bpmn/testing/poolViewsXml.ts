// Test support for the view pickers (never imported by the app): a file of three views, none of
// them named by its diagram or the element it shows, so each name has to come from the pools or is
// absent. Pure strings: usable in the unit and browser projects.

/**
 * View 1 ("Diagram_Bestellung") shows the unnamed collaboration of the pools "Kunde" and "Pizzeria"
 * (3 shapes); view 2 ("Diagram_Backen") the unnamed process of the pool "Pizzeria" (1 shape);
 * view 3 has no id and shows an unnamed process that no pool stands for (2 shapes).
 */
export const poolViewsXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs_Pizza" targetNamespace="http://example.org">
  <bpmn:collaboration id="Collaboration_0abc">
    <bpmn:participant id="Pool_Kunde" name="Kunde" processRef="Process_Kunde" />
    <bpmn:participant id="Pool_Pizzeria" name=" Pizzeria
      " processRef="Process_Pizzeria" />
  </bpmn:collaboration>
  <bpmn:process id="Process_Kunde" isExecutable="false">
    <bpmn:task id="Task_Bestellen" name="Pizza bestellen" />
  </bpmn:process>
  <bpmn:process id="Process_Pizzeria" isExecutable="false">
    <bpmn:task id="Task_Backen" name="Pizza backen" />
  </bpmn:process>
  <bpmn:process id="Process_1" isExecutable="false">
    <bpmn:task id="Task_Einkaufen" name="Zutaten einkaufen" />
    <bpmn:task id="Task_Putzen" name="Ofen putzen" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_Bestellung">
    <bpmndi:BPMNPlane id="Plane_Bestellung" bpmnElement="Collaboration_0abc">
      <bpmndi:BPMNShape id="Pool_Kunde_di" bpmnElement="Pool_Kunde" isHorizontal="true"><dc:Bounds x="100" y="50" width="600" height="200" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Bestellen_di" bpmnElement="Task_Bestellen"><dc:Bounds x="200" y="110" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Pool_Pizzeria_di" bpmnElement="Pool_Pizzeria" isHorizontal="true"><dc:Bounds x="100" y="300" width="600" height="100" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
  <bpmndi:BPMNDiagram id="Diagram_Backen">
    <bpmndi:BPMNPlane id="Plane_Backen" bpmnElement="Process_Pizzeria">
      <bpmndi:BPMNShape id="Task_Backen_di" bpmnElement="Task_Backen"><dc:Bounds x="200" y="100" width="100" height="80" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
  <bpmndi:BPMNDiagram>
    <bpmndi:BPMNPlane id="Plane_Intern" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="Task_Einkaufen_di" bpmnElement="Task_Einkaufen"><dc:Bounds x="200" y="100" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Putzen_di" bpmnElement="Task_Putzen"><dc:Bounds x="350" y="100" width="100" height="80" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
