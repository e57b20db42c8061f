// Tests of BPMN with scores: embed → extract round trip, idempotent embedding, other vendors'
// extension elements kept, bpmn-moddle reading the file without warnings, and bad values dropped;
// the marks of answers a building block filled and of answers the user cleared travel along;
// assessments in another version of the format are reported, not passed over in silence; the
// process's facts travel once, in its first process, and what cannot be a fact is not taken.
import { describe, expect, it } from 'vitest';
import { BpmnModdle } from 'bpmn-moddle';
import type { StepAssessment } from '../domain/assessment';
import type { StepScore } from '../domain/scoreTypes';
import { testAssessment, testScore, testStepScore } from '../domain/testing/fixtures';
import assessmentExtension from './assessmentExtension.json';
import { embedAssessments, extractAssessments } from './scoresInBpmn';
import { testDiagramXml } from './testing/testDiagramXml';

const processId = '6f1c1d0e-2b7a-4c59-9a59-1f7e4c1b2a10';

const diagramXml = testDiagramXml({
  namespaces: { camunda: 'http://camunda.org/schema/1.0/bpmn' },
  nodes: [
    { id: 'Start', type: 'startEvent' },
    {
      id: 'Task_A',
      name: 'Antrag prüfen',
      content: '<bpmn:extensionElements><camunda:properties><camunda:property name="owner" value="Amt 10" /></camunda:properties></bpmn:extensionElements>',
    },
    { id: 'Task_B', type: 'userTask', name: 'Bescheid erstellen' },
    { id: 'Task_C', name: 'Akte ablegen', content: '<bpmn:extensionElements><camunda:executionListener class="org.example.Listener" event="start" /></bpmn:extensionElements>' },
    { id: 'Task_D', type: 'serviceTask', name: 'Gebühr buchen' },
  ],
});

function assessment(stepId: string, name: string, fields: Partial<StepAssessment>): StepAssessment {
  return testAssessment(stepId, { processId, lastKnownName: name, updatedAt: '2025-03-04T10:15:00.000Z', revision: 3, ...fields });
}

