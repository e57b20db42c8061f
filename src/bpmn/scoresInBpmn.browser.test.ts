// Browser test of BPMN with scores in bpmn-js itself: a file with embedded assessments opens in a
// Modeler that knows nothing of the descriptor, and what that Modeler saves still carries them,
// with the marks of answers a building block filled and of answers the user cleared.
import { describe, expect, it } from 'vitest';
import Modeler from 'bpmn-js/lib/Modeler';
import type { StepAssessment } from '../domain/assessment';
import { testAssessment } from '../domain/testing/fixtures';
import { embedAssessments, extractAssessments } from './scoresInBpmn';
import { mountModeler } from './testing/mountModeler';
import { testDiagramXml } from './testing/testDiagramXml';

const processId = 'b3f0d7a2-9c1e-4d7b-8e55-0a4f3c2d1e99';

const diagramXml = testDiagramXml({
  nodes: [
    { id: 'Task_A', name: 'Antrag prüfen' },
    { id: 'Task_B', name: 'Bescheid erstellen' },
  ],
});

const assessments: StepAssessment[] = [
  testAssessment('Task_A', {
    processId,
    answers: { R: 5, Id: 1, Mb: 3, Lf: 1, Er: true },
    quantities: { volume: 40, period: 'weekly', minutesPerCase: 30 },
    buildingBlock: 'dataEntry',
    notes: 'Eingang per Fax',
    lastKnownName: 'Antrag prüfen',
    updatedAt: '2025-02-01T09:00:00.000Z',
    revision: 5,
  }),
  // "Entscheiden" filled R 2; the user cleared Mb
  testAssessment('Task_B', {
    processId,
    answers: { R: 2 },
    buildingBlock: 'decide',
    prefilled: ['R'],
    cleared: ['Mb'],
    lastKnownName: 'Bescheid erstellen',
    updatedAt: '2025-02-01T09:05:00.000Z',
  }),
];

describe('BPMN with scores in bpmn-js', () => {
  it('given an embedded file, when a Modeler without the descriptor opens and saves it, then the answers survive', async () => {
    const embedded = await embedAssessments(diagramXml, { assessments, catalogueVersion: 2 });
    const { modeler, container, warnings } = await mountModeler({ xml: embedded, width: 800, height: 400, create: (host) => new Modeler({ container: host }) });

    const { xml } = await modeler.saveXML({ format: true });

    expect(warnings).toEqual([]);
    expect(container.querySelectorAll('[data-element-id="Task_A"]').length).toBeGreaterThan(0);
    const restored = await extractAssessments(xml ?? '', processId);
    expect(restored).toEqual({ assessments, assessedCount: assessments.length, warnings: [] });
  });
});
