// Tests for sorting and filtering the steps table's rows: directions, rows without a value last,
// ties in process order, recommendations by what is to do, the three filters, and the patched
// result after changed answers, which must equal filtering and sorting all rows again; and the
// focused row kept in its place after an edit takes it out of the filters or changes its sort value.
import { describe, expect, it } from 'vitest';
import type { SortingState } from '@tanstack/react-table';
import type { StepAssessment } from '../../domain/assessment';
import type { Recommendation } from '../../domain/scoreTypes';
import { testAssessment, testScore, testStep, testStepScore } from '../../domain/testing/fixtures';
import { createStepRowCache, deriveStepRows } from './stepRows';
import type { StepRow, StepRowLabels } from './stepRows';
import { createKeptRowCache, createStepsPipelineCache, filterStepRows, keepFocusedRow, noFilters, noLaneFilter, showStepRows, sortStepRows } from './stepsPipeline';
import type { StepFilters } from '../../state/appState';

interface RowSpec {
  id: string;
  name: string;
  lane?: string;
  ds?: number | 'incomplete';
  r?: 1 | 2 | 3 | 4 | 5;
  recommendation?: Recommendation;
  block?: string;
  /** the enclosing sub-process */
  parent?: string;
}

function row({ id, name, lane, ds, r, recommendation, block, parent }: RowSpec, order: number): StepRow {
  const step = testStep(id, { name, lane, order, parent });
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

/** Steps of the same name in different sub-processes, and one on the top level. */
const nestedRows = [
  row({ id: 'n1', name: 'Troponin', parent: 'take ECG' }, 0),
  row({ id: 'n2', name: 'Troponin' }, 1),
  row({ id: 'n3', name: 'Troponin', parent: 'Blutabnahme' }, 2),
];

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

  it('sorts by the enclosing sub-process, steps on the top level last', () => {
    expect(ids(sortStepRows(nestedRows, [{ id: 'parent', desc: false }]))).toEqual(['n3', 'n1', 'n2']);
    expect(ids(sortStepRows(nestedRows, [{ id: 'parent', desc: true }]))).toEqual(['n1', 'n3', 'n2']);
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

  it('finds text in the name of the enclosing sub-process', () => {
    expect(ids(filterStepRows(nestedRows, { ...noFilters, text: 'ecg' }))).toEqual(['n1']);
  });

  it('combines filters', () => {
    expect(ids(filterStepRows(rows, { text: 'a', lane: 'Sachbearbeitung', recommendation: 'digitise' }))).toEqual(['c']);
  });
});

describe('showStepRows', () => {
  const labels: StepRowLabels = { typeLabel: () => 'Benutzeraufgabe', blockLabel: (id) => id };
  const recommendationsInTurn: Recommendation[] = ['automate', 'digitise', 'keep', 'open'];

  function stepList(count: number) {
    return Array.from({ length: count }, (_, index) => testStep(`s${index}`, { name: `Schritt ${(index * 7) % count}`, lane: index % 3 === 0 ? undefined : `Bahn ${index % 2}`, order: index }));
  }

  function scoreOf(stepId: string, ds: number | undefined, recommendation: Recommendation) {
    return testStepScore(stepId, { ds: ds === undefined ? testScore(null, 0) : testScore(ds), as: testScore(0), recommendation });
  }

  /** what filtering and sorting every row from scratch gives */
  function fresh(rows: readonly StepRow[], filters: StepFilters, sorting: SortingState) {
    return sortStepRows(filterStepRows(rows, filters), sorting);
  }

  const cases: { title: string; filters: StepFilters; sorting: SortingState }[] = [
    { title: 'neither filtered nor sorted', filters: noFilters, sorting: [] },
    { title: 'sorted by DS, descending', filters: noFilters, sorting: [{ id: 'ds', desc: true }] },
    { title: 'sorted by the answer R, ascending', filters: noFilters, sorting: [{ id: 'R', desc: false }] },
    { title: 'sorted by name', filters: noFilters, sorting: [{ id: 'name', desc: false }] },
    { title: 'filtered by recommendation', filters: { ...noFilters, recommendation: 'digitise' }, sorting: [] },
    { title: 'filtered by lane and sorted by DS', filters: { ...noFilters, lane: 'Bahn 1' }, sorting: [{ id: 'ds', desc: false }] },
    { title: 'filtered by recommendation and sorted by R, descending', filters: { ...noFilters, recommendation: 'automate' }, sorting: [{ id: 'R', desc: true }] },
  ];

  it.each(cases)('patched after changed answers, gives what filtering and sorting all rows gives: $title', ({ filters, sorting }) => {
    // given 40 steps with answers and scores, shown once
    const steps = stepList(40);
    let assessments = new Map(steps.map((step, index) => [step.id, testAssessment(step.id, { answers: { R: ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5 } })]));
    let scores = new Map(steps.map((step, index) => [step.id, scoreOf(step.id, index % 4 === 0 ? undefined : (index * 13) % 100, recommendationsInTurn[index % 4])]));
    const rowCache = createStepRowCache();
    const cache = createStepsPipelineCache();
    showStepRows(deriveStepRows(steps, assessments, scores, labels, rowCache), filters, sorting, cache);

    // when, one after another, steps change answer, score and recommendation (several at once in the last round)
    const changes = [[3], [0], [39], [17], [8, 21, 30], [3, 4]];
    changes.forEach((positions, round) => {
      assessments = new Map(assessments);
      scores = new Map(scores);
      for (const position of positions) {
        const id = steps[position].id;
        assessments.set(id, testAssessment(id, { answers: { R: (((position + round) % 5) + 1) as 1 | 2 | 3 | 4 | 5 } }));
        scores.set(id, scoreOf(id, round % 3 === 0 ? undefined : (position * 31 + round * 17) % 100, recommendationsInTurn[(position + round) % 4]));
      }
      const derived = deriveStepRows(steps, assessments, scores, labels, rowCache);
      const shown = showStepRows(derived, filters, sorting, cache);

      // then the rows are those of a fresh filter and sort, and the ids are theirs
      expect(derived.changedSince?.positions).toEqual(positions);
      expect(ids(shown.rows)).toEqual(ids(fresh(derived.rows, filters, sorting)));
      expect(shown.rows).toEqual(fresh(derived.rows, filters, sorting));
      expect(shown.ids).toEqual(ids(shown.rows));
    });
  });

  it('keeps the same ids array while the changed row keeps its place, and hands over new ids when it moves', () => {
    // given three steps sorted by DS
    const steps = stepList(3);
    const assessments = new Map<string, StepAssessment>();
    const scores = new Map(steps.map((step, index) => [step.id, scoreOf(step.id, 10 * (index + 1), 'keep')]));
    const rowCache = createStepRowCache();
    const cache = createStepsPipelineCache();
    const sorting: SortingState = [{ id: 'ds', desc: true }];
    const first = showStepRows(deriveStepRows(steps, assessments, scores, labels, rowCache), noFilters, sorting, cache);

    // when s0's recommendation changes but not its DS
    const sameDs = new Map(scores).set('s0', scoreOf('s0', 10, 'automate'));
    const second = showStepRows(deriveStepRows(steps, assessments, sameDs, labels, rowCache), noFilters, sorting, cache);

    // then the order and the ids array stay, the row is the new one
    expect(second.ids).toBe(first.ids);
    expect(second.rows[2].score?.recommendation).toBe('automate');

    // when s0's DS rises to the top
    const topDs = new Map(sameDs).set('s0', scoreOf('s0', 90, 'automate'));
    const third = showStepRows(deriveStepRows(steps, assessments, topDs, labels, rowCache), noFilters, sorting, cache);

    // then s0 comes first, with new ids
    expect(third.ids).not.toBe(first.ids);
    expect(third.ids).toEqual(['s0', 's2', 's1']);
  });

  it('filters and sorts all rows again when the filters or the sorting change', () => {
    // given rows shown without filters
    const steps = stepList(6);
    const scores = new Map(steps.map((step, index) => [step.id, scoreOf(step.id, index * 10, recommendationsInTurn[index % 4])]));
    const derived = deriveStepRows(steps, new Map(), scores, labels, createStepRowCache());
    const cache = createStepsPipelineCache();
    showStepRows(derived, noFilters, [], cache);

    // when a filter and then a sorting are set
    const filters: StepFilters = { ...noFilters, recommendation: 'digitise' };
    const filtered = showStepRows(derived, filters, [], cache);
    const sorted = showStepRows(derived, filters, [{ id: 'ds', desc: true }], cache);

    // then each result is the fresh one
    expect(filtered.rows).toEqual(fresh(derived.rows, filters, []));
    expect(sorted.rows).toEqual(fresh(derived.rows, filters, [{ id: 'ds', desc: true }]));
  });
});

describe('keepFocusedRow', () => {
  // the shown rows are those the filter on "offen" lets through: a row answered to "beibehalten" is not among them
  const openRows = ['a', 'b', 'c'].map((id, order) => row({ id, name: `Schritt ${id}`, ds: 10, recommendation: 'open' }, order));
  const answered = (index: number, order = index) => row({ id: openRows[index].step.id, name: openRows[index].step.name, ds: 50, recommendation: 'keep' }, order);
  const shownFrom = (list: readonly StepRow[]) => ({ rows: list, ids: list.map((entry) => entry.step.id) });

  it('hands the shown rows on as they are while the focused row matches the filters, or no row has the focus', () => {
    const cache = createKeptRowCache();
    const shown = shownFrom(openRows);
    expect(keepFocusedRow(shown, openRows[1], cache)).toBe(shown);
    expect(keepFocusedRow(shown, undefined, cache)).toBe(shown);
  });

  it('keeps the focused row where it was when an edit takes it out of the filters, until it has the focus no more', () => {
    // given b focused and shown between a and c
    const cache = createKeptRowCache();
    keepFocusedRow(shownFrom(openRows), openRows[1], cache);

    // when b is answered and no longer "open"
    const b = answered(1);
    const filtered = shownFrom([openRows[0], openRows[2]]);
    const kept = keepFocusedRow(filtered, b, cache);

    // then b stays in its place, with its new row
    expect(kept.ids).toEqual(['a', 'b', 'c']);
    expect(kept.rows[1]).toBe(b);

    // and another answer in b keeps the same ids, so no row is measured anew
    const again = keepFocusedRow(filtered, answered(1), cache);
    expect(again.ids).toBe(kept.ids);

    // when the focus leaves b: the filtered rows alone
    expect(keepFocusedRow(filtered, undefined, cache)).toBe(filtered);
  });

  it('keeps the last row, and a row left alone', () => {
    const cache = createKeptRowCache();
    keepFocusedRow(shownFrom([openRows[2]]), openRows[2], cache);
    expect(keepFocusedRow(shownFrom([]), answered(2), cache).ids).toEqual(['c']);
  });

  it('brings in no row that was not shown before', () => {
    // given a focused row the last result did not show (the filter changed under it)
    const cache = createKeptRowCache();
    const shown = shownFrom([openRows[0]]);
    keepFocusedRow(shown, undefined, cache);
    expect(keepFocusedRow(shown, answered(1), cache)).toBe(shown);
  });
});

describe('keepFocusedRow with the rows sorted', () => {
  const byR: SortingState = [{ id: 'R', desc: false }];
  const withR = (id: string, r: 1 | 2 | 3 | 4 | 5, order: number) => row({ id, name: `Schritt ${id}`, ds: 50, r }, order);
  const [a, b, c] = [withR('a', 1, 0), withR('b', 2, 1), withR('c', 3, 2)];
  const sorted = (list: readonly StepRow[]) => {
    const rows = sortStepRows(list, byR);
    return { rows, ids: rows.map((entry) => entry.step.id) };
  };

  it('keeps the focused row in its place when an edit changes its sort value, until it has the focus no more', () => {
    // given a focused and shown first
    const cache = createKeptRowCache();
    const before = sorted([a, b, c]);
    keepFocusedRow(before, a, cache);

    // when a is answered R 5, which sorts it last
    const a5 = withR('a', 5, 0);
    const shown = sorted([a5, b, c]);
    expect(shown.ids).toEqual(['b', 'c', 'a']);
    const kept = keepFocusedRow(shown, a5, cache);

    // then a stays first, with its new row, and the ids are the same array as before: no row is measured anew
    expect(kept.rows).toEqual([a5, b, c]);
    expect(kept.ids).toBe(before.ids);
    expect(kept.kept).toEqual({ stepId: 'a', reason: 'sorting' });

    // and another answer in a keeps it there
    const a4 = withR('a', 4, 0);
    expect(keepFocusedRow(sorted([a4, b, c]), a4, cache).ids).toBe(before.ids);

    // when the focus moves on to b: the sorted rows alone, b not kept though it moved up
    const left = sorted([a4, b, c]);
    expect(keepFocusedRow(left, b, cache)).toBe(left);
  });

  it('lets the row go when an edit sorts it back into its place', () => {
    const cache = createKeptRowCache();
    keepFocusedRow(sorted([a, b, c]), a, cache);
    const a5 = withR('a', 5, 0);
    keepFocusedRow(sorted([a5, b, c]), a5, cache);

    const a1 = withR('a', 1, 0);
    const back = sorted([a1, b, c]);
    expect(keepFocusedRow(back, a1, cache)).toBe(back);
  });

  it('keeps a row that an edit moves up, and does not keep a row that moves with no edit of its own', () => {
    // given c focused and shown last; c answered R 1 sorts it first (after a, its tie in process order)
    const cache = createKeptRowCache();
    keepFocusedRow(sorted([a, b, c]), c, cache);
    const c1 = withR('c', 1, 2);
    expect(keepFocusedRow(sorted([a, b, c1]), c1, cache).ids).toEqual(['a', 'b', 'c']);

    // given b focused, when a is answered elsewhere and sorts after b: b moves up and is not kept
    const other = createKeptRowCache();
    keepFocusedRow(sorted([a, b, c]), b, other);
    const moved = sorted([withR('a', 5, 0), b, c]);
    expect(keepFocusedRow(moved, b, other)).toBe(moved);
  });

  it('keeps a row that an edit takes out of the filters as out of them, wherever it sorts', () => {
    const openA = row({ id: 'a', name: 'Schritt a', ds: 10, r: 1, recommendation: 'open' }, 0);
    const openB = row({ id: 'b', name: 'Schritt b', ds: 10, r: 2, recommendation: 'open' }, 1);
    const cache = createKeptRowCache();
    keepFocusedRow(sorted([openA, openB]), openA, cache);

    const keptA = row({ id: 'a', name: 'Schritt a', ds: 50, r: 5, recommendation: 'keep' }, 0);
    const kept = keepFocusedRow(sorted([openB]), keptA, cache);
    expect(kept.ids).toEqual(['a', 'b']);
    expect(kept.kept).toEqual({ stepId: 'a', reason: 'filters' });
  });
});
