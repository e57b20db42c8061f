// Tests that the steps table re-renders only what changed: counts the body cells rendered
// through TanStack's FlexRender when one step's answers and score change.
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import '../../i18n/i18n';
import type { Step, StepAssessment } from '../../domain/assessment';
import type { StepScore } from '../../domain/scoreTypes';
import { testAssessment, testScore, testStep, testStepScore } from '../../domain/testing/fixtures';
import type * as ReactTable from '@tanstack/react-table';
import { StepsTable } from './StepsTable';
import { stepsColumnIds } from './stepsPipeline';

const flexRenders = vi.hoisted(() => ({ cells: 0 }));

vi.mock('@tanstack/react-table', async (importOriginal) => {
  const original = await importOriginal<typeof ReactTable>();
  return {
    ...original,
    FlexRender: (props: Parameters<typeof original.FlexRender>[0]) => {
      if ('cell' in props && props.cell) flexRenders.cells += 1;
      return original.FlexRender(props);
    },
  };
});

function assessment(stepId: string, r: 1 | 2 | 3 | 4 | 5): StepAssessment {
  return testAssessment(stepId, { answers: { R: r } });
}

function score(stepId: string, ds: number): StepScore {
  return testStepScore(stepId, { ds: testScore(ds), as: testScore(10), priorityIndex: ds / 2 });
}

describe('StepsTable rendering', () => {
  it('re-renders only the row of the step whose answer changed', () => {
    // given 200 steps on screen (a window of them rendered), some in a sub-process, so that every column is shown
    const steps: Step[] = Array.from({ length: 200 }, (_, index) =>
      testStep(`s${index}`, { name: `Schritt ${index}`, order: index, parent: index % 3 === 0 ? 'Prüfung' : undefined }),
    );
    const assessments = new Map(steps.map((step) => [step.id, assessment(step.id, 3)]));
    const scores = new Map(steps.map((step) => [step.id, score(step.id, 40)]));
    const props = { steps, onSelect: () => {}, onAnswer: () => {}, language: 'de' as const };
    const view = render(<StepsTable {...props} assessments={assessments} scores={scores} />);
    expect(flexRenders.cells).toBeGreaterThan(0);

    // when step 2's answer and score change (new maps, as a store would hand them over)
    flexRenders.cells = 0;
    const nextAssessments = new Map(assessments).set('s2', assessment('s2', 5));
    const nextScores = new Map(scores).set('s2', score('s2', 80));
    view.rerender(<StepsTable {...props} assessments={nextAssessments} scores={nextScores} />);

    // then exactly one row's cells rendered again
    expect(flexRenders.cells).toBe(stepsColumnIds.length);
  });
});
