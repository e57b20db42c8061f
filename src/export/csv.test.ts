import { describe, expect, it } from 'vitest';
import { stepsToCsv } from './csv';
import { testScore } from '../domain/testing/fixtures';
import { testReportInput, testReportInputWithIncompleteQuantities, testReportInputWithMoreSteps, testTranslate, xssName } from './testReportInput';
import { testReportInputInSubProcesses } from './testReportInputInSubProcesses';

/** A plain RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === separator) {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += character;
  }
  return rows;
}

describe('stepsToCsv', () => {
  const input = testReportInput();

  describe('given a German export', () => {
    const csv = stepsToCsv(input, testTranslate('de'), 'de');
    const rows = parseCsv(csv.slice(1), ';');
    const header = rows[0];
    const byName = (name: string) => rows.find((row) => row[0] === name) ?? [];
    const column = (label: string) => header.indexOf(label);

    it('then it starts with a UTF-8 BOM and ends every line with CRLF', () => {
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.endsWith('\r\n')).toBe(true);
      // the only bare LF is inside the quoted note of "Antrag prüfen"
      expect(csv.replaceAll('\r\n', '').split('\n')).toHaveLength(2);
    });

    it('then it has a header and one row per step in process order, each as wide as the header', () => {
      expect(rows.map((row) => row[0])).toEqual(['Schritt', 'Antrag prüfen', xssName, 'Deko']);
      for (const row of rows) expect(row).toHaveLength(header.length);
    });

    it('then the columns carry German labels, the criteria with their codes', () => {
      for (const label of ['Schritt', 'Lane', 'Typ', 'Baustein', 'Regelbasiert (R)', 'Ermessen (Er)', 'Digitalisierungspotenzial (DS)',
        'Automatisierungspotenzial (AS)', 'Umsetzbarkeit (EI)', 'Einsparung (Std./Jahr)', 'Priorität (0–100)', 'Empfehlung',
        'Vollständigkeit (%)', 'Notizen']) {
        expect(header).toContain(label);
      }
    });

    it('then numbers have a decimal comma and text keeps umlauts, €, quotes, semicolons and line breaks', () => {
      const check = byName('Antrag prüfen');
      expect(check[column('Einsparung (Std./Jahr)')]).toBe('12,5');
      expect(check[column('Bearbeitungszeit (Min./Fall)')]).toBe('7,5');
      // errorRate 0.05 is written as a percentage
      expect(check[column('Fehlerquote (%)')]).toBe('5');
      expect(check[column('Regelbasiert (R)')]).toBe('4');
      expect(check[column('Fernzugriff (Terminalserver) (Vm)')]).toBe('nein');
      expect(check[column('Baustein')]).toBe('Prüfen');
      expect(check[column('Typ')]).toBe('Benutzeraufgabe');
      expect(check[column('Zeitraum')]).toBe('täglich (je Arbeitstag)');
      expect(check[column('Empfehlung')]).toBe('automatisieren');
      expect(check[column('Notizen')]).toBe('Gebühr 25 € prüfen; "Eilfall" beachten\nzweite Zeile');
    });

    it('then scores under the minimum completeness or without a value read "unvollständig", as in the steps table', () => {
      const xss = byName(xssName);
      expect(xss[column('Automatisierungspotenzial (AS)')]).toBe('unvollständig');
      expect(xss[column('Digitalisierungspotenzial (DS)')]).toBe('40');
      // EI has no value (nothing of it answered): the steps table says "unvollständig", not nothing
      expect(xss[column('Umsetzbarkeit (EI)')]).toBe('unvollständig');
    });

    it('then a priority that rests on the estimated ease says so in its own column, the priority staying a number', () => {
      // "Antrag prüfen" has its EI answered; the XSS step's EI is missing, so its priority uses the estimated ease
      expect(byName('Antrag prüfen')[column('Priorität (0–100)')]).toBe('56');
      expect(byName('Antrag prüfen')[column('Umsetzbarkeit geschätzt')]).toBe('nein');
      expect(byName(xssName)[column('Priorität (0–100)')]).toBe('20');
      expect(byName(xssName)[column('Umsetzbarkeit geschätzt')]).toBe('ja');
      expect(byName('Deko')[column('Umsetzbarkeit geschätzt')]).toBe('');
    });

    it('then a step marked not applicable is recommended as "nicht anwendbar", the app\'s term, and has no scores', () => {
      const deko = byName('Deko');
      expect(deko[column('Empfehlung')]).toBe('nicht anwendbar');
      for (const label of ['Digitalisierungspotenzial (DS)', 'Automatisierungspotenzial (AS)', 'Umsetzbarkeit (EI)', 'Priorität (0–100)']) {
        expect(deko[column(label)], label).toBe('');
      }
    });

    it('then text that would run as a formula is neutralised with an apostrophe', () => {
      expect(byName(xssName)[column('Notizen')]).toBe(`'=HYPERLINK("http://evil.example","klick")`);
      const fields = rows.flat();
      expect(fields.filter((field) => /^[=+\-@\t\r]/.test(field))).toEqual([]);
    });
  });

  describe('given a score just under its band limit (EI 33.75, high effort from under 34)', () => {
    const base = testReportInput();
    const check = base.scores.get('Task_check');
    if (!check) throw new Error('the test input has "Antrag prüfen"');
    const scores = new Map(base.scores).set('Task_check', { ...check, ei: { ...testScore(33.75), decimals: 1 }, effort: 'high' });
    const rows = parseCsv(stepsToCsv({ ...base, scores }, testTranslate('de'), 'de').slice(1), ';');
    const cell = (label: string) => (rows.find((row) => row[0] === 'Antrag prüfen') ?? [])[rows[0].indexOf(label)];

    it('then it shows the digits the score needs (33,8), as the app does, not 34', () => {
      expect(cell('Umsetzbarkeit (EI)')).toBe('33,8');
      expect(cell('Digitalisierungspotenzial (DS)')).toBe('63');
    });
  });

  describe('given a step whose hours saved count its incomplete automation potential as 0', () => {
    const base = testReportInput();
    const check = base.scores.get('Task_check');
    if (!check) throw new Error('the test input has "Antrag prüfen"');
    const scores = new Map(base.scores).set('Task_check', { ...check, as: testScore(25, 0.25) });
    const rows = parseCsv(stepsToCsv({ ...base, scores }, testTranslate('de'), 'de').slice(1), ';');
    const cell = (label: string) => (rows.find((row) => row[0] === 'Antrag prüfen') ?? [])[rows[0].indexOf(label)];

    it('then its hours stay a number and the column beside them says they are provisional, as the score panel does', () => {
      expect(cell('Einsparung (Std./Jahr)')).toBe('12,5');
      expect(cell('Stunden noch nicht berechnet')).toBe('vorläufig: Automatisierungspotenzial unvollständig');
    });
  });

  describe('given a German export of steps not scored yet, already automated and with many media breaks', () => {
    const rows = parseCsv(stepsToCsv(testReportInputWithMoreSteps(), testTranslate('de'), 'de').slice(1), ';');
    const header = rows[0];
    const cell = (name: string, label: string) => (rows.find((row) => row[0] === name) ?? [])[header.indexOf(label)];
    const scoreColumns = ['Digitalisierungspotenzial (DS)', 'Automatisierungspotenzial (AS)', 'Umsetzbarkeit (EI)', 'Priorität (0–100)', 'Priorität (Std./Jahr)'];

    it('then a step with nothing answered reads "unvollständig" in every score and priority column, as in the steps table', () => {
      for (const label of scoreColumns) expect(cell('Offen', label), label).toBe('unvollständig');
      expect(cell('Offen', 'Umsetzbarkeit geschätzt')).toBe('');
    });

    it('then an already automated step has its automation potential and priority "erledigt"', () => {
      expect(cell('Automatisch', 'Automatisierungspotenzial (AS)')).toBe('erledigt');
      expect(cell('Automatisch', 'Priorität (0–100)')).toBe('erledigt');
      expect(cell('Automatisch', 'Digitalisierungspotenzial (DS)')).toBe('unvollständig');
    });

    it('then 3 or more media breaks read "3+", as the steps table shows the answer', () => {
      expect(cell('Drucken', 'Medienbrüche (Mb)')).toBe('3+');
      expect(cell('Scannen', 'Medienbrüche (Mb)')).toBe('3+');
      expect(cell('Antrag prüfen', 'Medienbrüche (Mb)')).toBe('2');
    });
  });

  describe('given a step whose quantities lack the period, and a step not applicable with only a volume', () => {
    const cells = (language: 'de' | 'en', input = testReportInputWithIncompleteQuantities()) => {
      const rows = parseCsv(stepsToCsv(input, testTranslate(language), language).slice(1), language === 'de' ? ';' : ',');
      return (name: string, label: string) => (rows.find((row) => row[0] === name) ?? [])[rows[0].indexOf(label)];
    };

    it('then its own column says what is missing, in the app\'s words, and the hours\' columns stay numbers or empty', () => {
      const cell = cells('de');
      expect(cell(xssName, 'Stunden noch nicht berechnet')).toBe('„Zeitraum“ fehlt');
      expect(cell(xssName, 'Einsparung (Std./Jahr)')).toBe('');
      expect(cell(xssName, 'Arbeitszeit heute (Std./Jahr)')).toBe('');
      expect(cell(xssName, 'Fallzahl je Zeitraum')).toBe('40');
      // hours worked out, or the step not applicable: nothing is missing
      expect(cell('Antrag prüfen', 'Stunden noch nicht berechnet')).toBe('');
      expect(cell('Antrag prüfen', 'Einsparung (Std./Jahr)')).toBe('12,5');
      expect(cell('Deko', 'Stunden noch nicht berechnet')).toBe('');
    });

    it('then the English export names every missing quantity, the list kept in one field', () => {
      const base = testReportInputWithIncompleteQuantities();
      const onlyErrorRate = { ...base.assessments.get('Task_xss')!, quantities: { errorRate: 0.1 } };
      const cell = cells('en', { ...base, assessments: new Map(base.assessments).set('Task_xss', onlyErrorRate) });
      expect(cell(xssName, 'Hours not yet calculated')).toBe('missing: “Volume”, “Period”, and “Processing time”');
      expect(cells('en')(xssName, 'Hours not yet calculated')).toBe('missing: “Period”');
    });
  });

  describe('given two steps of the same name in different sub-processes', () => {
    const nested = testReportInputInSubProcesses();

    it('then a "Teilprozess" column beside the step tells them apart, empty for the step on the top level', () => {
      const rows = parseCsv(stepsToCsv(nested, testTranslate('de'), 'de').slice(1), ';');
      expect(rows[0].slice(0, 3)).toEqual(['Schritt', 'Teilprozess', 'Lane']);
      expect(rows.slice(1).map((row) => row.slice(0, 2))).toEqual([
        ['Troponin', 'take ECG'],
        ['Troponin', 'Blutabnahme'],
        ['Deko', ''],
      ]);
    });

    it('then in English the column is "Sub-process"', () => {
      const rows = parseCsv(stepsToCsv(nested, testTranslate('en'), 'en').slice(1), ',');
      expect(rows[0].slice(0, 2)).toEqual(['Step', 'Sub-process']);
    });

    it('then without any sub-process the export has no such column', () => {
      const rows = parseCsv(stepsToCsv(input, testTranslate('de'), 'de').slice(1), ';');
      expect(rows[0]).not.toContain('Teilprozess');
    });
  });

  describe('given an English export', () => {
    const csv = stepsToCsv(input, testTranslate('en'), 'en');
    const rows = parseCsv(csv.slice(1), ',');

    it('then it uses commas between fields and a decimal point', () => {
      const header = rows[0];
      const check = rows.find((row) => row[0] === 'Antrag prüfen') ?? [];
      expect(header[0]).toBe('Step');
      expect(check[header.indexOf('Hours saved per year')]).toBe('12.5');
      expect(check[header.indexOf('Notes')]).toBe('Gebühr 25 € prüfen; "Eilfall" beachten\nzweite Zeile');
    });

    it('then the app\'s English words stand for not applicable, incomplete and an estimated ease', () => {
      const header = rows[0];
      const cell = (name: string, label: string) => (rows.find((row) => row[0] === name) ?? [])[header.indexOf(label)];
      expect(cell('Deko', 'Recommendation')).toBe('not applicable');
      expect(cell(xssName, 'Ease of implementation (EI)')).toBe('incomplete');
      expect(cell(xssName, 'Ease estimated')).toBe('yes');
    });
  });
});
