// Journey offline: after a first visit (the service worker has precached the app), the app reloads
// with the network off and the workspace, the modeller and the import of a BPMN file (its check's
// worker included) still work. The first visit requests nothing from any other origin. Starts from
// a fresh browser context (no cache, empty IndexedDB).
import { expect, test } from '@playwright/test';
import { addTaskFromPalette, diagramDrawing, openProcess, stepPosition } from './support/editorPage';
import { fixturePath } from './support/fixturePath';
import { departmentRegion, expectSaved, gotoWorkspace, importBpmnFile } from './support/workspacePage';

// these journeys need the service worker, which the configuration blocks elsewhere
test.use({ serviceWorkers: 'allow' });

test('given a first visit, when the network goes off and the page reloads, then the workspace, the modeller and the import of a BPMN file still work', async ({ page, context, baseURL }) => {
  const foreign: string[] = [];
  const appOrigin = new URL(baseURL ?? 'http://localhost').origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== appOrigin) foreign.push(request.url());
  });

  await gotoWorkspace(page);
  await expectSaved(page);
  // the service worker is active; it controls the page once it has claimed it (else after a reload)
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(foreign).toEqual([]);

  await context.setOffline(true);
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' })).toBeVisible();
  await expect(departmentRegion(page, 'Amt 32 – Ordnungsamt').getByRole('link', { name: 'Gewerbeanmeldung', exact: true })).toBeVisible();
  await openProcess(page, 'Gewerbeanmeldung');
  await expect(diagramDrawing(page)).toContainText('Angaben aus dem Formular ins Fachverfahren abtippen');
  await addTaskFromPalette(page, 'Offline erfasst', { x: 675, y: 228 });
  await expect(stepPosition(page)).toContainText('Schritt 11 von 11');
  await expectSaved(page);

  // the import check's scan runs in a worker whose script comes from the precache
  await page.getByRole('link', { name: /Zurück zum Arbeitsbereich/ }).click();
  const scanWorker = page.waitForEvent('worker');
  await importBpmnFile(page, fixturePath('bpmn-io/examples_pizza-collaboration.bpmn'));
  const worker = await scanWorker;
  expect(worker.url()).toContain('scanBpmnFile.worker');
  expect(await worker.evaluate(() => typeof globalThis.postMessage)).toBe('function');
  await expect(diagramDrawing(page)).toContainText('Order received');
  await expectSaved(page);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
});
