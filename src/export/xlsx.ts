// The steps, the process figures and the assumptions they rest on as a real .xlsx workbook (sheets
// "Schritte", "Übersicht" and "Annahmen": the workspace settings and the catalogue version, numbers
// with their unit in the column header; a step in a sub-process named with it where steps are
// listed in the summary), written by write-excel-file, which is loaded only when a
// workbook is made (dynamic import), so it does not weigh on app start. Numbers are typed number cells, rounded and formatted as the app
// shows them; text is always a typed string cell, which a spreadsheet never runs as a formula, so
// it is written as it is (the CSV's apostrophe guard is not needed here). The mean ease stays a
// number and shows, as the report does, the steps it rests on ("80 (aus 1 von 9 Schritten)"). The
// steps whose quantities lack what their hours need are listed with what each lacks, as in the app.
import type { Cell, Row, SheetData } from 'write-excel-file/universal';
import type { WorkspaceSettings } from '../domain/criteria';
import { departmentTitle } from '../domain/recordNames';
import { euroDecimals, fteDecimals, percentDecimals } from '../i18n/figureFormats';
import { figureDecimals, figureGapText, figureText, processFigureRows, roundedFigure } from './figureRows';
import type { FigureRow } from './figureRows';
import type { ReportFormat } from './reportFormat';
import { createReportFormat } from './reportFormat';
import type { ReportInput, ReportLanguage, Translate } from './reportInput';
import type { ColumnWidth, TableCell } from './stepTable';
import { buildStepTable } from './stepTable';
import { catalogueVersionText, mediaBreaksWhereText } from './reportSections';
import { stepNameWithParent, stepsLackingQuantities } from './stepText';

export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const dateFormats: Record<ReportLanguage, string> = { de: 'dd.mm.yyyy', en: 'dd/mm/yyyy' };

function textCell(text: string | undefined, bold = false): Cell {
  if (text === undefined || text === '') return null;
  return { value: text, type: String, ...(bold ? { fontWeight: 'bold' } : {}) };
}

/** A column header: bold, wrapped, on the report's header shade. */
function headerCell(text: string): Cell {
  return { ...textCell(text, true), wrap: true, backgroundColor: '#E8EEF4', alignVertical: 'top' };
}

function numberCell(value: number | null | undefined, format?: string): Cell {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return { value, type: Number, ...(format ? { format } : {}) };
}

/** A number format that shows `text` whatever the number, e.g. "3+" for the count 3 (quotes escaped). */
function literalFormat(text: string): string {
  return text
    .split('"')
    .map((piece) => `"${piece}"`)
    .join('\\"');
}

function tableCell(cell: TableCell): Cell {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'number':
      return numberCell(cell.value, cell.shown === undefined ? undefined : literalFormat(cell.shown));
    case 'text':
      return { value: cell.text, type: String, wrap: true };
  }
}

/** Column widths in characters: names (of steps and sub-processes) and the notes wider than values. */
const columnWidths: Record<ColumnWidth, number> = { name: 32, notes: 48, value: 14 };

function stepsSheet(input: ReportInput, t: Translate, language: ReportLanguage): { data: SheetData; columns: { width: number }[] } {
  const table = buildStepTable(input, t, language);
  const header: Row = table.headers.map(headerCell);
  return { data: [header, ...table.rows.map((row) => row.map(tableCell))], columns: table.widths.map((width) => ({ width: columnWidths[width] })) };
}

/** "2026-11-28" as a date cell; any other text stays text. */
function calendarDateCell(value: string | undefined, language: ReportLanguage): Cell {
  const match = value === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return textCell(value);
  return { value: new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])), type: Date, format: dateFormats[language] };
}

/** Excel's number format with digit grouping and exactly `decimals` places. */
function groupedFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** Euros without cents, the sign where the language writes it: "138.442 €" in German, "€138,442" in English. */
const euroFormats: Record<ReportLanguage, string> = { de: `${groupedFormat(euroDecimals)} "€"`, en: `"€"${groupedFormat(euroDecimals)}` };

/** The places a rounded number needs (up to `decimals`), so 300 shows as "300" and 12.5 as "12.5", as in the report. */
function placesNeeded(value: number, decimals: number): number {
  let places = 0;
  while (places < decimals && Math.round(value * 10 ** places) / 10 ** places !== value) places++;
  return places;
}

function figureFormat(row: FigureRow, value: number, language: ReportLanguage): string {
  switch (row.unit) {
    case 'eur':
      return euroFormats[language];
    case 'share':
      return `${groupedFormat(percentDecimals)}%`;
    case 'fte':
      return groupedFormat(fteDecimals);
    default:
      return groupedFormat(placesNeeded(value, figureDecimals(row.unit, value)));
  }
}

/**
 * A figure's value cell: the number as the app rounds it, shown with the steps it rests on where it
 * has a basis, as the report shows it; or the app's text for a figure without one.
 */
function figureCell(row: FigureRow, format: ReportFormat, t: Translate, language: ReportLanguage): Cell {
  if (row.gap !== null) return textCell(figureGapText(row.gap, t));
  const value = roundedFigure(row);
  if (value === null) return null;
  return numberCell(value, row.basis === null && !row.provisional ? figureFormat(row, value, language) : literalFormat(figureText(row, format, t)));
}

/** What the ranking stands on, or, as the app says, that no step is ranked yet (e.g. a process without steps). */
function rankingBasisText(input: ReportInput, t: Translate): string {
  const { ranking } = input.figures;
  return ranking.ranked.length > 0 ? t(`report:ranking.basis.${ranking.basis}`) : t('assessment:figures.noRanking');
}

