// Issue 3's table benchmark: the app's StepsTable alone on a page of its own (bench/table.html),
// mounted with 10,000 generated, answered steps, then one answer changed per frame in a row's
// select (the step is re-scored and the table re-rendered, as in the editor). Each repetition
// opens a fresh page, which first mounts the table with the sample's rows (openTablePage's
// warm-up); that first mount is reported apart, since a fresh page pays about as much for it with
// 10 rows as with 10,000. After the table's figures, each repetition logs a reference that is not the
// app (and counts for no target): the same rows copied as plain HTML, put in a frame and changed
// one cell at a time, so the log tells the browser's own cost of that DOM, and the machine's load,
// apart from the table's. The table's targets are absolute (ms), so each repetition also measures
// the run's load calibration once the table's page is closed: a bare bpmn-js import of the
// generated 1,000-task process (machineLoad.mjs), which the report scales the budgets by.
import { openTablePage, tableWarmUpRows } from './browser.mjs';
import { measureCalibration } from './machineLoad.mjs';
import { median } from './report.mjs';

const updatesPerRep = 10;

export async function runTableSuite({ newContext, bareUrl, reps, log, count }) {
  const results = { count, warmUpRows: tableWarmUpRows, firstMount: [], mount: [], update: [], bareImport: [] };
  for (let rep = 0; rep < reps; rep += 1) {
    const context = await newContext();
    try {
      const page = await context.newPage();
      const firstMount = await openTablePage(page, bareUrl);
      const mount = await page.evaluate((rows) => window.tableBench.mountMs(rows), count);
      await page.evaluate(() => window.__plBench.nextPaint());
      const updates = await page.evaluate((changes) => window.tableBench.updateMs(changes), updatesPerRep);
      results.firstMount.push(firstMount);
      results.mount.push(mount);
      results.update.push(...updates.map((cost) => cost.ms));
      const typical = (key) => median(updates.map((cost) => cost[key])).toFixed(1);
      log(`  ${count} rows #${rep + 1}: first mount in the fresh page (${tableWarmUpRows} rows) ${firstMount.toFixed(1)} ms, then mount ${mount.toFixed(1)} ms, one-row update ${typical('ms')} ms (script ${typical('scriptMs')}, style+layout ${typical('layoutMs')})`);
      const reference = await page.evaluate((changes) => window.tableBench.referenceMs(changes), updatesPerRep);
      log(`  reference, not the app (the same rows as plain HTML): put in ${reference.mount.toFixed(1)} ms, one cell changed ${median(reference.updates).toFixed(1)} ms`);
    } finally {
      await context.close();
    }
    const bareImport = await measureCalibration(newContext, bareUrl);
    results.bareImport.push(bareImport);
    log(`  load calibration #${rep + 1}: bare bpmn-js import of 1,000 tasks ${bareImport.toFixed(0)} ms`);
  }
  return results;
}
