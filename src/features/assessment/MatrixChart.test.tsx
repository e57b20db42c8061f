import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../../i18n/i18n';
import { MatrixChart } from './MatrixChart';
import { testBenefit, testOpenStepScore, testScore, testStep } from '../../domain/testing/fixtures';

const steps = [testStep('a', { name: 'Antrag prüfen', order: 1 }), testStep('b', { name: 'Bescheid drucken', order: 2 })];
const indexScores = new Map([
  ['a', testOpenStepScore('a', { as: testScore(80), ease: 70, easeEstimated: false })],
  ['b', testOpenStepScore('b', { ds: testScore(40), ease: 50, easeEstimated: true })],
]);

describe('MatrixChart', () => {
  it('is an image named by its title and description', () => {
    // given / when
    render(<MatrixChart steps={steps} scores={indexScores} basis="index" language="de" />);
    // then
    const chart = screen.getByRole('img', { name: /^Umsetzbarkeit und Nutzen/ });
    expect(chart).toHaveAccessibleName(/2 Schritte als Punkte/);
    expect(chart).toHaveAccessibleName(/davon 1 im Bereich „schnelle Erfolge \(Quick Wins\)“ oben rechts/);
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
  });

  it('lists every point in a table as its text alternative', async () => {
    // given
    const user = userEvent.setup({ delay: null });
    render(<MatrixChart steps={steps} scores={indexScores} basis="index" language="de" />);
    // when
    await user.click(screen.getByText('Tabelle zum Diagramm'));
    // then: a row per point with number, name, ease, max(AS, DS) and its quadrant
    const table = screen.getByRole('table', { name: /Punkte der Matrix/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['1', '70', '80', 'schnelle Erfolge (Quick Wins)'],
      ['2', '50 (Umsetzbarkeit geschätzt)', '40', 'nebenbei erledigen'],
    ]);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('Antrag prüfen');
    expect(within(table).getByRole('columnheader', { name: 'größtes Potenzial: max(DS, AS) (0–100)' })).toBeInTheDocument();
  });

  it('gives steps on one spot one label naming them all, instead of numbers printed over each other', () => {
    const alike = [...steps, testStep('c', { name: 'Akte anlegen', order: 3 })];
    const scores = new Map([...indexScores, ['c', testOpenStepScore('c', { as: testScore(80), ease: 70, easeEstimated: false })]]);
    render(<MatrixChart steps={alike} scores={scores} basis="index" language="de" />);
    const chart = screen.getByRole('img', { name: /^Umsetzbarkeit und Nutzen/ });
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
    // a and c (ease 70, potential 80) share a spot; b lies elsewhere
    expect([...chart.querySelectorAll('.matrix-chart__point text')].map((text) => text.textContent)).toEqual(['1, 3', '2']);
  });

  it('labels the y axis with hours and formats them per language on the hours basis', async () => {
    // given: 1,234.4 hours saved
    const user = userEvent.setup({ delay: null });
    const scores = new Map([['a', testOpenStepScore('a', { benefit: testBenefit({ hoursSaved: 1234.4 }), ease: 60, easeEstimated: false })]]);
    render(<MatrixChart steps={steps} scores={scores} basis="hours" language="de" />);
    // when
    await user.click(screen.getByText('Tabelle zum Diagramm'));
    // then
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Einsparung (Std./Jahr)' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '1.234' })).toBeInTheDocument();
  });

  it('selects a step from the table', async () => {
    // given
    const user = userEvent.setup({ delay: null });
    const onSelectStep = vi.fn();
    render(<MatrixChart steps={steps} scores={indexScores} basis="index" language="de" onSelectStep={onSelectStep} />);
    // when
    await user.click(screen.getByText('Tabelle zum Diagramm'));
    await user.click(screen.getByRole('button', { name: 'Bescheid drucken' }));
    // then
    expect(onSelectStep).toHaveBeenCalledWith('b');
  });

  it('says so instead of drawing an empty chart', () => {
    render(<MatrixChart steps={steps} scores={new Map()} basis="index" language="de" />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText(/Noch kein Schritt ist weit genug bewertet/)).toBeInTheDocument();
  });
});
