// Browser tests of the files one process leaves the editor as: BPMN with scores, imported again,
// gives back every answer; the report carries the heatmap drawn from the diagram, its badges' numbers
// in the report's language, with its legend as text, or says it is missing when the diagram cannot
// be drawn, and a picture of each collapsed sub-process that holds scored steps (a big model's in
// print tiles); the heatmap image, as SVG and PNG, carries colours, badges and legend; CSV and XLSX get
// their names, and an over-long process name is shortened between words
// in every name, keeping suffix and day.
import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../bpmn/exportDiagram';
import { renderHeatmapSvg } from '../../bpmn/heatmapSvg';
import { prepareImport } from '../../bpmn/importDiagram';
import ccuXml from '../../../../shared/fixtures/bpmn/large/UnstableAngina_Diagnosis-validation-CCU-7west.bpmn?raw';
import { readStoredDiagram } from '../../bpmn/readStepsFromXml';
import { sampleDiagramXml } from '../../bpmn/sample/sampleDiagram';
import { extractAssessments } from '../../bpmn/scoresInBpmn';
import type { Answers, Process, Step, StepAssessment } from '../../domain/assessment';
import { createDefaultCatalogue } from '../../domain/criteria';
import { scoreProcess } from '../../domain/scoring';
import type { ExportContext } from './processExports';
import { processBpmnWithScores, processCsv, processHeatmapImage, processReport, processXlsx } from './processExports';
import { translateFor } from './useProcessExchange';
import { countPixels } from '../../export/testPixels';

const meta = { createdAt: '2026-10-01T08:00:00.000Z', updatedAt: '2026-11-20T08:00:00.000Z', revision: 1 };
const process: Process = { id: 'p-1', departmentId: 'd-1', name: 'Gewerbeanmeldung', lotse: '', description: '', status: 'workshop', diagramXml: sampleDiagramXml, ...meta };
const steps: Step[] = [
  { id: 'Task_DatenAbtippen', name: 'Angaben aus dem Formular ins Fachverfahren abtippen', type: 'bpmn:UserTask', order: 1 },
  { id: 'Task_GebuehrKassieren', name: 'Gebühr kassieren und Quittung drucken', type: 'bpmn:UserTask', order: 2 },
  { id: 'Task_MeldungUebermitteln', name: 'Gewerbemeldung an Finanzamt, IHK und Kammern übermitteln', type: 'bpmn:ServiceTask', order: 3 },
];

function record(stepId: string, changes: Partial<StepAssessment>): StepAssessment {
  return { processId: 'p-1', stepId, answers: {}, quantities: {}, notes: '', notApplicable: false, alreadyAutomated: false, updatedAt: meta.updatedAt, revision: 3, ...changes };
}

const records = [
  record('Task_DatenAbtippen', {
    answers: { R: 5, Id: 2, Is: 4, Mb: 2, Sp: 4, Ap: 2, Vm: true, Lf: 3 },
    quantities: { volume: 120, period: 'monthly', minutesPerCase: 12.5, errorRate: 0.05 },
    notes: 'Abtippen <b>fehleranfällig</b> & langsam',
    buildingBlock: 'scan',
  }),
  record('Task_GebuehrKassieren', { notApplicable: true, notes: 'nur bar' }),
  record('Task_MeldungUebermitteln', { alreadyAutomated: true }),
];

function context(xml = sampleDiagramXml): ExportContext {
  const catalogue = createDefaultCatalogue();
  const assessments = new Map(records.map((entry) => [entry.stepId, entry]));
  const { scores, figures } = scoreProcess(steps, assessments, catalogue);
  return {
    input: { process: { ...process, diagramXml: xml }, steps, assessments, scores, figures, catalogue, methodText: [] },
    t: translateFor('de'),
    language: 'de',
    now: new Date(2026, 10, 28, 14, 5),
  };
}

function comparable(entry: StepAssessment) {
  return { stepId: entry.stepId, answers: entry.answers, quantities: entry.quantities, notes: entry.notes, buildingBlock: entry.buildingBlock, notApplicable: entry.notApplicable, alreadyAutomated: entry.alreadyAutomated };
}

