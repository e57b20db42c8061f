// The scoring engine: pure functions from a step's answers and the criteria catalogue to its
// scores (DS, AS, EI), effort band, feasibility gate, benefit in hours, priority and
// recommendation, and from all steps to the figures of a process and of a portfolio.
// Every weight, threshold and setting comes from the catalogue (see docs scoring-method.md).
//
// One rule holds throughout: a score less than `minCompleteness` answered is "incomplete"; it keeps
// its re-normalised value for display, but it does not feed priority, benefit or recommendation.
import { createStepAssessment } from './assessment';
import type { Answers, Level, Quantities, Step, StepAssessment } from './assessment';
import { hasRequiredQuantities } from './benefitGap';
import { periodsPerYear } from './criteria';
import type { Catalogue, CatalogueThresholds, CriterionCode } from './criteria';
import type {
  Benefit,
  EffortBand,
  PortfolioItem,
  PortfolioRanking,
  ProcessFigures,
  RankedSteps,
  Recommendation,
  Score,
  StepScore,
} from './scoreTypes';

const minutesPerHour = 60;
const allCriteria: readonly CriterionCode[] = ['R', 'Id', 'Is', 'Mb', 'Sp', 'Va', 'Ex', 'Sa', 'Ap', 'St', 'Vm', 'Do', 'Lf', 'Er'];

/** n(x) = (x − 1) / 4: a 1–5 answer as 0 (least) … 1 (most favourable). */
export function normalise(level: number): number {
  return (level - 1) / 4;
}

/** Media-break count → level through the catalogue's table (0 → 1, 1 → 3, 2 → 4, 3 or more → 5). */
export function mediaBreakLevel(count: number, thresholds: CatalogueThresholds): Level {
  const table = thresholds.mbLevels;
  return table[Math.min(Math.max(Math.floor(count), 0), table.length - 1)];
}

/** A count → level by upper bounds for levels 5, 4, 3, 2; above the last bound the level is 1. */
export function levelFromBounds(count: number, bounds: readonly [number, number, number, number]): Level {
  const levels: readonly Level[] = [5, 4, 3, 2];
  for (let i = 0; i < bounds.length; i++) if (count <= bounds[i]) return levels[i];
  return 1;
}

/** Applications touched → level (1 = 5, 2–3 = 4, 4–5 = 3, 6–9 = 2, more = 1 by default). */
export function applicationsLevel(count: number, thresholds: CatalogueThresholds): Level {
  return levelFromBounds(count, thresholds.apBounds);
}

/** Screens / work steps → level (≤10 = 5, ≤20 = 4, ≤40 = 3, ≤50 = 2, more = 1 by default). */
export function workStepsLevel(count: number, thresholds: CatalogueThresholds): Level {
  return levelFromBounds(count, thresholds.stBounds);
}

/** Remote-desktop access → level: no = 5, yes = the catalogue's level (2 by default). */
export function remoteAccessLevel(remote: boolean, thresholds: CatalogueThresholds): Level {
  return remote ? thresholds.vmYesLevel : 5;
}

/** Exception share (0..1) from the Ex class midpoint; unanswered counts as 0. */
export function exceptionShare(ex: Level | undefined, thresholds: CatalogueThresholds): number {
  return ex === undefined ? 0 : thresholds.exMidpoints[ex - 1];
}

/** Cases per year N = V × m, m = working days, 52, 26, 12, 4 or 1 by period. */
export function casesPerYear(volume: number, period: NonNullable<Quantities['period']>, catalogue: Catalogue): number {
  const multiplier = period === 'daily' ? catalogue.settings.workingDaysPerYear : periodsPerYear[period];
  return volume * multiplier;
}

/** Effort band from EI: ≥ effortLow → low effort, ≥ effortMedium → medium, else high. */
export function effortBand(ei: number, thresholds: CatalogueThresholds): EffortBand {
  if (ei >= thresholds.effortLow) return 'low';
  if (ei >= thresholds.effortMedium) return 'medium';
  return 'high';
}

interface WeightedPart {
  weight: number;
  /** the normalised contribution 0..1; undefined when the criterion is unanswered */
  value: number | undefined;
}

