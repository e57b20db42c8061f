// Pins the ease / benefit matrix: which steps become points, their numbers, axes and quadrants.
import { describe, expect, it } from 'vitest';
import { createStepAssessment } from './assessment';
import type { Answers, Quantities, Step, StepAssessment, StepType } from './assessment';
import { createDefaultCatalogue } from './criteria';
import { layoutMatrixLabels, matrixPoints, niceCeiling, quadrantOf } from './matrix';
import type { MatrixBox, MatrixSpot } from './matrix';
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
// AS 100: R, Id and Is at their best
const automatable: Answers = { R: 5, Id: 5, Is: 5 };

describe('matrixPoints', () => {
  it('plots ease against max(AS, DS) on the index basis, with quadrants', () => {
    // given: AS 100 easy (priority 100); AS 100 hard (0); AS 41.7 from R 1, Id 4, Is 3 (mean of
    // 0, 0.75, 0.5) with DS 0 and Er, easy (41.7, "assistieren"); AS 33.3 from R 1, Id 5, Is 1 with
    // DS 0, easy (33.3, "beibehalten"); AS 0 with DS 40, hard (0): ranked a, e, c, then b and d in
    // process order
    const { steps, figures } = process([
      [step('b', 2), { ...automatable, ...hard }],
      [step('a', 1), { ...automatable, ...easy }],
      [step('c', 3), { R: 1, Id: 5, Is: 1, Mb: 0, ...easy }],
      [step('d', 4), { R: 1, Id: 1, Is: 1, Mb: 0, ...hard }],
      [step('e', 5), { R: 1, Id: 4, Is: 3, Mb: 0, Er: true, ...easy }],
    ]);
    // when
    const matrix = matrixPoints(steps, figures.ranking);
    // then: c lies bottom right but is to keep, so not "nebenbei erledigen": deferred wherever it lies, as d is
    expect(matrix.points.map((p) => [p.stepId, p.number, p.x, p.recommendation, p.quadrant, p.deferred, p.inQuickWinArea])).toEqual([
      ['a', 1, 100, 'automate', 'quickWin', false, true],
      ['e', 2, 100, 'assist', 'fillIn', false, false],
      ['c', 3, 100, 'keep', 'later', true, false],
      ['b', 4, 0, 'automate', 'majorProject', false, false],
      ['d', 5, 0, 'keep', 'later', true, false],
    ]);
    expect(matrix.points[1].y).toBeCloseTo(41.67, 1);
    // d: AS = 100 × mean(0, 0, 0) = 0; DS need = 0.6·n(1) + 0.4·(1 − n(1)) = 0.4 → 40
    expect(matrix.points[4].y).toBeCloseTo(40);
    expect(matrix).toMatchObject({ basis: 'index', xMax: 100, yMax: 100, xSplit: 50, ySplit: 50 });
  });

  it('never calls a step the method recommends to keep a quick win, though it lies at the top right, and defers it there', () => {
    // given: Mb 1 (level 3) and Id 3: DS need = 0.6 · 0.5 + 0.4 · (1 − 0.5) = 0.5, no enablers
    // answered → DS 50; AS = 100 × n(Id 3) = 50; neither reaches 60 → "beibehalten"; ease 100
    const { steps, figures } = process([
      [step('k', 1), { Mb: 1, Id: 3, ...easy }],
      [step('a', 2), { ...automatable, ...easy }],
    ]);
    // when
    const matrix = matrixPoints(steps, figures.ranking);
    // then: both in the quick-win area; only the one to automate is a quick win, the other is deferred (drawn as a diamond)
    const byId = new Map(matrix.points.map((p) => [p.stepId, p]));
    expect(byId.get('k')).toMatchObject({ x: 100, y: expect.closeTo(50), recommendation: 'keep', quadrant: 'later', inQuickWinArea: true, deferred: true });
    expect(byId.get('a')).toMatchObject({ recommendation: 'automate', quadrant: 'quickWin', inQuickWinArea: true, deferred: false });
  });

  it('plots hours saved on the hours basis with a rounded axis maximum', () => {
    // a: T = 300 × 60 / 60 = 300 h, AS 100 → H_saved = 0.8 × 300 = 240; b: T = 100 h → 80 h
    const q = (volume: number): Quantities => ({ volume, period: 'yearly', minutesPerCase: 60 });
    const { steps, figures } = process([
      [step('a', 1), { ...automatable, ...easy }, q(300)],
      [step('b', 2), { ...automatable, ...easy }, q(100)],
    ]);
    const matrix = matrixPoints(steps, figures.ranking);
    expect(matrix.basis).toBe('hours');
    expect(matrix.points.map((p) => p.y)).toEqual([expect.closeTo(240), expect.closeTo(80)]);
    // 240 rounds up to 500; the split at 250 puts both below it
    expect(matrix.yMax).toBe(500);
    expect(matrix.ySplit).toBe(250);
    expect(matrix.points.map((p) => p.quadrant)).toEqual(['fillIn', 'fillIn']);
  });

  it('leaves out automated, not applicable and open steps and marks estimated ease', () => {
    const { steps, figures } = process([
      [step('auto', 1, 'bpmn:ServiceTask'), automatable],
      [step('na', 2), automatable, {}, { notApplicable: true }],
      [step('open', 3), {}],
      [step('quick', 4), automatable],
    ]);
    const matrix = matrixPoints(steps, figures.ranking);
    expect(matrix.points).toHaveLength(1);
    // quick check only: the ease is the method's estimate 50, on the border, and counts as it is used in the priority
    expect(matrix.points[0]).toMatchObject({ stepId: 'quick', number: 1, x: 50, y: 100, easeEstimated: true, quadrant: 'quickWin', recommendation: 'automate' });
  });

  it('numbers the points with their rank, not their place in the process', () => {
    // given: the first step of the process has the lower priority (AS 0 and DS 40 against AS 100)
    const { steps, figures } = process([
      [step('first', 1), { R: 1, Id: 1, Is: 1, Mb: 0, ...easy }],
      [step('second', 2), { ...automatable, ...easy }],
    ]);
    // when
    const matrix = matrixPoints(steps, figures.ranking);
    // then: the points are listed and numbered as the ranking lists them
    expect(matrix.points.map((p) => [p.stepId, p.number, p.name])).toEqual([
      ['second', 1, 'Schritt second'],
      ['first', 2, 'Schritt first'],
    ]);
    expect(matrix.points.map((p) => p.stepId)).toEqual(figures.ranking.ranked.map((score) => score.stepId));
  });

  it('never makes a step the feasibility gate holds back a quick win, wherever it lies', () => {
    // given: two steps with EI 100 and AS 100; one will change much in the next months (Sp 2)
    const { steps, scores, figures } = process([
      [step('stable', 1), { ...automatable, ...easy, Sp: 5 }],
      [step('changing', 2), { ...automatable, ...easy, Sp: 2 }],
    ]);
    expect(scores.get('changing')?.recommendation).toBe('stabilise');
    // when
    const matrix = matrixPoints(steps, figures.ranking);
    // then: both lie top right; only the stable one is a quick win, the other is put on hold (deferred, drawn as a diamond)
    expect(matrix.points.map((p) => [p.stepId, p.x, p.y, p.stabiliseFirst, p.quadrant, p.deferred, p.inQuickWinArea])).toEqual([
      ['stable', 100, 100, false, 'quickWin', false, true],
      ['changing', 100, 100, true, 'later', true, true],
    ]);
  });

  it('counts an ease on the border as easy, rated or estimated, and tells the two apart', () => {
    // given: AS 100; EI 50 from Ap 4–5 (level 3), St 21–40 (level 3), Do 3; and a quick check only (E 50 estimated)
    const { steps, scores, figures } = process([
      [step('rated', 1), { ...automatable, Ap: 4, St: 30, Do: 3 }],
      [step('estimated', 2), automatable],
    ]);
    expect([scores.get('rated')?.ease, scores.get('estimated')?.ease]).toEqual([50, 50]);
    // when
    const matrix = matrixPoints(steps, figures.ranking);
    // then
    expect(matrix.xSplit).toBe(50);
    expect(matrix.points.map((p) => [p.stepId, p.easeEstimated, p.quadrant])).toEqual([
      ['rated', false, 'quickWin'],
      ['estimated', true, 'quickWin'],
    ]);
  });
});

