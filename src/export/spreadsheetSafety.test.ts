import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './spreadsheetSafety';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+2', `'+1+2`],
    ['-2+3+cmd|" /C calc"!A0', `'-2+3+cmd|" /C calc"!A0`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
  ])('given text starting with a formula trigger (%j), when neutralised, then it gets an apostrophe in front', (given, expected) => {
    expect(neutraliseFormula(given)).toBe(expected);
  });

  it.each(['Antrag prüfen', 'a=b', ' =1', '', "'=already"])(
    'given harmless text %j, when neutralised, then it is unchanged',
    (given) => {
      expect(neutraliseFormula(given)).toBe(given);
    },
  );
});