interface WeightedMean {
  /** Σ w·v / Σ answered w, null when nothing is answered */
  value: number | null;
  answeredWeight: number;
  totalWeight: number;
}

/** The weighted mean over the answered parts, its weights re-normalised to sum to 1. */
function weightedMean(parts: readonly WeightedPart[]): WeightedMean {
  let sum = 0;
  let answeredWeight = 0;
  let totalWeight = 0;
  for (const part of parts) {
    totalWeight += part.weight;
    if (part.value === undefined) continue;
    sum += part.weight * part.value;
    answeredWeight += part.weight;
  }
  return { value: answeredWeight > 0 ? sum / answeredWeight : null, answeredWeight, totalWeight };
}

function share(answered: number, total: number): number {
  return total > 0 ? answered / total : 0;
}

/**
 * A computed figure without binary floating-point residue: a DS that is 45.5 by hand comes out of
 * the arithmetic as 45.49999999999999, which would show as 45 and could miss a threshold it meets
 * by hand (AS ≥ 60). Nine decimals below a million (exact there, and fast: opening 3,000 steps
 * settles some 45,000 figures), twelve significant digits above.
 */
export function settled(value: number): number {
  return Math.abs(value) < 1e6 ? Math.round(value * 1e9) / 1e9 : Number(value.toPrecision(12));
}

/** the most fraction digits shownDecimals gives: scores are settled to 1e-9, so this separates any real value from a limit */
const maxShownDecimals = 6;

/**
 * The fraction digits a value needs when shown rounded, so that it stays on its side of every limit
 * it is judged against (33.75 against 34: one digit, "33.8"; 59.96 against 60: two, "59.96").
 */
export function shownDecimals(value: number, limits: readonly number[]): number {
  for (let digits = 0; digits < maxShownDecimals; digits++) {
    const factor = 10 ** digits;
    const shown = Math.round(value * factor) / factor;
    if (limits.every((limit) => shown >= limit === value >= limit)) return digits;
  }
  return maxShownDecimals;
}

/** The thresholds each 0–100 score is judged against: its recommendation or its effort band. */
function scoreLimits(thresholds: CatalogueThresholds): Record<'ds' | 'as' | 'ei', readonly number[]> {
  return {
    ds: [thresholds.digitiseMinDs],
    as: [thresholds.assistMinAs, thresholds.automateMinAs],
    ei: [thresholds.effortLow, thresholds.effortMedium],
  };
}

function makeScore(value: number | null, completeness: number, thresholds: CatalogueThresholds, limits: readonly number[]): Score {
  const incomplete = value === null || completeness < thresholds.minCompleteness;
  if (value === null) return { value, completeness, incomplete, decimals: 0 };
  const kept = settled(value);
  return { value: kept, completeness, incomplete, decimals: shownDecimals(kept, limits) };
}

/** A score's value when it is complete enough to feed further figures, else null. */
export function usableValue(score: Score): number | null {
  return score.incomplete ? null : score.value;
}

/** Neither potential (DS, AS) is answered enough: the step's priority is "unvollständig", not a number. */
export function priorityIncomplete(score: StepScore): boolean {
  return score.ds.incomplete && score.as.incomplete;
}

/**
 * How a step's priority reads wherever it is shown (steps table, exports, report, BPMN with scores):
 * "nicht anwendbar", "erledigt" for an automated step (nothing left to win), "unvollständig" when
 * neither potential is answered enough, nothing when the basis has no value (hours without
 * quantities), else the number. `basis`: the priority in hours or as the index; without it, a value
 * on either counts.
 */
export type PriorityStatus = 'notApplicable' | 'automated' | 'incomplete' | 'none' | 'value';

export function priorityStatus(score: StepScore, basis?: RankedSteps['basis']): PriorityStatus {
  if (!score.applicable) return 'notApplicable';
  if (score.automated) return 'automated';
  if (priorityIncomplete(score)) return 'incomplete';
  const values = basis === undefined ? [score.priorityIndex, score.priorityHours] : [basis === 'hours' ? score.priorityHours : score.priorityIndex];
  return values.some((value) => value !== null) ? 'value' : 'none';
}

