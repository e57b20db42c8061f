// Hand-built steps and step scores for the assessment component tests: every figure a test
// checks is set here explicitly, never computed by the scoring engine.
import type { Step } from '../../domain/assessment';
import type { Benefit, Score, StepScore } from '../../domain/scoreTypes';

export function testStep(id: string, name: string, order: number, changes: Partial<Step> = {}): Step {
  return { id, name, type: 'bpmn:UserTask', order, ...changes };
}

export function testScoreValue(value: number | null, completeness = 1, incomplete = false): Score {
  return { value, completeness, incomplete };
}

/** A step score with nothing answered; pass the fields the test is about. */
export function testStepScore(stepId: string, changes: Partial<StepScore> = {}): StepScore {
  return {
    stepId,
    applicable: true,
    automated: false,
    ds: testScoreValue(null, 0, true),
    as: testScoreValue(null, 0, true),
    ei: testScoreValue(null, 0, true),
    effort: null,
    stabiliseFirst: false,
    assistOnly: false,
    benefit: null,
    ease: 50,
    easeEstimated: true,
    priorityIndex: null,
    priorityHours: null,
    recommendation: 'open',
    completeness: 0,
    mediaBreaks: 0,
    ...changes,
  };
}

export function testBenefit(changes: Partial<Benefit> = {}): Benefit {
  return {
    casesPerYear: 0,
    hoursPerYear: 0,
    fte: 0,
    cost: 0,
    hoursAutomatable: 0,
    hoursDigitisable: 0,
    hoursSaved: 0,
    fteSaved: 0,
    costSaved: 0,
    ...changes,
  };
}
