import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ProcessFigures } from '../domain/scoreTypes';
import type { ReportInput } from './reportInput';
import { testFigures } from '../domain/testing/fixtures';
import { testReportInput, testReportInputWithIncompleteQuantities, testReportInputWithMoreSteps, testTranslate, xssName } from './testReportInput';
import { testReportInputInSubProcesses } from './testReportInputInSubProcesses';
import { stepsToXlsx } from './xlsx';

interface SheetCell {
  ref: string;
  type: string | null;
  /** the number for number cells, the text for string cells */
  value: string;
  /** the index of the cell's style (cellXfs), 0 without one */
  style: number;
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
    return { ref: c.getAttribute('r') ?? '', type, value, style: Number(c.getAttribute('s') ?? 0) };
  });
}

/** The number format code of a cell's style; '' for the general format. */
function numberFormatOf(files: Record<string, Uint8Array>, cell: SheetCell | undefined): string {
  const styles = new DOMParser().parseFromString(strFromU8(files['xl/styles.xml']), 'application/xml');
  const formats = new Map([...styles.getElementsByTagName('numFmt')].map((format) => [format.getAttribute('numFmtId'), format.getAttribute('formatCode')]));
  const style = styles.getElementsByTagName('cellXfs')[0]?.getElementsByTagName('xf')[cell?.style ?? 0];
  return formats.get(style?.getAttribute('numFmtId') ?? '') ?? '';
}

/** The cell in column B beside the label in column A of the summary sheet. */
function besideLabel(cells: SheetCell[], label: string): SheetCell | undefined {
  const row = cells.find((cell) => cell.ref.startsWith('A') && cell.value === label)?.ref.slice(1);
  return row === undefined ? undefined : cells.find((cell) => cell.ref === `B${row}`);
}

async function summaryCells(input: ReportInput, language: 'de' | 'en' = 'de'): Promise<{ files: Record<string, Uint8Array>; cells: SheetCell[] }> {
  const files = await unzipWorkbook(await stepsToXlsx(input, testTranslate(language), language));
  return { files, cells: readCells(files, 'xl/worksheets/sheet2.xml') };
}

async function unzipWorkbook(blob: Blob): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

const isNumberCell = (cell: SheetCell) => cell.type === null || cell.type === 'n';
const isTextCell = (cell: SheetCell) => cell.type === 's' || cell.type === 'inlineStr' || cell.type === 'str';

