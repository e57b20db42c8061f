// Tests of the import dialog's review: a "BPMN mit Bewertung" file says how many steps bring their
// answers, lists a dropped out-of-range answer among the import warnings, and hands the answers over
// with the new process; a file from another tool gets a plain summary of what its warnings mean,
// grouped by kind, above the full list of warnings, and the count and that summary describe the
// dialog; a file of several diagrams offers them by a person's name (the diagram's, the process's
// or the pools'), an unnamed one by its place in the list. Pasted XML with answers is spoken of as
// the pasted text. A backup or other JSON, dropped or pasted, is sent to "Sicherung einspielen". A
// file dropped with others names those left out, and they describe the dialog. A large file's
// dialog is painted before its check holds the page. "Prüfen" with nothing pasted marks the field
// with its error (German and English) and moves the focus there. A file's process facts (Lotse,
// status, description) are said and handed over, and its Amt is chosen where it exists here.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { embedAssessments } from '../../bpmn/scoresInBpmn';
import { poolViewsXml } from '../../bpmn/testing/poolViewsXml';
import { createProcess } from '../../domain/assessment';
import type { Department, StepAssessment } from '../../domain/assessment';
import { createBundle } from '../../domain/bundle';
import { createDefaultCatalogue } from '../../domain/criteria';
import { i18n } from '../../i18n/i18n';
import { ImportDialog } from './ImportDialog';
import type { ImportResult } from './ImportDialog';
import multipleDiagramsXml from '../../../../shared/fixtures/bpmn/bpmn-io/bpmn-js_multiple-diagrams.bpmn?raw';

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

/**
 * A file as another tool (Signavio-style ids) might write it: two elements whose id is taken, a
 * sequence flow to an element that does not exist, an element of the vendor's that BPMN does not
 * know, and two tasks that no diagram draws.
 */
const foreignXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="sid-defs" targetNamespace="http://www.signavio.com">
  <bpmn:process id="sid-process" name="Gewerbeanmeldung" isExecutable="false">
    <bpmn:task id="sid-A1" name="Anmeldung prüfen" />
    <bpmn:subProcess id="sid-S2" name="Unterlagen nachfordern">
      <bpmn:task id="sid-S2-T" name="Schreiben senden" />
    </bpmn:subProcess>
    <bpmn:subProcess id="sid-S2" name="Unterlagen nachfordern (Kopie)" />
    <bpmn:task id="sid-A1" name="Anmeldung prüfen (Kopie)" />
    <bpmn:sequenceFlow id="sid-F1" sourceRef="sid-A1" targetRef="sid-gone" />
    <bpmn:LoopCounter />
    <bpmn:task id="sid-H1" name="Gebühr buchen" />
    <bpmn:task id="sid-H2" name="Akte schließen" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="sid-diagram">
    <bpmndi:BPMNPlane id="sid-plane" bpmnElement="sid-process">
      <bpmndi:BPMNShape id="sid-A1_di" bpmnElement="sid-A1"><dc:Bounds x="100" y="100" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="sid-S2_di" bpmnElement="sid-S2" isExpanded="true"><dc:Bounds x="260" y="60" width="300" height="160" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="sid-S2-T_di" bpmnElement="sid-S2-T"><dc:Bounds x="300" y="100" width="100" height="80" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

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

    render(<ImportDialog source={{ kind: 'file', file: new File([tampered], 'sondernutzung.bpmn') }} departments={[amt]} processes={[]} onConfirm={onConfirm} onClose={() => undefined} />);

    const dialog = screen.getByRole('dialog', { name: 'Importieren: sondernutzung.bpmn' });
    // the step whose one answer is dropped brings nothing: only the other counts
    expect(await within(dialog).findByText('Die Datei enthält die Bewertung von 1 Schritt. Sie wird mit dem Prozess übernommen.')).toBeInTheDocument();
    const warnings = within(dialog).getByRole('region', { name: /Hinweis/ });
    expect(warnings).toHaveTextContent('Antwort Id = „9“ liegt außerhalb des erlaubten Bereichs und wurde verworfen.');

    await user.click(within(dialog).getByRole('button', { name: 'Prozess anlegen' }));

    const result = onConfirm.mock.lastCall?.[0];
    // handed over with its kind, for the editor's summary
    expect(result?.warnings.filter((warning) => warning.message.includes('Id = „9“')).map((warning) => warning.kind)).toEqual(['embeddedAnswer']);
    const byStep = new Map(result?.assessments.map((assessment) => [assessment.stepId, assessment]));
    expect(byStep.get('Task_Pruefen')).toMatchObject({ answers: { R: 4, Sp: 2 }, quantities: { volume: 30, period: 'weekly' }, notes: 'Gebühr 25 €' });
    expect(byStep.get('Task_Drucken')?.answers).toEqual({});
  });

  it('given a file that names its Lotse, status, description and an Amt that exists here, when imported, then that Amt is chosen and the facts are said and handed over', async () => {
    // a QA tour: the CDO office imported a Lotse's "BPMN mit Bewertung" into the wrong Amt, and Lotse, status and description were lost
    const other: Department = { ...amt, id: 'd-other', code: 'Amt 10', name: 'Personal' };
    const facts = { lotse: 'Bernd Becker', status: 'workshop' as const, description: 'Sondernutzung von Gehwegen', department: { code: amt.code, name: amt.name } };
    const file = new File([await embedAssessments(diagramXml, { assessments: [record('Task_Pruefen', { answers: { R: 4 } })], processFacts: facts })], 'sondernutzung.bpmn');
    const onConfirm = vi.fn<(result: ImportResult) => void>();
    const user = userEvent.setup();

    render(<ImportDialog source={{ kind: 'file', file }} departments={[other, amt]} processes={[]} departmentId={other.id} onConfirm={onConfirm} onClose={() => undefined} />);

    const dialog = screen.getByRole('dialog', { name: 'Importieren: sondernutzung.bpmn' });
    expect(await within(dialog).findByText('Aus der Datei übernommen: Lotse/Lotsin Bernd Becker, Status „im Workshop“ und die Beschreibung.')).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Amt' })).toHaveValue(amt.id);
    await user.click(within(dialog).getByRole('button', { name: 'Prozess anlegen' }));
    expect(onConfirm.mock.lastCall?.[0]).toMatchObject({ department: { kind: 'existing', id: amt.id }, facts: { lotse: 'Bernd Becker', status: 'workshop', description: 'Sondernutzung von Gehwegen' } });
  });

  it('given a file that names an Amt that does not exist here, then the dialog says so and leaves the choice to the user', async () => {
    const facts = { lotse: '', status: 'draft' as const, description: '', department: { code: 'Amt 99', name: 'Unbekannt' } };
    const file = new File([await embedAssessments(diagramXml, { assessments: [record('Task_Pruefen', { answers: { R: 4 } })], processFacts: facts })], 'sondernutzung.bpmn');

    render(<ImportDialog source={{ kind: 'file', file }} departments={[amt]} processes={[]} onConfirm={() => undefined} onClose={() => undefined} />);

    expect(await screen.findByText('Die Datei nennt das Amt „Amt 99 – Unbekannt“, das es hier nicht gibt. Wählen Sie oben das Amt, dem der Prozess angehören soll.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Amt' })).toHaveValue(amt.id);
  });

  it('given a service task whose only embedded state is its preset "bereits automatisiert", then it is not counted as assessed, yet comes along', async () => {
    // a QA tour: an export of an unassessed process was announced as "die Bewertung von 1 Schritt"
    const withServiceTask = diagramXml.replace('<bpmn:manualTask', '<bpmn:serviceTask');
    expect(withServiceTask).not.toBe(diagramXml);
    const preset = record('Task_Drucken', { alreadyAutomated: true });
    const onConfirm = vi.fn<(result: ImportResult) => void>();
    const user = userEvent.setup();
    const open = async (assessments: StepAssessment[]) => {
      const file = new File([await embedAssessments(withServiceTask, { assessments })], 'sondernutzung.bpmn');
      return render(<ImportDialog source={{ kind: 'file', file }} departments={[amt]} processes={[]} onConfirm={onConfirm} onClose={() => undefined} />);
    };

    const unassessed = await open([preset]);
    const dialog = () => screen.getByRole('dialog', { name: 'Importieren: sondernutzung.bpmn' });
    await user.click(await within(dialog()).findByRole('button', { name: 'Prozess anlegen' }));
    expect(within(dialog()).queryByText(/enthält die Bewertung/)).toBeNull();
    expect(onConfirm.mock.lastCall?.[0].assessments.map((assessment) => assessment.stepId)).toEqual(['Task_Drucken']);
    unassessed.unmount();

    await open([record('Task_Pruefen', { answers: { R: 4 } }), preset]);
    expect(await within(dialog()).findByText('Die Datei enthält die Bewertung von 1 Schritt. Sie wird mit dem Prozess übernommen.')).toBeInTheDocument();
  });
});