describe('processBpmnWithScores', () => {
  it('given answered steps, when exported and imported again, then every answer, quantity, note and flag comes back', async () => {
    const file = await processBpmnWithScores(context(), sampleDiagramXml);
    expect(file.fileName).toBe('Gewerbeanmeldung_mit_Bewertung_2026-11-28.bpmn');

    const prepared = await prepareImport(new Blob([file.content]), file.fileName);
    if (!prepared.ok) throw new Error(prepared.code);
    const extracted = await extractAssessments(prepared.xml, 'p-imported');

    expect(extracted.warnings).toEqual([]);
    expect(extracted.assessments.map((entry) => entry.processId)).toEqual(['p-imported', 'p-imported', 'p-imported']);
    const byStep = (list: StepAssessment[]) => [...list].sort((a, b) => a.stepId.localeCompare(b.stepId)).map(comparable);
    expect(byStep(extracted.assessments)).toEqual(byStep(records));
  });
});

describe('processBpmnWithScores with a step on another diagram of the file', () => {
  it('given the answers of a step not shown (another diagram), when exported and imported again, then they come back with the shown steps\' answers', async () => {
    const [shownRecords, otherRecord] = [records.slice(0, 2), records[2]];
    const base = context();
    const shown = new Map(shownRecords.map((entry) => [entry.stepId, entry]));
    const file = await processBpmnWithScores({ ...base, input: { ...base.input, assessments: shown } }, sampleDiagramXml, [otherRecord]);

    const prepared = await prepareImport(new Blob([file.content]), file.fileName);
    if (!prepared.ok) throw new Error(prepared.code);
    const extracted = await extractAssessments(prepared.xml, 'p-imported');
    const byStep = (list: StepAssessment[]) => [...list].sort((a, b) => a.stepId.localeCompare(b.stepId)).map(comparable);
    expect(byStep(extracted.assessments)).toEqual(byStep(records));
  });
});

/** The heatmap pictures of a report file, each decoded from its data: URL. */
function heatmapImagesOf(reportHtml: string): Document[] {
  const report = new DOMParser().parseFromString(reportHtml, 'text/html');
  return [...report.querySelectorAll('section.heatmap svg.heatmap-source image')].map((image) => {
    const binary = atob((image.getAttribute('href') ?? '').replace('data:image/svg+xml;base64,', ''));
    const svg = new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
    return new DOMParser().parseFromString(svg, 'image/svg+xml');
  });
}

/** The heatmap picture of the diagram's own plane in a report file. */
function heatmapImageOf(reportHtml: string): Document {
  return heatmapImagesOf(reportHtml)[0];
}

/** The export context of a stored model: every step read from its diagram, each answered (differently), and scored. */
async function answeredModel(xml: string): Promise<ExportContext> {
  const { steps: modelSteps } = await readStoredDiagram(xml);
  const catalogue = createDefaultCatalogue();
  const answers = (index: number): Answers => ({ R: 1 + (index % 5), Id: 1 + ((index * 2) % 5), Is: 3, Mb: 2, Sp: 4, Ap: 1 + (index % 4), Vm: index % 2 === 0, Lf: 3 }) as Answers;
  const assessments = new Map(modelSteps.map((step, index) => [step.id, record(step.id, { answers: answers(index) })]));
  const { scores, figures } = scoreProcess(modelSteps, assessments, catalogue);
  return { ...context(xml), input: { process: { ...process, name: 'CCU-7west', diagramXml: xml }, steps: modelSteps, assessments, scores, figures, catalogue, methodText: [] } };
}