describe('stepsToXlsx', () => {
  it('given the process, when exported, then the workbook has a steps sheet, a summary sheet and an assumptions sheet named in German', async () => {
    const files = await unzipWorkbook(await stepsToXlsx(testReportInput(), testTranslate('de'), 'de'));
    const workbook = new DOMParser().parseFromString(strFromU8(files['xl/workbook.xml']), 'application/xml');
    const names = [...workbook.getElementsByTagName('sheet')].map((sheet) => sheet.getAttribute('name'));
    expect(names).toEqual(['Schritte', 'Übersicht', 'Annahmen']);
  });

  it('given a catalogue with its own settings, when exported, then the assumptions sheet names each setting with its unit in the header and its value as a number, and the catalogue used, in both languages', async () => {
    const input = testReportInput();
    const settings = { ...input.catalogue.settings, workingDaysPerYear: 210, hoursPerDay: 7.5, fteCostPerYear: 68_500, realisationFactor: 0.75, discretionCap: 40 };
    const withSettings = { ...input, catalogue: { ...input.catalogue, settings } };
    for (const [language, headers, catalogue] of [
      [
        'de',
        ['Arbeitstage (Tage/Jahr)', 'Arbeitszeit (Std./Tag)', 'Vollkosten einer Vollzeitstelle (EUR/Jahr)', 'Realisierungsfaktor (Anteil 0–1)', 'Obergrenze des Automatisierungspotenzials bei Ermessen (0–100)', 'Version des Kriterienkatalogs', 'Kriterienkatalog'],
        'Version 3, Stand 15. Oktober 2026',
      ],
      [
        'en',
        ['Working days (days/year)', 'Working time (hours/day)', 'Full cost of one full-time post (EUR/year)', 'Realisation factor (share 0–1)', 'Cap on automation potential with discretion (0–100)', 'Criteria catalogue version', 'Criteria catalogue'],
        'Version 3, as of 15 October 2026',
      ],
    ] as const) {
      const files = await unzipWorkbook(await stepsToXlsx(withSettings, testTranslate(language), language));
      const cells = readCells(files, 'xl/worksheets/sheet3.xml');
      const row = (number: number) => cells.filter((cell) => cell.ref.replace(/^[A-Z]+/, '') === String(number));
      expect(row(1).map((cell) => cell.value), language).toEqual(headers);
      const values = row(2);
      expect(values.slice(0, 6).every(isNumberCell), language).toBe(true);
      expect(values.slice(0, 6).map((cell) => Number(cell.value)), language).toEqual([210, 7.5, 68_500, 0.75, 40, 3]);
      expect(numberFormatOf(files, values[2]), language).toContain('€');
      expect(values[6].value, language).toBe(catalogue);
    }
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

    it('then text that starts like a formula is a shared-string cell holding the text as typed, with no apostrophe and no formula', () => {
      const notes = at('Notizen', 3);
      expect(notes?.type).toBe('s');
      expect(notes?.value).toBe(`=HYPERLINK("http://evil.example","klick")`);
      expect(cells.filter((cell) => isTextCell(cell) && cell.value.startsWith("'"))).toEqual([]);
      expect(strFromU8(files['xl/worksheets/sheet1.xml'])).not.toContain('<f>');
    });

    it('then a score without a value reads "unvollständig" and a priority on the estimated ease is marked in its own column', () => {
      // row 3 is the XSS step: EI has no value, its priority 20 uses the estimated ease
      expect(at('Umsetzbarkeit (EI)', 3)?.value).toBe('unvollständig');
      expect(Number(at('Priorität (0–100)', 3)?.value)).toBe(20);
      expect(at('Umsetzbarkeit geschätzt', 3)?.value).toBe('ja');
      expect(at('Umsetzbarkeit geschätzt', 2)?.value).toBe('nein');
      expect(at('Empfehlung', 4)?.value).toBe('nicht anwendbar');
    });
  });

  describe('given a step whose quantities lack the period, and a step not applicable with only a volume', async () => {
    const files = await unzipWorkbook(await stepsToXlsx(testReportInputWithIncompleteQuantities(), testTranslate('de'), 'de'));
    const cells = readCells(files, 'xl/worksheets/sheet1.xml');
    const columnOf = (label: string) => cells.find((cell) => /^[A-Z]+1$/.test(cell.ref) && cell.value === label)?.ref.replace(/\d+$/, '') ?? '?';
    const at = (label: string, row: number) => cells.find((cell) => cell.ref === `${columnOf(label)}${row}`);

    it('then the steps sheet says what is missing in a text column beside the hours, which stay number cells or empty', () => {
      // rows 2, 3, 4: "Antrag prüfen", the XSS step, "Deko" (not applicable)
      expect(at('Stunden noch nicht berechnet', 3)).toMatchObject({ type: 's', value: '„Zeitraum“ fehlt' });
      expect(at('Einsparung (Std./Jahr)', 3)).toBeUndefined();
      expect(at('Stunden noch nicht berechnet', 2)).toBeUndefined();
      expect(at('Stunden noch nicht berechnet', 4)).toBeUndefined();
      const saved = at('Einsparung (Std./Jahr)', 2);
      expect(saved && isNumberCell(saved)).toBe(true);
      const volume = at('Fallzahl je Zeitraum', 3);
      expect(volume && isNumberCell(volume)).toBe(true);
    });

    it('then the summary lists the step with what it lacks under the app\'s heading, as the figures do, in both languages', async () => {
      const german = besideLabel((await summaryCells(testReportInputWithIncompleteQuantities())).cells, 'Schritte mit unvollständigen Mengenangaben');
      expect(german).toMatchObject({ type: 's', value: `${xssName} („Zeitraum“ fehlt). Diese Schritte zählen in Stunden, VZÄ und Euro erst mit, wenn ergänzt ist, was fehlt.` });
      const english = besideLabel((await summaryCells(testReportInputWithIncompleteQuantities(), 'en')).cells, 'Steps with incomplete volumes and times');
      expect(english?.value).toBe(`${xssName} (missing: “Period”). These steps count towards hours, FTE and euros once what is missing is filled in.`);
      // with no quantities begun, no such row
      expect((await summaryCells(testReportInput())).cells.some((cell) => cell.value === 'Schritte mit unvollständigen Mengenangaben')).toBe(false);
    });
  });

  it('given two steps of the same name in different sub-processes, when exported, then a "Teilprozess" column as wide as the names tells them apart, and the summary names them with it', async () => {
    const input = testReportInputInSubProcesses();
    const files = await unzipWorkbook(await stepsToXlsx(input, testTranslate('de'), 'de'));
    const cells = readCells(files, 'xl/worksheets/sheet1.xml');
    const value = (ref: string) => cells.find((cell) => cell.ref === ref)?.value;
    expect([value('A1'), value('B1'), value('C1')]).toEqual(['Schritt', 'Teilprozess', 'Lane']);
    expect([value('A2'), value('B2'), value('A3'), value('B3'), value('A4')]).toEqual(['Troponin', 'take ECG', 'Troponin', 'Blutabnahme', 'Deko']);
    // the step on the top level has an empty cell
    expect(value('B4')).toBeUndefined();
    const sheet = new DOMParser().parseFromString(strFromU8(files['xl/worksheets/sheet1.xml']), 'application/xml');
    const widths = [...sheet.getElementsByTagName('col')].map((col) => Number(col.getAttribute('width')));
    expect(widths[1]).toBe(widths[0]);
    expect(widths[1]).toBeGreaterThan(widths[2]);

    const summary = (await summaryCells(input)).cells;
    expect(besideLabel(summary, 'Wo Medienbrüche vorkommen')?.value).toBe('Troponin (im Teilprozess „take ECG“), Troponin (im Teilprozess „Blutabnahme“)');
  });

  it('given a note starting with "+", when exported, then the XLSX cell holds the text without the CSV\'s apostrophe', async () => {
    const input = testReportInput();
    const check = input.assessments.get('Task_check');
    if (!check) throw new Error('the test input has "Antrag prüfen"');
    input.assessments = new Map([...input.assessments, ['Task_check', { ...check, notes: '+49 30 1234 Rückruf' }]]);
    const files = await unzipWorkbook(await stepsToXlsx(input, testTranslate('de'), 'de'));
    const notes = readCells(files, 'xl/worksheets/sheet1.xml').find((cell) => cell.value.includes('Rückruf'));
    expect(notes?.type).toBe('s');
    expect(notes?.value).toBe('+49 30 1234 Rückruf');
  });

  it('given 3 and 5 media breaks, when exported, then both are the number 3 shown as "3+", as in the steps table', async () => {
    const files = await unzipWorkbook(await stepsToXlsx(testReportInputWithMoreSteps(), testTranslate('de'), 'de'));
    const cells = readCells(files, 'xl/worksheets/sheet1.xml');
    const mbColumn = cells.find((cell) => /^[A-Z]+1$/.test(cell.ref) && cell.value === 'Medienbrüche (Mb)')?.ref.replace(/\d+$/, '');
    const rowOf = (name: string) => cells.find((cell) => cell.ref.startsWith('A') && cell.value === name)?.ref.slice(1);
    for (const name of ['Drucken', 'Scannen']) {
      const cell = cells.find((candidate) => candidate.ref === `${mbColumn}${rowOf(name)}`);
      expect(cell && isNumberCell(cell), name).toBe(true);
      expect(cell?.value, name).toBe('3');
      expect(numberFormatOf(files, cell), name).toBe('"3+"');
    }
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
    // hours as the app shows them: whole from 10 hours on (12.5 → 13)
    expect(Number(saved?.value)).toBe(13);
    // euros without cents, as the app shows them
    expect(Number(valueBeside('Saved (EUR/year)')?.value)).toBe(561);
    expect(Number(valueBeside('Automation potential of the process (hours-weighted)')?.value)).toBe(0.7);
    // Excel counts days from 1899-12-30
    const serial = (Date.UTC(2026, 10, 28) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(Number(valueBeside('Workshop date')?.value)).toBe(serial);
    expect(valueBeside('Participants')?.value).toBe('Frau Öztürk; Herr Weiß');
  });
});

describe('the summary sheet', () => {
  const noFigures = testFigures();
  const quantityLabels = [
    'Arbeitszeit heute (Std./Jahr)',
    'Einsparung (Std./Jahr)',
    'Personal heute in Vollzeitäquivalenten (VZÄ)',
    'Einsparung (VZÄ)',
    'Personalkosten heute (EUR/Jahr)',
    'Einsparung (EUR/Jahr)',
    'Automatisierungspotenzial des Prozesses (nach Stunden gewichtet)',
  ];

  it('given scored steps without quantities, when exported, then the figures from quantities say "keine Mengenangaben" as the app does, not 0', async () => {
    const base = testReportInput();
    const scores = new Map([...base.scores].map(([id, score]) => [id, { ...score, benefit: null }]));
    const { cells } = await summaryCells({ ...base, scores, figures: { ...base.figures, ...noFigures, stepCount: 3, applicableCount: 2, scoredCount: 2 } });
    for (const label of quantityLabels) {
      const cell = besideLabel(cells, label);
      expect(cell && isTextCell(cell), label).toBe(true);
      expect(cell?.value, label).toBe('keine Mengenangaben');
    }
    expect(besideLabel(cells, 'Anwendbare Schritte')?.value).toBe('2');
  });

  it('given a process without steps, when exported, then no figure is 0 hours or euros and the ranking basis does not speak of steps lacking quantities', async () => {
    const base = testReportInput();
    const { cells } = await summaryCells({ ...base, steps: [], assessments: new Map(), scores: new Map(), figures: noFigures });
    for (const label of quantityLabels) expect(besideLabel(cells, label)?.value, label).toBe('keine Mengenangaben');
    const basis = besideLabel(cells, 'Grundlage der Rangfolge')?.value;
    expect(basis).toBe('Noch kein Schritt ist weit genug bewertet für eine Rangfolge. Beantworten Sie dazu den Schnellcheck der Schritte.');
    expect(basis).not.toContain('Mengenangaben');
    expect(besideLabel(cells, 'Schritte im Diagramm')?.value).toBe('0');
    // no step has answered the media-break question: not recorded yet, said as the app and the report say it, not 0
    expect(besideLabel(cells, 'Medienbrüche insgesamt')?.value).toBe('noch nicht erfasst');
    expect(besideLabel(cells, 'Wo Medienbrüche vorkommen')?.value).toBe('Noch nicht erfasst: Kein anwendbarer Schritt hat die Frage nach Medienbrüchen beantwortet.');
  });

  it('given steps that answered 0 media breaks, when exported, then the media breaks are the number 0 and none occurs anywhere', async () => {
    const base = testReportInput();
    const { cells } = await summaryCells({ ...base, figures: { ...base.figures, mediaBreaks: 0, mediaBreakSteps: [] } });
    const total = besideLabel(cells, 'Medienbrüche insgesamt');
    expect(total && isNumberCell(total)).toBe(true);
    expect(total?.value).toBe('0');
    expect(besideLabel(cells, 'Wo Medienbrüche vorkommen')?.value).toBe('In keinem Schritt wurden Medienbrüche angegeben.');
  });

  it('given a process shown on one of four diagrams, when exported, then the summary names that diagram as the report does', async () => {
    const { cells } = await summaryCells({ ...testReportInput(), diagramScope: { name: 'IT', count: 4 } });
    expect(besideLabel(cells, 'Diagramm')?.value).toBe('„IT“, eines von 4 Diagrammen der Datei; Antworten auf den anderen Diagrammen sind nicht enthalten');
  });

  it('given unrounded figures, when exported, then they are numbers rounded as the app and the report show them, with a matching number format', async () => {
    const base = testReportInput();
    const figures: ProcessFigures = {
      ...base.figures,
      hoursPerYear: 1529.333333333,
      hoursSaved: 656.995,
      fte: 0.9803418803416666,
      fteSaved: 0.42115064102564104,
      cost: 68623.93162391667,
      costSaved: 29480.54487179487,
      automationPotential: 0.5043741826505023,
      meanEase: 73.75,
      // every applicable step with quantities: the figures from them name no basis
      withQuantitiesCount: base.figures.applicableCount,
    };
    const { files, cells } = await summaryCells({ ...base, figures });
    // hours whole from 10 on, as the app shows them; FTE to two, euros whole, the share to whole percent, EI whole
    const expected: [string, number, string][] = [
      ['Arbeitszeit heute (Std./Jahr)', 1529, '#,##0'],
      ['Einsparung (Std./Jahr)', 657, '#,##0'],
      ['Personal heute in Vollzeitäquivalenten (VZÄ)', 0.98, '#,##0.00'],
      ['Einsparung (VZÄ)', 0.42, '#,##0.00'],
      ['Personalkosten heute (EUR/Jahr)', 68624, '#,##0 "€"'],
      ['Einsparung (EUR/Jahr)', 29481, '#,##0 "€"'],
      ['Automatisierungspotenzial des Prozesses (nach Stunden gewichtet)', 0.5, '#,##0%'],
      // the mean ease shows the 1 of 2 applicable steps it rests on, as in the report, and stays the number 74
      ['Mittlere Umsetzbarkeit (0–100)', 74, '"74 (aus 1 von 2 Schritten)"'],
    ];
    for (const [label, value, format] of expected) {
      const cell = besideLabel(cells, label);
      expect(cell && isNumberCell(cell), label).toBe(true);
      expect(Number(cell?.value), label).toBe(value);
      expect(numberFormatOf(files, cell), label).toBe(format);
    }
  });

  it.each([
    ['de', 'Mittlere Umsetzbarkeit (0–100)', '"100 (aus 1 von 9 Schritten)"'],
    ['en', 'Mean ease of implementation (0–100)', '"100 (from 1 of 9 steps)"'],
  ] as const)('given 1 of 9 applicable steps with its ease criteria answered (EI 100), when exported in %s, then the mean ease is the number 100 shown with the steps it rests on', async (language, label, format) => {
    const base = testReportInput();
    const { files, cells } = await summaryCells({ ...base, figures: { ...base.figures, applicableCount: 9, easeCount: 1, meanEase: 100 } }, language);
    const cell = besideLabel(cells, label);
    expect(cell && isNumberCell(cell)).toBe(true);
    expect(Number(cell?.value)).toBe(100);
    expect(numberFormatOf(files, cell)).toBe(format);
  });

  it.each([
    ['de', '#,##0 "€"'],
    ['en', '"€"#,##0'],
  ] as const)('given staff costs and savings, when exported in %s, then the euro sign stands where the language writes it ("138.442 €", "€138,442")', async (language, format) => {
    const base = testReportInput();
    const { files, cells } = await summaryCells({ ...base, figures: { ...base.figures, withQuantitiesCount: base.figures.applicableCount } }, language);
    const t = testTranslate(language);
    for (const key of ['cost', 'costSaved']) {
      const cell = besideLabel(cells, t(`report:figures.${key}`));
      expect(cell && isNumberCell(cell), key).toBe(true);
      expect(numberFormatOf(files, cell), key).toBe(format);
    }
  });

  it.each([
    ['de', 'Personalkosten heute (EUR/Jahr)', '"13.462\u00a0€ (aus 1 von 2 Schritten)"'],
    ['en', 'Staff cost today (EUR/year)', '"€13,462 (from 1 of 2 steps)"'],
  ] as const)('given quantities for 1 of 2 applicable steps, when exported in %s, then a figure from quantities is the number shown with the steps it rests on, as in the report', async (language, label, format) => {
    const { files, cells } = await summaryCells(testReportInput(), language);
    const cell = besideLabel(cells, label);
    expect(cell && isNumberCell(cell)).toBe(true);
    expect(Number(cell?.value)).toBe(13462);
    expect(numberFormatOf(files, cell)).toBe(format);
  });

  it('given no applicable step with its ease criteria answered, when exported, then the mean ease stays empty, as before', async () => {
    const base = testReportInput();
    const { cells } = await summaryCells({ ...base, figures: { ...base.figures, easeCount: 0, meanEase: null } });
    expect(besideLabel(cells, 'Mittlere Umsetzbarkeit (0–100)')).toBeUndefined();
  });
});