const fullA = assessment('Task_A', 'Antrag prüfen', {
  answers: { R: 4, Id: 2, Is: 3, Mb: 2, Sp: 5, Va: 4, Ex: 3, Sa: 4, Ap: 3, St: 12, Vm: true, Do: 2, Lf: 3, Er: false },
  quantities: { volume: 120, period: 'monthly', minutesPerCase: 12.5, errorRate: 0.05, reworkMinutes: 10, reviewMinutes: 2, mediaBreakMinutes: 3 },
  buildingBlock: 'check',
  notes: 'Prüfung nach § 35a VwVfG <b>nicht</b> möglich & "Ermessen"\nzweite Zeile',
});
const naB = assessment('Task_B', 'Bescheid erstellen', { notApplicable: true, notes: 'nur Vorlage', revision: 1 });
const blankC = assessment('Task_C', 'Akte ablegen', {});
const automatedD = assessment('Task_D', 'Gebühr buchen', { alreadyAutomated: true, answers: { R: 5 } });

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('embedAssessments then extractAssessments', () => {
  it('given several assessed steps, when embedded and extracted, then every answer comes back', async () => {
    const xml = await embedAssessments(diagramXml, { assessments: [fullA, naB, blankC, automatedD] });

    const { assessments, warnings } = await extractAssessments(xml, processId);

    expect(warnings).toEqual([]);
    // the blank assessment of Task_C carries nothing and is not written
    expect(assessments).toEqual([fullA, naB, automatedD]);
  });

  it('given answers a building block filled and answers the user cleared, when embedded and extracted, then both lists come back', async () => {
    // given "Dokument drucken" filled Mb 1 and R 5; the user set R to 2 and cleared Id
    const printed = assessment('Task_B', 'Bescheid erstellen', { buildingBlock: 'print', answers: { R: 2, Mb: 1 }, prefilled: ['Mb'], cleared: ['Id'] });
    // when
    const xml = await embedAssessments(diagramXml, { assessments: [printed] });
    const { assessments, warnings } = await extractAssessments(xml, processId);
    // then
    expect(xml).toMatch(/<pl:answer code="Mb" value="1" prefilled="true" \/>/);
    expect(xml).toMatch(/<pl:answer code="R" value="2" \/>/);
    expect(xml).toContain('cleared="Id"');
    expect(warnings).toEqual([]);
    expect(assessments).toEqual([printed]);
  });

  it('given an embedded file, when bpmn-moddle reads it with the descriptor, then there are no warnings', async () => {
    const printed = assessment('Task_C', 'Akte ablegen', { buildingBlock: 'print', answers: { Mb: 1 }, prefilled: ['Mb'], cleared: ['R', 'Id'] });
    const xml = await embedAssessments(diagramXml, { assessments: [fullA, naB, automatedD, printed] });

    const { warnings } = await new BpmnModdle({ pl: assessmentExtension }).fromXML(xml);

    expect(warnings).toEqual([]);
  });

  it('given a file embedded twice with a changed answer, when read, then one assessment per step with the new answer', async () => {
    const once = await embedAssessments(diagramXml, { assessments: [fullA, naB] });
    const changedA = { ...fullA, answers: { ...fullA.answers, R: 2 as const } };

    const twice = await embedAssessments(once, { assessments: [changedA, naB] });

    expect(countOf(twice, '<pl:assessment')).toBe(2);
    const { assessments } = await extractAssessments(twice, processId);
    expect(assessments.find((a) => a.stepId === 'Task_A')?.answers.R).toBe(2);
  });

  it('given other vendors\' extension elements, when embedded and embedded again without assessments, then they stay', async () => {
    const embedded = await embedAssessments(diagramXml, { assessments: [fullA, naB] });
    expect(embedded).toContain('<camunda:property name="owner" value="Amt 10" />');
    expect(embedded).toContain('<camunda:executionListener class="org.example.Listener" event="start" />');

    const emptied = await embedAssessments(embedded, { assessments: [] });

    expect(emptied).not.toContain('pl:assessment');
    expect(emptied).toContain('<camunda:property name="owner" value="Amt 10" />');
    expect(emptied).toContain('<camunda:executionListener class="org.example.Listener" event="start" />');
    // Task_B had only the assessment: its extensionElements go with it
    expect(emptied).toMatch(/<bpmn:userTask id="Task_B" name="Bescheid erstellen" \/>/);
  });

  it('given scores and a catalogue version, when embedded, then they are written beside the answers', async () => {
    const score: StepScore = testStepScore('Task_A', {
      ds: testScore(72.456),
      as: testScore(null, 0),
      ei: testScore(50),
      effort: 'medium',
      recommendation: 'digitise',
      priorityIndex: 36.2,
      completeness: 1,
    });

    const xml = await embedAssessments(diagramXml, { assessments: [fullA], scores: new Map([['Task_A', score]]), catalogueVersion: 4 });

    expect(xml).toMatch(/<pl:assessment catalogueVersion="4"/);
    expect(xml).toMatch(/<pl:scores ds="72.46" ei="50" effort="medium" priority="36.2" recommendation="digitise" completeness="1"/);
    expect(xml).not.toMatch(/<pl:scores[^>]* as=/);
  });

  it('given a step answered too little, when embedded, then its scores are left out as the app shows them ("unvollständig"), its completeness and recommendation written', async () => {
    // only R answered: AS has a value from a small share of its weight, DS none; EI complete
    const score: StepScore = testStepScore('Task_A', {
      ds: testScore(null, 0),
      as: testScore(50, 0.25),
      ei: testScore(80),
      effort: 'low',
      priorityIndex: 40,
      priorityHours: 12,
      recommendation: 'open',
      completeness: 0.07,
    });

    const xml = await embedAssessments(diagramXml, { assessments: [fullA], scores: new Map([['Task_A', score]]) });

    const written = /<pl:scores [^>]*\/>/.exec(xml)?.[0] ?? '';
    expect(written).toMatch(/ ei="80" effort="low" /);
    expect(written).toMatch(/ recommendation="open" completeness="0.07"/);
    expect(written).not.toMatch(/ (ds|as|priority|priorityHours)=/);
  });

  it('given an automated step, when embedded, then its AS and priority are left out as the app shows them ("erledigt"), its recommendation written', async () => {
    const score: StepScore = testStepScore('Task_D', { automated: true, as: testScore(100), priorityIndex: 0, priorityHours: 0, recommendation: 'automated' });

    const xml = await embedAssessments(diagramXml, { assessments: [automatedD], scores: new Map([['Task_D', score]]) });

    const written = /<pl:scores [^>]*\/>/.exec(xml)?.[0] ?? '';
    expect(written).toMatch(/ recommendation="automated"/);
    expect(written).not.toMatch(/ (as|priority|priorityHours)=/);
  });

  it('given a service task marked only "bereits automatisiert", as every new assessment of it starts, when extracted, then it comes back but is not counted as assessed', async () => {
    const presetD = assessment('Task_D', 'Gebühr buchen', { alreadyAutomated: true });
    const xml = await embedAssessments(diagramXml, { assessments: [fullA, naB, presetD] });

    const extracted = await extractAssessments(xml, processId);

    expect(extracted.assessments.map((entry) => entry.stepId).sort()).toEqual(['Task_A', 'Task_B', 'Task_D']);
    expect(extracted.assessedCount).toBe(2);
  });

  it('given a service task with an answer, and a user task marked "bereits automatisiert", when extracted, then both count as assessed', async () => {
    const automatedB = assessment('Task_B', 'Bescheid erstellen', { alreadyAutomated: true });
    const xml = await embedAssessments(diagramXml, { assessments: [automatedD, automatedB] });

    expect((await extractAssessments(xml, processId)).assessedCount).toBe(2);
  });

  it('given an orphaned assessment, when embedded, then nothing is written for it', async () => {
    const orphan = { ...fullA, orphanedAt: '2025-03-05T08:00:00.000Z' };

    const xml = await embedAssessments(diagramXml, { assessments: [orphan] });

    expect(xml).not.toContain('pl:assessment');
  });
});