describe('ImportDialog with a file from another tool', () => {
  function renderForeign() {
    render(<ImportDialog source={{ kind: 'file', file: new File([foreignXml], 'gewerbe.bpmn') }} departments={[amt]} processes={[]} onConfirm={() => undefined} onClose={() => undefined} />);
    return screen.getByRole('dialog');
  }

  it('given duplicate ids, a dangling reference, a vendor element and undrawn tasks, then a summary by kind says what that means, above the full list', async () => {
    const dialog = renderForeign();

    const summary = await within(dialog).findByRole('list', { name: 'Was das für Sie bedeutet' });
    expect(within(summary).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '2 Elemente mit doppelter ID wurden nicht übernommen, mit allem, was darin steht (etwa den Schritten eines Teilprozesses) – das Diagramm kann unvollständig sein. Bitte prüfen Sie es, bevor Sie bewerten.',
      '1 Verweis auf ein Element, das es im Modell nicht gibt, wurde entfernt – eine Verbindung oder Zuordnung kann fehlen.',
      '2 Elemente haben in keinem Diagramm eine Darstellung: Sie bleiben im Modell erhalten, werden aber nicht angezeigt und nicht bewertet.',
      '1 unbekannte Angabe (aus dem Werkzeug des Herstellers) wurde übergangen; durch sie fehlt nichts im Diagramm.',
    ]);
    // the detailed list stays, every warning in it, after the summary
    const details = within(dialog).getByRole('list', { name: 'Einzelheiten' });
    const items = within(details).getAllByRole('listitem');
    // the heading counts the summary's sentences, as the editor's notices do
    expect(within(dialog).getByRole('heading', { name: `${within(summary).getAllByRole('listitem').length} Hinweise zur Datei` })).toBeVisible();
    // each element left out by its type and name (the copy's, not the kept element's)
    const leftOut = items.map((item) => item.textContent ?? '').filter((text) => text.includes('schon vorkommt'));
    expect(leftOut).toEqual([
      expect.stringContaining('Teilprozess „Unterlagen nachfordern (Kopie)“ wurde nicht übernommen, weil die ID „sid-S2“ im Modell schon vorkommt'),
      expect.stringContaining('Aufgabe „Anmeldung prüfen (Kopie)“ wurde nicht übernommen, weil die ID „sid-A1“ im Modell schon vorkommt'),
    ]);
    expect(items.some((item) => item.textContent?.startsWith('Sequenzfluss ohne Namen (ID „sid-F1“) verweist auf „sid-gone“'))).toBe(true);
    expect(summary.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('given warnings, then the dialog\'s description (read with its name on opening) is their count and the summary by kind, not every warning', async () => {
    const dialog = renderForeign();

    const summary = await within(dialog).findByRole('list', { name: 'Was das für Sie bedeutet' });
    const sentences = within(summary).getAllByRole('listitem').map((item) => item.textContent);
    expect(dialog).toHaveAccessibleDescription([`${sentences.length} Hinweise zur Datei`, ...sentences].join(' '));
  });

  it('given the same file in English, then the summary is English', async () => {
    await i18n.changeLanguage('en');
    const dialog = renderForeign();

    const summary = await within(dialog).findByRole('list', { name: 'What this means for you' });
    expect(summary).toHaveTextContent('2 elements with a duplicate id were left out, with everything inside them (such as the steps of a sub-process) – the diagram may be incomplete.');
    expect(summary).toHaveTextContent('1 unknown detail (from the vendor’s tool) was ignored; nothing is missing from the diagram because of it.');
    expect(within(dialog).getByRole('list', { name: 'Details' })).toBeInTheDocument();
  });

  it('given embedded answers that were dropped, then the summary counts them apart from the diagram', async () => {
    const embedded = await embedAssessments(diagramXml, { assessments: [record('Task_Drucken', { answers: { Id: 3 } })] });
    const tampered = embedded.replace('code="Id" value="3"', 'code="Id" value="9"');
    expect(tampered).not.toBe(embedded);

    render(<ImportDialog source={{ kind: 'file', file: new File([tampered], 'sondernutzung.bpmn') }} departments={[amt]} processes={[]} onConfirm={() => undefined} onClose={() => undefined} />);

    const summary = await screen.findByRole('list', { name: 'Was das für Sie bedeutet' });
    expect(within(summary).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '1 Hinweis betrifft die mitgelieferten Bewertungen: Was nicht gelesen werden konnte, wurde verworfen. Bitte prüfen Sie die Bewertung der genannten Schritte.',
    ]);
  });
});

describe('ImportDialog with a large file', () => {
  it('given a file of over 1 MB, then the dialog is painted ("wird geprüft …") before its check begins; a small file is checked at once', async () => {
    // a QA tour: for a 2.9 MB model the dialog appeared only after 2.8 s, the parse held the page first
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    const padding = `<!--${' '.repeat(1_000_000)}-->`;
    const large = diagramXml.replace('<bpmn:definitions', `${padding}\n<bpmn:definitions`).replace(/^<\?xml[^>]*>\n/, '');
    try {
      render(<ImportDialog source={{ kind: 'file', file: new File([large], 'gross.bpmn') }} departments={[amt]} processes={[]} onConfirm={() => undefined} onClose={() => undefined} />);
      expect(frames).toHaveBeenCalledTimes(1);
      expect(await screen.findByRole('button', { name: 'Prozess anlegen' })).toBeInTheDocument();
      cleanup();
      frames.mockClear();

      render(<ImportDialog source={{ kind: 'file', file: new File([diagramXml], 'klein.bpmn') }} departments={[amt]} processes={[]} onConfirm={() => undefined} onClose={() => undefined} />);
      expect(await screen.findByRole('button', { name: 'Prozess anlegen' })).toBeInTheDocument();
      expect(frames).not.toHaveBeenCalled();
    } finally {
      frames.mockRestore();
    }
  });
});

describe('ImportDialog with a file of several diagrams', () => {
  async function diagramPicker(xml: string, onConfirm: (result: ImportResult) => void = () => undefined) {
    render(<ImportDialog source={{ kind: 'file', file: new File([xml], 'diagramme.bpmn') }} departments={[amt]} processes={[]} onConfirm={onConfirm} onClose={() => undefined} />);
    const picker = await screen.findByRole('combobox', { name: /^(Diagramm|Diagram)$/ });
    return { picker, labels: within(picker).getAllByRole('option').map((option) => option.textContent) };
  }

  it('given the bpmn-js fixture of two unnamed processes, then each diagram is offered by its place in the list, not by the id of its process', async () => {
    const { picker, labels } = await diagramPicker(multipleDiagramsXml);

    expect(labels).toEqual(['Diagramm 1 (ohne Namen) – 3 Elemente', 'Diagramm 2 (ohne Namen) – 4 Elemente']);
    // the largest is chosen
    expect(picker).toHaveDisplayValue('Diagramm 2 (ohne Namen) – 4 Elemente');
  });

  it('given the same file in English, then the labels are English', async () => {
    await i18n.changeLanguage('en');
    const { labels } = await diagramPicker(multipleDiagramsXml);

    expect(labels).toEqual(['Diagram 1 (unnamed) – 3 elements', 'Diagram 2 (unnamed) – 4 elements']);
  });

  it('given an unnamed collaboration and unnamed processes, then they are offered by their pools, and the one without any name by its place', async () => {
    const onConfirm = vi.fn<(result: ImportResult) => void>();
    const user = userEvent.setup();
    const { picker, labels } = await diagramPicker(poolViewsXml, onConfirm);

    expect(labels).toEqual(['Kunde, Pizzeria – 3 Elemente', 'Pizzeria – 1 Element', 'Diagramm 3 (ohne Namen) – 2 Elemente']);

    await user.selectOptions(picker, 'Diagramm 3 (ohne Namen) – 2 Elemente');
    await user.click(screen.getByRole('button', { name: 'Prozess anlegen' }));
    expect(onConfirm.mock.lastCall?.[0].diagramId).toBe('#3');
  });
});

describe('ImportDialog with a name already used', () => {
  it('given the file\'s process exists twice in the department already, when imported again, then "Name (3)" is suggested and created; in another department the name is free', async () => {
    const existing = (name: string, departmentId = amt.id) => createProcess({ departmentId, name, diagramXml });
    const processes = [existing('Sondernutzung'), existing('sondernutzung (2)'), existing('Sondernutzung (3)', 'd-other')];
    const onConfirm = vi.fn<(result: ImportResult) => void>();
    const user = userEvent.setup();
    render(<ImportDialog source={{ kind: 'file', file: new File([diagramXml], 'sondernutzung.bpmn') }} departments={[amt]} processes={processes} onConfirm={onConfirm} onClose={() => undefined} />);

    const dialog = screen.getByRole('dialog', { name: 'Importieren: sondernutzung.bpmn' });
    const name = await within(dialog).findByRole('textbox', { name: 'Name des Prozesses' });
    expect(name).toHaveValue('Sondernutzung (3)');
    await user.click(within(dialog).getByRole('button', { name: 'Prozess anlegen' }));
    expect(onConfirm).toHaveBeenCalledWith(expect.objectContaining({ name: 'Sondernutzung (3)' }));
  });
});

describe('ImportDialog with nothing pasted', () => {
  it.each([
    ['de', 'an empty field', '', 'Prüfen', 'BPMN-2.0-XML', 'Bitte fügen Sie den Inhalt einer BPMN-Datei ein.'],
    ['en', 'whitespace only', '  \n\t ', 'Check', 'BPMN 2.0 XML', 'Please paste the content of a BPMN file.'],
  ])('in %s, given %s, when the check is pressed, then the field says what it needs and takes the focus; pasted, it is checked', async (language, _, text, check, label, message) => {
    await i18n.changeLanguage(language);
    const user = userEvent.setup();
    render(<ImportDialog source={{ kind: 'paste' }} departments={[amt]} processes={[]} onConfirm={() => undefined} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog');
    const field = within(dialog).getByRole('textbox', { name: label });
    fireEvent.change(field, { target: { value: text } });
    const button = within(dialog).getByRole('button', { name: check });
    expect(button).toBeEnabled();
    expect(field).not.toHaveAttribute('aria-invalid');

    await user.click(button);

    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(field).toHaveFocus();
    expect(within(dialog).queryByRole('status')).toBeNull();

    fireEvent.change(field, { target: { value: diagramXml } });
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(within(dialog).queryByText(message)).toBeNull();
    await user.click(button);
    expect(await within(dialog).findByRole('textbox', { name: i18n.t('workspace:process.name') })).toHaveValue('Sondernutzung');
  });
});

describe('ImportDialog with pasted XML that brings answers', () => {
  it.each([
    ['de', 'Der eingefügte Text enthält die Bewertungen von 2 Schritten.', 'Datei'],
    ['en', 'The pasted text contains the assessments of 2 steps.', 'file'],
  ])('given %s, when checked, then the answers are said to be in the pasted text, not in a file', async (language, found, fileWord) => {
    await i18n.changeLanguage(language);
    const embedded = await embedAssessments(diagramXml, { assessments: [record('Task_Pruefen', { answers: { R: 4 } }), record('Task_Drucken', { answers: { Id: 3 } })] });
    const user = userEvent.setup();
    render(<ImportDialog source={{ kind: 'paste' }} departments={[amt]} processes={[]} onConfirm={() => undefined} onClose={() => undefined} />);

    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: embedded } });
    await user.click(within(dialog).getByRole('button', { name: i18n.t('workspace:import.check') }));

    const notice = await within(dialog).findByText(new RegExp(`^${found}`));
    expect(notice).not.toHaveTextContent(fileWord);
  });
});

