// The process figures as labelled rows with a unit: the report's figure cards and the XLSX
// summary sheet show the same list, each in its own way (formatted text or typed number).
import type { ProcessFigures } from '../domain/scoreTypes';
import type { ReportFormat } from './reportFormat';
import type { Translate } from './reportInput';

export type FigureUnit = 'hours' | 'fte' | 'eur' | 'share' | 'count' | 'score';

export interface FigureRow {
  key: keyof ProcessFigures;
  label: string;
  value: number | null;
  unit: FigureUnit;
}

/** Units of the figures worked out from the steps' quantities (hours, and the FTE, euros and share from them). */
const quantityUnits: ReadonlySet<FigureUnit> = new Set(['hours', 'fte', 'eur', 'share']);

/** Whether the figure comes from the steps' quantities, and so means nothing while no step has any. */
export function needsQuantities(row: Pick<FigureRow, 'unit'>): boolean {
  return quantityUnits.has(row.unit);
}

const figureUnits: readonly (readonly [keyof ProcessFigures, FigureUnit])[] = [
  ['hoursPerYear', 'hours'],
  ['hoursSaved', 'hours'],
  ['fte', 'fte'],
  ['fteSaved', 'fte'],
  ['cost', 'eur'],
  ['costSaved', 'eur'],
  ['automationPotential', 'share'],
  ['mediaBreaks', 'count'],
  ['meanEase', 'score'],
  ['stepCount', 'count'],
  ['applicableCount', 'count'],
  ['scoredCount', 'count'],
];

export function processFigureRows(figures: ProcessFigures, t: Translate): FigureRow[] {
  return figureUnits.map(([key, unit]) => {
    const value = figures[key];
    return { key, label: t(`report:figures.${key}`), value: typeof value === 'number' ? value : null, unit };
  });
}

/** Decimal places a plain number of this unit is shown with (euros, shares and FTE have formats of their own). */
const unitDecimals: Record<Exclude<FigureUnit, 'eur' | 'share' | 'fte'>, number> = { hours: 1, count: 0, score: 0 };

/** The figure as text; "–" when it has no value. */
export function formatFigure(row: Pick<FigureRow, 'value' | 'unit'>, format: ReportFormat): string {
  if (row.value === null) return '–';
  switch (row.unit) {
    case 'eur':
      return format.eur(row.value);
    case 'share':
      return format.percent(row.value);
    case 'fte':
      return format.fte(row.value);
    default:
      return format.number(row.value, unitDecimals[row.unit]);
  }
}
