// Pins the ease / benefit matrix: which steps become points, their axes and quadrants.
import { describe, expect, it } from 'vitest';
import { createStepAssessment } from './assessment';
import type { Answers, Quantities, Step, StepAssessment, StepType } from './assessment';
import { createDefaultCatalogue } from './criteria';
import { matrixPoints, niceCeiling } from './matrix';
import { scoreProcess } from './scoring';

const catalogue = createDefaultCatalogue();
const step = (id: string, order: number, type: StepType = 'bpmn:UserTask'): Step => ({ id, name: `Schritt ${id}`, type, order });

function process(entries: [Step, Answers, Quantities?, Partial<StepAssessment>?][]) {
  const steps = entries.map(([s]) => s);
  const assessments = new Map(entries.map(([s, answers, quantities = {}, extra = {}]) => [s.id, { ...createStepAssessment('p', s), answers, quantities, ...extra }]));
  return { steps, ...scoreProcess(steps, assessments, catalogue) };
}

// EI 100: Ap 1, St 5, Do 5 (weight 0.6 answered); EI 0: Ap 10, St 60, Do 1
const easy: Answers = { Ap: 1, St: 5, Do: 5 };
const hard: Answers = { Ap: 10, St: 60, Do: 1 };

describe('matrixPoints', () => {
  it('plots ease against max(AS, DS) on the index basis, in process order, with quadrants', () => {
    // given: AS 100 easy; AS 100 hard; AS 0 with DS from Mb 0, Id 5 = 0, easy; AS 0 hard
    const { steps, scores } = process([
      [step('b', 2), { R: 5, Id: 5, Is: 5, ...hard }],
      [step('a', 1), { R: 5, Id: 5, Is: 5, ...easy }],
      [step('c', 3), { R: 1, Id: 5, Is: 1, Mb: 0, ...easy }],
      [step('d', 4), { R: 1, Id: 1, Is: 1, Mb: 0, ...hard }],
    ]);
    // when
    const matrix = matrixPoints(steps, scores, 'index');
    // then
    expect(matrix.points.map((p) => [p.stepId, p.x, p.quadrant])).toEqual([
      ['a', 100, 'quickWin'],
      ['b', 0, 'majorProject'],
      ['c', 100, 'fillIn'],
      ['d', 0, 'later'],
    ]);
    // d: AS = 100 × mean(0, 0, 0) = 0; DS need = 0.6·n(1) + 0.4·(1 − n(1)) = 0.4 → 40
    expect(matrix.points[3].y).toBeCloseTo(40);
    expect(matrix).toMatchObject({ basis: 'index', xMax: 100, yMax: 100, xSplit: 50, ySplit: 50 });
  });

  it('plots hours saved on the hours basis with a rounded axis maximum', () => {
    // a: T = 300 × 60 / 60 = 300 h, AS 100 → H_saved = 0.8 × 300 = 240; b: T = 100 h → 80 h
    const q = (volume: number): Quantities => ({ volume, period: 'yearly', minutesPerCase: 60 });
    const { steps, scores } = process([
      [step('a', 1), { R: 5, Id: 5, Is: 5, ...easy }, q(300)],
      [step('b', 2), { R: 5, Id: 5, Is: 5, ...easy }, q(100)],
    ]);
    const matrix = matrixPoints(steps, scores, 'hours');
    expect(matrix.points.map((p) => p.y)).toEqual([expect.closeTo(240), expect.closeTo(80)]);
    // 240 rounds up to 500; the split at 250 puts both below it
    expect(matrix.yMax).toBe(500);
    expect(matrix.ySplit).toBe(250);
    expect(matrix.points.map((p) => p.quadrant)).toEqual(['fillIn', 'fillIn']);
  });

  it('leaves out automated, not applicable and open steps and marks estimated ease', () => {
    const { steps, scores } = process([
      [step('auto', 1, 'bpmn:ServiceTask'), { R: 5, Id: 5, Is: 5 }],
      [step('na', 2), { R: 5, Id: 5, Is: 5 }, {}, { notApplicable: true }],
      [step('open', 3), {}],
      [step('quick', 4), { R: 5, Id: 5, Is: 5 }],
    ]);
    const matrix = matrixPoints(steps, scores, 'index');
    expect(matrix.points).toHaveLength(1);
    expect(matrix.points[0]).toMatchObject({ stepId: 'quick', x: 50, y: 100, easeEstimated: true, quadrant: 'quickWin', recommendation: 'automate' });
  });
});

describe('niceCeiling', () => {
  it('rounds up to 1, 2 or 5 × 10^k', () => {
    expect([0, 0.3, 1, 1.5, 2, 3, 7, 10, 240, 1200].map(niceCeiling)).toEqual([1, 0.5, 1, 2, 2, 5, 10, 10, 500, 2000]);
  });
});