describe('processReport', () => {
  it('given the diagram, when the report is made, then it carries the heatmap image, one picture without print tiles, and the file name', async () => {
    const file = await processReport(context(), { xml: sampleDiagramXml, metric: 'priority' });

    expect(file.heatmapFailed).toBe(false);
    expect(file.fileName).toBe('Bericht_Gewerbeanmeldung_2026-11-28.html');
    expect(file.content).toContain('href="data:image/svg+xml');
    // the sample's diagram is small enough to read whole: one picture, no print tiles
    const report = new DOMParser().parseFromString(file.content as string, 'text/html');
    expect(report.querySelectorAll('section.heatmap svg.heatmap-source image')).toHaveLength(1);
    expect(report.querySelectorAll('figure.heatmap-tile')).toHaveLength(0);
    expect(file.content).toContain('Abtippen &lt;b&gt;fehleranfällig&lt;/b&gt; &amp; langsam');
  });

  it('given the diagram, when the report is made, then the legend is text under the image and no longer drawn into it', async () => {
    const file = await processReport(context(), { xml: sampleDiagramXml, metric: 'priority' });

    const report = new DOMParser().parseFromString(file.content as string, 'text/html');
    const figure = report.querySelector('section.heatmap figure');
    const image = heatmapImageOf(file.content as string);
    expect(image.querySelector('.pl-heat-badge')).not.toBeNull();
    expect(image.querySelector('.pl-heat-legend')).toBeNull();
    expect(figure?.querySelector('figcaption .legend-title')?.textContent).toBe('Heatmap: Priorität');
    // five value ranges, then open, not applicable and automated: each with its badge symbol
    const items = [...(figure?.querySelectorAll('dl.heatmap-legend > div') ?? [])];
    expect(items).toHaveLength(8);
    expect(items[0].querySelector('dt')?.textContent).toBe('0–19');
    expect(items[0].querySelector('dd')?.textContent).toContain('0–19');
  });

  it('given the heatmap of completeness, when the report is made in English, then the image\'s badges write shares as English does, without a space ("36%")', async () => {
    const file = await processReport({ ...context(), t: translateFor('en'), language: 'en' }, { xml: sampleDiagramXml, metric: 'completeness' });

    const image = heatmapImageOf(file.content as string);
    const badges = [...image.querySelectorAll('.pl-heat-badge text')].map((text) => text.textContent);
    expect(badges.filter((text) => text?.endsWith('%'))).not.toEqual([]);
    expect(badges.filter((text) => text?.endsWith('%')).every((text) => /^\d+%$/.test(text ?? ''))).toBe(true);
  });

  it('given a big model with collapsed sub-processes (CCU-7west), when the report is made, then each sub-process plane that holds steps has a picture with their badges, and no step is left out', async () => {
    // a QA tour: the report's only picture showed 25 of the 71 scored steps, and printed its labels 1 mm high
    const model = await answeredModel(ccuXml);
    const file = await processReport(model, { xml: ccuXml, metric: 'ds' });

    const report = new DOMParser().parseFromString(file.content as string, 'text/html');
    const headings = [...report.querySelectorAll('section.heatmap h3')].map((heading) => heading.textContent);
    expect(headings.some((heading) => /^Bild \d+: Teilprozess „Take ECG @ T=6“$/.test(heading ?? ''))).toBe(true);
    // numbered from 2, so its two collapsed sub-processes "give medicine (ACS-NSTEMI)" are told apart
    expect(headings.map((heading) => heading?.split(':')[0])).toEqual(headings.map((_, index) => `Bild ${index + 2}`));
    expect(headings.filter((heading) => heading?.endsWith('„give medicine (ACS-NSTEMI)“'))).toHaveLength(2);
    const images = heatmapImagesOf(file.content as string);
    // each sub-process's picture is named once by the tag on its collapsed shape in another picture
    const tags = images.flatMap((image) => [...image.querySelectorAll('.pl-heat-picture-tag')].map((tag) => tag.textContent));
    expect([...tags].sort()).toEqual(headings.map((_, index) => `Bild ${index + 2}`).sort());
    // numbered as a reader meets them in the overview, from left to right (a QA re-check: "Bild 2, 4, 5, 3")
    const overviewTags = [...images[0].querySelectorAll('.pl-heat-picture-tag')].map((tag) => ({ x: Number(tag.querySelector('rect')?.getAttribute('x')), text: tag.textContent }));
    expect(overviewTags.length).toBeGreaterThan(2);
    const leftToRight = [...overviewTags].sort((a, b) => a.x - b.x).map((tag) => tag.text);
    expect(leftToRight).toEqual(overviewTags.map((_, index) => `Bild ${index + 2}`));
    expect(images).toHaveLength(headings.length + 1);
    // every scored step's badge is in exactly one picture
    const badges = images.flatMap((image) => [...image.querySelectorAll('.pl-heat-badge')].map((badge) => badge.getAttribute('data-step-id')));
    expect([...badges].sort()).toEqual([...model.input.scores.keys()].sort());
    expect(file.content).not.toContain('in keinem Bild');
    // each picture's data URL once, however many views and tiles show it
    for (const image of report.querySelectorAll('svg.heatmap-source image')) expect((file.content as string).split(image.getAttribute('href') ?? '').length - 1).toBe(1);
    // the top plane prints in tiles besides the whole; the small sub-process "Take ECG @ T=6" in none
    expect(report.querySelectorAll('.heatmap-plane:first-child + .heatmap-tiles figure.heatmap-tile').length).toBeGreaterThan(1);
    const takeEcg = [...report.querySelectorAll('.heatmap-plane')].find((plane) => plane.querySelector('h3')?.textContent?.endsWith('Teilprozess „Take ECG @ T=6“'));
    expect(takeEcg).toBeDefined();
    expect(takeEcg?.nextElementSibling?.classList.contains('heatmap-tiles')).toBe(false);
  });

  it('given a diagram that cannot be drawn, when the report is made, then it is made without the image and says so', async () => {
    const file = await processReport(context('<nicht-bpmn/>'), { xml: '<nicht-bpmn/>', metric: 'ds' });

    expect(file.heatmapFailed).toBe(true);
    expect(file.content).not.toContain('data:image/svg+xml');
    expect(file.content).toContain('<h1>');
  });
});