/** The step's priority is shown as a number (not "erledigt", "unvollständig" or nothing). */
export function priorityShown(score: StepScore): boolean {
  return priorityStatus(score) === 'value';
}

/** A priority is shown as a number and rests on the estimated ease ("Umsetzbarkeit geschätzt"). */
export function priorityOnEstimatedEase(score: StepScore): boolean {
  return priorityShown(score) && score.easeEstimated;
}

const levelPart = (weight: number, level: number | undefined): WeightedPart => ({
  weight,
  value: level === undefined ? undefined : normalise(level),
});

/**
 * DS = 100 × need × (base + (1 − base) × enablers); need from Mb and Id (paper and media breaks
 * that exist), enablers from Lf and Sp (1 when neither is answered). No value without Mb or Id.
 */
export function digitisationScore(answers: Answers, catalogue: Catalogue): Score {
  const { weights, thresholds } = catalogue;
  const need = weightedMean([
    levelPart(weights.dsNeed.Mb, answers.Mb === undefined ? undefined : mediaBreakLevel(answers.Mb, thresholds)),
    { weight: weights.dsNeed.Id, value: answers.Id === undefined ? undefined : 1 - normalise(answers.Id) },
  ]);
  const enablers = weightedMean([levelPart(weights.dsEnablers.Lf, answers.Lf), levelPart(weights.dsEnablers.Sp, answers.Sp)]);
  const completeness = share(need.answeredWeight + enablers.answeredWeight, need.totalWeight + enablers.totalWeight);
  const limits = scoreLimits(thresholds).ds;
  if (need.value === null) return makeScore(null, completeness, thresholds, limits);
  const base = thresholds.dsEnablerBase;
  const value = 100 * need.value * (base + (1 - base) * (enablers.value ?? 1));
  return makeScore(value, completeness, thresholds, limits);
}

/**
 * AS = 100 × weighted mean(n(R), n(Id), n(Is), n(Va)) × (1 − exception share); with discretion
 * (Er = yes) capped at the workspace's cap.
 */
export function automationScore(answers: Answers, catalogue: Catalogue): Score {
  const { weights, thresholds, settings } = catalogue;
  const mean = weightedMean([
    levelPart(weights.as.R, answers.R),
    levelPart(weights.as.Id, answers.Id),
    levelPart(weights.as.Is, answers.Is),
    levelPart(weights.as.Va, answers.Va),
  ]);
  const completeness = share(mean.answeredWeight, mean.totalWeight);
  const limits = scoreLimits(thresholds).as;
  if (mean.value === null) return makeScore(null, completeness, thresholds, limits);
  const uncapped = 100 * mean.value * (1 - exceptionShare(answers.Ex, thresholds));
  const value = answers.Er === true ? Math.min(uncapped, settings.discretionCap) : uncapped;
  return makeScore(value, completeness, thresholds, limits);
}

/** EI = 100 × weighted mean of n(Ap), n(St), n(Ex), n(Sa), n(Vm), n(Do) over the answered. */
export function easeScore(answers: Answers, catalogue: Catalogue): Score {
  const { weights, thresholds } = catalogue;
  const ei = weights.ei;
  const mean = weightedMean([
    levelPart(ei.Ap, answers.Ap === undefined ? undefined : applicationsLevel(answers.Ap, thresholds)),
    levelPart(ei.St, answers.St === undefined ? undefined : workStepsLevel(answers.St, thresholds)),
    levelPart(ei.Ex, answers.Ex),
    levelPart(ei.Sa, answers.Sa),
    levelPart(ei.Vm, answers.Vm === undefined ? undefined : remoteAccessLevel(answers.Vm, thresholds)),
    levelPart(ei.Do, answers.Do),
  ]);
  const value = mean.value === null ? null : 100 * mean.value;
  return makeScore(value, share(mean.answeredWeight, mean.totalWeight), thresholds, scoreLimits(thresholds).ei);
}

