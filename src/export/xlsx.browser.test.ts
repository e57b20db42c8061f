import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { testReportInput, testTranslate } from './testReportInput';
import { stepsToXlsx } from './xlsx';

interface SheetCell {
  ref: string;
  type: string | null;
  /** the number for number cells, the text for string cells */
  value: string;
}

/** Reads the cells of a worksheet, resolving shared and inline strings. */
function readCells(files: Record<string, Uint8Array>, sheetPath: string): SheetCell[] {
  const parser = new DOMParser();
  const sharedStrings = files['xl/sharedStrings.xml']
    ? [...parser.parseFromString(strFromU8(files['xl/sharedStrings.xml']), 'application/xml').getElementsByTagName('si')].map((si) => si.textContent ?? '')
    : [];
  const sheet = parser.parseFromString(strFromU8(files[sheetPath]), 'application/xml');
  return [...sheet.getElementsByTagName('c')].map((c) => {
    const type = c.getAttribute('t');
    const raw = c.getElementsByTagName('v')[0]?.textContent ?? '';
    const value = type === 's' ? sharedStrings[Number(raw)] : type === 'inlineStr' ? (c.getElementsByTagName('t')[0]?.textContent ?? '') : raw;
    return { ref: c.getAttribute('r') ?? '', type, value };
  });
}

async function unzipWorkbook(blob: Blob): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

const isNumberCell = (cell: SheetCell) => cell.type === null || cell.type === 'n';
const isTextCell = (cell: SheetCell) => cell.type === 's' || cell.type === 'inlineStr' || cell.type === 'str';

describe('stepsToXlsx', () => {
  it('given the process, when exported, then the workbook has a steps sheet and a summary sheet named in German', async () => {
    const files = await unzipWorkbook(await stepsToXlsx(testReportInput(), testTranslate('de'), 'de'));
    const workbook = new DOMParser().parseFromString(strFromU8(files['xl/workbook.xml']), 'application/xml');
    const names = [...workbook.getElementsByTagName('sheet')].map((sheet) => sheet.getAttribute('name'));
    expect(names).toEqual(['Schritte', 'Übersicht']);
  });

  describe('given the steps sheet', async () => {
    const files = await unzipWorkbook(await stepsToXlsx(testReportInput(), testTranslate('de'), 'de'));
    const cells = readCells(files, 'xl/worksheets/sheet1.xml');
    const headerRow = cells.filter((cell) => /^[A-Z]+1$/.test(cell.ref));
    const columnOf = (label: string) => headerRow.find((cell) => cell.value === label)?.ref.replace(/\d+$/, '') ?? '?';
    const at = (label: string, row: number) => cells.find((cell) => cell.ref === `${columnOf(label)}${row}`);

    it('then hours, answers and percentages are number cells holding the plain number', () => {
      // row 2 is "Antrag prüfen" (first in process order)
      expect(at('Schritt', 2)?.value).toBe('Antrag prüfen');
      for (const [label, expected] of [['Einsparung (Std./Jahr)', '12.5'], ['Regelbasiert (R)', '4'], ['Fehlerquote (%)', '5'], ['Bearbeitungszeit (Min./Fall)', '7.5']]) {
        const cell = at(label, 2);
        expect(cell && isNumberCell(cell), label).toBe(true);
        expect(Number(cell?.value), label).toBe(Number(expected));
      }
    });

    it('then text that starts like a formula is a text cell prefixed with an apostrophe', () => {
      const notes = at('Notizen', 3);
      expect(notes && isTextCell(notes)).toBe(true);
      expect(notes?.value).toBe(`'=HYPERLINK("http://evil.example","klick")`);
      expect(cells.filter((cell) => isTextCell(cell) && /^[=+\-@]/.test(cell.value))).toEqual([]);
      expect(strFromU8(files['xl/worksheets/sheet1.xml'])).not.toContain('<f>');
    });
  });

  it('given the summary sheet, when read, then the figures are number cells and the workshop date is a date serial', async () => {
    const files = await unzipWorkbook(await stepsToXlsx(testReportInput(), testTranslate('en'), 'en'));
    const cells = readCells(files, 'xl/worksheets/sheet2.xml');
    const valueBeside = (label: string) => {
      const labelCell = cells.find((cell) => cell.value === label);
      const row = labelCell?.ref.replace(/^[A-Z]+/, '');
      return cells.find((cell) => cell.ref === `B${row}`);
    };
    const saved = valueBeside('Hours saved per year');
    expect(saved && isNumberCell(saved)).toBe(true);
    expect(Number(saved?.value)).toBe(12.5);
    expect(Number(valueBeside('Saved (EUR/year)')?.value)).toBe(560.9);
    expect(Number(valueBeside('Automation potential of the process (hours-weighted)')?.value)).toBe(0.7);
    // Excel counts days from 1899-12-30
    const serial = (Date.UTC(2026, 10, 28) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(Number(valueBeside('Workshop date')?.value)).toBe(serial);
    expect(valueBeside('Participants')?.value).toBe('Frau Öztürk; Herr Weiß');
  });
});
