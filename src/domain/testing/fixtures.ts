// Test support for every layer's tests (never imported by the app): steps, assessments, scores,
// benefits and process figures built by hand, so a test sets each value it checks itself and the
// scoring engine is not involved. Defaults are plain; a test passes the fields it is about.
import type { Step, StepAssessment } from '../assessment';
import type { Benefit, ProcessFigures, Score, StepScore } from '../scoreTypes';

/** A user task named "Schritt <id>" at the start of the process. */
export function testStep(id: string, changes: Partial<Omit<Step, 'id'>> = {}): Step {
  return { id, name: `Schritt ${id}`, type: 'bpmn:UserTask', order: 0, ...changes };
}

/** A step with nothing answered yet, as stored for process "p-1". */
export function testAssessment(stepId: string, changes: Partial<StepAssessment> = {}): StepAssessment {
  return {
    processId: 'p-1',
    stepId,
    answers: {},
    quantities: {},
    notes: '',
    notApplicable: false,
    alreadyAutomated: false,
    updatedAt: '2025-01-01T00:00:00.000Z',
    revision: 1,
    ...changes,
  };
}

/** A score; incomplete below half answered (the default catalogue's minimum) unless told. */
export function testScore(value: number | null, completeness = 1, incomplete = completeness < 0.5): Score {
  return { value, completeness, incomplete, decimals: 0 };
}

/** A fully answered, applicable step: DS, AS and EI 50, medium effort, priority 25, "keep". */
export function testStepScore(stepId: string, changes: Partial<StepScore> = {}): StepScore {
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
    ...changes,
  };
}

/** A step with nothing answered: no score values, estimated ease, no priority, "open". */
export function testOpenStepScore(stepId: string, changes: Partial<StepScore> = {}): StepScore {
  return testStepScore(stepId, {
    ds: testScore(null, 0),
    as: testScore(null, 0),
    ei: testScore(null, 0),
    effort: null,
    easeEstimated: true,
    priorityIndex: null,
    recommendation: 'open',
    completeness: 0,
    mediaBreaks: null,
    ...changes,
  });
}

/** A benefit estimate of zero hours; pass the figures the test reads. */
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

/** The figures of a process without steps; pass the figures the test reads. */
export function testFigures(changes: Partial<ProcessFigures> = {}): ProcessFigures {
  return {
    stepCount: 0,
    applicableCount: 0,
    scoredCount: 0,
    withQuantitiesCount: 0,
    provisionalSavingCount: 0,
    hoursPerYear: 0,
    hoursSaved: 0,
    fte: 0,
    fteSaved: 0,
    cost: 0,
    costSaved: 0,
    automationPotential: null,
    mediaBreaks: null,
    mediaBreakSteps: [],
    meanEase: null,
    easeCount: 0,
    ranking: { basis: 'index', ranked: [] },
    ...changes,
  };
}
