// `npm run bench`: builds the app and the benchmark pages, serves both on loopback, opens them in
// headless Chromium and measures, in one run, the targets of issues 2 and 3 against a bare bpmn-js
// Modeler (see docs/benchmarks.md for what each metric measures). Prints a table of medians with
// the ratio app / bare and pass / MISS per target, and writes it into docs/benchmarks.md. Absolute
// (ms) targets are judged against their budget × the machine's load measured by the same suite in
// the same run (scripts/bench/machineLoad.mjs). Exits 0 when a target is missed (it reports);
// non-zero only when the benchmark itself fails.
//
// Options (environment): BENCH_REPS (repetitions, default 5), BENCH_SKIP_BUILD=1 (reuse
// bench-results/), BENCH_ONLY=import,assessment,table (run only these suites; the docs are then
// not rewritten), BENCH_PORT (default 4401, and the next one), CHROMIUM_PATH.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { runAssessmentSuite } from './bench/assessmentSuite.mjs';
import { chromiumArgs, chromiumPath, newBenchContext } from './bench/browser.mjs';
import { runImportSuite, smallFileRepsFactor } from './bench/importSuite.mjs';
import { calibrationTasks, loadFactor, referenceBareImportMs } from './bench/machineLoad.mjs';
import { markdownTable, median, metricRow, printTable, ratioRow } from './bench/report.mjs';
import { serveFolder } from './bench/staticServer.mjs';
import { runTableSuite } from './bench/tableSuite.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const fixtures = fileURLToPath(new URL('../../shared/fixtures/bpmn/', import.meta.url));
/** BENCH_PORT moves both pages (app on it, benchmark pages on the next), so two checkouts can bench at once */
const appPort = Number(process.env.BENCH_PORT ?? 4401);
const benchPort = appPort + 1;
const reps = Number(process.env.BENCH_REPS ?? 5);
const only = process.env.BENCH_ONLY?.split(',');
const runs = (suite) => !only || only.includes(suite);

const importFixtures = [
  `${fixtures}bpmn-io/examples_pizza-collaboration.bpmn`,
  `${fixtures}large/UnstableAngina_Diagnosis-validation-CCU-7west.bpmn`,
  `${fixtures}large/UnstableAngina_CP-UA-CHE_40-diagrams.bpmn`,
];

function log(message) {
  console.log(message);
}

function build() {
  const run = (args) => execFileSync('npx', args, { cwd: repo, stdio: 'inherit' });
  log('Building the app into bench-results/app and the benchmark pages into bench-results/bare …');
  run(['vite', 'build', '--outDir', 'bench-results/app', '--emptyOutDir', '--logLevel', 'warn']);
  run(['vite', 'build', '-c', 'bench/vite.config.ts']);
}

function importRows(results) {
  const rows = [];
  for (const result of results) {
    rows.push(
      metricRow({
        issue: 2,
        metric: `import + first render: ${result.fixture}`,
        app: result.app,
        bare: result.bare,
        target: { kind: 'ratio', max: 1.15 },
      }),
    );
  }
  const largest = results[results.length - 1];
  rows.push(metricRow({ issue: 2, metric: `autosave write of the imported process: ${largest.fixture}`, app: largest.writes, target: { kind: 'info' } }));
  return rows;
}

/** the assessment suite's load calibration: its bare imports of the 1,000-step process */
function assessmentCalibration(results) {
  return results.sizes.find((size) => size.count === calibrationTasks)?.bareImport;
}

function assessmentRows(results) {
  const rows = [];
  for (const size of results.sizes) {
    rows.push(metricRow({ issue: 3, metric: `open process until diagram, heatmap, table painted: ${size.count} steps`, app: size.open, bare: size.bareImport, target: { kind: 'ratio', max: 1.35 } }));
    rows.push(
      metricRow({
        issue: 3,
        metric: `one changed answer until scores, heatmap, table show it: ${size.count} steps`,
        app: size.edit.map((cost) => cost.ms),
        bare: size.bareRename.map((cost) => cost.ms),
        target: { kind: 'ratio', max: 1.2 },
      }),
    );
  }
  const [small, large] = results.sizes;
  if (small && large) {
    rows.push(
      ratioRow({
        issue: 3,
        metric: `changed answer, growth ${small.count} -> ${large.count} steps`,
        numerator: { median: median(large.edit.map((cost) => cost.ms)) },
        denominator: { median: median(small.edit.map((cost) => cost.ms)), label: `${small.count} steps` },
        target: { kind: 'ratio', max: 1.5 },
      }),
    );
  }
  const load = loadFactor(assessmentCalibration(results));
  for (const size of results.sizes) {
    rows.push(
      metricRow({ issue: 3, metric: `autosave write of one changed answer: ${size.count} steps`, app: size.autosave, bare: size.bareWrite, target: { kind: 'ms', max: 2 }, loadFactor: load }),
    );
  }
  for (const size of results.sizes) {
    for (const motion of ['scroll', 'zoom']) {
      rows.push(
        ratioRow({
          issue: 3,
          metric: `${motion} frame, heatmap on vs off: ${size.count} steps`,
          numerator: { median: median(size.frames[motion].on) },
          denominator: { median: median(size.frames[motion].off), label: 'heatmap off' },
          target: { kind: 'ratio', max: 1.0 },
        }),
      );
    }
  }
  return rows;
}

