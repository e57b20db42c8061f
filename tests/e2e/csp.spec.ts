// No leaks, no injection (issue 5): the Content-Security-Policy of index.html allows the app's own
// origin only (plus data: images and fonts bpmn-js needs, the app's own blob: images for the PNG
// export and blob: workers for the XLSX export's zip), and a full session under it (import a fixture, model a task, answer questions, export
// BPMN, SVG, PNG, the report as a file and in a print tab, with the service worker running) makes
// no request to another origin and triggers no securitypolicyviolation event; so does the XLSX of a
// process with 1,500 steps, which compresses in workers.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixturePath } from './support/fixturePath';
import { chooseBpmnFile } from './support/workspacePage';
import { expectNothingRan, suspiciousRequests, watchContext } from './trustGuards';

// these journeys need the service worker, which the configuration blocks elsewhere
test.use({ serviceWorkers: 'allow' });

const fixture = fixturePath('bpmn-io/examples_pizza-collaboration.bpmn');

/** The policy's directives as a map of source lists. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...sources]) => [name, sources]),
  );
}

test('the policy allows the app’s own origin only', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = parsePolicy(policy ?? '');
  // every directive the app depends on is there, with no source beyond these
  const allowed: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // React and bpmn-js set style attributes, and the report's print tab (a blob: document, which
    // inherits this policy) has its own inline stylesheet; CSS cannot fetch elsewhere (img-src, font-src)
    'style-src': ["'self'", "'unsafe-inline'"],
    // bpmn-js embeds its icon font and marker images as data: URIs; the PNG export draws a blob: SVG
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    // the XLSX export's zip (fflate, inside write-excel-file) compresses a large sheet in workers it
    // makes from blob: URLs of its own code; blocked, the export of a big process never finished
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  expect([...directives.keys()].sort()).toEqual(Object.keys(allowed).sort());
  for (const [name, sources] of directives) expect(sources, name).toEqual(allowed[name]);
  // the source file and the build carry the same policy
  expect(readFileSync('index.html', 'utf8')).toContain(policy);
});

async function exportFile(page: Page, item: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: item }).click();
  return (await download).suggestedFilename();
}

test('a full session under the policy: no request leaves the origin, no violation', async ({ page, context, browser }, testInfo) => {
  test.setTimeout(60_000);
  const watch = await watchContext(context);
  const origin = new URL(testInfo.project.use.baseURL ?? '').origin;

  await page.goto('/');
  // the service worker takes control and precaches the app (its requests are recorded too)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const manifest = await page.request.get('/manifest.webmanifest');
  expect(manifest.ok()).toBe(true);

  // import a fixture
  await chooseBpmnFile(page, fixture);
  await page.getByRole('dialog').getByRole('button', { name: 'Prozess anlegen' }).click();
  await expect(page.getByRole('button', { name: 'Exportieren' })).toBeEnabled();
  const steps = page.getByRole('grid', { name: 'Schritte des Prozesses' });
  await page.getByRole('button', { name: 'Schritttabelle', exact: true }).click();
  const rowsBefore = await steps.getByRole('row').count();

  // model: a task appended to the first step through the canvas's context pad
  await page.locator('.djs-element.djs-shape[data-element-id="_6-463"]').first().click();
  await page.locator('.djs-context-pad [data-action="append.append-task"]').click();
  await page.keyboard.press('Escape');
  await expect(steps.getByRole('row')).toHaveCount(rowsBefore + 1);

  // score a few answers
  await steps.getByRole('row').nth(1).getByRole('gridcell').first().click();
  const quickCheck = page.getByRole('complementary', { name: 'Bewertung des Schritts' }).getByRole('region', { name: /^Schnellcheck/ });
  await quickCheck.getByRole('radiogroup', { name: /^Regelbasiert / }).getByRole('radio', { name: /^4/ }).check();
  await quickCheck.getByRole('radiogroup', { name: /^Digitaler Input / }).getByRole('radio', { name: /^3/ }).check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await quickCheck.getByRole('radiogroup', { name: /^Stabilität / }).getByRole('radio', { name: /^5/ }).check();

  // export every format
  expect(await exportFile(page, 'BPMN-Datei (.bpmn)')).toMatch(/\.bpmn$/);
  expect(await exportFile(page, 'Bild als SVG')).toMatch(/\.svg$/);
  expect(await exportFile(page, 'Bild als PNG')).toMatch(/\.png$/);
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: 'Bericht …' }).click();
  const reportDialog = page.getByRole('dialog', { name: /^Bericht erstellen/ });
  const reportDownload = page.waitForEvent('download');
  await reportDialog.getByRole('button', { name: 'Herunterladen (HTML)' }).click();
  const reportPath = testInfo.outputPath('report.html');
  await (await reportDownload).saveAs(reportPath);
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: 'Bericht …' }).click();
  const printTab = context.waitForEvent('page');
  await page.getByRole('dialog', { name: /^Bericht erstellen/ }).getByRole('button', { name: 'Zum Drucken öffnen (PDF)' }).click();
  const tab = await printTab;
  await expect(tab.getByRole('heading', { level: 1 })).toBeVisible();
  const tabViolations = await tab.evaluate(() => window.__securityViolations ?? []);
  await tab.close();

  // the downloaded report, opened on its own, fetches nothing but itself and violates nothing
  const readerContext = await browser.newContext();
  const readerWatch = await watchContext(readerContext);
  const reader = await readerContext.newPage();
  await reader.goto(`file://${reportPath}`);
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  const readerViolations = await reader.evaluate(() => window.__securityViolations ?? []);
  await readerContext.close();
  expect(readerWatch.requests.map((request) => request.url()).filter((url) => !url.startsWith('data:'))).toEqual([`file://${reportPath}`]);

  expect(tabViolations).toEqual([]);
  expect(readerViolations).toEqual([]);
  await expectNothingRan(page, watch);
  const requests = watch.requests.map((request) => request.url());
  expect(requests.some((url) => url.startsWith(`${origin}/assets/`))).toBe(true);
  // the service worker's precache requests are among those recorded
  expect(watch.requests.some((request) => request.serviceWorker() !== null)).toBe(true);
  expect(suspiciousRequests(watch, origin)).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
});

/** A process of `count` tasks, each drawn, as another tool would export it. */
function manyTasksBpmn(count: number): string {
  const ids = Array.from({ length: count }, (_, index) => `Task_${index + 1}`);
  const tasks = ids.map((id, index) => `<bpmn:task id="${id}" name="Schritt ${index + 1}: Angaben prüfen und erfassen" />`).join('\n');
  const shapes = ids
    .map((id, index) => `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${100 + (index % 20) * 150}" y="${100 + Math.floor(index / 20) * 120}" width="100" height="80" /></bpmndi:BPMNShape>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Definitions_1" targetNamespace="http://example.org">
<bpmn:process id="Process_1" name="Viele Schritte">${tasks}</bpmn:process>
<bpmndi:BPMNDiagram id="Diagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">${shapes}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}

test('the steps of a process with 1,500 steps leave as XLSX under the policy, with no violation', async ({ page, context }, testInfo) => {
  // a QA tour: for a model of 615 steps the workbook never came, the zip's workers blocked
  test.setTimeout(60_000);
  const watch = await watchContext(context);
  const file = testInfo.outputPath('viele-schritte.bpmn');
  writeFileSync(file, manyTasksBpmn(1500));
  await page.goto('/');
  await chooseBpmnFile(page, file);
  await page.getByRole('dialog').getByRole('button', { name: 'Prozess anlegen' }).click();
  await expect(page.getByRole('button', { name: 'Exportieren' })).toBeEnabled();

  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: 'Schritttabelle als Excel-Arbeitsmappe (.xlsx)' }).click();
  const workbook = await download;

  expect(workbook.suggestedFilename()).toMatch(/^Schritte_Viele_Schritte_\d{4}-\d{2}-\d{2}\.xlsx$/);
  // a zip file, of a sheet larger than fflate compresses without workers (with 400 steps it does)
  const bytes = readFileSync(await workbook.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expectNothingRan(page, watch);
});