describe('quadrantOf', () => {
  const split = { xSplit: 50, ySplit: 250 };
  const point = { x: 50, y: 250, stabiliseFirst: false, recommendation: 'digitise' as const };

  it.each([
    ['on both borders', 'quickWin', point],
    ['just left of the ease border', 'majorProject', { ...point, x: 49.9 }],
    ['just below the benefit border', 'fillIn', { ...point, y: 249.9 }],
    ['below and left', 'later', { ...point, x: 49.9, y: 249.9 }],
    ['held back by the feasibility gate, top right', 'later', { ...point, x: 100, y: 500, stabiliseFirst: true }],
    ['recommended to keep, top right', 'later', { ...point, x: 100, y: 500, recommendation: 'keep' }],
    ['recommended to keep, bottom right', 'later', { ...point, x: 100, y: 0, recommendation: 'keep' }],
    ['recommended to keep, top left', 'later', { ...point, x: 0, y: 500, recommendation: 'keep' }],
    ['recommended to assist, top right', 'quickWin', { ...point, x: 100, y: 500, recommendation: 'assist' }],
  ] as const)('puts a point %s in %s', (_case, quadrant, given) => {
    expect(quadrantOf(given, split)).toBe(quadrant);
  });
});

describe('niceCeiling', () => {
  it('rounds up to 1, 2 or 5 × 10^k', () => {
    expect([0, 0.3, 1, 1.5, 2, 3, 7, 10, 240, 1200].map(niceCeiling)).toEqual([1, 0.5, 1, 2, 2, 5, 10, 10, 500, 2000]);
  });
});

