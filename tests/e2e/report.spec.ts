// End to end: the sample's assessment report. A few questions are answered (with quantities), the
// report is created from the export menu with workshop date, participants and OZG levels, the
// downloaded HTML file is opened in the browser on its own, and its figures (hours today and saved,
// automation potential, top steps) equal what the app shows, each read as the app's, label then
// value; the ranking's rows are headed by their steps and DS, AS, EI named in full. The same run
// takes the CSV, the picture of the diagram with its heatmap (PNG) and the BPMN with scores, and
// imports that BPMN again: every answer comes back in the steps table; the department's portfolio
// then ranks both processes with the report's savings. The report also opens in a new tab for
// printing. Both files, at 320 CSS px wide, reflow without scrolling sideways.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { chooseBpmnFile } from './support/workspacePage';

const sampleName = 'Gewerbeanmeldung';

/** The radio group of a quick-check criterion in the score panel, by the start of its name (label + question). */
function criterion(page: Page, label: string): Locator {
  return page
    .getByRole('complementary', { name: 'Bewertung des Schritts' })
    .getByRole('region', { name: /^Schnellcheck/ })
    .getByRole('radiogroup', { name: new RegExp(`^${label} `) });
}

async function answerStep(page: Page, answers: { R: number; Id: number; Sp: number }, quantities: { volume: string; period: string; minutes: string }) {
  await criterion(page, 'Regelbasiert').getByRole('radio', { name: new RegExp(`^${answers.R}`) }).check();
  await criterion(page, 'Digitaler Input').getByRole('radio', { name: new RegExp(`^${answers.Id}`) }).check();
  await criterion(page, 'Stabilität').getByRole('radio', { name: new RegExp(`^${answers.Sp}`) }).check();
  const side = page.getByRole('complementary', { name: 'Bewertung des Schritts' });
  const volume = side.getByRole('textbox', { name: 'Fallzahl (V)' });
  if (!(await volume.isVisible())) await side.getByText('Detailbewertung', { exact: true }).click();
  await volume.fill(quantities.volume);
  await volume.press('Tab');
  await side.getByRole('combobox', { name: 'Zeitraum' }).selectOption(quantities.period);
  const minutes = side.getByRole('textbox', { name: 'Bearbeitungszeit (t)' });
  await minutes.fill(quantities.minutes);
  await minutes.press('Tab');
}

/** The first number in a German text ("1.234,5 Std./Jahr" → 1234.5) and how many decimals it shows. */
function germanNumber(text: string): { value: number; decimals: number } {
  const match = /-?[\d.]+(?:,(\d+))?/.exec(text);
  if (!match) throw new Error(`no number in "${text}"`);
  return { value: Number(match[0].replaceAll('.', '').replace(',', '.')), decimals: match[1]?.length ?? 0 };
}

/** The report's figure, rounded as the app shows it, is the app's figure. */
function expectSameFigure(report: string, app: string): void {
  const shown = germanNumber(app);
  const factor = 10 ** shown.decimals;
  expect(Math.round(germanNumber(report).value * factor) / factor).toBe(shown.value);
}

async function figureText(figures: Locator, label: string): Promise<string> {
  return figures.locator('div', { has: figures.page().getByRole('term').filter({ hasText: label }) }).getByRole('definition').innerText();
}

/**
 * A report file at 320 × 256 CSS px (1280 × 1024 at 400 % zoom, WCAG 1.4.10): how wide its page is,
 * and the words and numbers in its tables that are broken across lines.
 */
