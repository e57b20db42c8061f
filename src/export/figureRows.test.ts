// Pins that the report and the XLSX summary show a process figure as the app's figures panel
// shows it: rounded alike, and "keine Mengenangaben" where a figure needs quantities none has.
import { describe, expect, it } from 'vitest';
import { testBenefit, testStepScore } from '../domain/testing/fixtures';
import { formatEuro, formatFte } from '../i18n/figureFormats';
import { formatFigure, processFigureRows, roundedFigure } from './figureRows';
import { createReportFormat } from './reportFormat';
import { testReportInput, testTranslate } from './testReportInput';

describe('formatFigure', () => {
  it.each(['de', 'en'] as const)('given FTE with a trailing zero (0.4), when formatted for the %s report, then it reads as in the app, with two decimals', (language) => {
    const text = formatFigure({ value: 0.4, unit: 'fte' }, createReportFormat(language));
    expect(text).toBe(formatFte(0.4, language));
    expect(text).toMatch(/^0[.,]40$/);
  });

  it('given euros, when formatted for the report, then they read as in the app', () => {
    expect(formatFigure({ value: 13462.4, unit: 'eur' }, createReportFormat('de'))).toBe(formatEuro(13462.4, 'de'));
  });

  it('given no value, when formatted, then a dash stands for it', () => {
    expect(formatFigure({ value: null, unit: 'fte' }, createReportFormat('de'))).toBe('–');
  });
});

describe('processFigureRows', () => {
  const base = testReportInput();
  const noQuantities = (input: Pick<typeof base, 'figures' | 'scores'>) =>
    processFigureRows(input, testTranslate('de'))
      .filter((row) => row.noQuantities)
      .map((row) => row.key);

  it('given no step with quantities, when listed, then hours, FTE, euros and the hours-weighted share have none, the counts and mean ease do', () => {
    const scores = new Map([['Task_check', testStepScore('Task_check')]]);
    expect(noQuantities({ figures: { ...base.figures, automationPotential: null }, scores })).toEqual([
      'hoursPerYear',
      'hoursSaved',
      'fte',
      'fteSaved',
      'cost',
      'costSaved',
      'automationPotential',
    ]);
  });

  it('given a step with quantities, when listed, then only a figure without a value says it has none', () => {
    const scores = new Map([['Task_check', testStepScore('Task_check', { benefit: testBenefit({ hoursPerYear: 10 }) })]]);
    expect(noQuantities({ figures: { ...base.figures, automationPotential: null }, scores })).toEqual(['automationPotential']);
  });
});

describe('roundedFigure', () => {
  it.each([
    // hours as the app's formatHours shows them: whole from 10 hours on, one decimal below
    ['hours', 1529.333333333, 1529],
    ['hours', 7.84, 7.8],
    ['fte', 0.9803418803416666, 0.98],
    ['eur', 68623.93162391667, 68624],
    ['share', 0.5043741826505023, 0.5],
    ['score', 73.75, 74],
    ['count', 5, 5],
  ] as const)('given %s %d, when rounded, then it is %d, as shown', (unit, value, expected) => {
    expect(roundedFigure({ unit, value })).toBe(expected);
  });

  it('given no value, when rounded, then there is none', () => {
    expect(roundedFigure({ unit: 'hours', value: null })).toBeNull();
  });
});