describe('processHeatmapImage', () => {
  /** pixels of the PNG whose colour is not a grey (white, black and the lines of a plain diagram are grey) */
  const colouredPixels = (png: Blob) => countPixels(png, (red, green, blue) => Math.max(red, green, blue) - Math.min(red, green, blue) > 40);

  it('given the diagram, when the heatmap image is made as SVG, then it holds the badges and the legend and is named after metric, process and day', async () => {
    const file = await processHeatmapImage(context(), { xml: sampleDiagramXml, metric: 'priority' }, 'svg');

    expect(file.fileName).toBe('Heatmap_Priorität_Gewerbeanmeldung_2026-11-28.svg');
    expect(file.type).toBe('image/svg+xml');
    const image = new DOMParser().parseFromString(file.content as string, 'image/svg+xml');
    expect(image.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(image.querySelectorAll('.pl-heat-badge').length).toBeGreaterThan(0);
    expect(image.querySelector('.pl-heat-legend')?.textContent).toContain('Heatmap: Priorität');
  });

  it('given the diagram, when the heatmap image is made as PNG, then the picture carries the colours a plain picture of the diagram lacks', async () => {
    const file = await processHeatmapImage(context(), { xml: sampleDiagramXml, metric: 'ds' }, 'png');

    expect(file.fileName).toBe('Heatmap_Digitalisierungspotenzial_Gewerbeanmeldung_2026-11-28.png');
    expect(file.type).toBe('image/png');
    const plain = await svgToPng((await renderHeatmapSvg(sampleDiagramXml, new Map(), { title: '', items: [] }, { drawLegend: false })).svg);
    expect(await colouredPixels(plain)).toBe(0);
    expect(await colouredPixels(file.content as Blob)).toBeGreaterThan(1000);
  });

  it('given a file of several diagrams, when the heatmap image is made, then its name says which diagram it shows', async () => {
    const base = context();
    const scoped = { ...base, input: { ...base.input, diagramScope: { name: 'Übersicht', count: 2 } } };

    expect((await processHeatmapImage(scoped, { xml: sampleDiagramXml, metric: 'priority' }, 'svg')).fileName).toBe('Heatmap_Priorität_Gewerbeanmeldung_Übersicht_2026-11-28.svg');
  });
});

describe('spreadsheets', () => {
  it('given the process, when CSV and XLSX are made, then they are named after the process and the day', async () => {
    expect(processCsv(context()).fileName).toBe('Schritte_Gewerbeanmeldung_2026-11-28.csv');
    const workbook = await processXlsx(context());
    expect(workbook.fileName).toBe('Schritte_Gewerbeanmeldung_2026-11-28.xlsx');
    expect((workbook.content as Blob).size).toBeGreaterThan(0);
  });
});

describe('file names of a process with an over-long name', () => {
  const longName =
    'Gewerbe-An/Ummeldung: Prüfung "Öffentliche" Ordnung <2026> – Teil 1 von 3 * ? | \\ mit einem sehr langen Namen, der weit über achtzig Zeichen hinausgeht und noch weiter geht bis zum Ende';
  // the name made safe is cut before " der", the word that crosses 100 characters
  const shortName = 'Gewerbe-An_Ummeldung_Prüfung_Öffentliche_Ordnung_2026_–_Teil_1_von_3_mit_einem_sehr_langen_Namen';
  const named = (): ExportContext => {
    const base = context();
    return { ...base, input: { ...base.input, process: { ...base.input.process, name: longName } } };
  };

  it('given a 180-character process name, when every export is made, then each name keeps its kind, "mit Bewertung" and the day, and cuts the name between words', async () => {
    expect((await processBpmnWithScores(named(), sampleDiagramXml)).fileName).toBe(`${shortName}_mit_Bewertung_2026-11-28.bpmn`);
    expect((await processReport(named(), { xml: sampleDiagramXml, metric: 'priority' })).fileName).toBe(`Bericht_${shortName}_2026-11-28.html`);
    expect(processCsv(named()).fileName).toBe(`Schritte_${shortName}_2026-11-28.csv`);
    expect((await processXlsx(named())).fileName).toBe(`Schritte_${shortName}_2026-11-28.xlsx`);
  });
});
