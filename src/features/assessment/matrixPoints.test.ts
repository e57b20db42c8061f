import { describe, expect, it } from 'vitest';
import { matrixPoints, niceCeiling } from './matrixPoints';
import { testBenefit, testScoreValue, testStep, testStepScore } from './testFixtures';

describe('matrixPoints', () => {
  it('plots max(AS, DS) of complete scores against ease on the index basis, in process order', () => {
    // given: steps out of order; a complete, b with AS incomplete, c open, d not applicable, e automated
    const steps = [testStep('b', 'B', 2), testStep('a', 'A', 1), testStep('c', 'C', 3), testStep('d', 'D', 4), testStep('e', 'E', 5)];
    const scores = new Map([
      ['a', testStepScore('a', { as: testScoreValue(80), ds: testScoreValue(30), ease: 70, easeEstimated: false })],
      ['b', testStepScore('b', { as: testScoreValue(90, 0.25, true), ds: testScoreValue(40), ease: 50, easeEstimated: true })],
      ['c', testStepScore('c', { as: testScoreValue(90, 0.25, true), ds: testScoreValue(95, 0.4, true) })],
      ['d', testStepScore('d', { applicable: false })],
      ['e', testStepScore('e', { automated: true, as: testScoreValue(100) })],
    ]);
    // when
    const data = matrixPoints(steps, scores, 'index');
    // then: b's incomplete AS is not plotted, only its DS 40
    expect(data.yMax).toBe(100);
    expect(data.ySplit).toBe(50);
    expect(data.xSplit).toBe(50);
    expect(data.points).toEqual([
      { stepId: 'a', name: 'A', number: 1, ease: 70, easeEstimated: false, value: 80, quickWin: true },
      { stepId: 'b', name: 'B', number: 2, ease: 50, easeEstimated: true, value: 40, quickWin: false },
    ]);
  });

  it('plots hours saved on the hours basis with the axis rounded up and split at its half', () => {
    // given: largest hours 120 → axis 200, split 100
    const steps = [testStep('a', 'A', 1), testStep('b', 'B', 2), testStep('c', 'C', 3)];
    const scores = new Map([
      ['a', testStepScore('a', { benefit: testBenefit({ hoursSaved: 120 }), ease: 60 })],
      ['b', testStepScore('b', { benefit: testBenefit({ hoursSaved: 30 }), ease: 80 })],
      ['c', testStepScore('c', { as: testScoreValue(90) })],
    ]);
    // when
    const data = matrixPoints(steps, scores, 'hours');
    // then
    expect(data.yMax).toBe(200);
    expect(data.ySplit).toBe(100);
    expect(data.points.map((p) => [p.stepId, p.value, p.quickWin])).toEqual([
      ['a', 120, true],
      ['b', 30, false],
    ]);
  });

  it('counts a point on the split lines as a quick win', () => {
    const scores = new Map([['a', testStepScore('a', { as: testScoreValue(50), ease: 50, easeEstimated: false })]]);
    expect(matrixPoints([testStep('a', 'A', 1)], scores, 'index').points[0].quickWin).toBe(true);
  });

  it('skips steps that have no score', () => {
    expect(matrixPoints([testStep('a', 'A', 1)], new Map(), 'index').points).toEqual([]);
  });
});

describe('niceCeiling', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(1)).toBe(1);
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(120)).toBe(200);
    expect(niceCeiling(240)).toBe(250);
    expect(niceCeiling(2500)).toBe(2500);
    expect(niceCeiling(0.3)).toBeCloseTo(0.5);
  });
});
