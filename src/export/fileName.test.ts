import { describe, expect, it } from 'vitest';
import { exportFileName, fileDate, safeFileNamePart } from './fileName';

describe('exportFileName', () => {
  const date = new Date(2026, 10, 28, 23, 50);

  it('given a process name with umlauts, when named, then umlauts stay and the local date follows', () => {
    expect(exportFileName({ prefix: 'Bericht', name: 'Gewerbeanmeldung', date, extension: 'html', untitled: 'Prozess' })).toBe(
      'Bericht_Gewerbeanmeldung_2026-11-28.html',
    );
    expect(exportFileName({ prefix: 'Schritte', name: 'Straßenverkehrsbehörde Änderung', date, extension: 'csv', untitled: 'Prozess' })).toBe(
      'Schritte_Straßenverkehrsbehörde_Änderung_2026-11-28.csv',
    );
  });

  it('given a name of forbidden characters only, when named, then the untitled name is used', () => {
    expect(exportFileName({ prefix: 'Bericht', name: '<>:"/\\|?*', date, extension: 'html', untitled: 'Prozess' })).toBe('Bericht_Prozess_2026-11-28.html');
  });
});

describe('safeFileNamePart', () => {
  it.each([
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j'],
    ['line\nbreak\ttab', 'line_break_tab'],
    ['  ..hidden..  ', 'hidden'],
    ['CON', 'CON_'],
    ['lpt1', 'lpt1_'],
    // decomposed "ä" (a + combining diaeresis) becomes the composed letter
    ['Ba\u0308r', 'Bär'],
  ])('given %j, when made safe, then it is %j', (given, expected) => {
    expect(safeFileNamePart(given, 'x')).toBe(expected);
  });

  it('given a very long name, when made safe, then it is cut to 100 characters', () => {
    expect(safeFileNamePart('ä'.repeat(300), 'x')).toHaveLength(100);
  });
});

describe('fileDate', () => {
  it('given 1 February, when formatted, then month and day have two digits', () => {
    expect(fileDate(new Date(2027, 1, 1))).toBe('2027-02-01');
  });
});
