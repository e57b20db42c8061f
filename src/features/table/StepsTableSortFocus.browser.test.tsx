// The steps table sorted by an answer, in a real browser with its window of rows: an answer that
// changes the sorted value of the focused row keeps the row where it is, with the focus and the
// next answers in it (before, the row moved to its sorted place, out of the window, and the focus
// fell to the page); the row moves to its place once the focus leaves it and can be reached there,
// and a row it moves past on the way (React moves that row's element) keeps the focus.
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import '../../i18n/i18n';
import '../../app/app.css';
import { testAssessment, testStep } from '../../domain/testing/fixtures';
import type { StepAssessment } from '../../domain/assessment';
import type { StepsTableProps } from './StepsTable';
import { StepsTable } from './StepsTable';

/** 200 steps: s0 answered R 1, the others R 2 or 3, each step's answers kept as the store would. */
function ManySteps({ onAnswer }: { onAnswer: StepsTableProps['onAnswer'] }) {
  const [steps] = useState(() => Array.from({ length: 200 }, (_, index) => testStep(`s${index}`, { name: `Schritt ${index}`, order: index })));
  const [assessments, setAssessments] = useState<ReadonlyMap<string, StepAssessment>>(
    () => new Map(steps.map((step, index) => [step.id, testAssessment(step.id, { answers: { R: index === 0 ? 1 : index % 2 === 0 ? 2 : 3 } })])),
  );
  const answer: StepsTableProps['onAnswer'] = (stepId, code, value) => {
    onAnswer(stepId, code, value);
    setAssessments((previous) => new Map(previous).set(stepId, testAssessment(stepId, { answers: { ...previous.get(stepId)?.answers, [code]: value } })));
  };
  return <StepsTable steps={steps} assessments={assessments} scores={new Map()} onSelect={() => undefined} onAnswer={answer} language="de" />;
}

const select = (name: string) => screen.getByRole<HTMLSelectElement>('combobox', { name });
const rowIds = () => [...document.querySelectorAll<HTMLElement>('tr[data-step-id]')].map((row) => row.dataset.stepId);

afterEach(cleanup);

describe('StepsTable sorted by an answer', () => {
  test('given the focus on the first row, when an answer sorts it last, then the row stays with the focus until it is left', async () => {
    // given the table sorted by R ascending, s0 (R 1) first, its R focused
    const onAnswer = vi.fn();
    render(<ManySteps onAnswer={onAnswer} />);
    const sortByR = screen.getByRole('button', { name: 'Regelbasiert (R)' });
    await userEvent.click(sortByR);
    await userEvent.click(sortByR);
    expect(rowIds()[0]).toBe('s0');
    select('Regelbasiert für Schritt 0').focus();

    // when R 5 is typed, which sorts s0 after every other step, far out of the window of rows
    await userEvent.keyboard('5');

    // then s0's row is still first and its R has the focus, not the page
    expect(document.activeElement).not.toBe(document.body);
    expect(select('Regelbasiert für Schritt 0')).toHaveFocus();
    expect(rowIds()[0]).toBe('s0');
    expect(screen.getByRole('status')).toHaveTextContent('Die Zeile „Schritt 0“ bleibt an ihrem Platz und wird neu einsortiert, sobald sie verlassen wird.');

    // when typing goes on along the row
    await userEvent.keyboard('{ArrowRight}4');

    // then the answer is s0's
    expect(select('Digitaler Input für Schritt 0')).toHaveFocus();
    expect(onAnswer.mock.calls).toEqual([
      ['s0', 'R', 5],
      ['s0', 'Id', 4],
    ]);

    // when the focus moves down: that row keeps it and s0 goes to its sorted place
    await userEvent.keyboard('{ArrowDown}');
    expect(select('Digitaler Input für Schritt 2')).toHaveFocus();
    expect(rowIds()).not.toContain('s0');

    // and End reaches s0 at the bottom, scrolled into view
    await userEvent.keyboard('{End}');
    expect(select('Digitaler Input für Schritt 0')).toHaveFocus();
    const row = select('Digitaler Input für Schritt 0').closest('tr') as HTMLElement;
    expect(row).toHaveAttribute('aria-rowindex', '201');
    const scroller = (screen.getByRole('grid').parentElement as HTMLElement).getBoundingClientRect();
    expect(row.getBoundingClientRect().bottom).toBeLessThanOrEqual(scroller.bottom + 1);
    expect(row.getBoundingClientRect().top).toBeGreaterThanOrEqual(scroller.top);
  });

  test('given an answer that sorts the focused row up, when the focus moves up, then the row moved past keeps the focus', async () => {
    // given the table sorted by R ascending: s0 (R 1), then s2, s4, s6 … (R 2); s6's R answered 1 in place
    render(<ManySteps onAnswer={() => undefined} />);
    const sortByR = screen.getByRole('button', { name: 'Regelbasiert (R)' });
    await userEvent.click(sortByR);
    await userEvent.click(sortByR);
    expect(rowIds().slice(0, 4)).toEqual(['s0', 's2', 's4', 's6']);
    select('Regelbasiert für Schritt 6').focus();
    await userEvent.keyboard('1');
    expect(rowIds().slice(0, 4)).toEqual(['s0', 's2', 's4', 's6']);

    // when the focus moves up to s4: s6 goes to its place after s0, the rows between move down
    await userEvent.keyboard('{ArrowUp}');

    // then s4's R keeps the focus
    expect(rowIds().slice(0, 4)).toEqual(['s0', 's6', 's2', 's4']);
    expect(select('Regelbasiert für Schritt 4')).toHaveFocus();
  });
});