describe('layoutMatrixLabels', () => {
  const radius = 7;
  const fontSize = 14;
  // a diamond's corners lie 1.3 r from its centre (diamondPath)
  const diamondReach = radius * 1.3;
  const bounds: MatrixBox = { left: 72, top: 0, right: 640, bottom: 376 };
  const spot = (number: number, cx: number, cy: number, deferred = false): MatrixSpot => ({ number, cx, cy, deferred });
  // the tester's sample process: all on the estimated ease 50; 1 and 2 on one spot, 4 a few pixels above
  // 5 (deferred: a diamond) and 6 on one spot; then a diamond just beside a circle and a tight cluster
  const spots = [
    spot(1, 356, 23),
    spot(2, 356, 23),
    spot(3, 356, 84),
    spot(4, 356, 145),
    spot(5, 356, 158, true),
    spot(6, 356, 158),
    spot(7, 356, 200),
    spot(8, 356, 259),
    spot(9, 500, 300),
    spot(10, 504, 302, true),
    spot(11, 520, 100),
    spot(12, 526, 104),
    spot(13, 522, 110),
    spot(14, 640, 0),
  ];

  const intersects = (a: MatrixBox, b: MatrixBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  /** how far the box lies from (cx, cy) along each axis, 0 inside it */
  const gap = (box: MatrixBox, cx: number, cy: number) => ({
    dx: Math.max(box.left - cx, 0, cx - box.right),
    dy: Math.max(box.top - cy, 0, cy - box.bottom),
  });
  /** a circle touches a box when the box's nearest point lies within r; a diamond when it does in the L1 sense */
  const touchesMark = (box: MatrixBox, mark: MatrixSpot) => {
    const { dx, dy } = gap(box, mark.cx, mark.cy);
    return mark.deferred ? dx + dy < diamondReach : Math.hypot(dx, dy) < radius;
  };

  it('names every point in one label, one per spot, points on one spot together', () => {
    const layout = layoutMatrixLabels(spots, { radius, fontSize, bounds });
    const texts = layout.labels.filter((label) => label !== null).map((label) => label.text);
    expect(texts).toEqual(['1, 2', '3', '4', '5, 6', '7', '8', '9', '10', '11', '12', '13', '14']);
    // the label is drawn with the first point of its spot
    expect(layout.labels.map((label) => label !== null)).toEqual(spots.map((s, i) => i === 0 || s.cx !== spots[i - 1].cx || s.cy !== spots[i - 1].cy));
  });

  it('puts no label on another label or on any mark, inside the bounds and next to its point', () => {
    const layout = layoutMatrixLabels(spots, { radius, fontSize, bounds });
    const placed = layout.labels.flatMap((label, index) => (label === null ? [] : [{ label, owner: spots[index] }]));
    placed.forEach(({ label, owner }, i) => {
      // the box holds the text: digits are at most 0.7 em wide, ", " 0.4 em each, a line about 1.2 em high
      expect(label.box.right - label.box.left).toBeGreaterThan([...label.text].reduce((w, c) => w + (/\d/.test(c) ? 0.7 : 0.4), 0) * fontSize - 1e-6);
      expect(label.box.bottom - label.box.top).toBeGreaterThanOrEqual(1.2 * fontSize);
      expect([label.x, label.y]).toEqual([(label.box.left + label.box.right) / 2, (label.box.top + label.box.bottom) / 2]);
      placed.slice(i + 1).forEach((other) => expect(intersects(label.box, other.label.box), `${label.text} on ${other.label.text}`).toBe(false));
      spots.forEach((mark) => expect(touchesMark(label.box, mark), `${label.text} on point ${mark.number}`).toBe(false));
      expect(label.box.left >= bounds.left && label.box.right <= bounds.right && label.box.top >= bounds.top && label.box.bottom <= bounds.bottom, label.text).toBe(true);
      const { dx, dy } = gap(label.box, owner.cx, owner.cy);
      expect(Math.hypot(dx, dy), `${label.text} far from its point`).toBeLessThan(3 * fontSize);
    });
  });

  it('puts every label nearer to its own point than to any other, also in a column of close points', () => {
    // given: a QA tour's report, seven steps on the estimated ease 50, 6 and 7 about 23 units apart
    // (there "7" went above right of its point, beside 6, and "6" above it into the empty space)
    const column = [spot(1, 356, 40), spot(2, 356, 40), spot(3, 356, 120), spot(4, 356, 180, true), spot(5, 356, 196), spot(6, 356, 224), spot(7, 356, 246.7)];
    for (const given of [spots, column]) {
      const layout = layoutMatrixLabels(given, { radius, fontSize, bounds });
      layout.labels.forEach((label, index) => {
        if (label === null) return;
        const own = given[index];
        const distance = (mark: MatrixSpot) => Math.hypot(...Object.values(gap(label.box, mark.cx, mark.cy)));
        for (const other of given) {
          if (other.cx === own.cx && other.cy === own.cy) continue;
          expect(distance(own), `${label.text} nearer to point ${other.number}`).toBeLessThan(distance(other));
        }
      });
    }
  });

  it('keeps labels off the boxes it is told to keep free', () => {
    // given: the quick-win heading right where the first label would go
    const heading: MatrixBox = { left: 360, top: 0, right: 460, bottom: 40 };
    const layout = layoutMatrixLabels([spot(1, 356, 23)], { radius, fontSize, bounds, obstacles: [heading] });
    expect(intersects(layout.labels[0]!.box, heading)).toBe(false);
  });

  it('draws every diamond after each circle it overlaps, so no circle hides it', () => {
    const layout = layoutMatrixLabels(spots, { radius, fontSize, bounds });
    expect([...layout.order].sort((a, b) => a - b)).toEqual(spots.map((_, index) => index));
    spots.forEach((diamond, d) => {
      if (!diamond.deferred) return;
      spots.forEach((circle, c) => {
        if (circle.deferred || Math.hypot(circle.cx - diamond.cx, circle.cy - diamond.cy) >= radius + diamondReach) return;
        expect(layout.order.indexOf(d), `diamond ${diamond.number} under circle ${circle.number}`).toBeGreaterThan(layout.order.indexOf(c));
      });
    });
  });
});