describe('ImportDialog hands over where the model came from', () => {
  it.each([
    ['pasted text', { kind: 'paste' } as const, true],
    ['a file', { kind: 'file', file: new File([diagramXml], 'sondernutzung.bpmn') } as const, false],
  ])('given %s, when the process is created, then the result says whether it was pasted, for the editor\'s notices to say so', async (_, source, pasted) => {
    const onConfirm = vi.fn<(result: ImportResult) => void>();
    const user = userEvent.setup();
    render(<ImportDialog source={source} departments={[amt]} processes={[]} onConfirm={onConfirm} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog');
    if (source.kind === 'paste') {
      fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: diagramXml } });
      await user.click(within(dialog).getByRole('button', { name: 'Prüfen' }));
    }

    await user.click(await within(dialog).findByRole('button', { name: 'Prozess anlegen' }));
    expect(onConfirm).toHaveBeenCalledWith(expect.objectContaining({ pasted }));
  });
});

describe('ImportDialog with JSON instead of BPMN', () => {
  const backup = createBundle({ departments: [amt], processes: [], assessments: [], catalogue: createDefaultCatalogue(), meta: {} }, { appVersion: '0.1.0' });
  const restoreButton = () => `„${i18n.t('exchange:restore.open')}“`;

  async function refusal(source: { kind: 'file'; file: File } | { kind: 'paste'; text: string }) {
    const user = userEvent.setup();
    render(<ImportDialog source={source.kind === 'file' ? source : { kind: 'paste' }} departments={[amt]} processes={[]} onConfirm={() => undefined} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog');
    if (source.kind === 'paste') {
      fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: source.text } });
      await user.click(within(dialog).getByRole('button', { name: 'Prüfen' }));
    }
    return within(dialog).findByRole('alert');
  }

  it.each([
    ['a backup', backup],
    ['a backup cut off', backup.slice(0, 200)],
    ['a backup after a byte order mark and a blank line', `\uFEFF\n  ${backup}`],
  ])('given %s dropped, then it is named a backup and sent to "Sicherung einspielen", not refused as "no XML"', async (_, text) => {
    const alert = await refusal({ kind: 'file', file: new File([text], 'Prozesslotse-Sicherung_2026-11-28.json') });

    expect(alert).toHaveTextContent(i18n.t('workspace:import.backupInstead'));
    expect(alert).toHaveTextContent(restoreButton());
    expect(alert).not.toHaveTextContent('keine XML-Datei');
  });

  it('given other JSON dropped, then it says it is JSON and sends a backup to "Sicherung einspielen"', async () => {
    const alert = await refusal({ kind: 'file', file: new File(['[{"name": "Gewerbeanmeldung"}]'], 'liste.json') });

    expect(alert).toHaveTextContent(i18n.t('workspace:import.jsonInstead'));
    expect(alert).toHaveTextContent(restoreButton());
  });

  it('given a backup pasted, then it speaks of the pasted text and sends it to "Sicherung einspielen" as a file', async () => {
    const alert = await refusal({ kind: 'paste', text: backup });

    expect(alert).toHaveTextContent(i18n.t('workspace:import.backupInstead', { context: 'pasted' }));
    expect(alert).toHaveTextContent(restoreButton());
    expect(alert).not.toHaveTextContent('Die Datei');
  });

  it('given text that is neither XML nor JSON, then it is still refused as no XML', async () => {
    const alert = await refusal({ kind: 'file', file: new File(['Name;Amt\nGewerbe;32'], 'liste.bpmn') });

    expect(alert).toHaveTextContent(i18n.t('import:error.notXml'));
    expect(alert).not.toHaveTextContent(restoreButton());
  });
});

