import { describe, expect, it } from 'vitest';
import { diagramFileName, exportFileName, fileDate, safeFileNamePart } from './fileName';

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

  it('given a 180-character process name and the suffix "mit Bewertung", when named, then the name is cut before the word that crosses 100 characters and suffix and date stay', () => {
    const name =
      'Gewerbe-An/Ummeldung: Prüfung "Öffentliche" Ordnung <2026> – Teil 1 von 3 * ? | \\ mit einem sehr langen Namen, der weit über achtzig Zeichen hinausgeht und noch weiter geht bis zum Ende';
    // made safe, the name's 100th character is the "e" of "der": the cut falls before " der", and the comma goes
    expect(exportFileName({ prefix: '', name, suffix: 'mit Bewertung', date, extension: 'bpmn', untitled: 'Prozess' })).toBe(
      'Gewerbe-An_Ummeldung_Prüfung_Öffentliche_Ordnung_2026_–_Teil_1_von_3_mit_einem_sehr_langen_Namen_mit_Bewertung_2026-11-28.bpmn',
    );
  });

  it.each(['csv', 'xlsx', 'html'])('given a name of 300 letters without spaces, when named as %s, then prefix, date and extension stay whole', (extension) => {
    expect(exportFileName({ prefix: 'Schritte', name: 'x'.repeat(300), date, extension, untitled: 'Prozess' })).toBe(`Schritte_${'x'.repeat(100)}_2026-11-28.${extension}`);
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

  it('given 30 words of six letters, when made safe, then it keeps the 14 whole words that fit in 100 characters', () => {
    // "Antrag" and a separator are 7 characters: 14 words are 97 characters, the 15th would end at 104
    expect(safeFileNamePart('Antrag '.repeat(30), 'x')).toBe(Array(14).fill('Antrag').join('_'));
  });

  it('given a long name whose only space comes early, when made safe, then it is cut at 100 characters instead of losing most of it', () => {
    expect(safeFileNamePart(`Antrag ${'b'.repeat(200)}`, 'x')).toBe(`Antrag_${'b'.repeat(93)}`);
  });

  it('given a letter and 150 emoji, when made safe, then it keeps 100 characters: the letter and 99 whole emoji, no half of one', () => {
    expect(safeFileNamePart(`a${'📄'.repeat(150)}`, 'x')).toBe(`a${'📄'.repeat(99)}`);
  });
});

describe('fileDate', () => {
  it('given 1 February, when formatted, then month and day have two digits', () => {
    expect(fileDate(new Date(2027, 1, 1))).toBe('2027-02-01');
  });
});

describe('diagramFileName', () => {
  it('given a file of one diagram, when its picture or file is named, then it is named after the process', () => {
    expect(diagramFileName({ name: 'Gewerbe-Anmeldung: Prüfung', extension: 'svg', untitled: 'Prozess' })).toBe('Gewerbe-Anmeldung_Prüfung.svg');
    expect(diagramFileName({ name: 'B.2.0', extension: 'bpmn', untitled: 'Prozess' })).toBe('B.2.0.bpmn');
  });

  it('given the diagram shown of a file with several, when its picture is named, then the name gives process and diagram, each made safe', () => {
    expect(diagramFileName({ name: 'B.2.0', diagram: 'Collapsed Call Activity', extension: 'png', untitled: 'Prozess' })).toBe('B.2.0_Collapsed_Call_Activity.png');
    expect(diagramFileName({ name: 'B.2.0', diagram: 'B.2.0', extension: 'svg', untitled: 'Prozess' })).toBe('B.2.0_B.2.0.svg');
    expect(diagramFileName({ name: 'Antrag', diagram: 'Sicht: Amt/Bürger', extension: 'svg', untitled: 'Prozess' })).toBe('Antrag_Sicht_Amt_Bürger.svg');
    expect(diagramFileName({ name: '<>', diagram: '', extension: 'svg', untitled: 'Prozess' })).toBe('Prozess.svg');
  });
});