/**
 * As the app's figures: the steps with incomplete quantities, each with what it lacks ("Antrag
 * („Zeitraum“ fehlt)"), and why they are not in the hours; no rows while there are none.
 */
function lackingQuantitiesRows(input: ReportInput, t: Translate, language: ReportLanguage): Row[] {
  const lacking = stepsLackingQuantities(input, t, language);
  if (lacking.length === 0) return [];
  const listed = lacking.map(({ stepId, missing }) => `${stepNameWithParent(input, stepId, t)} ${t('assessment:figures.incompleteQuantitiesStep', { missing })}`);
  return [[textCell(t('assessment:figures.incompleteQuantitiesHeading'), true), textCell(`${listed.join('; ')}. ${t('assessment:figures.incompleteQuantitiesText')}`)]];
}

function summarySheet(input: ReportInput, t: Translate, language: ReportLanguage): SheetData {
  const { process, department, figures, catalogue } = input;
  const label = (key: string) => textCell(t(key), true);
  const format = createReportFormat(language);
  const figureRows = processFigureRows(input, t).map((row): Row => [textCell(row.label, true), figureCell(row, format, t, language)]);
  return [
    [textCell(t('report:title', { process: process.name }), true)],
    [],
    [label('report:column.process'), textCell(process.name)],
    [label('report:facts.department'), textCell(department ? departmentTitle(department) : undefined)],
    ...(input.diagramScope ? [[label('report:facts.diagram'), textCell(t('report:facts.diagramOf', input.diagramScope))]] : []),
    [label('report:facts.lotse'), textCell(process.lotse)],
    [label('report:facts.workshopDate'), calendarDateCell(process.workshopDate, language)],
    [label('report:facts.participants'), textCell(process.participants)],
    [label('report:facts.ozgLevel'), numberCell(process.ozgLevel)],
    [label('report:facts.ozgTarget'), numberCell(process.ozgTarget)],
    [label('report:facts.catalogueVersion'), numberCell(catalogue.version)],
    [label('report:facts.rankingBasis'), textCell(rankingBasisText(input, t))],
    [],
    [label('report:section.figures')],
    ...figureRows,
    [
      label('report:figures.mediaBreaksWhere'),
      textCell(figures.mediaBreakSteps.length > 0 ? figures.mediaBreakSteps.map((stepId) => stepNameWithParent(input, stepId, t)).join(', ') : mediaBreaksWhereText(input, t)),
    ],
    ...lackingQuantitiesRows(input, t, language),
    ...hoursCoverageRows(input, t),
  ];
}

/**
 * As the app's figures say under them: which steps the hours, FTE and euros cover, where not all
 * applicable steps have quantities, and that the savings are provisional while they count an
 * incomplete AS as 0; no rows while neither holds.
 */
function hoursCoverageRows({ figures }: ReportInput, t: Translate): Row[] {
  const rows: Row[] = [];
  const withQuantities = figures.withQuantitiesCount;
  if (withQuantities > 0 && withQuantities < figures.applicableCount) rows.push([textCell(t('assessment:figures.partialHours', { count: withQuantities, applicable: figures.applicableCount }))]);
  if (figures.provisionalSavingCount > 0) rows.push([textCell(t('assessment:figures.provisionalSaving', { count: figures.provisionalSavingCount }))]);
  return rows;
}

/** The settings the hours, FTE and euros rest on, with the unit of each in its header. */
const assumptionColumns = ['workingDaysPerYear', 'hoursPerDay', 'fteCostPerYear', 'realisationFactor', 'discretionCap'] as const satisfies readonly (keyof WorkspaceSettings)[];

/**
 * The assumptions: a header row and one row of values, the settings and the catalogue's version as
 * number cells, and the catalogue as the report names it ("Version 1, Standardwerte der Methode").
 */
function assumptionsSheet(input: ReportInput, t: Translate, language: ReportLanguage): SheetData {
  const { catalogue } = input;
  const header = (key: string) => headerCell(t(key));
  const context = { t, language, format: createReportFormat(language) };
  return [
    [...assumptionColumns.map((key) => header(`report:xlsx.assumption.${key}`)), header('report:xlsx.assumption.catalogueVersion'), header('report:xlsx.assumption.catalogue')],
    [
      ...assumptionColumns.map((key) => numberCell(catalogue.settings[key], key === 'fteCostPerYear' ? euroFormats[language] : undefined)),
      numberCell(catalogue.version),
      textCell(catalogueVersionText(catalogue, context)),
    ],
  ];
}

/** The workbook as a Blob (steps sheet first, summary sheet second, assumptions third). */
export async function stepsToXlsx(input: ReportInput, t: Translate, language: ReportLanguage): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const steps = stepsSheet(input, t, language);
  return writeXlsxFile(
    [
      { sheet: t('report:xlsx.stepsSheet'), data: steps.data, columns: steps.columns, stickyRowsCount: 1 },
      { sheet: t('report:xlsx.summarySheet'), data: summarySheet(input, t, language), columns: [{ width: 48 }, { width: 40 }] },
      { sheet: t('report:xlsx.assumptionsSheet'), data: assumptionsSheet(input, t, language), columns: [...assumptionColumns.map(() => ({ width: 22 })), { width: 16 }, { width: 40 }] },
    ],
    { fontFamily: 'Calibri', fontSize: 11 },
  ).toBlob();
}
