// The steps table's keys on its answer selects in a real browser: Chromium changes a closed
// select's value with the arrow keys, Home, End, Page Up and Page Down, which jsdom does not. In
// the table these keys move between cells and never answer; a digit still answers as in the score
// panel (Medienbrüche: 0, 1, 2, and 3 to 9 for "3 oder mehr"), and when that
// takes the row out of the filter the row stays with the focus and the next digits answer its step.
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import '../../i18n/i18n';
import '../../app/app.css';
import { testAssessment, testStep, testStepScore } from '../../domain/testing/fixtures';
import type { QuickCode } from '../../domain/criteria';
import type { StepScore } from '../../domain/scoreTypes';
import { StepsTable } from './StepsTable';

/** Two answered steps, a (R 2, Id 3) and b (R 4, Id 1). */
function renderTable() {
  const steps = [testStep('a', { name: 'Antrag prüfen', order: 0 }), testStep('b', { name: 'Bescheid erstellen', order: 1 })];
  const assessments = new Map([
    ['a', testAssessment('a', { answers: { R: 2, Id: 3 } })],
    ['b', testAssessment('b', { answers: { R: 4, Id: 1 } })],
  ]);
  const onAnswer = vi.fn();
  render(<StepsTable steps={steps} assessments={assessments} scores={new Map()} onSelect={() => undefined} onAnswer={onAnswer} language="de" />);
  return { onAnswer };
}

const select = (name: string) => screen.getByRole<HTMLSelectElement>('combobox', { name });

afterEach(cleanup);

describe('StepsTable answer keys', () => {
  test('given the focus on an answer, when the arrow keys are pressed, then the focus moves between cells and no answer changes', async () => {
    const { onAnswer } = renderTable();
    const ruleA = select('Regelbasiert für Antrag prüfen');
    ruleA.focus();

    await userEvent.keyboard('{ArrowRight}');
    expect(select('Digitaler Input für Antrag prüfen')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(select('Digitaler Input für Bescheid erstellen')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(select('Regelbasiert für Bescheid erstellen')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(ruleA).toHaveFocus();

    expect(onAnswer).not.toHaveBeenCalled();
    expect(ruleA).toHaveValue('2');
    expect(select('Digitaler Input für Antrag prüfen')).toHaveValue('3');
    expect(select('Regelbasiert für Bescheid erstellen')).toHaveValue('4');
    expect(select('Digitaler Input für Bescheid erstellen')).toHaveValue('1');
  });

  test('given the focus on an answer, when Home, End, Page Up or Page Down is pressed, then no answer changes', async () => {
    const { onAnswer } = renderTable();
    select('Regelbasiert für Antrag prüfen').focus();

    await userEvent.keyboard('{End}');
    expect(select('Regelbasiert für Bescheid erstellen')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(select('Regelbasiert für Antrag prüfen')).toHaveFocus();
    await userEvent.keyboard('{PageDown}{PageUp}');

    expect(onAnswer).not.toHaveBeenCalled();
    expect(select('Regelbasiert für Antrag prüfen')).toHaveValue('2');
    expect(select('Regelbasiert für Bescheid erstellen')).toHaveValue('4');
  });

  test('given the focus on an answer, when a digit is typed, then that is the answer', async () => {
    const { onAnswer } = renderTable();
    select('Regelbasiert für Antrag prüfen').focus();

    await userEvent.keyboard('5');

    expect(onAnswer).toHaveBeenLastCalledWith('a', 'R', 5);
  });

  test('given the focus on Medienbrüche, when a digit is typed, then it answers as in the score panel: the count, any of 3 to 9 "3 oder mehr"', async () => {
    const { onAnswer } = renderTable();
    select('Medienbrüche für Antrag prüfen').focus();

    for (const digit of ['7', '0', '4', '2', '9', '3', '1']) await userEvent.keyboard(digit);

    expect(onAnswer.mock.calls).toEqual([
      ['a', 'Mb', 3],
      ['a', 'Mb', 0],
      ['a', 'Mb', 3],
      ['a', 'Mb', 2],
      ['a', 'Mb', 3],
      ['a', 'Mb', 3],
      ['a', 'Mb', 1],
    ]);
  });

  test('given the focus on a level question, when a digit is typed, then 1 to 5 answer it and the others do nothing, as in the score panel', async () => {
    const { onAnswer } = renderTable();
    select('Stabilität für Bescheid erstellen').focus();

    for (const digit of ['0', '6', '9', '4']) await userEvent.keyboard(digit);

    expect(onAnswer.mock.calls).toEqual([['b', 'Sp', 4]]);
  });

  test('given a filter on, when a typed answer takes the row out of it, then the row stays with the focus and the next digits answer its step', async () => {
    // given two steps to digitise; any answer makes a step "keep", as the store's scoring would
    const onAnswer = vi.fn();
    function EditedTable() {
      const steps = [testStep('a', { name: 'Antrag prüfen', order: 0 }), testStep('b', { name: 'Bescheid erstellen', order: 1 })];
      const [scores, setScores] = useState<ReadonlyMap<string, StepScore>>(() => new Map(steps.map((step) => [step.id, testStepScore(step.id, { recommendation: 'digitise' })])));
      const answer = (stepId: string, code: QuickCode, value: number | undefined) => {
        onAnswer(stepId, code, value);
        setScores((previous) => new Map(previous).set(stepId, testStepScore(stepId, { recommendation: 'keep' })));
      };
      return <StepsTable steps={steps} assessments={new Map()} scores={scores} onSelect={() => undefined} onAnswer={answer} language="de" />;
    }
    render(<EditedTable />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Nach Empfehlung filtern' }), 'digitalisieren');
    select('Digitaler Input für Antrag prüfen').focus();

    await userEvent.keyboard('5');

    expect(select('Digitaler Input für Antrag prüfen')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('„Antrag prüfen“ passt nicht mehr zu den Filtern und wird ausgeblendet, sobald die Zeile verlassen wird.');

    // when typing goes on along the row
    await userEvent.keyboard('{ArrowRight}2');

    // then the answer is a's, and leaving the row down to b lets a's row go
    expect(select('Strukturierter Input für Antrag prüfen')).toHaveFocus();
    expect(onAnswer.mock.calls).toEqual([
      ['a', 'Id', 5],
      ['a', 'Is', 2],
    ]);
    await userEvent.keyboard('{ArrowDown}');
    expect(select('Strukturierter Input für Bescheid erstellen')).toHaveFocus();
    expect(screen.queryByRole('combobox', { name: 'Strukturierter Input für Antrag prüfen' })).toBeNull();
  });
});
