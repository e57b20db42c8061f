// Component tests for the steps table: values shown, an unnamed step named by its id, the sub-process
// that tells steps of the same name apart, sorting with aria-sort and the new order said in a live
// region, the three filters,
// answers edited in place, selection by mouse and keyboard, "unvollständig" for incomplete
// scores, the quantities missing for the hours saved, readable not-applicable and automated rows, the row kept with the focus (and the next
// answers on its step) when an edit takes it out of the filter or changes the value it is sorted by,
// a window of rows at 2,000 steps, and the answers shown, not editable, in a tab that only reads.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import type { RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18n } from '../../i18n/i18n';
import { testAssessment, testBenefit, testScore, testStep, testStepScore } from '../../domain/testing/fixtures';
import type { StepAssessment } from '../../domain/assessment';
import { StepsTable } from './StepsTable';
import type { StepsTableProps } from './StepsTable';
import { ReadOnlyProvider } from '../../ui/readOnly';

/** Four steps: fully answered (a), half answered (b), already automated (c), not applicable (d). */
function sample(): Pick<StepsTableProps, 'steps' | 'assessments' | 'scores'> {
  const steps = [
    testStep('a', { name: 'Antrag prüfen', order: 0, lane: 'Sachbearbeitung' }),
    testStep('b', { name: 'Bescheid erstellen', type: 'bpmn:ManualTask', order: 1, lane: 'Leitung' }),
    testStep('c', { name: 'Akte ablegen', type: 'bpmn:ServiceTask', order: 2, lane: 'Sachbearbeitung' }),
    testStep('d', { name: 'Hinweis', type: 'bpmn:Task', order: 3 }),
  ];
  const assessments = new Map([
    ['a', testAssessment('a', { answers: { R: 4, Id: 2, Is: 3, Mb: 1, Sp: 5 }, buildingBlock: 'check' })],
    ['b', testAssessment('b', { answers: { R: 2 } })],
    ['c', testAssessment('c', { alreadyAutomated: true })],
    ['d', testAssessment('d', { notApplicable: true })],
  ]);
  const scores = new Map([
    [
      'a',
      testStepScore('a', {
        ds: testScore(62),
        as: testScore(70),
        ei: testScore(40),
        benefit: {
          casesPerYear: 2000,
          hoursPerYear: 500,
          fte: 0.32,
          cost: 22436,
          hoursAutomatable: 350,
          hoursDigitisable: 33,
          hoursSaved: 120.5,
          fteSaved: 0.08,
          costSaved: 5407,
        },
        priorityIndex: 28,
        recommendation: 'automate',
        completeness: 0.6,
      }),
    ],
    ['b', testStepScore('b', { ds: testScore(10, 0.2), as: testScore(10, 0.2), ei: testScore(null, 0.2), priorityIndex: 5, recommendation: 'open', completeness: 0.1 })],
    ['c', testStepScore('c', { automated: true, ds: testScore(20), as: testScore(100), priorityIndex: 10, recommendation: 'automated' })],
    ['d', testStepScore('d', { applicable: false, ds: testScore(null, 0), priorityIndex: null, recommendation: 'none' })],
  ]);
  return { steps, assessments, scores };
}

function renderTable(props: Partial<StepsTableProps> = {}, options?: RenderOptions) {
  const onSelect = vi.fn();
  const onAnswer = vi.fn();
  const all: StepsTableProps = { ...sample(), onSelect, onAnswer, language: 'de', ...props };
  const view = render(<StepsTable {...all} />, options);
  return { ...view, onSelect, onAnswer, props: all, user: userEvent.setup() };
}

/** The step ids of the body rows, top to bottom. */
function shownStepIds(): string[] {
  return within(screen.getByRole('grid'))
    .getAllByRole('row')
    .map((row) => row.dataset.stepId)
    .filter((id): id is string => id !== undefined);
}

function rowOf(stepId: string): HTMLElement {
  const row = within(screen.getByRole('grid'))
    .getAllByRole('row')
    .find((candidate) => candidate.dataset.stepId === stepId);
  if (!row) throw new Error(`no row for ${stepId}`);
  return row;
}

function cellOf(stepId: string, columnId: string): HTMLElement {
  const cell = rowOf(stepId).querySelector<HTMLElement>(`.steps-table__cell--${columnId}`);
  if (!cell) throw new Error(`no ${columnId} cell for ${stepId}`);
  return cell;
}

// rendering in jsdom on a shared machine is slow; these tests check behaviour, not speed
/** The assessments a test table keeps as the store would: each answer reported to `onAnswer` and stored. */
function useAnswers(onAnswer: StepsTableProps['onAnswer'], initial: () => ReadonlyMap<string, StepAssessment>) {
  const [assessments, setAssessments] = useState<ReadonlyMap<string, StepAssessment>>(initial);
  const answer: StepsTableProps['onAnswer'] = (stepId, code, value) => {
    onAnswer(stepId, code, value);
    setAssessments((previous) => {
      const answers = { ...previous.get(stepId)?.answers, [code]: value };
      return new Map(previous).set(stepId, testAssessment(stepId, { answers }));
    });
  };
  return [assessments, answer] as const;
}

/** A row's answer select for a criterion, by its accessible name. */
const answerOf = (criterion: string, stepId: string) => screen.getByRole<HTMLSelectElement>('combobox', { name: `${criterion} für Schritt ${stepId}` });

/** Focuses the step's "Regelbasiert" answer, as the keyboard reaches it, and answers it. */
async function answerFocusedR(user: ReturnType<typeof userEvent.setup>, stepId: string, value: string) {
  act(() => answerOf('Regelbasiert', stepId).focus());
  await user.selectOptions(answerOf('Regelbasiert', stepId), value);
}