describe('ImportDialog with files left out of a drop', () => {
  it('given two more files dropped with the first, then the dialog says only the first is imported, names the others and is described by that', async () => {
    render(
      <ImportDialog
        source={{ kind: 'file', file: new File([diagramXml], 'a.bpmn'), leftOut: ['b.bpmn', 'c.bpmn'] }}
        departments={[amt]}
        processes={[]}
        onConfirm={() => undefined}
        onClose={() => undefined}
      />,
    );

    const dialog = screen.getByRole('dialog', { name: 'Importieren: a.bpmn' });
    await within(dialog).findByRole('textbox', { name: 'Name des Prozesses' });
    const sentence = 'Es wird immer nur eine Datei importiert, hier „a.bpmn“. Die 2 anderen Dateien legen Sie danach einzeln hier ab:';
    const note = within(dialog).getByText(sentence).parentElement as HTMLElement;
    expect(within(note).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['b.bpmn', 'c.bpmn']);
    // read with the dialog's name when the focus lands in the name field
    expect(dialog).toHaveAccessibleDescription(`${sentence} b.bpmn c.bpmn`);
  });

  it('given one file alone, then no such note is shown', async () => {
    render(<ImportDialog source={{ kind: 'file', file: new File([diagramXml], 'a.bpmn') }} departments={[amt]} processes={[]} onConfirm={() => undefined} onClose={() => undefined} />);

    await screen.findByRole('textbox', { name: 'Name des Prozesses' });
    expect(screen.queryByText(/nur eine Datei/)).toBeNull();
  });
});
