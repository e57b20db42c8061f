// The files one process can leave the editor as, besides the plain diagram: the assessment report
// (HTML, with the heatmap drawn into an SVG of the diagram and one of each collapsed sub-process that
// holds scored steps, and its legend as text), the diagram with its heatmap
// and legend as an image (SVG or PNG, for slides and papers), the steps as CSV and XLSX, and the
// BPMN file with every answer and score embedded. Each returns the file's content, type and name;
// handing it to the browser is the caller's part.
import { svgToPng } from '../../bpmn/exportDiagram';
import { renderHeatmapPlanes, renderHeatmapSvg } from '../../bpmn/heatmapSvg';
import { heatmapEntries, heatmapLegend } from '../../bpmn/heatmap/heatmapScale';
import type { HeatmapEntry, HeatmapLegend, HeatmapMetric } from '../../bpmn/heatmap/heatmapScale';
import { embedAssessments } from '../../bpmn/scoresInBpmn';
import type { StepAssessment } from '../../domain/assessment';
import { stepsToCsv } from '../../export/csv';
import { exportFileName } from '../../export/fileName';
import type { ReportHeatmap } from '../../export/heatmapImage';
import { buildReportHtml } from '../../export/reportHtml';
import type { ReportInput, ReportLanguage, Translate } from '../../export/reportInput';
import { stepsToXlsx, xlsxMimeType } from '../../export/xlsx';
import { appVersion } from './appVersion';

export interface ExportFile {
  content: string | Blob;
  fileName: string;
  type: string;
}

export interface ExportContext {
  input: ReportInput;
  t: Translate;
  language: ReportLanguage;
  /** the time written into the file and its name */
  now: Date;
}

export interface ReportDiagram {
  /** the diagram as it is now (the editor's current XML) */
  xml: string;
  diagramId?: string;
  metric: HeatmapMetric;
}

export const htmlMimeType = 'text/html;charset=utf-8';
const csvMimeType = 'text/csv;charset=utf-8';
const bpmnMimeType = 'application/xml';
const svgMimeType = 'image/svg+xml';
const pngMimeType = 'image/png';

/** The file's name: `prefix` (the kind of file, translated), the process's name, `suffix` and the day. */
function fileName(context: ExportContext, prefix: string, extension: string, suffix?: string): string {
  return exportFileName({
    prefix,
    name: context.input.process.name,
    suffix,
    date: context.now,
    extension,
    untitled: context.t('report:fileName.untitled'),
  });
}

/** The heatmap of the diagram's metric: an entry per scored step, and the legend. */
function heatmapOf(context: ExportContext, diagram: ReportDiagram): { entries: Map<string, HeatmapEntry>; legend: HeatmapLegend } {
  const { t } = context;
  return { entries: heatmapEntries(diagram.metric, context.input.scores.values(), t, context.language), legend: heatmapLegend(diagram.metric, t) };
}

/**
 * The report's heatmap pictures: the diagram and each collapsed sub-process that holds scored steps,
 * without a drawn legend (the report gives it as text), each such sub-process tagged with its
 * picture's number where it is drawn collapsed, and a note of the steps no picture shows.
 */
async function reportHeatmap(context: ExportContext, diagram: ReportDiagram): Promise<ReportHeatmap> {
  const { entries, legend } = heatmapOf(context, diagram);
  const pictureTag = (number: number) => context.t('report:heatmap.pictureTag', { number });
  const { planes, notDrawn } = await renderHeatmapPlanes(diagram.xml, entries, legend, { diagramId: diagram.diagramId, drawLegend: false, pictureTag });
  const pictures = planes.map(({ svg, steps, subProcess }) => (subProcess ? { svg, steps, subProcess: subProcess.name } : { svg, steps }));
  return notDrawn > 0 ? { pictures, legend, note: context.t('report:heatmap.notInAnyPicture', { count: notDrawn }) } : { pictures, legend };
}

/**
 * The report as an HTML file. When the heatmap image cannot be drawn, the report is made without
 * it (it then says so itself) and `heatmapFailed` tells the caller.
 */
export async function processReport(context: ExportContext, diagram: ReportDiagram): Promise<ExportFile & { heatmapFailed: boolean }> {
  const { input, t } = context;
  let heatmap: ReportHeatmap | undefined;
  try {
    heatmap = await reportHeatmap(context, diagram);
  } catch {
    heatmap = undefined;
  }
  const content = buildReportHtml(input, { t, language: context.language, heatmap, generatedAt: context.now, appVersion });
  return { content, fileName: fileName(context, t('report:fileName.report'), 'html'), type: htmlMimeType, heatmapFailed: heatmap === undefined };
}

/**
 * The diagram with its heatmap and the legend below it, as an SVG or PNG image, named after the
 * metric, the process, the diagram of a file with several, and the day; the legend notes the steps
 * it does not show (inside collapsed sub-processes).
 */
export async function processHeatmapImage(context: ExportContext, diagram: ReportDiagram, format: 'svg' | 'png'): Promise<ExportFile> {
  const { t, input } = context;
  const { entries, legend } = heatmapOf(context, diagram);
  const notDrawnNote = (count: number) => t('report:heatmap.notDrawn', { count });
  const { svg } = await renderHeatmapSvg(diagram.xml, entries, legend, { diagramId: diagram.diagramId, notDrawnNote });
  const shownOfSeveral = input.diagramScope && input.diagramScope.count > 1 ? input.diagramScope.name : undefined;
  const name = fileName(context, t('report:fileName.heatmap', { metric: t(`heatmap:metric.${diagram.metric}`) }), format, shownOfSeveral);
  return format === 'svg' ? { content: svg, fileName: name, type: svgMimeType } : { content: await svgToPng(svg), fileName: name, type: pngMimeType };
}

export function processCsv(context: ExportContext): ExportFile {
  return { content: stepsToCsv(context.input, context.t, context.language), fileName: fileName(context, context.t('report:fileName.steps'), 'csv'), type: csvMimeType };
}

export async function processXlsx(context: ExportContext): Promise<ExportFile> {
  const content = await stepsToXlsx(context.input, context.t, context.language);
  return { content, fileName: fileName(context, context.t('report:fileName.steps'), 'xlsx'), type: xlsxMimeType };
}

/**
 * The file's XML with every step's answers, quantities, notes and scores embedded, and the
 * process's facts (Lotse, status, description, Amt) for an import elsewhere; `otherViews`:
 * the answers of steps on the file's other diagrams (not shown, so not scored), embedded too so
 * that importing the file brings back every answer of a file with several diagrams.
 */
export async function processBpmnWithScores(context: ExportContext, xml: string, otherViews: readonly StepAssessment[] = []): Promise<ExportFile> {
  const { input } = context;
  const { process, department } = input;
  const content = await embedAssessments(xml, {
    assessments: [...input.assessments.values(), ...otherViews],
    scores: input.scores,
    catalogueVersion: input.catalogue.version,
    processFacts: {
      lotse: process.lotse,
      status: process.status,
      description: process.description,
      ...(department ? { department: { code: department.code, name: department.name } } : {}),
    },
  });
  return { content, fileName: fileName(context, '', 'bpmn', context.t('exchange:bpmnScores.fileNameSuffix')), type: bpmnMimeType };
}