describe('the process\'s facts', () => {
  const facts = {
    lotse: 'Bernd Becker',
    status: 'workshop' as const,
    description: 'Anmeldung eines Gewerbes\nmit Gebühr',
    department: { code: '32', name: 'Ordnungsamt' },
  };

  it('given facts, when embedded and extracted, then they come back, once, in the first process, also when embedded again', async () => {
    const once = await embedAssessments(diagramXml, { assessments: [fullA], processFacts: facts });
    const twice = await embedAssessments(once, { assessments: [fullA], processFacts: { ...facts, status: 'assessed' } });

    expect(countOf(twice, '<pl:processFacts')).toBe(1);
    expect((await extractAssessments(twice, processId)).processFacts).toEqual({ ...facts, status: 'assessed' });
  });

  it('given a process without Lotse, description or Amt, when embedded and extracted, then the facts say so', async () => {
    const xml = await embedAssessments(diagramXml, { assessments: [fullA], processFacts: { lotse: '', status: 'draft', description: '' } });

    expect((await extractAssessments(xml, processId)).processFacts).toEqual({ lotse: '', status: 'draft', description: '' });
  });

  it('given an export embedded again without facts, then none are left', async () => {
    const once = await embedAssessments(diagramXml, { assessments: [fullA], processFacts: facts });
    const again = await embedAssessments(once, { assessments: [fullA] });

    expect(again).not.toContain('processFacts');
    expect((await extractAssessments(again, processId)).processFacts).toBeUndefined();
  });

  it('given facts no form could hold (an unknown status, spaces, a Lotse of 300 characters), when extracted, then the status is "Entwurf" and the texts are tidied and cut', async () => {
    const xml = (await embedAssessments(diagramXml, { assessments: [fullA], processFacts: facts }))
      .replace('status="workshop"', 'status="fertig"')
      .replace('lotse="Bernd Becker"', `lotse="  ${'B'.repeat(300)}  "`)
      .replace('departmentName="Ordnungsamt"', 'departmentName="  Ordnungs   amt "');

    const read = (await extractAssessments(xml, processId)).processFacts;

    expect(read?.status).toBe('draft');
    expect(read?.lotse).toBe('B'.repeat(200));
    expect(read?.department).toEqual({ code: '32', name: 'Ordnungs amt' });
  });
});

