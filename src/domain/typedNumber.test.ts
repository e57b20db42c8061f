// Pins how a typed number is read in German and English notation, and when a mark before three
// digits is refused as ambiguous rather than guessed.
import { describe, expect, it } from 'vitest';
import { decimalFieldGroupMark, readTypedNumber } from './typedNumber';

const number = (value: number) => ({ kind: 'number', value });

describe('readTypedNumber', () => {
  it.each([
    ['2,5', 2.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1 234', 1234],
    ['−3', -3],
  ] as const)('reads %j as %d in either language', (raw, value) => {
    expect(readTypedNumber(raw, '.')).toEqual(number(value));
    expect(readTypedNumber(raw, ',')).toEqual(number(value));
  });

  it('reads -0 as 0', () => {
    expect(readTypedNumber('-0', '.')).toEqual(number(0));
  });

  it('reads a single mark before three digits as the UI writes thousands and refuses the other mark', () => {
    expect(readTypedNumber('1.000', decimalFieldGroupMark(true))).toEqual(number(1000));
    expect(readTypedNumber('1,000', decimalFieldGroupMark(true))).toEqual({ kind: 'ambiguous' });
    expect(readTypedNumber('1,000', decimalFieldGroupMark(false))).toEqual(number(1000));
    expect(readTypedNumber('1.000', decimalFieldGroupMark(false))).toEqual({ kind: 'ambiguous' });
  });

  it('reads either mark before three digits as thousands in a whole-number field', () => {
    expect(readTypedNumber('1.000', 'either')).toEqual(number(1000));
    expect(readTypedNumber('1,000', 'either')).toEqual(number(1000));
  });

  it('tells empty input from text', () => {
    expect(readTypedNumber('  ', '.')).toEqual({ kind: 'empty' });
    for (const raw of ['zwölf', '12 Min', 'NaN', 'Infinity', '1e5', '5,', '1,2,3', '--5', '0x10']) {
      expect(readTypedNumber(raw, '.')).toEqual({ kind: 'notANumber' });
    }
  });
});
