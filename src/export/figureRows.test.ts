// Pins that the report and the XLSX summary show a process figure as the app's figures panel
// shows it: rounded alike, "keine Mengenangaben" where a figure needs quantities none has, and
// "noch nicht erfasst" for media breaks no step has answered.
import { describe, expect, it } from 'vitest';
import type { ProcessFigures } from '../domain/scoreTypes';
import { formatEuro, formatFte } from '../i18n/figureFormats';
import assessmentDe from '../i18n/locales/de/assessment.json';
import { figureText, formatFigure, processFigureRows, roundedFigure } from './figureRows';
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
  const gaps = (figures: ProcessFigures) =>
    processFigureRows({ figures }, testTranslate('de'))
      .filter((row) => row.gap !== null)
      .map((row) => [row.key, row.gap]);

  it('given no step with quantities, when listed, then hours, FTE, euros and the hours-weighted share have none, the counts and mean ease do', () => {
    expect(gaps({ ...base.figures, withQuantitiesCount: 0, automationPotential: null })).toEqual(
      ['hoursPerYear', 'hoursSaved', 'fte', 'fteSaved', 'cost', 'costSaved', 'automationPotential'].map((key) => [key, 'noQuantities']),
    );
  });

  it('given a step with quantities, when listed, then only a figure without a value says it has none', () => {
    expect(gaps({ ...base.figures, withQuantitiesCount: 1, automationPotential: null })).toEqual([['automationPotential', 'noQuantities']]);
  });

  it('given no step has answered the media-break question, when listed, then the media breaks are not recorded yet, in the app\'s words', () => {
    const rows = processFigureRows({ figures: { ...base.figures, mediaBreaks: null } }, testTranslate('de'));
    const mediaBreaks = rows.find((row) => row.key === 'mediaBreaks')!;
    expect(mediaBreaks.gap).toBe('notRecorded');
    expect(figureText(mediaBreaks, createReportFormat('de'), testTranslate('de'))).toBe(assessmentDe.figures.notRecorded);
  });

  it('given a step answered 0 media breaks, when listed, then the media breaks are 0', () => {
    const rows = processFigureRows({ figures: { ...base.figures, mediaBreaks: 0 } }, testTranslate('de'));
    const mediaBreaks = rows.find((row) => row.key === 'mediaBreaks')!;
    expect(mediaBreaks.gap).toBeNull();
    expect(figureText(mediaBreaks, createReportFormat('de'), testTranslate('de'))).toBe('0');
  });
});

describe('the mean ease and the steps it rests on', () => {
  const base = testReportInput();
  const meanEase = (figures: ProcessFigures, language: 'de' | 'en') => {
    const row = processFigureRows({ figures }, testTranslate(language)).find((candidate) => candidate.key === 'meanEase')!;
    return figureText(row, createReportFormat(language), testTranslate(language));
  };

  it.each([
    ['de', '100 (aus 1 von 9 Schritten)'],
    ['en', '100 (from 1 of 9 steps)'],
  ] as const)('given 1 of 9 applicable steps with its ease criteria answered (EI 100), when shown in %s, then it says it rests on that one step', (language, expected) => {
    expect(meanEase({ ...base.figures, applicableCount: 9, easeCount: 1, meanEase: 100 }, language)).toBe(expected);
  });

  it('given the only applicable step answered, when shown, then the step is singular', () => {
    expect(meanEase({ ...base.figures, applicableCount: 1, easeCount: 1, meanEase: 40 }, 'de')).toBe('40 (aus 1 von 1 Schritt)');
  });

  it('given no applicable step with its ease criteria answered, when shown, then a dash stands for it, as before', () => {
    expect(meanEase({ ...base.figures, applicableCount: 9, easeCount: 0, meanEase: null }, 'de')).toBe('–');
  });

  it('given every applicable step with quantities, when listed, then no other figure names a basis of steps', () => {
    const rows = processFigureRows({ figures: { ...base.figures, applicableCount: 9, withQuantitiesCount: 9, easeCount: 1, meanEase: 100 } }, testTranslate('de'));
    expect(rows.filter((row) => row.basis !== null).map((row) => row.key)).toEqual(['meanEase']);
    expect(figureText(rows.find((row) => row.key === 'applicableCount')!, createReportFormat('de'), testTranslate('de'))).toBe('9');
  });
});

describe('the figures from quantities and the steps they rest on', () => {
  // a QA tour: with quantities for 1 of 5 steps, the report's tiles read "1,15 Personal heute (VZÄ)"
  // and "8 % Automatisierungspotenzial des Prozesses" as if of the whole process
  const base = testReportInput();
  const figures = { ...base.figures, applicableCount: 5, withQuantitiesCount: 1, provisionalSavingCount: 0 };
  const texts = (language: 'de' | 'en') => {
    const rows = processFigureRows({ figures }, testTranslate(language));
    return Object.fromEntries(rows.map((row) => [row.key, figureText(row, createReportFormat(language), testTranslate(language))]));
  };

  it('given quantities for 1 of 5 applicable steps, when listed, then hours, FTE, euros and the automation potential each say they rest on that one step, and the counts do not', () => {
    const rows = processFigureRows({ figures }, testTranslate('de'));
    expect(rows.filter((row) => row.basis !== null).map((row) => row.key)).toEqual(['hoursPerYear', 'hoursSaved', 'fte', 'fteSaved', 'cost', 'costSaved', 'automationPotential', 'meanEase']);
    for (const row of rows.filter((candidate) => candidate.key !== 'meanEase' && candidate.basis !== null)) expect(row.basis).toEqual({ count: 1, of: 5 });
    expect(texts('de').fte).toMatch(/^\d+,\d\d \(aus 1 von 5 Schritten\)$/);
    expect(texts('en').automationPotential).toMatch(/^\d+% \(from 1 of 5 steps\)$/);
    expect(texts('de').mediaBreaks).toMatch(/^\d+$/);
  });

  it('given no step with quantities, when listed, then the figures from quantities say "keine Mengenangaben" and name no basis', () => {
    const rows = processFigureRows({ figures: { ...figures, withQuantitiesCount: 0 } }, testTranslate('de'));
    const hours = rows.find((row) => row.key === 'hoursPerYear')!;
    expect(hours.basis).toBeNull();
    expect(figureText(hours, createReportFormat('de'), testTranslate('de'))).toBe('keine Mengenangaben');
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
