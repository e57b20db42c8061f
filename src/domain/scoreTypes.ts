// The shapes the scoring engine returns: a step's scores, its benefit estimate and recommendation,
// and the figures of a whole process. Kept apart from scoring.ts so that every consumer (UI,
// heatmap, exports) depends on the types, not on how they are computed.

/** A 0–100 score with the share of its weight that was answered. */
export interface Score {
  /** null when nothing it needs was answered (or the step is not applicable) */
  value: number | null;
  /** 0..1: answered share of the score's weight */
  completeness: number;
  /** true when completeness is below the catalogue's minimum: shown as "unvollständig" */
  incomplete: boolean;
  /**
   * Fraction digits the value needs when shown, so that the shown number lies on the same side of
   * every threshold the score is judged against as the value does: EI 33.75 beside "medium effort
   * from 34" shows as 33.8, not as 34 with "high effort". 0 for most values.
   */
  decimals: number;
}

export type EffortBand = 'low' | 'medium' | 'high';

export const recommendations = ['none', 'automated', 'open', 'stabilise', 'assist', 'automate', 'digitise', 'keep'] as const;
export type Recommendation = (typeof recommendations)[number];

/** Benefit estimate in hours per year, present only when volume, period and minutes are given. */
export interface Benefit {
  /** N: cases per year */
  casesPerYear: number;
  /** T: hours of human work per year */
  hoursPerYear: number;
  fte: number;
  /** EUR per year */
  cost: number;
  hoursAutomatable: number;
  hoursDigitisable: number;
  /** H_saved */
  hoursSaved: number;
  fteSaved: number;
  costSaved: number;
}

export interface StepScore {
  stepId: string;
  applicable: boolean;
  automated: boolean;
  ds: Score;
  as: Score;
  ei: Score;
  /** effort band from EI when EI is complete enough */
  effort: EffortBand | null;
  /** Sp ≤ 2 or Sa ≤ 2: "not now: stabilise first" */
  stabiliseFirst: boolean;
  /** Er = yes: "assistance only", AS capped */
  assistOnly: boolean;
  benefit: Benefit | null;
  /** E: EI, or the estimated ease when EI is incomplete */
  ease: number;
  easeEstimated: boolean;
  /** Priorität (0–100) = max(AS, DS) × E / 100; null when neither score has a value */
  priorityIndex: number | null;
  /** Priorität (Std./Jahr) = H_saved × E / 100; null without quantities */
  priorityHours: number | null;
  recommendation: Recommendation;
  /** 0..1 share of all quick-check and detail criteria answered */
  completeness: number;
  /** media breaks counted for this step (Mb); null while Mb is unanswered or the step is not applicable */
  mediaBreaks: number | null;
}

export interface RankedSteps {
  /** hours when every applicable step has quantities, else the 0–100 index */
  basis: 'hours' | 'index';
  ranked: StepScore[];
}

export interface ProcessFigures {
  stepCount: number;
  applicableCount: number;
  scoredCount: number;
  /** applicable steps with quantities (a benefit): the hours, FTE and euros stand on these; while
   *  it is 0 they read "keine Mengenangaben", never 0 */
  withQuantitiesCount: number;
  hoursPerYear: number;
  hoursSaved: number;
  fte: number;
  fteSaved: number;
  cost: number;
  costSaved: number;
  /** steps with quantities whose AS is incomplete (savingIsProvisional), so at most
   *  withQuantitiesCount: the hours saved and the automation potential count them with AS 0 for
   *  now, and are provisional while this is over 0 */
  provisionalSavingCount: number;
  /** share 0..1: Σ H_auto / Σ T over applicable steps with quantities (hours-weighted, not a
   *  mean of AS); null when Σ T is 0 */
  automationPotential: number | null;
  /** Σ Mb over the applicable steps that answered it; null while none has: "noch nicht erfasst", never 0 */
  mediaBreaks: number | null;
  /** step ids with at least one media break */
  mediaBreakSteps: string[];
  /** mean EI over applicable steps whose EI is complete enough to count; null if none */
  meanEase: number | null;
  /** the applicable steps meanEase is the mean of (of applicableCount), so a reader sees what it rests on */
  easeCount: number;
  ranking: RankedSteps;
}

/** One process in the portfolio: its id (and whatever else the caller carries) and its figures. */
export interface PortfolioItem {
  processId: string;
  figures: ProcessFigures;
}

/**
 * The portfolio ranked two ways; processes without quantities come last in byHoursSaved (their
 * hours are unknown, not 0), processes without a mean EI last in byMeanEase.
 */
export interface PortfolioRanking<T extends PortfolioItem = PortfolioItem> {
  byHoursSaved: T[];
  byMeanEase: T[];
}