/** Feasibility gate: Sp or Sa answered at or below the gate level → "not now: stabilise first". */
export function failsFeasibilityGate(answers: Answers, thresholds: CatalogueThresholds): boolean {
  const atOrBelow = (level: Level | undefined) => level !== undefined && level <= thresholds.gateMaxLevel;
  return atOrBelow(answers.Sp) || atOrBelow(answers.Sa);
}

/**
 * Benefit in hours per year, or null unless the quantities it needs are given (benefitGap's
 * `requiredQuantities`: volume, period and minutes per case; e, t_r, t_a and t_mb count as 0 when
 * missing). `automationPercent` is the AS that counts (0 when AS is incomplete); an already
 * automated step brings no further benefit.
 */
export function benefit(quantities: Quantities, automationPercent: number, alreadyAutomated: boolean, catalogue: Catalogue): Benefit | null {
  if (!hasRequiredQuantities(quantities)) return null;
  const { volume, period, minutesPerCase } = quantities;
  const { settings } = catalogue;
  const errorRate = quantities.errorRate ?? 0;
  const rework = quantities.reworkMinutes ?? 0;
  const review = quantities.reviewMinutes ?? 0;
  const mediaBreakMinutes = quantities.mediaBreakMinutes ?? 0;
  const fteHours = settings.workingDaysPerYear * settings.hoursPerDay;

  const cases = casesPerYear(volume, period, catalogue);
  const hoursPerYear = (cases * (minutesPerCase + errorRate * rework + review)) / minutesPerHour;
  const fte = hoursPerYear / fteHours;
  const hoursAutomatable = alreadyAutomated ? 0 : (hoursPerYear * automationPercent) / 100;
  const hoursDigitisable = alreadyAutomated ? 0 : (cases * mediaBreakMinutes) / minutesPerHour;
  const hoursSaved = alreadyAutomated
    ? 0
    : settings.realisationFactor * Math.min(hoursPerYear, hoursAutomatable + hoursDigitisable * (1 - automationPercent / 100));
  const fteSaved = hoursSaved / fteHours;
  return {
    casesPerYear: settled(cases),
    hoursPerYear: settled(hoursPerYear),
    fte: settled(fte),
    cost: settled(fte * settings.fteCostPerYear),
    hoursAutomatable: settled(hoursAutomatable),
    hoursDigitisable: settled(hoursDigitisable),
    hoursSaved: settled(hoursSaved),
    fteSaved: settled(fteSaved),
    costSaved: settled(fteSaved * settings.fteCostPerYear),
  };
}

interface RecommendationInput {
  applicable: boolean;
  automated: boolean;
  ds: Score;
  as: Score;
  stabiliseFirst: boolean;
  assistOnly: boolean;
}

/** The spec's recommendation rules; the first that matches wins. Incomplete scores do not count. */
export function recommend(input: RecommendationInput, thresholds: CatalogueThresholds): Recommendation {
  if (!input.applicable) return 'none';
  if (input.automated) return 'automated';
  const ds = usableValue(input.ds);
  const as = usableValue(input.as);
  if (ds === null && as === null) return 'open';
  if (input.stabiliseFirst) return 'stabilise';
  if (input.assistOnly && as !== null && as >= thresholds.assistMinAs) return 'assist';
  if (as !== null && as >= thresholds.automateMinAs) return 'automate';
  if (ds !== null && ds >= thresholds.digitiseMinDs) return 'digitise';
  return 'keep';
}

function answeredShare(answers: Answers): number {
  let answered = 0;
  for (const code of allCriteria) if (answers[code] !== undefined) answered++;
  return answered / allCriteria.length;
}

function notApplicableScore(stepId: string, catalogue: Catalogue): StepScore {
  const none: Score = { value: null, completeness: 0, incomplete: false, decimals: 0 };
  return {
    stepId,
    applicable: false,
    automated: false,
    ds: none,
    as: none,
    ei: none,
    effort: null,
    stabiliseFirst: false,
    assistOnly: false,
    benefit: null,
    ease: catalogue.thresholds.estimatedEase,
    easeEstimated: true,
    priorityIndex: null,
    priorityHours: null,
    recommendation: 'none',
    completeness: 0,
    mediaBreaks: null,
  };
}

