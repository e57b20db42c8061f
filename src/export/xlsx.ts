// The steps and the process figures as a real .xlsx workbook (sheets "Schritte" and "Übersicht"),
// written by write-excel-file, which is loaded only when a workbook is made (dynamic import), so
// it does not weigh on app start. Numbers are typed number cells; text that would run as a
// formula is neutralised.
import type { Cell, Row, SheetData } from 'write-excel-file/universal';
import { processFigureRows } from './figureRows';
import type { FigureUnit } from './figureRows';
import type { ReportInput, ReportLanguage, Translate } from './reportInput';
import { neutraliseFormula } from './spreadsheetSafety';
import type { TableCell } from './stepTable';
import { buildStepTable } from './stepTable';
import { stepName } from './stepText';

export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const dateFormats: Record<ReportLanguage, string> = { de: 'dd.mm.yyyy', en: 'dd/mm/yyyy' };

const figureFormats: Partial<Record<FigureUnit, string>> = { eur: '#,##0 "€"', share: '0.0%' };

function textCell(text: string | undefined, bold = false): Cell {
  if (text === undefined || text === '') return null;
  return { value: neutraliseFormula(text), type: String, ...(bold ? { fontWeight: 'bold' } : {}) };
}

function numberCell(value: number | null | undefined, format?: string): Cell {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return { value, type: Number, ...(format ? { format } : {}) };
}

function tableCell(cell: TableCell): Cell {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'number':
      return numberCell(cell.value);
    case 'text':
      return { value: neutraliseFormula(cell.text), type: String, wrap: true };
  }
}

function stepsSheet(input: ReportInput, t: Translate): { data: SheetData; columns: { width: number }[] } {
  const table = buildStepTable(input, t);
  const header: Row = table.headers.map((text) => ({ ...textCell(text, true), wrap: true, backgroundColor: '#E8EEF4', alignVertical: 'top' }));
  const widths = table.headers.map((_, index) => (index === 0 ? 32 : index === table.headers.length - 1 ? 48 : 14));
  return { data: [header, ...table.rows.map((row) => row.map(tableCell))], columns: widths.map((width) => ({ width })) };
}

/** "2026-11-28" as a date cell; any other text stays text. */
function calendarDateCell(value: string | undefined, language: ReportLanguage): Cell {
  const match = value === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return textCell(value);
  return { value: new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])), type: Date, format: dateFormats[language] };
}

function summarySheet(input: ReportInput, t: Translate, language: ReportLanguage): SheetData {
  const { process, department, figures, catalogue } = input;
  const label = (key: string) => textCell(t(key), true);
  const figureRows = processFigureRows(figures, t).map((row): Row => [textCell(row.label, true), numberCell(row.value, figureFormats[row.unit])]);
  return [
    [textCell(t('report:title', { process: process.name }), true)],
    [],
    [label('report:column.process'), textCell(process.name)],
    [label('report:facts.department'), textCell(department ? `${department.name} (${department.code})` : undefined)],
    [label('report:facts.lotse'), textCell(process.lotse)],
    [label('report:facts.workshopDate'), calendarDateCell(process.workshopDate, language)],
    [label('report:facts.participants'), textCell(process.participants)],
    [label('report:facts.ozgLevel'), numberCell(process.ozgLevel)],
    [label('report:facts.ozgTarget'), numberCell(process.ozgTarget)],
    [label('report:facts.catalogueVersion'), numberCell(catalogue.version)],
    [label('report:facts.rankingBasis'), textCell(t(`report:ranking.basis.${figures.ranking.basis}`))],
    [],
    [label('report:section.figures')],
    ...figureRows,
    [label('report:figures.mediaBreaksWhere'), textCell(figures.mediaBreakSteps.map((stepId) => stepName(input, stepId)).join(', '))],
  ];
}

/** The workbook as a Blob (steps sheet first, summary sheet second). */
export async function stepsToXlsx(input: ReportInput, t: Translate, language: ReportLanguage): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const steps = stepsSheet(input, t);
  return writeXlsxFile(
    [
      { sheet: t('report:xlsx.stepsSheet'), data: steps.data, columns: steps.columns, stickyRowsCount: 1 },
      { sheet: t('report:xlsx.summarySheet'), data: summarySheet(input, t, language), columns: [{ width: 48 }, { width: 40 }] },
    ],
    { fontFamily: 'Calibri', fontSize: 11 },
  ).toBlob();
}
