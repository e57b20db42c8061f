import { describe, expect, it } from 'vitest';
import { stepsToCsv } from './csv';
import { testReportInput, testTranslate, xssName } from './testReportInput';

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

    it('then scores under the minimum completeness read "unvollständig", not as a number', () => {
      const xss = byName(xssName);
      expect(xss[column('Automatisierungspotenzial (AS)')]).toBe('unvollständig');
      expect(xss[column('Digitalisierungspotenzial (DS)')]).toBe('40');
      expect(xss[column('Umsetzbarkeit (EI)')]).toBe('');
    });

    it('then text that would run as a formula is neutralised with an apostrophe', () => {
      expect(byName(xssName)[column('Notizen')]).toBe(`'=HYPERLINK("http://evil.example","klick")`);
      const fields = rows.flat();
      expect(fields.filter((field) => /^[=+\-@\t\r]/.test(field))).toEqual([]);
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
  });
});