/** Scores one step. Without a stored assessment the step is scored as a fresh, blank one. */
export function scoreStep(step: Step, assessment: StepAssessment | undefined, catalogue: Catalogue): StepScore {
  const record = assessment ?? createStepAssessment('', step);
  if (record.notApplicable) return notApplicableScore(step.id, catalogue);
  const { thresholds } = catalogue;
  const { answers } = record;
  const automated = record.alreadyAutomated;

  const ds = digitisationScore(answers, catalogue);
  const as = automationScore(answers, catalogue);
  const ei = easeScore(answers, catalogue);
  const eiValue = usableValue(ei);
  const ease = eiValue ?? thresholds.estimatedEase;
  // an automated step's recommendation is "automatisiert", before the gate and the discretion cap
  // (the method's order): neither flag is said of it
  const stabiliseFirst = !automated && failsFeasibilityGate(answers, thresholds);
  const assistOnly = !automated && answers.Er === true;
  const stepBenefit = benefit(record.quantities, usableValue(as) ?? 0, automated, catalogue);

  const counted = [usableValue(as), usableValue(ds)].filter((value) => value !== null);
  let priorityIndex: number | null = counted.length === 0 ? null : settled((Math.max(...counted) * ease) / 100);
  let priorityHours: number | null = stepBenefit === null ? null : settled((stepBenefit.hoursSaved * ease) / 100);
  if (automated) {
    priorityIndex = 0;
    priorityHours = 0;
  }

  return {
    stepId: step.id,
    applicable: true,
    automated,
    ds,
    as,
    ei,
    effort: eiValue === null ? null : effortBand(eiValue, thresholds),
    stabiliseFirst,
    assistOnly,
    benefit: stepBenefit,
    ease,
    easeEstimated: eiValue === null,
    priorityIndex,
    priorityHours,
    recommendation: recommend({ applicable: true, automated, ds, as, stabiliseFirst, assistOnly }, thresholds),
    completeness: answeredShare(answers),
    mediaBreaks: answers.Mb ?? null,
  };
}

/**
 * Ranks steps by priority. The basis is hours (Priorität (Std./Jahr)) when every applicable step
 * has quantities, else the 0–100 index. Ranked are applicable, not yet automated steps with a
 * priority on that basis; equal priorities keep the order they came in (process order).
 */
export function rankSteps(scores: Iterable<StepScore>): RankedSteps {
  const applicable: StepScore[] = [];
  for (const score of scores) if (score.applicable) applicable.push(score);
  const basis = applicable.length > 0 && applicable.every((s) => s.priorityHours !== null) ? 'hours' : 'index';
  const keyed: { score: StepScore; priority: number }[] = [];
  for (const score of applicable) {
    const priority = basis === 'hours' ? score.priorityHours : score.priorityIndex;
    if (!score.automated && priority !== null) keyed.push({ score, priority });
  }
  keyed.sort((a, b) => b.priority - a.priority);
  return { basis, ranked: keyed.map((entry) => entry.score) };
}

/** The steps sorted by process order; the given array itself when it already is (the usual case). */
export function inProcessOrder(steps: readonly Step[]): readonly Step[] {
  for (let i = 1; i < steps.length; i++) {
    if (steps[i].order < steps[i - 1].order) return [...steps].sort((a, b) => a.order - b.order);
  }
  return steps;
}

/**
 * Whether the step's hours saved are provisional: it has quantities, but its AS is incomplete and
 * counts as 0 until answered (the method shows no such value as final). An already automated step
 * saves nothing more, whatever its AS.
 */
export function savingIsProvisional(score: StepScore): boolean {
  return score.applicable && !score.automated && score.benefit !== null && score.as.incomplete;
}

/** How many applicable steps have quantities (a benefit): the figures in hours and euros stand on these. */
function countWithQuantities(scores: Iterable<StepScore>): number {
  let count = 0;
  for (const score of scores) if (score.applicable && score.benefit !== null) count++;
  return count;
}

