// Pins what the count and quantity fields accept and the message key of everything they refuse;
// every key the validator can return must exist in both languages.
import { describe, expect, it } from 'vitest';
import { countLimits, parseCount, parsePeriod, parseQuantity, quantityLimits, quantityToInput } from './inputValidation';

const ok = (value: number | undefined) => ({ ok: true, value });
const error = (key: string) => ({ ok: false, errorKey: `method:validation.${key}` });

describe('parseQuantity', () => {
  it.each([
    ['12', 12],
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 7 ', 7],
    [',5', 0.5],
    ['0.125', 0.125],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1 234', 1234],
    ['1.000.000', 1_000_000],
    ['0', 0],
    ['-0', 0],
  ] as const)('reads %j as %d', (raw, value) => {
    expect(parseQuantity('volume', raw, true)).toEqual(ok(value));
  });

  it('clears the field on empty input', () => {
    expect(parseQuantity('minutesPerCase', '', true)).toEqual(ok(undefined));
    expect(parseQuantity('minutesPerCase', '   ', true)).toEqual(ok(undefined));
  });

  it.each(['zwölf', '12 Min', 'NaN', 'Infinity', '-Infinity', '1e5', '5,', '1,2,3', '--5', '0x10'])('refuses text %j', (raw) => {
    expect(parseQuantity('minutesPerCase', raw, true)).toEqual(error('notANumber'));
  });

  it.each(['-1', '−3', '- 2,5'])('refuses the negative number %j', (raw) => {
    expect(parseQuantity('volume', raw, true)).toEqual(error('negative'));
  });

  it.each([
    ['1.000', 1000],
    ['12.500', 12_500],
    ['999.999', 999_999],
  ] as const)('reads %j as thousands in German, where a point before three digits groups them', (raw, value) => {
    expect(parseQuantity('volume', raw, true)).toEqual(ok(value));
    expect(parseQuantity('volume', raw, false)).toEqual(error('ambiguousSeparator'));
  });

  it.each([
    ['1,000', 1000],
    ['12,500', 12_500],
  ] as const)('reads %j as thousands in English, where a comma before three digits groups them', (raw, value) => {
    expect(parseQuantity('volume', raw, false)).toEqual(ok(value));
    expect(parseQuantity('volume', raw, true)).toEqual(error('ambiguousSeparator'));
  });

  it('reads a mark before fewer or more than three digits, or after a 0, as the decimal mark in either language', () => {
    for (const decimalComma of [true, false]) {
      expect(parseQuantity('minutesPerCase', '1.25', decimalComma)).toEqual(ok(1.25));
      expect(parseQuantity('minutesPerCase', '1,2345', decimalComma)).toEqual(ok(1.2345));
      expect(parseQuantity('minutesPerCase', '0.125', decimalComma)).toEqual(ok(0.125));
      expect(parseQuantity('minutesPerCase', '0,125', decimalComma)).toEqual(ok(0.125));
    }
  });

  it('refuses more than 4,800 minutes a case (10,000 among them)', () => {
    expect(parseQuantity('minutesPerCase', '4800', true)).toEqual(ok(4800));
    expect(parseQuantity('minutesPerCase', '4800,5', true)).toEqual(error('minutesTooLarge'));
    expect(parseQuantity('minutesPerCase', '10000', true)).toEqual(error('minutesTooLarge'));
    for (const field of ['reworkMinutes', 'reviewMinutes', 'mediaBreakMinutes'] as const) {
      expect(parseQuantity(field, '10000', true)).toEqual(error('minutesTooLarge'));
    }
  });

  it('refuses an absurd volume above 1,000,000 cases per period', () => {
    expect(parseQuantity('volume', '1000000', true)).toEqual(ok(1_000_000));
    expect(parseQuantity('volume', '1000001', true)).toEqual(error('volumeTooLarge'));
    expect(parseQuantity('volume', '9'.repeat(400), true)).toEqual(error('volumeTooLarge'));
  });

  it('takes the error rate in percent and stores it as a share', () => {
    expect(parseQuantity('errorRate', '12,5', true)).toEqual(ok(0.125));
    expect(parseQuantity('errorRate', '10 %', true)).toEqual(ok(0.1));
    expect(parseQuantity('errorRate', '100', true)).toEqual(ok(1));
    expect(parseQuantity('errorRate', '0', true)).toEqual(ok(0));
    expect(parseQuantity('errorRate', '100,1', true)).toEqual(error('errorRateRange'));
    expect(parseQuantity('errorRate', '150 %', true)).toEqual(error('errorRateRange'));
    expect(parseQuantity('errorRate', '-5', true)).toEqual(error('negative'));
  });

  it('allows a percent sign only for the error rate', () => {
    expect(parseQuantity('volume', '10 %', true)).toEqual(error('notANumber'));
  });
});

