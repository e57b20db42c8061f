// Scores derived from the store, memoised per step: a step is re-scored only when its own
// answers, its type or the catalogue changed, so one changed answer costs one scoreStep and one
// pass of figuresFromScores. Each store gets its own selectors (the caches live in the closure).
import type { StepAssessment, StepType } from '../domain/assessment';
import type { Catalogue } from '../domain/criteria';
import type { ProcessFigures, StepScore } from '../domain/scoreTypes';
import { figuresFromScores, scoreStep } from '../domain/scoring';
import type { AppState } from './appState';

export interface ScoreSelectors {
  /** scores of the open process's steps, keyed by step id; the same Map while nothing changed */
  selectStepScores(state: AppState): ReadonlyMap<string, StepScore>;
  /** figures of the open process; the same object while the scores did not change */
  selectProcessFigures(state: AppState): ProcessFigures;
}

interface CachedScore {
  type: StepType;
  assessment: StepAssessment | undefined;
  catalogue: Catalogue;
  score: StepScore;
}

export function createScoreSelectors(): ScoreSelectors {
  const perStep = new Map<string, CachedScore>();
  let lastInputs: { steps: AppState['document']['steps']; assessments: AppState['document']['assessments']; catalogue: Catalogue } | null = null;
  let lastScores: Map<string, StepScore> = new Map();
  let lastFigures: { scores: ReadonlyMap<string, StepScore>; figures: ProcessFigures } | null = null;

  function selectStepScores(state: AppState): ReadonlyMap<string, StepScore> {
    const { steps, assessments, catalogue } = state.document;
    if (lastInputs && lastInputs.steps === steps && lastInputs.assessments === assessments && lastInputs.catalogue === catalogue) {
      return lastScores;
    }
    const scores = new Map<string, StepScore>();
    const seen = new Set<string>();
    for (const step of steps) {
      const assessment = assessments.get(step.id);
      const cached = perStep.get(step.id);
      let score: StepScore;
      if (cached && cached.assessment === assessment && cached.catalogue === catalogue && cached.type === step.type) {
        score = cached.score;
      } else {
        score = scoreStep(step, assessment, catalogue);
        perStep.set(step.id, { type: step.type, assessment, catalogue, score });
      }
      scores.set(step.id, score);
      seen.add(step.id);
    }
    for (const id of perStep.keys()) if (!seen.has(id)) perStep.delete(id);
    lastInputs = { steps, assessments, catalogue };
    lastScores = scores;
    return scores;
  }

  function selectProcessFigures(state: AppState): ProcessFigures {
    const scores = selectStepScores(state);
    if (lastFigures && lastFigures.scores === scores) return lastFigures.figures;
    const figures = figuresFromScores(state.document.steps, scores, state.document.catalogue);
    lastFigures = { scores, figures };
    return figures;
  }

  return { selectStepScores, selectProcessFigures };
}
