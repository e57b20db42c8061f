// Tests for deriving the steps table's rows: process order kept, row identity reused while a
// step's inputs are unchanged, the changed positions reported, and the priority basis chosen as
// scoring-method.md, 5. says, also when one changed step turns it.
import { describe, expect, it } from 'vitest';
import type { Step } from '../../domain/assessment';
import type { StepScore } from '../../domain/scoreTypes';
import { testAssessment, testScore, testStep, testStepScore } from '../../domain/testing/fixtures';
import { createStepRowCache, deriveStepRows, finalScoreValue } from './stepRows';
import type { StepRowLabels } from './stepRows';

function step(id: string, order: number): Step {
  return testStep(id, { lane: 'Sachbearbeitung', order });
}

function score(stepId: string, changes: Partial<StepScore> = {}): StepScore {
  return testStepScore(stepId, { ds: testScore(40), as: testScore(60), priorityIndex: 30, recommendation: 'automate', ...changes });
}

const labels: StepRowLabels = {
  typeLabel: () => 'Benutzeraufgabe',
  blockLabel: (id) => `Baustein ${id}`,
};

describe('deriveStepRows', () => {
  it('makes one row per step in the given order, with labels and the priority of the basis', () => {
    // given two steps, one with a building block and a score
    const steps = [step('a', 0), step('b', 1)];
    const assessments = new Map([['a', { ...testAssessment('a'), buildingBlock: 'check' }]]);
    const scores = new Map([['a', score('a', { priorityIndex: 30 })]]);

    // when rows are derived
    const { rows } = deriveStepRows(steps, assessments, scores, labels, createStepRowCache());

    // then each step has its row, the block labelled, the index priority taken
    expect(rows.map((row) => row.step.id)).toEqual(['a', 'b']);
    expect(rows[0]).toMatchObject({ typeLabel: 'Benutzeraufgabe', blockLabel: 'Baustein check', priority: 30 });
    expect(rows[1]).toMatchObject({ assessment: undefined, score: undefined, blockLabel: '', priority: undefined });
  });

  it('reuses the row of every step whose step, assessment and score are unchanged', () => {
    // given rows derived once
    const steps = [step('a', 0), step('b', 1), step('c', 2)];
    const assessments = new Map(steps.map((s) => [s.id, testAssessment(s.id)]));
    const scores = new Map(steps.map((s) => [s.id, score(s.id)]));
    const cache = createStepRowCache();
    const first = deriveStepRows(steps, assessments, scores, labels, cache);

    // when only b's assessment and score are replaced
    const nextAssessments = new Map(assessments).set('b', testAssessment('b', { answers: { R: 4 } }));
    const nextScores = new Map(scores).set('b', score('b', { ds: testScore(70) }));
    const second = deriveStepRows(steps, nextAssessments, nextScores, labels, cache);

    // then a and c keep their row objects, b gets a new one, and b's position is reported
    expect(second.rows[0]).toBe(first.rows[0]);
    expect(second.rows[2]).toBe(first.rows[2]);
    expect(second.rows[1]).not.toBe(first.rows[1]);
    expect(second.rows[1].assessment?.answers.R).toBe(4);
    expect(second.changedSince).toEqual({ rows: first.rows, positions: [1] });
  });

  it('finds the changed steps also when the new maps hold their entries in another order', () => {
    // given rows derived once
    const steps = [step('a', 0), step('b', 1), step('c', 2)];
    const assessments = new Map(steps.map((s) => [s.id, testAssessment(s.id)]));
    const scores = new Map(steps.map((s) => [s.id, score(s.id)]));
    const cache = createStepRowCache();
    const first = deriveStepRows(steps, assessments, scores, labels, cache);

    // when the maps are built anew in reverse order, with c's score replaced
    const reversedAssessments = new Map([...assessments].reverse());
    const reversedScores = new Map([...scores].reverse()).set('c', score('c', { ds: testScore(90) }));
    const second = deriveStepRows(steps, reversedAssessments, reversedScores, labels, cache);

    // then only c's row is new
    expect(second.changedSince?.positions).toEqual([2]);
    expect(second.rows[0]).toBe(first.rows[0]);
    expect(second.rows[2].score?.ds.value).toBe(90);
  });

  it('reports a step whose assessment appears or goes as changed', () => {
    // given rows derived with an assessment for a only
    const steps = [step('a', 0), step('b', 1)];
    const cache = createStepRowCache();
    deriveStepRows(steps, new Map([['a', testAssessment('a')]]), new Map(), labels, cache);

    // when b gets one and a loses its own
    const second = deriveStepRows(steps, new Map([['b', testAssessment('b')]]), new Map(), labels, cache);

    // then both rows are new
    expect(second.changedSince?.positions).toEqual([0, 1]);
    expect(second.rows[0].assessment).toBeUndefined();
    expect(second.rows[1].assessment?.stepId).toBe('b');
  });

  it('gives the same result again for the same inputs, and the same rows for new maps with the same entries', () => {
    // given rows derived once
    const steps = [step('a', 0), step('b', 1)];
    const assessments = new Map(steps.map((s) => [s.id, testAssessment(s.id)]));
    const scores = new Map(steps.map((s) => [s.id, score(s.id)]));
    const cache = createStepRowCache();
    const first = deriveStepRows(steps, assessments, scores, labels, cache);

    // when derived again from the same maps, and from copies of them
    const again = deriveStepRows(steps, assessments, scores, labels, cache);
    const copied = deriveStepRows(steps, new Map(assessments), new Map(scores), labels, cache);

    // then nothing is made anew
    expect(again).toBe(first);
    expect(copied.rows).toBe(first.rows);
  });

  it('reports no changed positions when the steps are new', () => {
    // given rows derived for one list of steps
    const cache = createStepRowCache();
    deriveStepRows([step('a', 0)], new Map(), new Map(), labels, cache);

    // when derived for another list
    const second = deriveStepRows([step('a', 0), step('b', 1)], new Map(), new Map(), labels, cache);

    // then the result says the rows were made anew
    expect(second.changedSince).toBeNull();
  });

  it('reuses rows by step id when the diagram gives a new list of steps', () => {
    // given rows derived for three steps
    const steps = [step('a', 0), step('b', 1), step('c', 2)];
    const cache = createStepRowCache();
    const { rows: first } = deriveStepRows(steps, new Map(), new Map(), labels, cache);

    // when the diagram is re-read: b renamed (a new object), a new step d, c removed
    const renamed = { ...steps[1], name: 'Neuer Name' };
    const { rows: second } = deriveStepRows([steps[0], renamed, step('d', 3)], new Map(), new Map(), labels, cache);

    // then a keeps its row, b and d get new ones
    expect(second.map((row) => row.step.id)).toEqual(['a', 'b', 'd']);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1].step.name).toBe('Neuer Name');
  });

  it('makes every row anew when the labels change (another language)', () => {
    // given rows derived with one set of labels
    const steps = [step('a', 0)];
    const cache = createStepRowCache();
    const { rows: first } = deriveStepRows(steps, new Map(), new Map(), labels, cache);

    // when derived with other labels
    const english: StepRowLabels = { ...labels, typeLabel: () => 'User task' };
    const { rows: second } = deriveStepRows(steps, new Map(), new Map(), english, cache);

    // then the row is new and shows the new label
    expect(second[0]).not.toBe(first[0]);
    expect(second[0].typeLabel).toBe('User task');
  });

  it('has no priority for a step whose DS and AS are both incomplete', () => {
    // given a score with both potentials under the completeness minimum
    const incomplete = testScore(20, 0.3);
    const scores = new Map([['a', score('a', { ds: incomplete, as: incomplete, priorityIndex: 10 })]]);

    // when derived
    const [row] = deriveStepRows([step('a', 0)], new Map(), scores, labels, createStepRowCache()).rows;

    // then there is nothing final to rank by
    expect(row.priority).toBeUndefined();
  });
});

