// Tests of the benchmark's verdicts (report.mjs) and load factor (machineLoad.mjs): an absolute-ms
// target is judged against its budget × the run's load, says so in its target cell, and falls back
// to raw milliseconds without a calibration; ratio targets ignore the load. Part of the unit
// project of `npm test`.
import { describe, expect, it } from 'vitest';
import { loadFactor } from './machineLoad.mjs';
import { metricRow, rowCells } from './report.mjs';

const targetColumn = 5;
const resultColumn = 6;

describe('loadFactor', () => {
  it('is the median bare import of 1,000 tasks over issue 3’s 400 ms', () => {
    // given three calibration imports whose median is 1,280 ms
    const imports = [1400, 1280, 1200];
    // when the load factor is taken
    const load = loadFactor(imports);
    // then it is 1,280 / 400
    expect(load).toBe(3.2);
  });

  it('is undefined when the run measured no calibration', () => {
    expect(loadFactor([])).toBe(undefined);
    expect(loadFactor(undefined)).toBe(undefined);
  });
});

describe('metricRow with an ms target', () => {
  const mount = (app, loadFactor) => metricRow({ issue: 3, metric: 'steps table mount', app, target: { kind: 'ms', max: 100 }, loadFactor });

  it('passes a median within the budget scaled by the load, and shows budget, scaled budget and load', () => {
    // given a run 3.2 × slower than the reference and a mount median of 300 ms
    const row = mount([290, 300, 310], 3.2);
    // when the row is judged and printed
    const cells = rowCells(row);
    // then 300 ms is within 100 ms × 3.2, and the cell says so beside the raw median
    expect(row.pass).toBe(true);
    expect(cells[2]).toBe('300');
    expect(cells[targetColumn]).toBe('≤ 100 ms at reference speed (≤ 320 ms at 3.20 × load)');
    expect(cells[resultColumn]).toBe('pass');
  });

  it('misses a median above the scaled budget', () => {
    // given the same load and a mount median of 330 ms
    const row = mount([330], 3.2);
    // then it misses 320 ms
    expect(row.pass).toBe(false);
    expect(rowCells(row)[resultColumn]).toBe('MISS');
  });

  it('judges raw milliseconds when no load was measured, and says so', () => {
    // given no calibration and a median of 300 ms
    const row = mount([300], undefined);
    // then 300 ms misses the raw 100 ms budget
    expect(row.pass).toBe(false);
    expect(row.load).toBe(undefined);
    expect(rowCells(row)[targetColumn]).toBe('≤ 100 ms (raw: no load measured)');
  });
});

describe('metricRow with a ratio target', () => {
  it('ignores a load factor: app and bare of one run are compared as they are', () => {
    // given app 130 ms against bare 100 ms, a 1.2 × target and a load factor handed in anyway
    const row = metricRow({ issue: 3, metric: 'open', app: [130], bare: [100], target: { kind: 'ratio', max: 1.2 }, loadFactor: 3.2 });
    // then the ratio 1.3 misses and the target cell is unchanged
    expect(row.pass).toBe(false);
    expect(row.load).toBe(undefined);
    expect(rowCells(row)[targetColumn]).toBe('≤ 1.2 ×');
  });
});