async function reflowAt320(file: Page): Promise<{ scrollWidth: number; clientWidth: number; broken: string[] }> {
  await file.setViewportSize({ width: 320, height: 256 });
  return file.evaluate(() => {
    const range = document.createRange();
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('th, td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node;
        // the top of each character's own box (the last one: a soft hyphen adds one on the line before)
        const lineOf = (offset: number) => {
          range.setStart(text, offset);
          range.setEnd(text, offset + 1);
          return Math.round([...range.getClientRects()].at(-1)?.top ?? Number.NaN);
        };
        for (const match of (text.textContent ?? '').matchAll(/[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu)) {
          if (new Set(Array.from(match[0], (_, index) => lineOf(match.index + index))).size > 1) broken.push(match[0]);
        }
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, broken };
  });
}

test('the report of the sample shows the figures the app shows, and BPMN with scores brings every answer back', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: sampleName, exact: true }).click();
  await expect(page.getByRole('button', { name: 'Exportieren' })).toBeEnabled();
  await page.getByRole('button', { name: 'Kennzahlen', exact: true }).click();
  await page.getByRole('button', { name: 'Schritttabelle', exact: true }).click();

  // given: the first two steps answered, with quantities
  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  await answerStep(page, { R: 5, Id: 2, Sp: 4 }, { volume: '120', period: 'monthly', minutes: '30' });
  await page.getByRole('button', { name: 'Weiter' }).click();
  await answerStep(page, { R: 4, Id: 1, Sp: 5 }, { volume: '40', period: 'weekly', minutes: '12' });

  // the app's figures
  const figures = page.getByRole('region', { name: 'Kennzahlen des Prozesses' });
  await expect(figures.getByRole('list').last()).toBeVisible();
  const appHoursToday = await figureText(figures, 'Arbeitszeit heute');
  const appHoursSaved = await figureText(figures, 'Einsparung');
  const appAutomation = await figureText(figures, 'Automatisierungspotenzial');
  const appTopSteps = (await figures.getByRole('listitem').filter({ hasText: /Priorität/ }).getByRole('button').allInnerTexts()).map((name) => name.trim());
  expect(germanNumber(appHoursToday).value).toBeGreaterThan(0);
  expect(appTopSteps.length).toBeGreaterThan(0);

  // when: the report is created with the process data and downloaded
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: 'Bericht …' }).click();
  const dialog = page.getByRole('dialog', { name: `Bericht erstellen: ${sampleName}` });
  await dialog.getByLabel('Datum des Workshops').fill('2026-11-28');
  await dialog.getByRole('textbox', { name: 'Teilnehmende' }).fill('Frau Öztürk, Herr Weiß');
  await dialog.getByRole('combobox', { name: 'OZG-Reifegrad heute' }).selectOption('2');
  await dialog.getByRole('combobox', { name: 'OZG-Reifegrad Ziel' }).selectOption('5');
  const reportDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Herunterladen (HTML)' }).click();
  const report = await reportDownload;
  expect(report.suggestedFilename()).toMatch(/^Bericht_Gewerbeanmeldung_\d{4}-\d{2}-\d{2}\.html$/);
  const reportPath = testInfo.outputPath('report.html');
  await report.saveAs(reportPath);

  // then: the file, opened on its own, shows the same figures and makes no request of its own
  const reader = await page.context().newPage();
  const requests: string[] = [];
  reader.on('request', (request) => requests.push(request.url()));
  await reader.goto(`file://${reportPath}`);
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([`file://${reportPath}`]);
  // each figure is read as the app's: its label (term), then its value (definition)
  const reportFigures = reader.locator('dl.figures');
  const reportFigure = (label: string) => figureText(reportFigures, label);
  expectSameFigure(await reportFigure('Arbeitszeit heute (Std./Jahr)'), appHoursToday);
  expectSameFigure(await reportFigure('Einsparung (Std./Jahr)'), appHoursSaved);
  expectSameFigure(await reportFigure('Automatisierungspotenzial des Prozesses'), appAutomation);
  // the ranking's rows are headed by their steps, and its coded columns are named in full
  const rankingTable = reader.getByRole('table', { name: 'Schritte nach Priorität' });
  const reportTopSteps = await rankingTable.getByRole('rowheader').allInnerTexts();
  expect(reportTopSteps.slice(0, appTopSteps.length)).toEqual(appTopSteps);
  for (const name of ['Digitalisierungspotenzial (DS)', 'Automatisierungspotenzial (AS)', 'Umsetzbarkeit (EI)']) {
    await expect(rankingTable.getByRole('columnheader', { name, exact: true })).toBeVisible();
  }
  await expect(reader.locator('dl.facts')).toContainText('Frau Öztürk, Herr Weiß');
  await expect(reader.locator('dl.facts')).toContainText('Stufe 2 von 7');
  await expect(reader.locator('dl.facts')).toContainText('28. November 2026');
  await expect(reader.locator('section.heatmap svg.heatmap-overview')).toHaveCount(1);
  // only the first two of the sample's applicable steps have quantities: the report says so beside the figure
  const reportHoursSavedText = await reportFigure('Einsparung (Std./Jahr)');
  expect(reportHoursSavedText).toMatch(/^[\d.]+ \(aus 2 von \d+ Schritten\)$/);
  const reportHoursSaved = reportHoursSavedText.replace(/ \(aus .*\)$/, '');

  // at 320 × 256 CSS px (1280 × 1024 at 400 % zoom) the page reflows, and the ranking scrolls in its own region by keyboard
  const reflow = await reflowAt320(reader);
  expect(reflow.scrollWidth).toBeLessThanOrEqual(reflow.clientWidth);
  expect(reflow.broken).toEqual([]);
  const rankingRegion = reader.getByRole('region', { name: 'Schritte nach Priorität' });
  await rankingRegion.focus();
  await rankingRegion.press('ArrowRight');
  await expect.poll(() => rankingRegion.evaluate((region) => region.scrollLeft)).toBeGreaterThan(0);
  await reader.close();

  // the same report opened in a new tab to print or save as PDF
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: 'Bericht …' }).click();
  const printTab = page.context().waitForEvent('page');
  await page.getByRole('dialog', { name: `Bericht erstellen: ${sampleName}` }).getByRole('button', { name: 'Zum Drucken öffnen (PDF)' }).click();
  const tab = await printTab;
  await expect(tab.getByRole('heading', { level: 1, name: 'Bewertungsbericht' })).toBeVisible();
  expect(tab.url()).toMatch(/^blob:/);
  await tab.close();

  // the steps as CSV for German Excel
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: 'Schritttabelle als CSV (Excel)' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^Schritte_Gewerbeanmeldung_\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = await readFile(await csv.path(), 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  expect(csvText.split('\r\n')[0]).toContain(';');

  // the diagram with its heatmap as a picture for slides: a PNG named after metric, process and day
  const pictureDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: 'Bild mit Heatmap als PNG' }).click();
  const picture = await pictureDownload;
  expect(picture.suggestedFilename()).toMatch(/^Heatmap_\p{L}+_Gewerbeanmeldung_\d{4}-\d{2}-\d{2}\.png$/u);
  expect((await readFile(await picture.path())).subarray(1, 4).toString('latin1')).toBe('PNG');

  // BPMN with scores, imported again as a new process: the same answers in the steps table
  const bpmnDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: 'BPMN mit Bewertung (.bpmn)' }).click();
  const bpmn = await bpmnDownload;
  const bpmnPath = testInfo.outputPath('with-scores.bpmn');
  await bpmn.saveAs(bpmnPath);
  expect(await readFile(bpmnPath, 'utf8')).toContain('pl:assessment');

  const table = page.getByRole('region', { name: 'Schritttabelle' });
  // the rows as text, without the marker of the selected step
  const tableRows = async () => (await table.getByRole('row').allInnerTexts()).map((row) => row.replace(/^▸/, ''));
  const answersBefore = await tableRows();

  await page.getByRole('link', { name: '← Zurück zum Arbeitsbereich' }).click();
  await chooseBpmnFile(page, bpmnPath);
  const importDialog = page.getByRole('dialog', { name: /^Importieren: / });
  await expect(importDialog.getByText(/^Die Datei enthält die Bewertungen von \d+ Schritten\./)).toBeVisible();
  await importDialog.getByRole('textbox', { name: 'Name des Prozesses' }).fill('Gewerbeanmeldung (Import)');
  await importDialog.getByRole('button', { name: 'Prozess anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gewerbeanmeldung (Import)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exportieren' })).toBeEnabled();
  await expect.poll(tableRows).toEqual(answersBefore);

  // the portfolio of the department ranks both processes with the same savings as the report
  await page.getByRole('link', { name: '← Zurück zum Arbeitsbereich' }).click();
  await page.getByRole('button', { name: 'Portfolio-Bericht: Amt 32 – Ordnungsamt' }).click();
  const portfolioDialog = page.getByRole('dialog', { name: 'Portfolio-Bericht erstellen' });
  await expect(portfolioDialog.getByText('2 Prozesse ausgewählt.')).toBeVisible();
  const portfolioDownload = page.waitForEvent('download');
  await portfolioDialog.getByRole('button', { name: 'Herunterladen (HTML)' }).click();
  const portfolio = await portfolioDownload;
  expect(portfolio.suggestedFilename()).toMatch(/^Portfolio_Amt_32_–_Ordnungsamt_\d{4}-\d{2}-\d{2}\.html$/);
  const portfolioPath = testInfo.outputPath('portfolio.html');
  await portfolio.saveAs(portfolioPath);
  const portfolioPage = await page.context().newPage();
  await portfolioPage.goto(`file://${portfolioPath}`);
  const summaryRows = portfolioPage.locator('table.portfolio-summary tbody tr:not(.total)');
  await expect(summaryRows).toHaveCount(2);
  expect((await summaryRows.locator('th[scope="row"]').allInnerTexts()).sort()).toEqual(['Gewerbeanmeldung', 'Gewerbeanmeldung (Import)']);
  // only the first two steps have quantities: the others' savings are missing, so the portfolio gives the sum as a floor
  expect(await summaryRows.locator('td:nth-child(4)').allInnerTexts()).toEqual([`mindestens ${reportHoursSaved}`, `mindestens ${reportHoursSaved}`]);
  const portfolioReflow = await reflowAt320(portfolioPage);
  expect(portfolioReflow.scrollWidth).toBeLessThanOrEqual(portfolioReflow.clientWidth);
  expect(portfolioReflow.broken).toEqual([]);
  await portfolioPage.close();
});