function tableRows(results) {
  const load = loadFactor(results.bareImport);
  return [
    metricRow({ issue: 3, metric: `steps table first mount in a fresh page: ${results.warmUpRows} rows`, app: results.firstMount, target: { kind: 'info' } }),
    metricRow({ issue: 3, metric: `steps table mount: ${results.count} rows`, app: results.mount, target: { kind: 'ms', max: 100 }, loadFactor: load }),
    metricRow({ issue: 3, metric: `steps table one-row update: ${results.count} rows`, app: results.update, target: { kind: 'ms', max: 8 }, loadFactor: load }),
  ];
}

/**
 * How loaded the machine was, per suite that calibrated itself (`calibrations`: { suite: bare
 * imports of 1,000 tasks in ms }), against issue 3's reference, and how the ms targets use it.
 */
function loadNote(calibrations) {
  const measured = Object.entries(calibrations).filter(([, imports]) => imports?.length > 0);
  if (measured.length === 0) return undefined;
  const loads = measured.map(([suite, imports]) => `${suite} suite ${median(imports).toFixed(0)} ms (${loadFactor(imports).toFixed(2)} × load)`);
  return (
    `Machine load: issue 3 gives its absolute budgets for a machine whose bare bpmn-js import of 1,000 tasks takes about ${referenceBareImportMs} ms; ` +
    `in this run that import took (median): ${loads.join(', ')}. ` +
    'Each ms target is judged against its budget × the load its own suite measured in this run (target column); the app median column is raw. ' +
    'Ratios compare app and bare from the same run and are not scaled.'
  );
}

async function writeDocs(rows, context) {
  const path = `${repo}docs/benchmarks.md`;
  let previous = '';
  try {
    previous = await readFile(path, 'utf8');
  } catch {
    // first run: the file is created
  }
  const start = '<!-- bench:results:start -->';
  const end = '<!-- bench:results:end -->';
  const block = [
    start,
    `Last run: ${context.date} · \`${context.command}\` · ${context.reps} repetitions (${context.reps * smallFileRepsFactor} for import files under 1,000,000 characters) · ${context.cores} cores (nproc) · ${context.browser} (headless, ${chromiumPath}) · Node ${process.version} · ${context.seconds} s`,
    '',
    markdownTable(rows),
    '',
    ...(context.machineLoad ? [context.machineLoad, ''] : []),
    end,
  ].join('\n');
  const next = previous.includes(start) && previous.includes(end)
    ? previous.slice(0, previous.indexOf(start)) + block + previous.slice(previous.indexOf(end) + end.length)
    : `${previous.trimEnd()}\n\n${block}\n`;
  await writeFile(path, next);
  log(`Wrote the table into docs/benchmarks.md`);
}

async function main() {
  const began = Date.now();
  if (process.env.BENCH_SKIP_BUILD !== '1') build();
  const app = await serveFolder(`${repo}bench-results/app`, appPort);
  const bench = await serveFolder(`${repo}bench-results/bare`, benchPort);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const rows = [];
  const calibrations = {};
  try {
    const newContext = () => newBenchContext(browser);
    const setup = { newContext, appUrl: app.url, bareUrl: bench.url, reps, log };
    if (runs('import')) {
      log(`Issue 2: import + first render, ${reps} repetitions per fixture (${reps * smallFileRepsFactor} for files under 1,000,000 characters)`);
      rows.push(...importRows(await runImportSuite({ ...setup, fixtures: importFixtures })));
    }
    if (runs('assessment')) {
      log(`Issue 3: generated processes, ${reps} repetitions per size`);
      const assessment = await runAssessmentSuite({ ...setup, sizes: [1000, 3000] });
      calibrations.assessment = assessmentCalibration(assessment);
      rows.push(...assessmentRows(assessment));
    }
    if (runs('table')) {
      log(`Issue 3: steps table alone, ${reps} repetitions`);
      const table = await runTableSuite({ ...setup, count: 10_000 });
      calibrations.table = table.bareImport;
      rows.push(...tableRows(table));
    }
    const version = browser.version();
    log('');
    printTable(rows);
    const machineLoad = loadNote(calibrations);
    if (machineLoad) log(`\n${machineLoad}`);
    if (!only) {
      await writeDocs(rows, {
        machineLoad,
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        command: 'npm run bench',
        reps,
        cores: availableParallelism(),
        browser: `Chromium ${version}`,
        seconds: Math.round((Date.now() - began) / 1000),
      });
    }
  } finally {
    await browser.close();
    await app.close();
    await bench.close();
  }
  log(`Benchmark took ${Math.round((Date.now() - began) / 1000)} s.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
