// The steps table shared by the CSV and XLSX exports: one column list, one row per step in
// process order, each cell typed as text, number or empty so each format can write it properly.
import type { Quantities, Step, StepAssessment } from '../domain/assessment';
import { criteria } from '../domain/criteria';
import type { Score, StepScore } from '../domain/scoreTypes';
import type { ReportInput, Translate } from './reportInput';
import { answerValue, buildingBlockLabel, criterionLabel, periodLabel, recommendationLabel, stepName, stepTypeLabel } from './stepText';

export type TableCell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; decimals: number }
  | { kind: 'empty' };

export interface StepTable {
  headers: string[];
  rows: TableCell[][];
}

const empty: TableCell = { kind: 'empty' };

export function textCell(text: string | undefined): TableCell {
  return text === undefined || text === '' ? empty : { kind: 'text', text };
}

/** A number rounded to `decimals` places; null/undefined/NaN become an empty cell. */
export function numberCell(value: number | null | undefined, decimals: number): TableCell {
  if (value === null || value === undefined || !Number.isFinite(value)) return empty;
  const factor = 10 ** decimals;
  return { kind: 'number', value: Math.round(value * factor) / factor, decimals };
}

/** A 0–100 score: a number, "unvollständig" when under the minimum completeness, empty without value. */
function scoreCell(t: Translate, score: Score | undefined): TableCell {
  if (!score || score.value === null) return empty;
  if (score.incomplete) return textCell(t('report:score.incomplete'));
  return numberCell(score.value, 0);
}

interface RowContext {
  step: Step;
  assessment: StepAssessment | undefined;
  score: StepScore | undefined;
}

interface Column {
  header: string;
  cell: (row: RowContext) => TableCell;
}

type MinuteField = 'minutesPerCase' | 'reworkMinutes' | 'reviewMinutes' | 'mediaBreakMinutes';

function quantities(row: RowContext): Quantities {
  return row.assessment?.quantities ?? {};
}

function columns(input: ReportInput, t: Translate): Column[] {
  const minutes = (field: MinuteField): Column => ({
    header: t(`report:column.${field}`),
    cell: (row) => numberCell(quantities(row)[field], 2),
  });
  return [
    { header: t('report:column.step'), cell: (row) => textCell(stepName(input, row.step.id)) },
    { header: t('report:column.lane'), cell: (row) => textCell(row.step.lane) },
    { header: t('report:column.type'), cell: (row) => textCell(stepTypeLabel(t, row.step.type)) },
    { header: t('report:column.buildingBlock'), cell: (row) => textCell(buildingBlockLabel(t, row.assessment?.buildingBlock)) },
    ...criteria.map(
      ({ code }): Column => ({
        header: t('report:column.criterion', { label: criterionLabel(t, code), code }),
        cell: (row) => {
          const answer = answerValue(t, row.assessment?.answers ?? {}, code);
          if (answer.kind === 'number') return numberCell(answer.value, 0);
          return answer.kind === 'text' ? textCell(answer.text) : empty;
        },
      }),
    ),
    { header: t('report:column.volume'), cell: (row) => numberCell(quantities(row).volume, 2) },
    { header: t('report:column.period'), cell: (row) => textCell(periodLabel(t, quantities(row).period)) },
    minutes('minutesPerCase'),
    {
      header: t('report:column.errorRate'),
      cell: (row) => {
        const rate = quantities(row).errorRate;
        return numberCell(rate === undefined ? undefined : rate * 100, 1);
      },
    },
    minutes('reworkMinutes'),
    minutes('reviewMinutes'),
    minutes('mediaBreakMinutes'),
    { header: t('report:column.ds'), cell: (row) => scoreCell(t, row.score?.ds) },
    { header: t('report:column.as'), cell: (row) => scoreCell(t, row.score?.as) },
    { header: t('report:column.ei'), cell: (row) => scoreCell(t, row.score?.ei) },
    { header: t('report:column.hoursPerYear'), cell: (row) => numberCell(row.score?.benefit?.hoursPerYear, 1) },
    { header: t('report:column.hoursSaved'), cell: (row) => numberCell(row.score?.benefit?.hoursSaved, 1) },
    { header: t('report:column.priorityIndex'), cell: (row) => numberCell(row.score?.priorityIndex, 0) },
    { header: t('report:column.priorityHours'), cell: (row) => numberCell(row.score?.priorityHours, 1) },
    {
      header: t('report:column.recommendation'),
      cell: (row) => (row.score ? textCell(recommendationLabel(t, row.score.recommendation)) : empty),
    },
    { header: t('report:column.completeness'), cell: (row) => numberCell(row.score ? row.score.completeness * 100 : undefined, 0) },
    { header: t('report:column.notes'), cell: (row) => textCell(row.assessment?.notes) },
  ];
}

/** The steps of a process in process order, with every column the spreadsheets carry. */
export function buildStepTable(input: ReportInput, t: Translate): StepTable {
  const tableColumns = columns(input, t);
  const rows = [...input.steps]
    .sort((a, b) => a.order - b.order)
    .map((step) => {
      const context: RowContext = { step, assessment: input.assessments.get(step.id), score: input.scores.get(step.id) };
      return tableColumns.map((column) => column.cell(context));
    });
  return { headers: tableColumns.map((column) => column.header), rows };
}
