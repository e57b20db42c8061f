// End to end: the report of a big model (CCU-7west: 71 steps, several collapsed sub-processes), made
// from the editor's export menu and opened on its own. Each sub-process that holds steps has a
// picture of its own; on a screen a picture opens at full size in a region that scrolls; printed, the
// big top plane follows its whole picture in tiles ("Ausschnitt n von N"), each on a landscape page,
// where a step's label is about 2.5 mm high. Opened from the file, the report fetches nothing but
// itself and its data: pictures, and breaks none of its own policy's rules.
import { expect, test } from '@playwright/test';
import { fixturePath } from './support/fixturePath';
import { chooseBpmnFile, gotoWorkspace } from './support/workspacePage';
import { watchContext } from './trustGuards';

/** Millimetres per CSS pixel (96 px to the inch). */
const millimetresPerPixel = 25.4 / 96;

test('given a big model with collapsed sub-processes, when its report is opened, then every sub-process has a picture and the big one prints in readable tiles', async ({ page, browser }, testInfo) => {
  // a QA tour: the report's one picture of this model printed its labels 1 mm high and showed none of the steps inside sub-processes
  await gotoWorkspace(page);
  await chooseBpmnFile(page, fixturePath('large/UnstableAngina_Diagnosis-validation-CCU-7west.bpmn'));
  await page.getByRole('dialog').getByRole('button', { name: 'Prozess anlegen' }).click();
  await expect(page.getByRole('button', { name: 'Exportieren' })).toBeEnabled();
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: 'Bericht …' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: /^Bericht erstellen: / }).getByRole('button', { name: 'Herunterladen (HTML)' }).click();
  const reportPath = testInfo.outputPath('report.html');
  await (await download).saveAs(reportPath);

  const readerContext = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const watch = await watchContext(readerContext);
  const reader = await readerContext.newPage();
  await reader.goto(`file://${reportPath}`);
  const section = reader.locator('section.heatmap');
  await expect(section.getByRole('heading', { level: 3, name: /^Bild \d+: Teilprozess „Take ECG @ T=6“$/ })).toBeVisible();
  await expect(section.getByRole('img', { name: /^Bild \d+: Teilprozess „Take ECG @ T=6“ im Prozessdiagramm/ })).toBeVisible();

  // on a screen: no tiles; the whole picture opens at its own size in a region that scrolls
  await expect(section.locator('figure.heatmap-tile').first()).toBeHidden();
  await section.getByText('Diagramm in voller Größe öffnen').first().click();
  const full = section.getByRole('region', { name: 'Prozessdiagramm mit Bewertung in voller Größe' });
  await expect(full).toBeVisible();
  expect(await full.evaluate((region) => region.scrollWidth > region.clientWidth)).toBe(true);

  // printed: the tiles of the top plane, each a page of its own, at a scale where a label (12 units) is about 2.5 mm
  await reader.emulateMedia({ media: 'print' });
  await expect(full).toBeHidden();
  const tiles = section.locator('.heatmap-plane:first-child + .heatmap-tiles figure.heatmap-tile');
  const count = await tiles.count();
  expect(count).toBeGreaterThan(1);
  await expect(tiles.last().locator('figcaption')).toHaveText(`Prozessdiagramm mit Bewertung: Ausschnitt ${count} von ${count}`);
  const labelMillimetres = await tiles.first().locator('svg').evaluate((svg) => (svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width) * 12);
  expect(labelMillimetres * millimetresPerPixel).toBeGreaterThan(2.4);
  expect(labelMillimetres * millimetresPerPixel).toBeLessThan(3);

  const violations = await reader.evaluate(() => window.__securityViolations ?? []);
  await readerContext.close();
  expect(violations).toEqual([]);
  expect(watch.requests.map((request) => request.url()).filter((url) => !url.startsWith('data:'))).toEqual([`file://${reportPath}`]);
  expect(watch.pageErrors).toEqual([]);
});
