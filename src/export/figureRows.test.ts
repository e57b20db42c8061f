// Pins that the report shows a process figure as the app's figures panel shows it.
import { describe, expect, it } from 'vitest';
import { formatEuro, formatFte } from '../i18n/figureFormats';
import { formatFigure } from './figureRows';
import { createReportFormat } from './reportFormat';

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
