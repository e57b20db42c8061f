// The steps table shared by the CSV and XLSX exports: one column list, one row per step in
// process order, each cell typed as text, number or empty so each format can write it properly,
// and each column's width class. Beside the step's name, the sub-process it is in ("Teilprozess",
// empty for a step on the top level), so that steps of the same name are told apart; a process
// without sub-processes has no such column.
// Scores, priorities and answers read as the app's steps table shows them: "unvollständig" where
// the table says so, "erledigt" for the automation potential and priority of an automated step,
// "3+" for three media breaks or more, and whether a priority rests on the estimated ease. A step
// whose hours cannot be worked out yet says, in a text column beside its (empty) hours, what is
// missing ("„Zeitraum“ fehlt"), as the app's steps table does, and a step whose hours saved count an
// incomplete AS as 0 says there that they are provisional; the hours' columns hold only numbers.
import type { Quantities, Step, StepAssessment } from '../domain/assessment';
import { criteria } from '../domain/criteria';
import type { CriterionCode } from '../domain/criteria';
import type { RankedSteps, StepScore } from '../domain/scoreTypes';
import { priorityShown, priorityStatus, savingIsProvisional } from '../domain/scoring';
import type { ReportInput, ReportLanguage, Translate } from './reportInput';
import { answerValue, buildingBlockLabel, criterionLabel, missingQuantities, periodLabel, recommendationLabel, stepName, stepTypeLabel } from './stepText';

export type TableCell =
  | { kind: 'text'; text: string }
  /** `shown`: how the app shows the number when not as the number itself, e.g. "3+" for 3 */
  | { kind: 'number'; value: number; decimals: number; shown?: string }
  | { kind: 'empty' };

/** How wide a column's texts run: names (of steps and sub-processes), the notes, or short values. */
export type ColumnWidth = 'name' | 'notes' | 'value';