describe('StepsTable', { timeout: 20_000 }, () => {
  it('shows a row per step with its name, lane, type, building block, answers and scores', () => {
    // given the sample with its hand-made scores
    renderTable();

    // then the grid has a row per step, in process order
    const grid = screen.getByRole('grid', { name: 'Schritte des Prozesses' });
    expect(grid).toHaveAttribute('aria-rowcount', '5');
    expect(shownStepIds()).toEqual(['a', 'b', 'c', 'd']);

    // and step a shows what was given for it
    const row = rowOf('a');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Antrag prüfen');
    expect(cellOf('a', 'lane')).toHaveTextContent('Sachbearbeitung');
    expect(cellOf('a', 'type')).toHaveTextContent('Benutzeraufgabe');
    expect(cellOf('a', 'block')).toHaveTextContent('Prüfen');
    expect(within(row).getByRole('combobox', { name: 'Regelbasiert für Antrag prüfen' })).toHaveValue('4');
    expect(within(row).getByRole('combobox', { name: 'Digitaler Input für Antrag prüfen' })).toHaveValue('2');
    expect(within(row).getByRole('combobox', { name: 'Strukturierter Input für Antrag prüfen' })).toHaveValue('3');
    expect(within(row).getByRole('combobox', { name: 'Medienbrüche für Antrag prüfen' })).toHaveValue('1');
    expect(within(row).getByRole('combobox', { name: 'Stabilität für Antrag prüfen' })).toHaveValue('5');
    expect(cellOf('a', 'ds')).toHaveTextContent('62');
    expect(cellOf('a', 'as')).toHaveTextContent('70');
    expect(cellOf('a', 'ei')).toHaveTextContent('40');
    // 120.5 hours as the process figures round them: whole hours from 10 hours on
    expect(cellOf('a', 'saved')).toHaveTextContent(/^121$/);
    expect(cellOf('a', 'priority')).toHaveTextContent('28');
    expect(cellOf('a', 'recommendation')).toHaveTextContent('automatisieren');
    // completeness 0.6 as a percentage
    expect(cellOf('a', 'completeness')).toHaveTextContent(/^60\s?%$/);
  });

  it('names its columns with the method names', () => {
    renderTable();
    for (const name of [
      'Schritt',
      'Lane',
      'Typ',
      'Baustein',
      'Regelbasiert (R)',
      'Digitaler Input (Id)',
      'Strukturierter Input (Is)',
      'Medienbrüche (Mb)',
      'Stabilität (Sp)',
      'Digitalisierungspotenzial (DS)',
      'Automatisierungspotenzial (AS)',
      'Umsetzbarkeit (EI)',
      'Einsparung (Std./Jahr)',
      // word joiners hold the range together: the narrow header never breaks as "(0–" / "100)"
      'Priorität (0\u2060–\u2060100)',
      'Empfehlung',
      'Vollständigkeit',
    ]) {
      expect(screen.getByRole('columnheader', { name })).toBeInTheDocument();
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('shows the full name of each column headed by a short code as a tooltip, to screen readers and in a key, and sorts by it', async () => {
    const { user } = renderTable();
    const coded = [
      ['R', 'Regelbasiert'],
      ['Id', 'Digitaler Input'],
      ['Is', 'Strukturierter Input'],
      ['Mb', 'Medienbrüche'],
      ['Sp', 'Stabilität'],
      ['DS', 'Digitalisierungspotenzial'],
      ['AS', 'Automatisierungspotenzial'],
      ['EI', 'Umsetzbarkeit'],
    ];
    for (const [code, name] of coded) {
      const fullName = `${name} (${code})`;
      // the header shows the code, hovering anywhere on it shows the full name
      const header = screen.getByRole('columnheader', { name: fullName });
      expect(header).toHaveAttribute('title', fullName);
      expect(within(header).getByText(code, { exact: true })).toBeVisible();
      // and its sort button is named by the full name alone
      expect(within(header).getByRole('button')).toHaveAccessibleName(fullName);
    }
    // headers written out in full need no tooltip
    expect(screen.getByRole('columnheader', { name: 'Schritt' })).not.toHaveAttribute('title');
    // the codes are spelled out under the filters too, for those who cannot hover
    expect(screen.getByText(`Abkürzungen in den Spaltenköpfen: ${coded.map(([code, name]) => `${name} (${code})`).join(', ')}.`)).toBeVisible();

    // sorting by a coded column still works: R ascending on the second click, b (2) before a (4)
    const rule = screen.getByRole('columnheader', { name: 'Regelbasiert (R)' });
    await user.click(within(rule).getByRole('button'));
    await user.click(within(rule).getByRole('button'));
    expect(rule).toHaveAttribute('aria-sort', 'ascending');
    expect(shownStepIds().slice(0, 2)).toEqual(['b', 'a']);
  });

  it.each(['', '   '])('given a step named %j, as imported from other tools, then its row names it by its id, as the score panel does', (name) => {
    const { steps, ...rest } = sample();
    renderTable({ ...rest, steps: steps.map((step) => (step.id === 'a' ? { ...step, name } : step)) });
    expect(within(rowOf('a')).getByRole('rowheader')).toHaveTextContent(/^Schritt ohne Namen \(a\)$/);
    expect(within(rowOf('a')).getByRole('combobox', { name: 'Regelbasiert für Schritt ohne Namen (a)' })).toHaveValue('4');
  });

  it('speaks English when the language is en', () => {
    renderTable({ language: 'en' });
    expect(screen.getByRole('grid', { name: 'Steps of the process' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Digitisation potential (DS)' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Rule-based for Antrag prüfen' })).toBeInTheDocument();
    expect(cellOf('a', 'saved')).toHaveTextContent(/^121$/);
    expect(cellOf('b', 'ds')).toHaveTextContent('incomplete');
  });

  describe('given steps of the same name in different sub-processes', () => {
    /** Three steps "Troponin": two in sub-processes, one on the top level. */
    function nested(): Pick<StepsTableProps, 'steps' | 'assessments' | 'scores'> {
      const steps = [
        testStep('t1', { name: 'Troponin', order: 0, parent: 'take ECG' }),
        testStep('t2', { name: 'Troponin', order: 1 }),
        testStep('t3', { name: 'Troponin', order: 2, parent: 'Blutabnahme' }),
      ];
      return { steps, assessments: new Map(), scores: new Map() };
    }

    it('then a "Teilprozess" column tells them apart, with a dash said as "in keinem Teilprozess" for the step on the top level', () => {
      renderTable(nested());
      expect(screen.getByRole('columnheader', { name: 'Teilprozess' })).toBeInTheDocument();
      expect(cellOf('t1', 'parent')).toHaveTextContent('take ECG');
      expect(cellOf('t3', 'parent')).toHaveTextContent('Blutabnahme');
      expect(within(cellOf('t2', 'parent')).getByText('in keinem Teilprozess')).toBeInTheDocument();
    });

    it('then they sort by their sub-process, the step on the top level last, and the search finds a sub-process by its name', async () => {
      const { user } = renderTable(nested());
      await user.click(screen.getByRole('button', { name: 'Teilprozess' }));
      expect(screen.getByRole('columnheader', { name: 'Teilprozess' })).toHaveAttribute('aria-sort', 'ascending');
      expect(shownStepIds()).toEqual(['t3', 't1', 't2']);

      const search = screen.getByRole('searchbox', { name: 'Schritte durchsuchen' });
      expect(search).toHaveAttribute('placeholder', 'Name, Teilprozess, Lane, Typ, Baustein');
      await user.type(search, 'ecg');
      expect(shownStepIds()).toEqual(['t1']);
    });

    it('then their answers are named with their sub-process, as a screen reader hears them without the row', () => {
      // a helper's note: three "Regelbasiert für Troponin" could not be told apart
      renderTable(nested());
      expect(within(rowOf('t1')).getByRole('combobox', { name: 'Regelbasiert für Troponin (im Teilprozess „take ECG“)' })).toBeInTheDocument();
      expect(within(rowOf('t2')).getByRole('combobox', { name: 'Regelbasiert für Troponin' })).toBeInTheDocument();
    });

    it('then in English the column is "Sub-process"', () => {
      renderTable({ ...nested(), language: 'en' });
      expect(screen.getByRole('columnheader', { name: 'Sub-process' })).toBeInTheDocument();
      expect(within(cellOf('t2', 'parent')).getByText('not in a sub-process')).toBeInTheDocument();
    });
  });

  it('given no step in a sub-process, then it has no "Teilprozess" column, and a sort by it chosen before sorts nothing', () => {
    renderTable({ view: { filters: { text: '', lane: '', recommendation: '' }, sort: { id: 'parent', desc: true } } });
    expect(screen.queryByRole('columnheader', { name: 'Teilprozess' })).not.toBeInTheDocument();
    expect(rowOf('a').querySelector('.steps-table__cell--parent')).toBeNull();
    expect(shownStepIds()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shows "unvollständig" instead of a number for incomplete scores', () => {
    // given step b, whose DS, AS and EI are all below the completeness minimum
    renderTable();

    // then none of its scores or its priority looks final
    for (const column of ['ds', 'as', 'ei', 'priority']) {
      expect(cellOf('b', column)).toHaveTextContent('unvollständig');
      expect(cellOf('b', column)).not.toHaveTextContent(/\d/);
    }
    expect(cellOf('b', 'recommendation')).toHaveTextContent('offen');
    expect(cellOf('b', 'completeness')).toHaveTextContent(/^10\s?%$/);
  });

  it('keeps not-applicable and already automated rows readable', () => {
    renderTable();

    // then the automated step says so, and its AS and priority read as done
    expect(within(rowOf('c')).getByRole('rowheader')).toHaveTextContent('bereits automatisiert');
    expect(cellOf('c', 'as')).toHaveTextContent('erledigt');
    expect(cellOf('c', 'priority')).toHaveTextContent('erledigt');
    expect(cellOf('c', 'recommendation')).toHaveTextContent('automatisiert');

    // and the not-applicable step says so instead of showing scores
    expect(within(rowOf('d')).getByRole('rowheader')).toHaveTextContent('nicht anwendbar');
    expect(cellOf('d', 'ds')).toHaveTextContent('nicht anwendbar');
    expect(cellOf('d', 'recommendation')).toHaveTextContent('nicht anwendbar');
    expect(cellOf('d', 'lane')).toHaveTextContent('keine Angabe');
  });

  it('given a step with quantities begun but no hours, then its "Einsparung" says which quantities are missing; without any, that none are given', () => {
    // given: b has the volume and the minutes per case, not the period
    const { assessments, ...rest } = sample();
    const begun = new Map(assessments).set('b', testAssessment('b', { answers: { R: 2 }, quantities: { volume: 10, minutesPerCase: 5 } }));
    // when
    renderTable({ ...rest, assessments: begun });
    // then
    expect(cellOf('b', 'saved')).toHaveTextContent(/^„Zeitraum“ fehlt$/);
    expect(cellOf('a', 'saved')).toHaveTextContent(/^121$/);
    // and a step without any quantity (c) keeps the dash, named for screen readers
    expect(cellOf('c', 'saved')).toHaveTextContent(/^–keine Angabe$/);
  });

  it('given hours saved that count an incomplete automation potential as 0, then its "Einsparung" says "vorläufig"', () => {
    // given: b has quantities, and its AS rests on one answer of four (incomplete)
    const { scores, ...rest } = sample();
    const provisional = new Map(scores).set('b', testStepScore('b', { as: testScore(25, 0.25), benefit: testBenefit({ hoursSaved: 4 }) }));
    // when
    renderTable({ ...rest, scores: provisional });
    // then
    expect(cellOf('b', 'saved')).toHaveTextContent(/^4 \(vorläufig\)$/);
    expect(cellOf('a', 'saved')).toHaveTextContent(/^121$/);
  });

  it('given every step ranked by hours, one of them on provisional hours saved, then its priority in hours says "vorläufig"', () => {
    // given: a and b both with hours; b's automation potential rests on one answer of four
    const { scores, ...rest } = sample();
    const byHours = new Map(scores)
      .set('a', { ...scores.get('a')!, priorityHours: 48 })
      .set('b', testStepScore('b', { ds: testScore(62), as: testScore(25, 0.25), benefit: testBenefit({ hoursSaved: 4 }), priorityHours: 2, priorityIndex: 31, recommendation: 'digitise' }));
    // when
    renderTable({ ...rest, scores: byHours });
    // then
    expect(cellOf('b', 'priority')).toHaveTextContent(/^2 \(vorläufig\)$/);
    expect(cellOf('a', 'priority')).toHaveTextContent(/^48$/);
  });

  it('sorts by DS, descending first, then ascending, then back to process order, with aria-sort', async () => {
    // given the table in process order
    const { user } = renderTable();
    const header = screen.getByRole('columnheader', { name: 'Digitalisierungspotenzial (DS)' });
    expect(header).not.toHaveAttribute('aria-sort');

    // when DS is sorted once: a (62) before c (20); b (incomplete) and d (not applicable) last
    await user.click(screen.getByRole('button', { name: 'Digitalisierungspotenzial (DS)' }));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(shownStepIds()).toEqual(['a', 'c', 'b', 'd']);

    // when sorted again: ascending, the steps without a final DS still last
    await user.click(screen.getByRole('button', { name: 'Digitalisierungspotenzial (DS)' }));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(shownStepIds()).toEqual(['c', 'a', 'b', 'd']);

    // when sorted a third time: back to process order
    await user.click(screen.getByRole('button', { name: 'Digitalisierungspotenzial (DS)' }));
    expect(header).not.toHaveAttribute('aria-sort');
    expect(shownStepIds()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('given a sort kept from before, when the user sorts by keyboard, then a polite live region says each new order, not only aria-sort', async () => {
    // given the table as it was left, sorted by name: nothing announced on showing it
    const { user, container } = renderTable({ view: { filters: { text: '', lane: '', recommendation: '' }, sort: { id: 'name', desc: true } } });
    const live = container.querySelector('[aria-live="polite"]');
    expect(live).toBeEmptyDOMElement();
    const completeness = screen.getByRole('button', { name: 'Vollständigkeit' });
    act(() => completeness.focus());

    // when Enter sorts by completeness, three times: descending, ascending, process order
    await user.keyboard('{Enter}');
    expect(live).toHaveTextContent(/^Sortiert nach Vollständigkeit, absteigend$/);
    await user.keyboard('{Enter}');
    expect(live).toHaveTextContent(/^Sortiert nach Vollständigkeit, aufsteigend$/);
    await user.keyboard('{Enter}');
    expect(live).toHaveTextContent(/^Sortierung aufgehoben, Schritte in Prozessreihenfolge$/);

    // and a column headed by a short code is named in full, as its button is
    await user.click(screen.getByRole('button', { name: 'Regelbasiert (R)' }));
    expect(live).toHaveTextContent(/^Sortiert nach Regelbasiert \(R\), absteigend$/);
  });

  it('in English, announces the new order in English', async () => {
    const { user, container } = renderTable({ language: 'en' });
    await user.click(screen.getByRole('button', { name: 'Completeness' }));
    expect(container.querySelector('[aria-live="polite"]')).toHaveTextContent(/^Sorted by Completeness, descending$/);
  });

  it('sorts by name alphabetically, ascending first', async () => {
    const { user } = renderTable();
    await user.click(screen.getByRole('button', { name: 'Schritt' }));
    expect(screen.getByRole('columnheader', { name: 'Schritt' })).toHaveAttribute('aria-sort', 'ascending');
    // Akte, Antrag, Bescheid, Hinweis
    expect(shownStepIds()).toEqual(['c', 'a', 'b', 'd']);
  });

  it('filters by lane, including steps outside any lane', async () => {
    const { user } = renderTable();
    const lane = screen.getByRole('combobox', { name: 'Nach Lane filtern' });

    await user.selectOptions(lane, 'Leitung');
    expect(shownStepIds()).toEqual(['b']);
    expect(screen.getByRole('status')).toHaveTextContent('1 von 4 Schritten');

    await user.selectOptions(lane, '(ohne Lane)');
    expect(shownStepIds()).toEqual(['d']);

    await user.selectOptions(lane, 'Alle Lanes');
    expect(shownStepIds()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by recommendation', async () => {
    const { user } = renderTable();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Nach Empfehlung filtern' }), 'automatisieren');
    expect(shownStepIds()).toEqual(['a']);
  });

  it('filters by text over name, lane and type, and says when nothing matches', async () => {
    const { user } = renderTable();
    const search = screen.getByRole('searchbox', { name: 'Schritte durchsuchen' });
    expect(search).toHaveAttribute('placeholder', 'Name, Lane, Typ, Baustein');

    await user.type(search, 'akte');
    expect(shownStepIds()).toEqual(['c']);

    await user.clear(search);
    await user.type(search, 'leitung');
    expect(shownStepIds()).toEqual(['b']);

    await user.clear(search);
    await user.type(search, 'manuelle');
    expect(shownStepIds()).toEqual(['b']);

    await user.clear(search);
    await user.type(search, 'gibt es nicht');
    expect(shownStepIds()).toEqual([]);
    expect(screen.getByText('Kein Schritt passt zu den Filtern.')).toBeInTheDocument();
  });

  it('given the filters and sort it was left with, when mounted, then it shows them, filtered and sorted', () => {
    renderTable({ view: { filters: { text: 'a', lane: 'Sachbearbeitung', recommendation: '' }, sort: { id: 'name', desc: true } } });

    expect(screen.getByRole('combobox', { name: 'Nach Lane filtern' })).toHaveValue('Sachbearbeitung');
    expect(screen.getByRole('searchbox', { name: 'Schritte durchsuchen' })).toHaveValue('a');
    expect(screen.getByRole('columnheader', { name: 'Schritt' })).toHaveAttribute('aria-sort', 'descending');
    // Antrag prüfen before Akte ablegen, both in "Sachbearbeitung"
    expect(shownStepIds()).toEqual(['a', 'c']);
  });

  it('given a lane no step is in any more or a column it does not have, when mounted, then they filter and sort nothing', () => {
    renderTable({ view: { filters: { text: '', lane: 'Poststelle', recommendation: '' }, sort: { id: 'colour', desc: false } } });

    expect(screen.getByRole('combobox', { name: 'Nach Lane filtern' })).toHaveValue('');
    expect(shownStepIds()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reports each change of its filters and sort, for the next time it is shown', async () => {
    const onViewChange = vi.fn();
    const { user } = renderTable({ onViewChange });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Nach Empfehlung filtern' }), 'automatisieren');
    expect(onViewChange).toHaveBeenLastCalledWith({ filters: { text: '', lane: '', recommendation: 'automate' }, sort: null });

    await user.click(screen.getByRole('button', { name: 'Digitalisierungspotenzial (DS)' }));
    expect(onViewChange).toHaveBeenLastCalledWith({ filters: { text: '', lane: '', recommendation: 'automate' }, sort: { id: 'ds', desc: true } });
  });

  it('reports an edited answer with the step id, the criterion code and the value', async () => {
    const { user, onAnswer } = renderTable();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Regelbasiert für Bescheid erstellen' }), '5');
    expect(onAnswer).toHaveBeenLastCalledWith('b', 'R', 5);

    // a cleared answer is undefined, not 0
    await user.selectOptions(screen.getByRole('combobox', { name: 'Regelbasiert für Antrag prüfen' }), '–');
    expect(onAnswer).toHaveBeenLastCalledWith('a', 'R', undefined);

    // media breaks are a count: "3+" is 3
    await user.selectOptions(screen.getByRole('combobox', { name: 'Medienbrüche für Antrag prüfen' }), '3+');
    expect(onAnswer).toHaveBeenLastCalledWith('a', 'Mb', 3);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Medienbrüche für Antrag prüfen' }), '0');
    expect(onAnswer).toHaveBeenLastCalledWith('a', 'Mb', 0);
  });

  it('gives the answer selects of each row a hidden form of their own', () => {
    // given the table
    renderTable();

    // then the selects of one row share one hidden, empty form, and another row has another
    const formsOf = (stepId: string) => new Set(within(rowOf(stepId)).getAllByRole('combobox').map((select) => (select as HTMLSelectElement).form));
    const [formA] = formsOf('a');
    expect(formsOf('a').size).toBe(1);
    expect(formA).toBeInstanceOf(HTMLFormElement);
    expect(formA?.hidden).toBe(true);
    expect(formA?.childElementCount).toBe(0);
    expect(formsOf('b').has(formA)).toBe(false);
  });

  it('shows a media-break count above 3 as "3+"', () => {
    const { steps, scores } = sample();
    renderTable({ steps, scores, assessments: new Map([['a', testAssessment('a', { answers: { Mb: 7 } })]]) });
    const select = screen.getByRole('combobox', { name: 'Medienbrüche für Antrag prüfen' });
    expect(select).toHaveValue('3');
    expect(within(select).getByRole('option', { selected: true })).toHaveTextContent('3+');
  });

  it.each([
    [
      'de' as const,
      'Regelbasiert für Antrag prüfen',
      ['1', '2', '3', '4', '5'],
      ['1 jedes Mal Ermessen / kreativ', '2 meist Einzelfallentscheidung', '3 teils feste Regeln, teils Abwägung', '4 überwiegend feste Regeln, selten Abwägung', '5 vollständig regelbasiert'],
    ],
    ['de' as const, 'Medienbrüche für Antrag prüfen', ['0', '1', '2', '3+'], ['0 Medienbrüche', '1 Medienbruch', '2 Medienbrüche', '3 oder mehr Medienbrüche']],
    ['en' as const, 'Stability for Antrag prüfen', ['1', '2', '3', '4', '5'], ['1 a major change is coming', '2 noticeable changes expected', '3 some changes possible', '4 small adjustments at most', '5 no change']],
    ['en' as const, 'Media breaks for Antrag prüfen', ['0', '1', '2', '3+'], ['0 media breaks', '1 media break', '2 media breaks', '3 or more media breaks']],
  ])('names the options of an answer by what they mean, as the score panel does, and shows their digits (%s, %s)', (language, select, shown, named) => {
    // given the table
    renderTable({ language });

    // then the closed cell keeps its digits, "–" for unanswered
    const options = within(screen.getByRole('combobox', { name: select })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['–', ...shown]);

    // and screen readers hear "nicht beantwortet" for "–" and each answer with its meaning
    const unanswered = language === 'de' ? 'nicht beantwortet' : 'not answered';
    for (const [index, name] of [unanswered, ...named].entries()) expect(options[index]).toHaveAccessibleName(name);
  });

  it('names the levels of every level question by that question\'s own descriptions', () => {
    renderTable();
    for (const [criterion, code] of [
      ['Regelbasiert', 'R'],
      ['Digitaler Input', 'Id'],
      ['Strukturierter Input', 'Is'],
      ['Stabilität', 'Sp'],
    ] as const) {
      const options = within(screen.getByRole('combobox', { name: `${criterion} für Antrag prüfen` })).getAllByRole('option');
      for (const level of [1, 2, 3, 4, 5]) expect(options[level]).toHaveAccessibleName(`${level} ${i18n.t(`method:criteria.${code}.levels.${level}`, { lng: 'de' })}`);
    }
  });

  it('selects a step by clicking its row', async () => {
    const { user, onSelect } = renderTable();
    await user.click(within(rowOf('c')).getByRole('rowheader'));
    expect(onSelect).toHaveBeenCalledWith('c');
  });

  it('marks the selected row with aria-selected and a visible marker, not by colour alone', () => {
    renderTable({ selectedStepId: 'b' });
    expect(rowOf('b')).toHaveAttribute('aria-selected', 'true');
    expect(rowOf('a')).toHaveAttribute('aria-selected', 'false');
    expect(within(rowOf('b')).getByRole('rowheader')).toHaveTextContent(/^▸/);
    expect(within(rowOf('a')).getByRole('rowheader')).not.toHaveTextContent('▸');
  });

  it('walks the rows with the arrow keys and selects with Enter and Space', async () => {
    // given the first row focused
    const { user, onSelect } = renderTable();
    act(() => rowOf('a').focus());

    // when moving down and pressing Enter
    await user.keyboard('{ArrowDown}');
    expect(rowOf('b')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('b');

    // when jumping to the end and pressing Space
    await user.keyboard('{End}');
    expect(rowOf('d')).toHaveFocus();
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith('d');

    // when moving up past the start, the first row keeps focus
    await user.keyboard('{Home}{ArrowUp}');
    expect(rowOf('a')).toHaveFocus();
  });

  it('keeps one tab stop in the grid and lets the keyboard reach and leave the answers', async () => {
    // given the table with step b selected
    const { user, onAnswer } = renderTable({ selectedStepId: 'b' });

    // then only b's row and its answers are in the tab order
    const tabStops = within(screen.getByRole('grid')).getAllByRole('row').filter((row) => row.tabIndex === 0);
    expect(tabStops).toEqual([rowOf('b')]);
    expect(screen.getByRole('combobox', { name: 'Regelbasiert für Bescheid erstellen' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('combobox', { name: 'Regelbasiert für Antrag prüfen' })).toHaveAttribute('tabindex', '-1');

    // when the row is focused and Right arrow pressed, its first answer gets focus
    act(() => rowOf('b').focus());
    await user.keyboard('{ArrowRight}');
    const rule = screen.getByRole('combobox', { name: 'Regelbasiert für Bescheid erstellen' });
    expect(rule).toHaveFocus();

    // and Tab moves on to the next answer of the same row
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Digitaler Input für Bescheid erstellen' })).toHaveFocus();

    // and Escape returns to the row, without answering anything
    await user.keyboard('{Escape}');
    expect(rowOf('b')).toHaveFocus();
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('moves the tab stop to a row focused by the user', async () => {
    const { user } = renderTable();
    await user.click(within(rowOf('c')).getByRole('rowheader'));
    expect(rowOf('c')).toHaveAttribute('tabindex', '0');
    expect(rowOf('a')).toHaveAttribute('tabindex', '-1');
  });

  it('says when the diagram has no steps', () => {
    renderTable({ steps: [], assessments: new Map(), scores: new Map() });
    expect(screen.getByText('Dieses Diagramm hat noch keine Schritte.')).toBeInTheDocument();
  });

  it('shows the priority in hours when every applicable step has quantities', () => {
    // given two steps, both with hours-based priority
    const steps = [testStep('a', { name: 'Antrag prüfen', order: 0 }), testStep('b', { name: 'Bescheid erstellen', order: 1 })];
    const scores = new Map([
      ['a', testStepScore('a', { priorityIndex: 40, priorityHours: 12.5, easeEstimated: true })],
      ['b', testStepScore('b', { priorityIndex: 20, priorityHours: 3.25 })],
    ]);
    renderTable({ steps, scores, assessments: new Map() });

    // then the header says so and the hours are shown, the estimated ease marked in words
    expect(screen.getByRole('columnheader', { name: 'Priorität (Std./Jahr)' })).toBeInTheDocument();
    // rounded as the process figures round hours: whole hours from 10 hours on, one decimal below
    expect(cellOf('a', 'priority')).toHaveTextContent(/^≈ 13\b/);
    expect(cellOf('a', 'priority')).toHaveTextContent('Umsetzbarkeit geschätzt');
    expect(cellOf('b', 'priority')).toHaveTextContent(/^3,3$/);
  });

  describe('when an edit takes the focused row out of the filter', () => {
    /**
     * Steps a, b, c and d, each with its answers kept as the store would; a step is "open" until
     * both R and Id are answered and "keep" after, as the store's scoring would make it, so with
     * the filter "offen" on, answering a step's R and Id takes its row out of the filter.
     */
    function EditedTable({ onAnswer }: { onAnswer: StepsTableProps['onAnswer'] }) {
      const steps = ['a', 'b', 'c', 'd'].map((id, order) => testStep(id, { name: `Schritt ${id}`, order }));
      const [assessments, answer] = useAnswers(onAnswer, () => new Map());
      const scores = new Map(
        steps.map((step) => {
          const answers = assessments.get(step.id)?.answers ?? {};
          return [step.id, testStepScore(step.id, { recommendation: answers.R !== undefined && answers.Id !== undefined ? 'keep' : 'open' })];
        }),
      );
      return <StepsTable steps={steps} assessments={assessments} scores={scores} onSelect={() => undefined} onAnswer={answer} language="de" />;
    }

    async function filtered() {
      const user = userEvent.setup();
      const onAnswer = vi.fn();
      render(<EditedTable onAnswer={onAnswer} />);
      await user.selectOptions(screen.getByRole('combobox', { name: 'Nach Empfehlung filtern' }), 'offen');
      expect(shownStepIds()).toEqual(['a', 'b', 'c', 'd']);
      return { user, onAnswer };
    }


    /** Answers a's R and Id with the keyboard's path through the row: focus R, 3, Right, 3. */
    async function answerRowA(user: ReturnType<typeof userEvent.setup>) {
      await answerFocusedR(user, 'a', '3');
      await user.keyboard('{ArrowRight}');
      expect(answerOf('Digitaler Input', 'a')).toHaveFocus();
      await user.selectOptions(answerOf('Digitaler Input', 'a'), '3');
    }

    it('keeps the row, marked, with the focus in it, and the next answers go to its step', async () => {
      // given the filter "offen" on and a's R and Id answered, so that a is "keep" now
      const { user, onAnswer } = await filtered();
      await answerRowA(user);

      // then a's row stays where it was, marked as no longer matching, with the focus on the same cell
      expect(shownStepIds()).toEqual(['a', 'b', 'c', 'd']);
      expect(answerOf('Digitaler Input', 'a')).toHaveFocus();
      expect(within(rowOf('a')).getByText('passt nicht mehr zu den Filtern')).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent(
        '„Schritt a“ passt nicht mehr zu den Filtern und wird ausgeblendet, sobald die Zeile verlassen wird. 3 von 4 Schritten',
      );

      // when typing goes on along the row
      await user.keyboard('{ArrowRight}');
      expect(answerOf('Strukturierter Input', 'a')).toHaveFocus();
      await user.selectOptions(answerOf('Strukturierter Input', 'a'), '1');
      await user.keyboard('{ArrowRight}');
      await user.selectOptions(answerOf('Medienbrüche', 'a'), '2');

      // then every answer went to a, none to b, and the focus is still in a's row
      expect(onAnswer.mock.calls).toEqual([
        ['a', 'R', 3],
        ['a', 'Id', 3],
        ['a', 'Is', 1],
        ['a', 'Mb', 2],
      ]);
      expect(answerOf('Medienbrüche', 'a')).toHaveFocus();
      expect(answerOf('Strukturierter Input', 'b')).toHaveValue('');
      expect(shownStepIds()).toEqual(['a', 'b', 'c', 'd']);
    });

    it('lets the row go once the focus moves to another row, which keeps the focus', async () => {
      const { user } = await filtered();
      await answerRowA(user);

      // when the focus moves down to b
      await user.keyboard('{ArrowDown}');

      // then b's same cell has the focus and a's row is gone
      expect(answerOf('Digitaler Input', 'b')).toHaveFocus();
      expect(shownStepIds()).toEqual(['b', 'c', 'd']);
      expect(screen.getByRole('status')).toHaveTextContent(/^3 von 4 Schritten$/);
    });

    it('lets the row go once the focus leaves the table', async () => {
      const { user } = await filtered();
      await answerRowA(user);

      // when the focus goes to the text filter
      await user.click(screen.getByRole('searchbox', { name: 'Schritte durchsuchen' }));

      // then a's row is gone
      expect(shownStepIds()).toEqual(['b', 'c', 'd']);
      expect(screen.getByRole('searchbox', { name: 'Schritte durchsuchen' })).toHaveFocus();
    });

    it('keeps the last row left too, and lets it go when the focus leaves it', async () => {
      // given every row but d answered, one after the other, so that only d matches
      const { user } = await filtered();
      await answerRowA(user);
      for (const stepId of ['b', 'c']) {
        act(() => answerOf('Regelbasiert', stepId).focus());
        await user.selectOptions(answerOf('Regelbasiert', stepId), '2');
        await user.selectOptions(answerOf('Digitaler Input', stepId), '2');
      }
      act(() => answerOf('Regelbasiert', 'd').focus());
      expect(shownStepIds()).toEqual(['d']);

      // when d is taken out too
      await user.selectOptions(answerOf('Regelbasiert', 'd'), '4');
      await user.selectOptions(answerOf('Digitaler Input', 'd'), '4');

      // then d stays with the focus
      expect(shownStepIds()).toEqual(['d']);
      expect(answerOf('Digitaler Input', 'd')).toHaveFocus();
      expect(screen.getByRole('status')).toHaveTextContent('„Schritt d“ passt nicht mehr zu den Filtern und wird ausgeblendet, sobald die Zeile verlassen wird. 0 von 4 Schritten');

      // and goes once the focus leaves the table backwards
      await user.keyboard('{Escape}');
      expect(rowOf('d')).toHaveFocus();
      await user.keyboard('{Shift>}{Tab}{/Shift}');
      expect(shownStepIds()).toEqual([]);
      expect(screen.getByText('Kein Schritt passt zu den Filtern.')).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent(/^0 von 4 Schritten$/);
    });
  });

  describe('when an edit changes the sorted value of the focused row', () => {
    /**
     * Steps a, b, c and d answered R 1, 2, 3 and 4, each with its answers kept as the store would
     * and a DS of 20 × R, as the store's scoring would make it.
     */
    function SortedTable({ onAnswer }: { onAnswer: StepsTableProps['onAnswer'] }) {
      const steps = ['a', 'b', 'c', 'd'].map((id, order) => testStep(id, { name: `Schritt ${id}`, order }));
      const [assessments, answer] = useAnswers(onAnswer, () => new Map(steps.map((step, index) => [step.id, testAssessment(step.id, { answers: { R: ([1, 2, 3, 4] as const)[index] } })])));
      const scores = new Map(steps.map((step) => [step.id, testStepScore(step.id, { ds: testScore(20 * (assessments.get(step.id)?.answers.R ?? 0)) })]));
      return <StepsTable steps={steps} assessments={assessments} scores={scores} onSelect={() => undefined} onAnswer={answer} language="de" />;
    }

    /** The table sorted by `column` (its header's name), `clicks` times. */
    async function sorted(column: string, clicks: number, expected: string[]) {
      const user = userEvent.setup();
      const onAnswer = vi.fn();
      render(<SortedTable onAnswer={onAnswer} />);
      for (let click = 0; click < clicks; click++) await user.click(screen.getByRole('button', { name: column }));
      expect(shownStepIds()).toEqual(expected);
      return { user, onAnswer };
    }


    it('keeps the row in its place, marked, with the focus in the same cell, and the next answers go to its step', async () => {
      // given the table sorted by R ascending, a (R 1) first, and a's R focused
      const { user, onAnswer } = await sorted('Regelbasiert (R)', 2, ['a', 'b', 'c', 'd']);
      act(() => answerOf('Regelbasiert', 'a').focus());

      // when a's R is answered 5, which sorts it last
      await user.selectOptions(answerOf('Regelbasiert', 'a'), '5');

      // then a's row stays first, marked, with the focus where it was, and the status says it moves when left
      expect(shownStepIds()).toEqual(['a', 'b', 'c', 'd']);
      expect(answerOf('Regelbasiert', 'a')).toHaveFocus();
      expect(answerOf('Regelbasiert', 'a')).toHaveValue('5');
      expect(within(rowOf('a')).getByText('wird beim Verlassen neu einsortiert')).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent('Die Zeile „Schritt a“ bleibt an ihrem Platz und wird neu einsortiert, sobald sie verlassen wird. 4 von 4 Schritten');

      // when typing goes on along the row
      await user.keyboard('{ArrowRight}');
      await user.selectOptions(answerOf('Digitaler Input', 'a'), '2');

      // then the answers are a's, and the row is still in its place
      expect(onAnswer.mock.calls).toEqual([
        ['a', 'R', 5],
        ['a', 'Id', 2],
      ]);
      expect(answerOf('Digitaler Input', 'a')).toHaveFocus();
      expect(shownStepIds()).toEqual(['a', 'b', 'c', 'd']);
    });

    it('keeps the row in its place when the edit changes a score the table is sorted by', async () => {
      // given the table sorted by DS descending, d (80) first
      const { user } = await sorted('Digitalisierungspotenzial (DS)', 1, ['d', 'c', 'b', 'a']);
      act(() => answerOf('Regelbasiert', 'd').focus());

      // when d's R is answered 1, which makes its DS 20
      await user.selectOptions(answerOf('Regelbasiert', 'd'), '1');

      // then d's row stays first with the focus
      expect(cellOf('d', 'ds')).toHaveTextContent('20');
      expect(shownStepIds()).toEqual(['d', 'c', 'b', 'a']);
      expect(answerOf('Regelbasiert', 'd')).toHaveFocus();
    });

    it('sorts the row into its place once the focus moves to another row, which keeps the focus', async () => {
      const { user } = await sorted('Regelbasiert (R)', 2, ['a', 'b', 'c', 'd']);
      await answerFocusedR(user, 'a', '5');

      // when the focus moves down to b
      await user.keyboard('{ArrowDown}');

      // then b's same cell has the focus and a's row is sorted last
      expect(answerOf('Regelbasiert', 'b')).toHaveFocus();
      expect(shownStepIds()).toEqual(['b', 'c', 'd', 'a']);
      expect(screen.queryByText('wird beim Verlassen neu einsortiert')).toBeNull();
      expect(screen.getByRole('status')).toHaveTextContent(/^4 von 4 Schritten$/);
    });

    it('sorts the row into its place once the focus moves up to a row it sorts before, which keeps the focus', async () => {
      // given d's R answered 1, which sorts it first, while it stays last with the focus
      const { user } = await sorted('Regelbasiert (R)', 2, ['a', 'b', 'c', 'd']);
      await answerFocusedR(user, 'd', '1');
      expect(shownStepIds()).toEqual(['a', 'b', 'c', 'd']);

      // when the focus moves up to c
      await user.keyboard('{ArrowUp}');

      // then c keeps the focus, and d is sorted before it (after a, its tie in process order)
      expect(answerOf('Regelbasiert', 'c')).toHaveFocus();
      expect(shownStepIds()).toEqual(['a', 'd', 'b', 'c']);
    });

    it('sorts the row into its place once the focus leaves the table', async () => {
      const { user } = await sorted('Regelbasiert (R)', 2, ['a', 'b', 'c', 'd']);
      await answerFocusedR(user, 'a', '5');

      await user.click(screen.getByRole('searchbox', { name: 'Schritte durchsuchen' }));

      expect(shownStepIds()).toEqual(['b', 'c', 'd', 'a']);
    });
  });

  it('moves between answer cells with the arrow keys instead of changing them', async () => {
    // given a's first answer focused
    const { user, onAnswer } = renderTable();
    act(() => screen.getByRole('combobox', { name: 'Regelbasiert für Antrag prüfen' }).focus());

    // Right and Left move along the row, Down and Up along the column
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('combobox', { name: 'Digitaler Input für Antrag prüfen' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('combobox', { name: 'Digitaler Input für Bescheid erstellen' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('combobox', { name: 'Digitaler Input für Hinweis' })).toHaveFocus();
    await user.keyboard('{Home}{ArrowUp}');
    expect(screen.getByRole('combobox', { name: 'Digitaler Input für Antrag prüfen' })).toHaveFocus();

    // Left from the first answer goes back to the row
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(rowOf('a')).toHaveFocus();
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('clears an answer with Delete or Backspace, as the score panel does, and leaves an open one alone', async () => {
    // given a's answer to R and b's open Id
    const { user, onAnswer } = renderTable();
    act(() => screen.getByRole('combobox', { name: 'Regelbasiert für Antrag prüfen' }).focus());

    await user.keyboard('{Delete}');
    expect(onAnswer).toHaveBeenLastCalledWith('a', 'R', undefined);

    act(() => screen.getByRole('combobox', { name: 'Medienbrüche für Antrag prüfen' }).focus());
    await user.keyboard('{Backspace}');
    expect(onAnswer).toHaveBeenLastCalledWith('a', 'Mb', undefined);

    onAnswer.mockClear();
    act(() => screen.getByRole('combobox', { name: 'Digitaler Input für Bescheid erstellen' }).focus());
    await user.keyboard('{Delete}');
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('names the keys in a hint the grid is described by', () => {
    renderTable();
    expect(screen.getByRole('grid')).toHaveAccessibleDescription(/Pfeil rechts führt zu den Antworten der Zeile/);
  });

  describe('with 2,000 steps', () => {
    function manySteps(count: number): Pick<StepsTableProps, 'steps' | 'assessments' | 'scores'> {
      const steps = Array.from({ length: count }, (_, index) => testStep(`s${index}`, { name: `Schritt ${index}`, order: index, lane: `Bahn ${index % 7}` }));
      const scores = new Map(steps.map((s, index) => [s.id, testStepScore(s.id, { ds: testScore(index % 101) })]));
      return { steps, assessments: new Map(), scores };
    }

    it('renders only a window of rows, with the full count and positions for assistive technology', () => {
      renderTable(manySteps(2000));

      const grid = screen.getByRole('grid');
      expect(grid).toHaveAttribute('aria-rowcount', '2001');
      const shown = shownStepIds();
      // a 640 px fallback viewport at 41 px a row plus overscan: a few dozen rows at most
      expect(shown.length).toBeGreaterThan(10);
      expect(shown.length).toBeLessThan(60);
      expect(shown[0]).toBe('s0');
      expect(rowOf('s0')).toHaveAttribute('aria-rowindex', '2');
      expect(rowOf('s1')).toHaveAttribute('aria-rowindex', '3');
    });

    it('scrolls a row selected elsewhere into the window', async () => {
      // given the table scrolled to the top, its scroll container given the layout jsdom lacks:
      // a 640 px viewport over 2,000 rows of 44 px, scrolling when told to
      const view = renderTable(manySteps(2000));
      const scroller = screen.getByRole('grid').parentElement as HTMLElement;
      Object.defineProperty(scroller, 'clientHeight', { configurable: true, value: 640 });
      Object.defineProperty(scroller, 'scrollHeight', { configurable: true, value: 2000 * 44 });
      scroller.scrollTo = ((options: ScrollToOptions) => {
        scroller.scrollTop = options.top ?? 0;
        scroller.dispatchEvent(new Event('scroll'));
      }) as typeof scroller.scrollTo;
      expect(shownStepIds()).not.toContain('s1500');

      // when the canvas selects step 1500
      view.rerender(<StepsTable {...view.props} selectedStepId="s1500" />);

      // then its row is rendered and marked selected
      await waitFor(() => expect(shownStepIds()).toContain('s1500'));
      expect(rowOf('s1500')).toHaveAttribute('aria-selected', 'true');
      expect(rowOf('s1500')).toHaveAttribute('aria-rowindex', '1502');
    });
  });
});

describe('StepsTable in a tab that only reads', { timeout: 20_000 }, () => {
  const reading: RenderOptions = { wrapper: ({ children }: { children: ReactNode }) => <ReadOnlyProvider readOnly>{children}</ReadOnlyProvider> };

  /** the name an answer has for screen readers: its value with its meaning, as in the score panel */
  const answerName = (code: 'R' | 'Id', level: number) => i18n.t('table:answer.option', { label: String(level), meaning: i18n.t(`method:criteria.${code}.levels.${level}`) });

  it('shows each quick-check answer as its value, named by its meaning, with no control to change it, and its keyboard help says so', () => {
    // given
    renderTable({}, reading);
    // then no answer can be chosen in the grid
    expect(within(screen.getByRole('grid')).queryAllByRole('combobox')).toEqual([]);
    // and the answers are there: the digit shown, its meaning spoken and in the tooltip
    const rule = cellOf('a', 'R');
    expect(within(rule).getByTitle(answerName('R', 4))).toHaveTextContent(/^4$/);
    expect(rule).toHaveTextContent(answerName('R', 4));
    expect(cellOf('a', 'Id')).toHaveTextContent(answerName('Id', 2));
    expect(cellOf('a', 'Mb')).toHaveTextContent(/^1/);
    expect(cellOf('b', 'Id')).toHaveTextContent(i18n.t('table:answer.noneName'));
    // and the keyboard help describing the grid speaks of no answers to choose
    const help = screen.getByText(i18n.t('table:keyboardHintReadOnly'));
    expect(screen.getByRole('grid')).toHaveAttribute('aria-describedby', help.id);
  });

  it('sorts, filters, walks and selects the rows, while Right arrow, a digit or Delete on a row changes no answer', async () => {
    // given the first row focused
    const { user, onSelect, onAnswer } = renderTable({}, reading);
    act(() => rowOf('a').focus());
    // when the keys that answer in an editing tab are pressed
    await user.keyboard('{ArrowRight}3{Delete}{Backspace}');
    // then the focus stays on the row and nothing is answered
    expect(rowOf('a')).toHaveFocus();
    expect(onAnswer).not.toHaveBeenCalled();
    // when walking down and pressing Enter
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('b');
    // when sorted by name and filtered by text
    await user.click(screen.getByRole('button', { name: 'Schritt' }));
    expect(shownStepIds()).toEqual(['c', 'a', 'b', 'd']);
    await user.type(screen.getByRole('searchbox', { name: 'Schritte durchsuchen' }), 'akte');
    expect(shownStepIds()).toEqual(['c']);
    expect(onAnswer).not.toHaveBeenCalled();
  });
});
