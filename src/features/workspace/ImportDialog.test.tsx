// Tests of importing a "BPMN mit Bewertung" file: the dialog says how many steps bring their
// answers, lists a dropped out-of-range answer among the import warnings, and hands the answers
// over with the new process.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { embedAssessments } from '../../bpmn/scoresInBpmn';
import type { Department, StepAssessment } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import { ImportDialog } from './ImportDialog';
import type { ImportResult } from './ImportDialog';

const diagramXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" name="Sondernutzung" isExecutable="false">
    <bpmn:userTask id="Task_Pruefen" name="Antrag prüfen" />
    <bpmn:manualTask id="Task_Drucken" name="Erlaubnis drucken" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="Task_Pruefen_di" bpmnElement="Task_Pruefen"><dc:Bounds x="100" y="100" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Drucken_di" bpmnElement="Task_Drucken"><dc:Bounds x="260" y="100" width="100" height="80" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

function record(stepId: string, changes: Partial<StepAssessment>): StepAssessment {
  return { processId: 'p-old', stepId, answers: {}, quantities: {}, notes: '', notApplicable: false, alreadyAutomated: false, updatedAt: '2026-11-20T08:00:00.000Z', revision: 2, ...changes };
}

const amt: Department = { id: 'd-1', name: 'Ordnungsamt', code: 'Amt 32', createdAt: '2026-10-01T08:00:00.000Z', updatedAt: '2026-10-01T08:00:00.000Z', revision: 1 };

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

describe('ImportDialog with embedded answers', () => {
  it('given a file with answers of two steps, one out of range, when imported, then it says so, warns, and hands the valid answers over', async () => {
    const embedded = await embedAssessments(diagramXml, {
      assessments: [
        record('Task_Pruefen', { answers: { R: 4, Sp: 2 }, quantities: { volume: 30, period: 'weekly' }, notes: 'Gebühr 25 €' }),
        record('Task_Drucken', { answers: { Id: 3 } }),
      ],
    });
    // an answer no export writes: level 9 of a 1–5 scale
    const tampered = embedded.replace('code="Id" value="3"', 'code="Id" value="9"');
    expect(tampered).not.toBe(embedded);
    const onConfirm = vi.fn<(result: ImportResult) => void>();
    const user = userEvent.setup();

    render(<ImportDialog source={{ kind: 'file', file: new File([tampered], 'sondernutzung.bpmn') }} departments={[amt]} onConfirm={onConfirm} onClose={() => undefined} />);

    const dialog = screen.getByRole('dialog', { name: 'Importieren: sondernutzung.bpmn' });
    expect(await within(dialog).findByText('Die Datei enthält die Bewertungen von 2 Schritten. Sie werden mit dem Prozess übernommen.')).toBeInTheDocument();
    const warnings = within(dialog).getByRole('region', { name: /Hinweis/ });
    expect(warnings).toHaveTextContent('Antwort Id = „9“ liegt außerhalb des erlaubten Bereichs und wurde verworfen.');

    await user.click(within(dialog).getByRole('button', { name: 'Prozess anlegen' }));

    const result = onConfirm.mock.lastCall?.[0];
    expect(result?.warnings.some((warning) => warning.includes('Id = „9“'))).toBe(true);
    const byStep = new Map(result?.assessments.map((assessment) => [assessment.stepId, assessment]));
    expect(byStep.get('Task_Pruefen')).toMatchObject({ answers: { R: 4, Sp: 2 }, quantities: { volume: 30, period: 'weekly' }, notes: 'Gebühr 25 €' });
    expect(byStep.get('Task_Drucken')?.answers).toEqual({});
  });
});