describe('extractAssessments with bad values', () => {
  const hostile = (assessmentXml: string) =>
    diagramXml
      .replace('xmlns:camunda=', 'xmlns:pl="https://prozesslotse.example/schema/assessment/1.0" xmlns:camunda=')
      .replace('<bpmn:userTask id="Task_B" name="Bescheid erstellen" />', `<bpmn:userTask id="Task_B" name="Bescheid erstellen"><bpmn:extensionElements>${assessmentXml}</bpmn:extensionElements></bpmn:userTask>`);

  it('given values out of range, when extracted, then each is dropped with a warning and the rest kept', async () => {
    const xml = hostile(`<pl:assessment buildingBlock="teleport" notApplicable="false" alreadyAutomated="false" updatedAt="2025-03-04T10:15:00.000Z" revision="2">
      <pl:answer code="R" value="7" /><pl:answer code="Id" value="2" /><pl:answer code="Mb" value="-1" /><pl:answer code="Lf" value="2" />
      <pl:answer code="Vm" value="yes" /><pl:answer code="Zz" value="1" /><pl:answer code="St" value="1000" /><pl:answer code="Ap" value="2.5" />
      <pl:quantity name="errorRate" value="1.5" /><pl:quantity name="minutesPerCase" value="10000" /><pl:quantity name="period" value="hourly" />
      <pl:quantity name="volume" value="abc" /><pl:quantity name="reviewMinutes" value="4" /><pl:quantity name="colour" value="red" />
    </pl:assessment>`);

    const { assessments, warnings } = await extractAssessments(xml, processId);

    expect(assessments).toHaveLength(1);
    expect(assessments[0].answers).toEqual({ Id: 2 });
    expect(assessments[0].quantities).toEqual({ reviewMinutes: 4 });
    expect(assessments[0].buildingBlock).toBeUndefined();
    const step = '„Bescheid erstellen“ (Task_B)';
    expect(warnings).toEqual([
      `Schritt ${step}: Antwort R = „7“ liegt außerhalb des erlaubten Bereichs und wurde verworfen.`,
      `Schritt ${step}: Antwort Mb = „-1“ liegt außerhalb des erlaubten Bereichs und wurde verworfen.`,
      `Schritt ${step}: Antwort Lf = „2“ liegt außerhalb des erlaubten Bereichs und wurde verworfen.`,
      `Schritt ${step}: Antwort Vm = „yes“ liegt außerhalb des erlaubten Bereichs und wurde verworfen.`,
      `Schritt ${step}: unbekanntes Kriterium „Zz“ wurde übersprungen.`,
      `Schritt ${step}: Antwort St = „1000“ liegt außerhalb des erlaubten Bereichs und wurde verworfen.`,
      `Schritt ${step}: Antwort Ap = „2.5“ liegt außerhalb des erlaubten Bereichs und wurde verworfen.`,
      `Schritt ${step}: Mengenangabe errorRate = „1.5“ liegt außerhalb des erlaubten Bereichs und wurde verworfen.`,
      `Schritt ${step}: Mengenangabe minutesPerCase = „10000“ liegt außerhalb des erlaubten Bereichs und wurde verworfen.`,
      `Schritt ${step}: Mengenangabe period = „hourly“ liegt außerhalb des erlaubten Bereichs und wurde verworfen.`,
      `Schritt ${step}: Mengenangabe volume = „abc“ liegt außerhalb des erlaubten Bereichs und wurde verworfen.`,
      `Schritt ${step}: unbekannte Mengenangabe „colour“ wurde übersprungen.`,
      `Schritt ${step}: unbekannter Baustein „teleport“ wurde verworfen.`,
    ]);
  });

  it('given a pre-filled mark on an answer out of range and cleared codes that are unknown or answered, when extracted, then only what holds is kept, with warnings', async () => {
    const xml = hostile(`<pl:assessment buildingBlock="scan" cleared="Zz R Sp">
      <pl:answer code="R" value="3" /><pl:answer code="Mb" value="1" prefilled="true" /><pl:answer code="Id" value="9" prefilled="true" />
    </pl:assessment>`);

    const { assessments, warnings } = await extractAssessments(xml, processId);

    expect(assessments[0].answers).toEqual({ R: 3, Mb: 1 });
    expect(assessments[0].prefilled).toEqual(['Mb']);
    expect(assessments[0].cleared).toEqual(['Sp']);
    const step = '„Bescheid erstellen“ (Task_B)';
    expect(warnings).toEqual([
      `Schritt ${step}: Antwort Id = „9“ liegt außerhalb des erlaubten Bereichs und wurde verworfen.`,
      `Schritt ${step}: unbekanntes Kriterium „Zz“ wurde übersprungen.`,
      `Schritt ${step}: Task_B.cleared: "R" is listed as cleared but has an answer; dropped "R"`,
    ]);
  });

  it('given two assessments on one step and no timestamp, when extracted, then the first is taken with a warning', async () => {
    const xml = hostile('<pl:assessment><pl:answer code="R" value="3" /></pl:assessment><pl:assessment><pl:answer code="R" value="5" /></pl:assessment>');

    const { assessments, warnings } = await extractAssessments(xml, processId);

    expect(assessments[0].answers).toEqual({ R: 3 });
    expect(assessments[0].revision).toBe(1);
    expect(Number.isNaN(Date.parse(assessments[0].updatedAt))).toBe(false);
    expect(warnings).toEqual(['Schritt „Bescheid erstellen“ (Task_B): mehrere Bewertungen gefunden; nur die erste wurde übernommen.']);
  });

  it('given a file without embedded assessments, when extracted, then nothing and no warnings', async () => {
    expect(await extractAssessments(diagramXml, processId)).toEqual({ assessments: [], assessedCount: 0, warnings: [] });
  });
});

