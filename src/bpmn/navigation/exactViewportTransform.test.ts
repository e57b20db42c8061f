// parseMatrixTransform: the six numbers of the matrix transforms diagram-js writes, nothing else.
import { describe, expect, test } from 'vitest';
import { parseMatrixTransform } from './exactViewportTransform';

describe('parseMatrixTransform', () => {
  test('given diagram-js\'s comma-separated matrix, then the numbers are read as JavaScript reads them', () => {
    expect(parseMatrixTransform('matrix(0.046084318310022354,0,0,0.046084318310022354,247.07101440429688,-123.68673706054688)')).toEqual({
      a: 0.046084318310022354,
      b: 0,
      c: 0,
      d: 0.046084318310022354,
      e: 247.07101440429688,
      f: -123.68673706054688,
    });
  });

  test('given spaces, mixed separators and exponents, then they are read too', () => {
    expect(parseMatrixTransform(' matrix(1e-7 0, 0 2.5E+1 -3 4) ')).toEqual({ a: 1e-7, b: 0, c: 0, d: 25, e: -3, f: 4 });
  });

  test.each(['translate(5, 7)', 'matrix(1,0,0,1,0)', 'matrix(1,0,0,1,0,0,0)', 'matrix(1,0,0,1,x,0)', 'matrix(1,0,0,1,,0)', 'matrix(1,0,0,1,0,0) scale(2)', ''])(
    'given %j, then it is not taken for a matrix',
    (value) => {
      expect(parseMatrixTransform(value)).toBeUndefined();
    },
  );
});