describe('deriveStepRows: priority basis', () => {
  const basisOf = (steps: Step[], scores: Map<string, StepScore>) => deriveStepRows(steps, new Map(), scores, labels, createStepRowCache()).priorityBasis;

  it('uses hours when every applicable, not automated step has quantities', () => {
    // given two steps with hours-based priorities, one not applicable and one automated without
    const steps = [step('a', 0), step('b', 1), step('c', 2), step('d', 3)];
    const scores = new Map([
      ['a', score('a', { priorityHours: 12 })],
      ['b', score('b', { priorityHours: 3 })],
      ['c', score('c', { applicable: false, priorityHours: null })],
      ['d', score('d', { automated: true, priorityHours: null })],
    ]);

    // then the basis is hours, and the rows rank by hours
    expect(basisOf(steps, scores)).toBe('hours');
    expect(deriveStepRows(steps, new Map(), scores, labels, createStepRowCache()).rows[0].priority).toBe(12);
  });

  it('uses the 0–100 index as soon as one applicable step lacks quantities or a score', () => {
    const steps = [step('a', 0), step('b', 1)];
    expect(basisOf(steps, new Map([['a', score('a', { priorityHours: 12 })], ['b', score('b', { priorityHours: null })]]))).toBe('index');
    expect(basisOf(steps, new Map([['a', score('a', { priorityHours: 12 })]]))).toBe('index');
  });

  it('uses the index when there is no step to rank', () => {
    expect(basisOf([], new Map())).toBe('index');
  });

  it('turns to hours and back when one changed step gains or loses its quantities, and re-ranks every row', () => {
    // given two steps, b without quantities: the index basis
    const steps = [step('a', 0), step('b', 1)];
    const scores = new Map([
      ['a', score('a', { priorityHours: 12, priorityIndex: 30 })],
      ['b', score('b', { priorityHours: null, priorityIndex: 20 })],
    ]);
    const cache = createStepRowCache();
    const first = deriveStepRows(steps, new Map(), scores, labels, cache);
    expect(first.priorityBasis).toBe('index');

    // when b gets quantities
    const withHours = new Map(scores).set('b', score('b', { priorityHours: 5, priorityIndex: 20 }));
    const second = deriveStepRows(steps, new Map(), withHours, labels, cache);

    // then the basis is hours and every row (a too) ranks by hours, made anew
    expect(second.priorityBasis).toBe('hours');
    expect(second.rows.map((row) => row.priority)).toEqual([12, 5]);
    expect(second.changedSince).toBeNull();

    // when b loses them again
    const third = deriveStepRows(steps, new Map(), scores, labels, cache);

    // then the index is back
    expect(third.priorityBasis).toBe('index');
    expect(third.rows.map((row) => row.priority)).toEqual([30, 20]);
  });
});

describe('finalScoreValue', () => {
  it('gives the value only of a complete score', () => {
    expect(finalScoreValue({ value: 55, completeness: 0.75, incomplete: false, decimals: 0 })).toBe(55);
    expect(finalScoreValue({ value: 55, completeness: 0.25, incomplete: true, decimals: 0 })).toBeUndefined();
    expect(finalScoreValue({ value: null, completeness: 0, incomplete: true, decimals: 0 })).toBeUndefined();
    expect(finalScoreValue(undefined)).toBeUndefined();
  });
});