export interface StepTable {
  headers: string[];
  /** one a column, as `headers` */
  widths: ColumnWidth[];
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

interface RowContext {
  step: Step;
  assessment: StepAssessment | undefined;
  score: StepScore | undefined;
}

/** The score of an applicable step; undefined for a step without a score or not applicable (no value shown). */
function applicableScore(row: RowContext): StepScore | undefined {
  return row.score?.applicable ? row.score : undefined;
}

/**
 * A 0–100 score as the steps table shows it: a number, "unvollständig" when it has no value or
 * too little is answered, "erledigt" for the automation potential of an automated step.
 */
function scoreCell(t: Translate, row: RowContext, metric: 'ds' | 'as' | 'ei'): TableCell {
  const score = applicableScore(row);
  if (!score) return empty;
  if (metric === 'as' && score.automated) return textCell(t('method:flags.done'));
  const value = score[metric];
  if (value.incomplete || value.value === null) return textCell(t('report:score.incomplete'));
  return numberCell(value.value, value.decimals);
}

/**
 * A priority as the steps table shows it: a number, "erledigt" for an automated step,
 * "unvollständig" when neither potential is answered enough, or nothing (e.g. no quantities).
 */
function priorityCell(t: Translate, row: RowContext, basis: RankedSteps['basis']): TableCell {
  const score = applicableScore(row);
  if (!score) return empty;
  switch (priorityStatus(score, basis)) {
    case 'automated':
      return textCell(t('method:flags.done'));
    case 'incomplete':
      return textCell(t('report:score.incomplete'));
    case 'value':
      return basis === 'hours' ? numberCell(score.priorityHours, 1) : numberCell(score.priorityIndex, 0);
    default:
      return empty;
  }
}

/** For a step with a priority number: whether it rests on the estimated ease (the app's "≈ … (Umsetzbarkeit geschätzt)"). */
function easeEstimatedCell(t: Translate, row: RowContext): TableCell {
  const score = applicableScore(row);
  if (!score || !priorityShown(score)) return empty;
  return textCell(t(score.easeEstimated ? 'report:yes' : 'report:no'));
}

/** An answer: the level or count as a number ("3+" for three media breaks or more), yes / no as text. */
function answerCell(t: Translate, row: RowContext, code: CriterionCode): TableCell {
  const answer = answerValue(t, row.assessment?.answers ?? {}, code);
  if (answer.kind === 'text') return textCell(answer.text);
  if (answer.kind === 'none') return empty;
  return answer.shown === undefined ? numberCell(answer.value, 0) : { kind: 'number', value: answer.value, decimals: 0, shown: answer.shown };
}

interface Column {
  header: string;
  cell: (row: RowContext) => TableCell;
  /** 'value' if not given */
  width?: ColumnWidth;
}

type MinuteField = 'minutesPerCase' | 'reworkMinutes' | 'reviewMinutes' | 'mediaBreakMinutes';

/** For hours saved that count an incomplete AS as 0, the score panel's note that they are provisional. */
function provisionalSavingText(score: StepScore | undefined, t: Translate): string | undefined {
  return score && savingIsProvisional(score) ? t('assessment:result.provisional') : undefined;
}

function quantities(row: RowContext): Quantities {
  return row.assessment?.quantities ?? {};
}

function columns(input: ReportInput, t: Translate, language: ReportLanguage): Column[] {
  const minutes = (field: MinuteField): Column => ({
    header: t(`report:column.${field}`),
    cell: (row) => numberCell(quantities(row)[field], 2),
  });
  return [
    { header: t('report:column.step'), cell: (row) => textCell(stepName(input, row.step.id)), width: 'name' },
    ...(input.steps.some((step) => step.parent) ? [{ header: t('report:column.parent'), cell: (row: RowContext) => textCell(row.step.parent), width: 'name' as const }] : []),
    { header: t('report:column.lane'), cell: (row) => textCell(row.step.lane) },
    { header: t('report:column.type'), cell: (row) => textCell(stepTypeLabel(t, row.step.type)) },
    { header: t('report:column.buildingBlock'), cell: (row) => textCell(buildingBlockLabel(t, row.assessment?.buildingBlock)) },
    ...criteria.map(
      ({ code }): Column => ({
        header: t('report:column.criterion', { label: criterionLabel(t, code), code }),
        cell: (row) => answerCell(t, row, code),
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
    { header: t('report:column.ds'), cell: (row) => scoreCell(t, row, 'ds') },
    { header: t('report:column.as'), cell: (row) => scoreCell(t, row, 'as') },
    { header: t('report:column.ei'), cell: (row) => scoreCell(t, row, 'ei') },
    { header: t('report:column.hoursPerYear'), cell: (row) => numberCell(row.score?.benefit?.hoursPerYear, 1) },
    { header: t('report:column.hoursSaved'), cell: (row) => numberCell(row.score?.benefit?.hoursSaved, 1) },
    { header: t('report:column.hoursMissing'), cell: (row) => textCell(missingQuantities(input, row.step.id, t, language) ?? provisionalSavingText(row.score, t)) },
    { header: t('report:column.priorityIndex'), cell: (row) => priorityCell(t, row, 'index') },
    { header: t('report:column.priorityHours'), cell: (row) => priorityCell(t, row, 'hours') },
    { header: t('report:column.easeEstimated'), cell: (row) => easeEstimatedCell(t, row) },
    {
      header: t('report:column.recommendation'),
      cell: (row) => (row.score ? textCell(recommendationLabel(t, row.score.recommendation)) : empty),
    },
    { header: t('report:column.completeness'), cell: (row) => numberCell(row.score ? row.score.completeness * 100 : undefined, 0) },
    { header: t('report:column.notes'), cell: (row) => textCell(row.assessment?.notes), width: 'notes' },
  ];
}

/** The steps of a process in process order, with every column the spreadsheets carry. */
export function buildStepTable(input: ReportInput, t: Translate, language: ReportLanguage): StepTable {
  const tableColumns = columns(input, t, language);
  const rows = [...input.steps]
    .sort((a, b) => a.order - b.order)
    .map((step) => {
      const context: RowContext = { step, assessment: input.assessments.get(step.id), score: input.scores.get(step.id) };
      return tableColumns.map((column) => column.cell(context));
    });
  return { headers: tableColumns.map((column) => column.header), widths: tableColumns.map((column) => column.width ?? 'value'), rows };
}
