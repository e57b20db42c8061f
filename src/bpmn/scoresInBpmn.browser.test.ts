// Browser test of BPMN with scores in bpmn-js itself: a file with embedded assessments opens in a
// Modeler that knows nothing of the descriptor, and what that Modeler saves still carries them.
import { afterEach, describe, expect, it } from 'vitest';
import Modeler from 'bpmn-js/lib/Modeler';
import type { StepAssessment } from '../domain/assessment';
import { embedAssessments, extractAssessments } from './scoresInBpmn';

const processId = 'b3f0d7a2-9c1e-4d7b-8e55-0a4f3c2d1e99';

const diagramXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs" targetNamespace="http://example.org">
  <bpmn:process id="Process_1" isExecutable="false">
    <bpmn:task id="Task_A" name="Antrag prüfen" />
    <bpmn:task id="Task_B" name="Bescheid erstellen" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="Task_A_di" bpmnElement="Task_A"><dc:Bounds x="200" y="100" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_B_di" bpmnElement="Task_B"><dc:Bounds x="350" y="100" width="100" height="80" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

const assessments: StepAssessment[] = [
  {
    processId,
    stepId: 'Task_A',
    answers: { R: 5, Id: 1, Mb: 3, Lf: 1, Er: true },
    quantities: { volume: 40, period: 'weekly', minutesPerCase: 30 },
    buildingBlock: 'dataEntry',
    notes: 'Eingang per Fax',
    notApplicable: false,
    alreadyAutomated: false,
    lastKnownName: 'Antrag prüfen',
    updatedAt: '2025-02-01T09:00:00.000Z',
    revision: 5,
  },
  {
    processId,
    stepId: 'Task_B',
    answers: { R: 2 },
    quantities: {},
    notes: '',
    notApplicable: false,
    alreadyAutomated: false,
    lastKnownName: 'Bescheid erstellen',
    updatedAt: '2025-02-01T09:05:00.000Z',
    revision: 1,
  },
];

let modeler: Modeler | undefined;
let container: HTMLElement | undefined;

afterEach(() => {
  modeler?.destroy();
  container?.remove();
});

describe('BPMN with scores in bpmn-js', () => {
  it('given an embedded file, when a Modeler without the descriptor opens and saves it, then the answers survive', async () => {
    const embedded = await embedAssessments(diagramXml, { assessments, catalogueVersion: 2 });
    container = document.createElement('div');
    container.style.cssText = 'width: 800px; height: 400px';
    document.body.appendChild(container);
    modeler = new Modeler({ container });

    const { warnings } = await modeler.importXML(embedded);
    const { xml } = await modeler.saveXML({ format: true });

    expect(warnings).toEqual([]);
    expect(container.querySelectorAll('[data-element-id="Task_A"]').length).toBeGreaterThan(0);
    const restored = await extractAssessments(xml ?? '', processId);
    expect(restored).toEqual({ assessments, warnings: [] });
  });
});