describe('extractAssessments of another version of the format', () => {
  const otherVersion = (xml: string) => xml.replaceAll(assessmentExtension.uri, assessmentExtension.uri.replace(/1\.0$/, '2.0'));

  it('given assessments written in format 2.0 (a newer app), when extracted, then none is taken and one warning says the format cannot be read here', async () => {
    const xml = otherVersion(await embedAssessments(diagramXml, { assessments: [fullA, naB] }));

    expect(await extractAssessments(xml, processId)).toEqual({
      assessments: [],
      assessedCount: 0,
      warnings: [
        'Die Datei enthält Bewertungen in einem Format, das diese Version von Prozesslotse nicht lesen kann (Format 2.0, vermutlich von einer neueren Version). Sie werden nicht übernommen, nur das Diagramm. Um sie zu übernehmen, laden Sie die Seite neu, damit sich die App aktualisiert, und importieren Sie die Datei erneut.',
      ],
    });
  });

  it('given a step in format 2.0 beside one in this format, when extracted, then this format\'s is taken, with the warning', async () => {
    const assessed = (prefix: string) => `<bpmn:extensionElements><${prefix}:assessment updatedAt="2025-03-04T10:15:00.000Z"><${prefix}:answer code="R" value="4" /></${prefix}:assessment></bpmn:extensionElements>`;
    const xml = testDiagramXml({
      namespaces: { pl: assessmentExtension.uri, pl2: assessmentExtension.uri.replace(/1\.0$/, '2.0') },
      nodes: [
        { id: 'Task_A', name: 'Antrag prüfen', content: assessed('pl') },
        { id: 'Task_B', name: 'Bescheid erstellen', content: assessed('pl2') },
      ],
    });

    const { assessments, warnings } = await extractAssessments(xml, processId);

    expect(assessments.map((step) => [step.stepId, step.answers])).toEqual([['Task_A', { R: 4 }]]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/\(Format 2\.0,/);
  });

  it('given format 2.0 declared but no element of it, when extracted, then no warning', async () => {
    const xml = diagramXml.replace('xmlns:camunda=', 'xmlns:pl="https://prozesslotse.example/schema/assessment/2.0" xmlns:camunda=');

    expect(await extractAssessments(xml, processId)).toEqual({ assessments: [], assessedCount: 0, warnings: [] });
  });
});
