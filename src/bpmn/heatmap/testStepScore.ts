// Test helper: a StepScore built by hand (the scoring engine is not involved), complete and
// applicable unless the overrides say otherwise.
import type { Score, StepScore } from '../../domain/scoreTypes';

export function testScore(value: number | null, completeness = 1, incomplete = completeness < 0.5): Score {
  return { value, completeness, incomplete };
}

export function testStepScore(stepId: string, overrides: Partial<StepScore> = {}): StepScore {
  return {
    stepId,
    applicable: true,
    automated: false,
    ds: testScore(50),
    as: testScore(50),
    ei: testScore(50),
    effort: 'medium',
    stabiliseFirst: false,
    assistOnly: false,
    benefit: null,
    ease: 50,
    easeEstimated: false,
    priorityIndex: 25,
    priorityHours: null,
    recommendation: 'keep',
    completeness: 1,
    mediaBreaks: 0,
    ...overrides,
  };
}
