// Tests for sorting and filtering the steps table's rows: directions, rows without a value last,
// ties in process order, recommendations by what is to do, and the three filters.
import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../../domain/scoreTypes';
import { testAssessment, testScore, testStep, testStepScore } from '../../domain/testing/fixtures';
import type { StepRow } from './stepRows';
import { filterStepRows, noFilters, noLaneFilter, sortStepRows } from './stepsPipeline';

interface RowSpec {
  id: string;
  name: string;
  lane?: string;
  ds?: number | 'incomplete';
  r?: 1 | 2 | 3 | 4 | 5;
  recommendation?: Recommendation;
  block?: string;
}

function row({ id, name, lane, ds, r, recommendation, block }: RowSpec, order: number): StepRow {
  const step = testStep(id, { name, lane, order });
  const assessment = r === undefined ? undefined : testAssessment(id, { answers: { R: r } });
  const score =
    ds === undefined
      ? undefined
      : testStepScore(id, {
          ds: ds === 'incomplete' ? testScore(30, 0.25) : testScore(ds),
          as: testScore(0),
          effort: null,
          priorityIndex: null,
          recommendation: recommendation ?? 'keep',
        });
  return { step, assessment, score, typeLabel: 'Benutzeraufgabe', blockLabel: block ?? '', priority: undefined };
}

const rows = [
  row({ id: 'a', name: 'Antrag prüfen', lane: 'Sachbearbeitung', ds: 40, r: 4, recommendation: 'automate', block: 'Prüfen' }, 0),
  row({ id: 'b', name: 'Bescheid erstellen', lane: 'Leitung', ds: 'incomplete', r: 2, recommendation: 'open' }, 1),
  row({ id: 'c', name: 'Äußerung einholen', lane: 'Sachbearbeitung', ds: 75, recommendation: 'digitise' }, 2),
  row({ id: 'd', name: 'Zahlung anweisen', ds: 40, r: 5, recommendation: 'keep' }, 3),
  row({ id: 'e', name: 'Ablage' }, 4),
];
const ids = (list: readonly StepRow[]) => list.map((entry) => entry.step.id);

describe('sortStepRows', () => {
  it('keeps the rows as given without sorting', () => {
    expect(sortStepRows(rows, [])).toBe(rows);
  });

  it('sorts numbers descending and ascending, equal values in process order, missing ones last', () => {
    // DS: c 75, a 40, d 40 (a before d: process order), then b (incomplete) and e (no score)
    expect(ids(sortStepRows(rows, [{ id: 'ds', desc: true }]))).toEqual(['c', 'a', 'd', 'b', 'e']);
    expect(ids(sortStepRows(rows, [{ id: 'ds', desc: false }]))).toEqual(['a', 'd', 'c', 'b', 'e']);
  });

  it('sorts answers, unanswered last', () => {
    expect(ids(sortStepRows(rows, [{ id: 'R', desc: true }]))).toEqual(['d', 'a', 'b', 'c', 'e']);
  });

  it('sorts names alphabetically as German readers expect (Ä with A)', () => {
    expect(ids(sortStepRows(rows, [{ id: 'name', desc: false }]))).toEqual(['e', 'a', 'c', 'b', 'd']);
  });

  it('sorts recommendations by what there is to do, unscored last', () => {
    // automate, digitise, (assist, stabilise), keep, open
    expect(ids(sortStepRows(rows, [{ id: 'recommendation', desc: false }]))).toEqual(['a', 'c', 'd', 'b', 'e']);
  });

  it('puts steps outside a lane last when sorting by lane', () => {
    expect(ids(sortStepRows(rows, [{ id: 'lane', desc: false }]))).toEqual(['b', 'a', 'c', 'd', 'e']);
  });

  it('ignores a sort by an unknown column', () => {
    expect(sortStepRows(rows, [{ id: 'nonsense', desc: true }])).toBe(rows);
  });
});

describe('filterStepRows', () => {
  it('keeps the rows as given without filters', () => {
    expect(filterStepRows(rows, noFilters)).toBe(rows);
  });

  it('filters by lane, and by no lane', () => {
    expect(ids(filterStepRows(rows, { ...noFilters, lane: 'Sachbearbeitung' }))).toEqual(['a', 'c']);
    expect(ids(filterStepRows(rows, { ...noFilters, lane: noLaneFilter }))).toEqual(['d', 'e']);
  });

  it('filters by recommendation', () => {
    expect(ids(filterStepRows(rows, { ...noFilters, recommendation: 'open' }))).toEqual(['b']);
  });

  it('finds text in name, lane, type, building block and id, ignoring case and outer spaces', () => {
    expect(ids(filterStepRows(rows, { ...noFilters, text: '  ZAHLUNG ' }))).toEqual(['d']);
    expect(ids(filterStepRows(rows, { ...noFilters, text: 'leitung' }))).toEqual(['b']);
    expect(ids(filterStepRows(rows, { ...noFilters, text: 'prüfen' }))).toEqual(['a']);
    expect(filterStepRows(rows, { ...noFilters, text: 'benutzeraufgabe' })).toHaveLength(5);
  });

  it('combines filters', () => {
    expect(ids(filterStepRows(rows, { text: 'a', lane: 'Sachbearbeitung', recommendation: 'digitise' }))).toEqual(['c']);
  });
});