/** A step counts as scored when it is applicable and no longer "open". */
export function isScored(score: StepScore): boolean {
  return score.applicable && score.recommendation !== 'open';
}

/**
 * Sums already computed step scores into the process figures: O(n log n) for the ranking, so one
 * changed answer means one `scoreStep` and one call of this. Steps without a score are counted
 * in stepCount only.
 */
export function figuresFromScores(steps: readonly Step[], scores: ReadonlyMap<string, StepScore>, catalogue: Catalogue): ProcessFigures {
  const { settings } = catalogue;
  const inOrder = inProcessOrder(steps);
  const ordered: StepScore[] = [];
  let applicableCount = 0;
  let scoredCount = 0;
  let hoursPerYear = 0;
  let hoursSaved = 0;
  let hoursAutomatable = 0;
  let provisionalSavingCount = 0;
  let mediaBreaks: number | null = null;
  const mediaBreakSteps: string[] = [];
  let easeSum = 0;
  let easeCount = 0;

  for (const step of inOrder) {
    const score = scores.get(step.id);
    if (!score) continue;
    ordered.push(score);
    if (!score.applicable) continue;
    applicableCount++;
    if (isScored(score)) scoredCount++;
    if (score.benefit) {
      hoursPerYear += score.benefit.hoursPerYear;
      hoursSaved += score.benefit.hoursSaved;
      hoursAutomatable += score.benefit.hoursAutomatable;
      if (savingIsProvisional(score)) provisionalSavingCount++;
    }
    if (score.mediaBreaks !== null) {
      mediaBreaks = (mediaBreaks ?? 0) + score.mediaBreaks;
      if (score.mediaBreaks > 0) mediaBreakSteps.push(score.stepId);
    }
    const ei = usableValue(score.ei);
    if (ei !== null) {
      easeSum += ei;
      easeCount++;
    }
  }

  const fteHours = settings.workingDaysPerYear * settings.hoursPerDay;
  const fte = hoursPerYear / fteHours;
  const fteSaved = hoursSaved / fteHours;
  return {
    stepCount: steps.length,
    applicableCount,
    scoredCount,
    withQuantitiesCount: countWithQuantities(ordered),
    provisionalSavingCount,
    hoursPerYear,
    hoursSaved,
    fte,
    fteSaved,
    cost: fte * settings.fteCostPerYear,
    costSaved: fteSaved * settings.fteCostPerYear,
    automationPotential: hoursPerYear > 0 ? hoursAutomatable / hoursPerYear : null,
    mediaBreaks,
    mediaBreakSteps,
    meanEase: easeCount > 0 ? easeSum / easeCount : null,
    easeCount,
    ranking: rankSteps(ordered),
  };
}

/** Scores every step of a process and sums the process figures. */
export function scoreProcess(
  steps: readonly Step[],
  assessments: ReadonlyMap<string, StepAssessment>,
  catalogue: Catalogue,
): { scores: Map<string, StepScore>; figures: ProcessFigures } {
  const scores = new Map<string, StepScore>();
  for (const step of steps) scores.set(step.id, scoreStep(step, assessments.get(step.id), catalogue));
  return { scores, figures: figuresFromScores(steps, scores, catalogue) };
}

/**
 * The portfolio: processes by Σ H_saved and by mean EI, both descending, ties in input order. A
 * process without quantities has no hours to rank by: it comes after every process with some (one
 * with 0 hours saved included), as a process without a mean EI comes last by ease.
 */
export function rankProcesses<T extends PortfolioItem>(items: readonly T[]): PortfolioRanking<T> {
  const byHoursSaved = [...items].sort((a, b) => {
    const measured = (item: T) => (item.figures.withQuantitiesCount > 0 ? 1 : 0);
    return measured(b) - measured(a) || b.figures.hoursSaved - a.figures.hoursSaved;
  });
  const byMeanEase = [...items].sort((a, b) => {
    const ea = a.figures.meanEase;
    const eb = b.figures.meanEase;
    if (ea === null || eb === null) return (ea === null ? 1 : 0) - (eb === null ? 1 : 0);
    return eb - ea;
  });
  return { byHoursSaved, byMeanEase };
}
