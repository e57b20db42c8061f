// The benchmark's browser: Debian's Chromium with the flags of the tests (tests/chromium.mjs), the
// context every benchmark page gets, and the bare bpmn-js page opened and warmed up the same way by
// every suite and the profiler (openBareImport: a fresh warm bare page that imports a file, timed;
// the assessment suite's baseline and every suite's load calibration, machineLoad.mjs), and the
// steps-table page, warmed up the same way.
import { readFile } from 'node:fs/promises';
import { installPageHelpers } from './pageHelpers.mjs';

export { chromiumArgs, chromiumPath } from '../../tests/chromium.mjs';
const contextOptions = { viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block', locale: 'de-DE' };

/** A fresh context whose pages get the frame helpers and the IndexedDB write log before their own scripts run. */
export async function newBenchContext(browser) {
  const context = await browser.newContext(contextOptions);
  await context.addInitScript(installPageHelpers);
  return context;
}

let warmUpXml;

/**
 * Opens the bare modeller page (bench/bare.html) in `page` and, unless `warmUp` is false, imports
 * the small sample process once (the warm-up the app gets from its own sample), read from disk once.
 */
export async function openBarePage(page, bareUrl, { warmUp = true } = {}) {
  await page.goto(`${bareUrl}bare.html`);
  await page.waitForFunction(() => 'bareBench' in window);
  if (!warmUp) return;
  warmUpXml ??= await readFile(new URL('../../src/bpmn/sample/gewerbeanmeldung.bpmn', import.meta.url), 'utf8');
  await page.evaluate((text) => window.bareBench.importMs(text), warmUpXml);
}

/** the steps of the app's sample process (src/bpmn/sample/gewerbeanmeldung.bpmn): the table page's warm-up */
export const tableWarmUpRows = 10;

/**
 * Opens the steps-table page (bench/table.html) in `page` and mounts the table once with as many
 * rows as the app's sample has (the warm-up: in the app the table opens in a page that has
 * rendered before, as the bare page imports the sample first). Resolves with that first mount's ms.
 */
export async function openTablePage(page, bareUrl) {
  await page.goto(`${bareUrl}table.html`);
  await page.waitForFunction(() => 'tableBench' in window);
  return page.evaluate((rows) => window.tableBench.mountMs(rows), tableWarmUpRows);
}

/**
 * A bare modeller page in a context of its own, warmed up (openBarePage), that has imported `xml`.
 * Resolves with the context and page (the caller closes the context) and the import's time:
 * new Modeler() + importXML + fit until the first frame that shows it is drawn.
 */
export async function openBareImport(newContext, bareUrl, xml) {
  const context = await newContext();
  const page = await context.newPage();
  await openBarePage(page, bareUrl);
  const timing = await page.evaluate((text) => window.bareBench.importMs(text), xml);
  return { context, page, importMs: timing.createMs + timing.importMs };
}
