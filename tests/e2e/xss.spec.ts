// End to end: hostile content. Camunda Modeler's XSS fixture is imported under a name that is
// itself a script payload, a step gets a note with more payloads and a formula, and the report and
// the CSV are exported. No payload ever runs (no dialog, no flag set by an onerror/onload handler,
// in the app or in the opened report); names and notes show as text; the CSV neutralises the formula.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixturePath } from './support/fixturePath';
import { chooseBpmnFile } from './support/workspacePage';

const fixture = fixturePath('camunda/modeler_xss.bpmn');

/** Each payload would set window.__plXss if it ever ran. */
const hostileName = '<img src=x onerror="window.__plXss=1">Antrag <script>window.__plXss=2</script>';
const hostileNote = '=HYPERLINK("http://evil.example","x") "><svg onload="window.__plXss=3"></svg><iframe srcdoc="<script>parent.__plXss=4</script>">';

/** Records every dialog (alert, confirm, prompt) the page opens, and dismisses it. */
function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

async function payloadRan(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __plXss?: unknown }).__plXss);
}

test('the XSS fixture and hostile names and notes never run, in the app, the report or the CSV', async ({ page }, testInfo) => {
  const appDialogs = watchDialogs(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' })).toBeVisible();

  // given: the fixture imported under a hostile name
  await chooseBpmnFile(page, fixture);
  const importDialog = page.getByRole('dialog', { name: 'Importieren: modeler_xss.bpmn' });
  await importDialog.getByRole('textbox', { name: 'Name des Prozesses' }).fill(hostileName);
  await importDialog.getByRole('button', { name: 'Prozess anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: hostileName })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exportieren' })).toBeEnabled();

  // and: a step with a hostile note, shown in the table
  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  await page.getByRole('textbox', { name: 'Notizen' }).fill(hostileNote);
  await page.getByRole('button', { name: 'Schritttabelle', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Schritttabelle' }).getByRole('row').nth(1)).toBeVisible();

  // when: the report is downloaded and opened on its own
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: 'Bericht …' }).click();
  const reportDownload = page.waitForEvent('download');
  await page.getByRole('dialog', { name: /^Bericht erstellen: / }).getByRole('button', { name: 'Herunterladen (HTML)' }).click();
  const reportPath = testInfo.outputPath('xss-report.html');
  await (await reportDownload).saveAs(reportPath);

  const reader = await page.context().newPage();
  const readerDialogs = watchDialogs(reader);
  await reader.goto(`file://${reportPath}`);
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();

  // then: the report shows the payloads as text and holds no element they would have made
  await expect(reader.locator('header .subtitle')).toHaveText(hostileName);
  await expect(reader.locator('.step-notes .notes')).toHaveText(hostileNote);
  expect(await reader.locator('script, iframe, svg[onload], img[onerror], [onerror], [onload]').count()).toBe(0);
  expect(await payloadRan(reader)).toBeUndefined();
  expect(readerDialogs).toEqual([]);
  await reader.close();

  // and: the CSV carries the note as text, its formula neutralised
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: 'Schritttabelle als CSV (Excel)' }).click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  expect(csv).toContain(`"'${hostileNote.replaceAll('"', '""')}"`);
  expect(csv).not.toMatch(/(^|;)"?=HYPERLINK/m);

  // and: in the app the payloads are text too, and nothing ran
  await page.getByRole('link', { name: '← Zurück zum Arbeitsbereich' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: hostileName })).toBeVisible();
  expect(await page.locator('main img[src="x"], main img[src="1"], main iframe, main script').count()).toBe(0);
  expect(await payloadRan(page)).toBeUndefined();
  expect(appDialogs).toEqual([]);
});
