// The process figures as labelled rows with a unit: the report's figure cards, the XLSX summary
// sheet and the portfolio show the same list, each in its own way (formatted text or typed number),
// rounded alike, and all say what the app says where a figure has no number yet: "keine
// Mengenangaben" for a figure that needs quantities, "noch nicht erfasst" for media breaks. The
// mean ease, and the figures from quantities while not every applicable step has them, say on how
// many of the applicable steps they rest ("80 (aus 1 von 9 Schritten)"), and the savings are marked
// "(vorläufig)" while they count an incomplete AS as 0.
import type { ProcessFigures } from '../domain/scoreTypes';
import { euroDecimals, fteDecimals, hoursDecimals, percentDecimals } from '../i18n/figureFormats';
import type { ReportFormat } from './reportFormat';
import type { ReportInput, Translate } from './reportInput';

export type FigureUnit = 'hours' | 'fte' | 'eur' | 'share' | 'count' | 'score';

export interface FigureRow {
  key: FigureKey;
  label: string;
  value: number | null;
  unit: FigureUnit;
  /** why the figure has no number, which the app then shows as text instead (figureGapText); null when it has one */
  gap: FigureGap | null;
  /**
   * on how many of the applicable steps the figure rests, where not all: the mean ease (steps with a
   * usable EI), the figures from quantities (steps with quantities); null otherwise
   */
  basis: FigureBasis | null;
  /** the figure counts steps whose AS is incomplete as 0 (ProcessFigures.provisionalSavingCount): shown "(vorläufig)" */
  provisional: boolean;
}

/** The steps a mean rests on: `count` of the `of` applicable steps. */
export interface FigureBasis {
  count: number;
  of: number;
}

/**
 * Why a figure has no number: `noQuantities`, it is worked out from the steps' quantities and no
 * step has any (or it has no value), "keine Mengenangaben"; `notRecorded`, no applicable step has
 * answered the question it sums (media breaks), "noch nicht erfasst".
 */
export type FigureGap = 'noQuantities' | 'notRecorded';

/** The app's text for a figure without a number, as every export shows it. */
export function figureGapText(gap: FigureGap, t: Translate): string {
  return t(gap === 'noQuantities' ? 'assessment:figures.noQuantities' : 'assessment:figures.notRecorded');
}

/** Figures that sum an answer and have no number while no applicable step has given it. */
const answerSums: ReadonlySet<keyof ProcessFigures> = new Set(['mediaBreaks']);

/** Units of the figures worked out from the steps' quantities (hours, and the FTE, euros and share from them). */
const quantityUnits: ReadonlySet<FigureUnit> = new Set(['hours', 'fte', 'eur', 'share']);

/** Figures that count the AS of each step with quantities: provisional while some of those AS are incomplete. */
const savingFigures: ReadonlySet<FigureKey> = new Set(['hoursSaved', 'fteSaved', 'costSaved', 'automationPotential']);

/** The figures listed, in their order, with their units. */
const figureUnits = {
  hoursPerYear: 'hours',
  hoursSaved: 'hours',
  fte: 'fte',
  fteSaved: 'fte',
  cost: 'eur',
  costSaved: 'eur',
  automationPotential: 'share',
  mediaBreaks: 'count',
  meanEase: 'score',
  stepCount: 'count',
  applicableCount: 'count',
  scoredCount: 'count',
} as const satisfies Partial<Record<keyof ProcessFigures, FigureUnit>>;

export type FigureKey = keyof typeof figureUnits;

const figureKeys = Object.keys(figureUnits) as FigureKey[];

function gapOf(key: keyof ProcessFigures, unit: FigureUnit, value: number | null, withQuantities: boolean): FigureGap | null {
  if (quantityUnits.has(unit) && (!withQuantities || value === null)) return 'noQuantities';
  if (answerSums.has(key) && value === null) return 'notRecorded';
  return null;
}

/**
 * The mean ease rests on the applicable steps whose EI counts; a figure from quantities on the steps
 * with quantities, said where those are not all applicable steps (a department head reads "1,15 VZÄ"
 * as the whole process's); the other figures need no basis.
 */
function basisOf(key: keyof ProcessFigures, unit: FigureUnit, value: number | null, figures: ProcessFigures): FigureBasis | null {
  if (value === null) return null;
  if (key === 'meanEase') return { count: figures.easeCount, of: figures.applicableCount };
  const partial = figures.withQuantitiesCount < figures.applicableCount;
  return quantityUnits.has(unit) && partial ? { count: figures.withQuantitiesCount, of: figures.applicableCount } : null;
}

/** One figure's row, e.g. the mean ease for the portfolio's column. */
export function processFigureRow(input: Pick<ReportInput, 'figures'>, key: FigureKey, t: Translate): FigureRow {
  const { figures } = input;
  const unit = figureUnits[key];
  const value = figures[key];
  const gap = gapOf(key, unit, value, figures.withQuantitiesCount > 0);
  const provisional = gap === null && savingFigures.has(key) && figures.provisionalSavingCount > 0;
  return { key, label: t(`report:figures.${key}`), value, unit, gap, basis: gap === null ? basisOf(key, unit, value, figures) : null, provisional };
}

export function processFigureRows(input: Pick<ReportInput, 'figures'>, t: Translate): FigureRow[] {
  return figureKeys.map((key) => processFigureRow(input, key, t));
}

/** A figure's or a step's text with the mark of hours that count an incomplete AS as 0: "12 (vorläufig)". */
export function provisionalText(text: string, t: Translate): string {
  return `${text} (${t('method:flags.provisional')})`;
}

/**
 * The figure as the report, the portfolio and the XLSX show it: its number, with the steps it rests
 * on where it has a basis ("100 (aus 1 von 9 Schritten)") or marked "(vorläufig)" where it is
 * provisional, or the app's text for its gap.
 */
export function figureText(row: FigureRow, format: ReportFormat, t: Translate): string {
  if (row.gap !== null) return figureGapText(row.gap, t);
  const number = formatFigure(row, format);
  if (row.provisional) return provisionalText(number, t);
  return row.basis === null ? number : t('report:figures.stepBasis', { value: number, rated: row.basis.count, count: row.basis.of });
}

/**
 * Decimal places a figure of this unit and value is shown with, at most, as the app shows it: hours
 * with one below 10 and none above; a share's places are those of the fraction (a whole percentage
 * is two places of 0..1).
 */
export function figureDecimals(unit: FigureUnit, value: number): number {
  switch (unit) {
    case 'hours':
      return hoursDecimals(value);
    case 'fte':
      return fteDecimals;
    case 'eur':
      return euroDecimals;
    case 'share':
      return percentDecimals + 2;
    case 'count':
    case 'score':
      return 0;
  }
}

/** The figure's value rounded as it is shown; null when it has none. */
export function roundedFigure(row: Pick<FigureRow, 'value' | 'unit'>): number | null {
  if (row.value === null) return null;
  const factor = 10 ** figureDecimals(row.unit, row.value);
  return Math.round(row.value * factor) / factor;
}

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
      return format.number(row.value, figureDecimals(row.unit, row.value));
  }
}