describe('parseCount', () => {
  it('reads whole counts within the bounds', () => {
    expect(parseCount('Mb', '0')).toEqual(ok(0));
    expect(parseCount('Mb', '3')).toEqual(ok(3));
    expect(parseCount('Ap', '1')).toEqual(ok(1));
    expect(parseCount('St', '2,0')).toEqual(ok(2));
    expect(parseCount('St', '')).toEqual(ok(undefined));
  });

  it('reads "1.000" and "1,000" as a thousand, a count having no decimals, and says it is too many', () => {
    expect(parseCount('St', '1.000')).toEqual(error('St.tooLarge'));
    expect(parseCount('Mb', '1,000')).toEqual(error('Mb.tooLarge'));
  });

  it('refuses fractions, negatives, text and out-of-range counts', () => {
    expect(parseCount('Mb', '1,5')).toEqual(error('notWhole'));
    expect(parseCount('Mb', '-1')).toEqual(error('negative'));
    expect(parseCount('Mb', 'zwei')).toEqual(error('notAWholeNumber'));
    expect(parseCount('Mb', '100')).toEqual(error('Mb.tooLarge'));
    expect(parseCount('Ap', '0')).toEqual(error('Ap.tooSmall'));
    expect(parseCount('Ap', '100')).toEqual(error('Ap.tooLarge'));
    expect(parseCount('St', '0')).toEqual(error('St.tooSmall'));
    expect(parseCount('St', '1000')).toEqual(error('St.tooLarge'));
  });

  it('asks a count below its least value above 0 for that value, not for "0 or a positive number"', () => {
    expect(parseCount('St', '-1')).toEqual(error('St.tooSmall'));
    expect(parseCount('Ap', '−2')).toEqual(error('Ap.tooSmall'));
    expect(parseCount('Ap', '0,5')).toEqual(error('Ap.tooSmall'));
    expect(parseCount('Mb', '-0')).toEqual(ok(0));
  });
});

describe('parsePeriod and quantityToInput', () => {
  it('accepts only the listed periods', () => {
    expect(parsePeriod('weekly')).toEqual({ ok: true, value: 'weekly' });
    expect(parsePeriod('')).toEqual({ ok: true, value: undefined });
    expect(parsePeriod('hourly')).toEqual(error('invalidPeriod'));
  });

  it('shows stored values as typed: error rate in percent, the decimal comma in German', () => {
    expect(quantityToInput('errorRate', 0.07, true)).toBe('7');
    expect(quantityToInput('errorRate', 0.125, true)).toBe('12,5');
    expect(quantityToInput('minutesPerCase', 2.5, false)).toBe('2.5');
    expect(quantityToInput('volume', undefined, true)).toBe('');
  });

  it('given a decimal of three places after a number from 1, then it shows a fourth, which reads back as the same number', () => {
    expect(quantityToInput('minutesPerCase', 1.125, true)).toBe('1,1250');
    expect(quantityToInput('minutesPerCase', 1.125, false)).toBe('1.1250');
    for (const decimalComma of [true, false]) {
      expect(parseQuantity('minutesPerCase', quantityToInput('minutesPerCase', 1.125, decimalComma), decimalComma)).toEqual(ok(1.125));
      expect(parseQuantity('errorRate', quantityToInput('errorRate', 0.01125, decimalComma), decimalComma)).toEqual(ok(0.01125));
    }
  });

  it('reads back what it shows, in both languages', () => {
    for (const decimalComma of [true, false]) {
      expect(parseQuantity('errorRate', quantityToInput('errorRate', 0.125, decimalComma), decimalComma)).toEqual(ok(0.125));
      expect(parseQuantity('volume', quantityToInput('volume', 12_500.5, decimalComma), decimalComma)).toEqual(ok(12_500.5));
    }
  });
});

describe('validation messages', () => {
  // read as data through Vite, not imported: the domain imports nothing of the app
  const texts = import.meta.glob<{ validation: Record<string, unknown> }>('../i18n/locales/*/method.json', { eager: true, import: 'default' });
  const keys = new Set<string>([
    'notANumber', 'notAWholeNumber', 'negative', 'ambiguousSeparator', 'notWhole', 'invalidPeriod',
    ...[...Object.values(quantityLimits), ...Object.values(countLimits)].flatMap((l) => [l.tooLargeKey, l.tooSmallKey ?? '']).filter(Boolean).map((k) => k.replace('method:validation.', '')),
  ]);

  it.each(['de', 'en'])('exist in %s for every key the validator returns', (lng) => {
    const method = texts[`../i18n/locales/${lng}/method.json`];
    for (const key of keys) {
      const message = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], method.validation);
      expect(typeof message, `${lng} validation.${key}`).toBe('string');
    }
  });

  it.each(['de', 'en'])('in %s, the examples the whole-number message gives are accepted by every count field it is shown for', (lng) => {
    const message = texts[`../i18n/locales/${lng}/method.json`].validation.notWhole as string;
    const examples = (message.match(/\d+/g) ?? []).map(Number);
    expect(examples.length).toBeGreaterThan(1);
    for (const code of Object.keys(countLimits) as (keyof typeof countLimits)[]) {
      for (const example of examples) expect(parseCount(code, String(example)), `${code} ${example}`).toEqual(ok(example));
    }
  });
});
