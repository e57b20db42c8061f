// Where the time of a benchmark step goes: `node scripts/bench/profile.mjs <step> [steps]` with step
// open | edit | autosave | scroll | zoom | repaint | select (the app), bare-open | bare-rename |
// bare-select (the bare modeller),
// table-mount | table-update (the steps table page, `steps` rows, default 10,000 there), or
// `import <fixture>` / `bare-import <fixture>` (issue 2's import of a BPMN file: the app's file picker,
// check and "Prozess anlegen" until the canvas is painted; the bare modeller's import of it), after
// `npm run bench` has built bench-results/. Opens a generated process the way the benchmark does, records a Chrome trace of the step through Playwright's CDP session, and prints
// the main thread's time per trace event (script, style, layout, paint …) and the heaviest
// JavaScript functions. `repaint` changes one small thing per frame outside the app's code (a
// badge's colour, a heatmap tile's colour, a table cell's text, the page's subtitle) and prints
// what Chromium's layerize, paint and layout cost per such frame: the floor of any visible change.
// `select` / `bare-select` click task shapes on the canvas (the app with its steps table open, as
// the benchmark opens it) and print the time from each click to the end of the next frame. Writes the raw trace to bench-results/trace-<step>-<steps>.json for
// chrome://tracing or the DevTools performance panel.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { generateBpmn } from './generateProcess.mjs';
import { autosaveOneAnswer, changeAnswers, openProcess, readyForWheelFrames, seededSession, setHeatmap, wheelFrames } from './assessmentSuite.mjs';
import { chromiumArgs, chromiumPath, newBenchContext, openBarePage, openTablePage } from './browser.mjs';
import { checkFile, createAndRender, importButtonText, openWarmApp } from './importSuite.mjs';
import { serveFolder } from './staticServer.mjs';

const [step = 'open', stepsText = step.startsWith('table-') ? '10000' : '1000'] = process.argv.slice(2);
const importSteps = ['import', 'bare-import'];
/** the fixture file of an import step; else the generated process's (or table's) number of steps */
const fixture = importSteps.includes(step) ? stepsText : undefined;
const count = fixture ? 0 : Number(stepsText);
const repo = fileURLToPath(new URL('../..', import.meta.url));
const traceFile = `${repo}bench-results/trace-${step}-${fixture ? basename(fixture) : count}.json`;
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing'];

async function trace(cdp, run) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** the renderer's main-thread events whose CPU time the profiler reports */
const mainThreadEvents = ['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'HitTest', 'FunctionCall', 'EventDispatch', 'FireAnimationFrame'];

/** CPU time (µs, tdur) on the renderer's main thread per event name; nested events counted again. */
function cpuOnMainThread(events) {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const cpu = new Map();
  for (const event of events) {
    if (!main || event.ph !== 'X' || !event.tdur || event.pid !== main.pid || event.tid !== main.tid || !mainThreadEvents.includes(event.name)) continue;
    cpu.set(event.name, (cpu.get(event.name) ?? 0) + event.tdur);
  }
  return cpu;
}

/** Main-thread time per top-level event name (nested time is counted in its parent only). */
function summarise(events) {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const onMain = events.filter((event) => main && event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur);
  onMain.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = new Map();
  const byName = new Map();
  let openUntil = -Infinity;
  for (const event of onMain) {
    byName.set(event.name, (byName.get(event.name) ?? 0) + event.dur);
    if (event.ts >= openUntil) {
      totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur);
      openUntil = event.ts + event.dur;
    }
  }
  const print = (map, title) => {
    console.log(title);
    for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${name}`);
  };
  print(totals, 'Main thread, top-level events:');
  print(byName, 'Main thread, all events (nested counted again):');
  // CPU time (tdur) rather than wall time: what each thread of the renderer computed
  const threadNames = new Map(events.filter((event) => event.name === 'thread_name').map((event) => [`${event.pid}/${event.tid}`, event.args?.name]));
  const cpuByThread = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || !event.tdur || event.pid !== main?.pid) continue;
    const thread = threadNames.get(`${event.pid}/${event.tid}`) ?? String(event.tid);
    if (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') cpuByThread.set(thread, (cpuByThread.get(thread) ?? 0) + event.tdur);
  }
  print(cpuByThread, 'CPU time per renderer thread (tasks):');
  print(cpuOnMainThread(events), 'CPU time on the main thread per event (nested counted again):');
  const profile = events.filter((event) => event.name === 'ProfileChunk');
  const nodes = new Map();
  const self = new Map();
  for (const chunk of profile) {
    const data = chunk.args?.data?.cpuProfile;
    for (const node of data?.nodes ?? []) nodes.set(node.id, node.callFrame);
    const deltas = chunk.args?.data?.timeDeltas ?? [];
    (data?.samples ?? []).forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (deltas[index] ?? 0)));
  }
  const byFunction = new Map();
  for (const [id, us] of self) {
    const frame = nodes.get(id);
    if (!frame) continue;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url?.split('/').pop() ?? ''}:${frame.lineNumber ?? ''}:${frame.columnNumber ?? ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  print(byFunction, 'JavaScript self time by function (sampled):');
}

/** The app's import of the fixture as the benchmark times it, after the same warm-up (importSuite.mjs). */
async function profileImport(context, url) {
  const page = await context.newPage();
  const fileInput = await openWarmApp(page, url);
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  return trace(cdp, async () => {
    const check = await checkFile(page, fileInput, fixture);
    const render = await page.evaluate(createAndRender, importButtonText);
    console.log(`import: check ${check.toFixed(0)} ms + open ${render.ms.toFixed(0)} ms`);
  });
}

async function profileBare(context, url) {
  const page = await context.newPage();
  // only the import is profiled warm, as the benchmark times it; open and rename as before, cold
  await openBarePage(page, url, { warmUp: step === 'bare-import' });
  const xml = fixture ? await readFile(fixture, 'utf8') : generateBpmn(count);
  const cdp = await context.newCDPSession(page);
  const importXml = () => page.evaluate((text) => window.bareBench.importMs(text), xml);
  if (step === 'bare-open' || step === 'bare-import') return trace(cdp, async () => console.log('import', await importXml()));
  await importXml();
  if (step === 'bare-select') return traceSelections(page, cdp);
  return trace(cdp, async () => console.log('renames', await page.evaluate(() => window.bareBench.renameMs(5))));
}

/** The steps table page, after its warm-up mount (openTablePage): the mount of `count` rows, or (after it) ten one-row updates. */
async function profileTable(context, url) {
  const page = await context.newPage();
  await openTablePage(page, url);
  const cdp = await context.newCDPSession(page);
  const mount = () => page.evaluate((rows) => window.tableBench.mountMs(rows), count);
  if (step === 'table-mount') return trace(cdp, async () => console.log('mount', await mount()));
  await mount();
  await page.evaluate(() => window.__plBench.nextPaint());
  return trace(cdp, async () => console.log('updates', (await page.evaluate(() => window.tableBench.updateMs(10))).map((cost) => cost.ms.toFixed(1)).join(' ')));
}

/** Clicks the hit area of the n-th task shape (as a mouse does) and resolves with ms to the end of the next frame. */
async function clickTaskShape(index) {
  const shapes = [...document.querySelectorAll('g.djs-shape')].filter((shape) => /^Task/.test(shape.getAttribute('data-element-id') ?? ''));
  const hit = shapes[(index * 37) % shapes.length].querySelector('.djs-hit');
  const box = hit.getBoundingClientRect();
  const start = performance.now();
  for (const type of ['mousedown', 'mouseup', 'click']) hit.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: box.x + 5, clientY: box.y + 5, button: 0 }));
  return (await window.__plBench.nextPaint()) - start;
}

/** Six selections by a click on the canvas, traced; prints each click's time to the next frame. */
function traceSelections(page, cdp) {
  return trace(cdp, async () => {
    const times = [];
    for (let click = 1; click <= 6; click += 1) {
      times.push(await page.evaluate(clickTaskShape, click));
      await page.waitForTimeout(300);
    }
    console.log('click to next frame (ms):', times.map((ms) => ms.toFixed(0)).join(' '));
  });
}

/** The small changes of the repaint step, made directly in the DOM, one per frame. */
const repaintProbes = ['badge colour', 'heatmap tile drawn', 'table cell text', 'page subtitle text'];

/** Makes one repaint probe's change at the start of a frame and resolves after that frame is drawn. */
function applyRepaintProbe([probe, round]) {
  const colour = round % 2 ? 'rgb(200, 0, 0)' : 'rgb(0, 0, 200)';
  const change = {
    'badge colour': () => (document.querySelectorAll('.pl-heat-badge')[5].style.backgroundColor = colour),
    'heatmap tile drawn': () => {
      // as the heatmap shows a redrawn tile: a new bitmap for the strip it falls in
      const strip = document.querySelector('.pl-heat-tiles > canvas');
      const drawing = new OffscreenCanvas(strip.width, strip.height);
      const tiles = drawing.getContext('2d');
      tiles.fillStyle = colour;
      tiles.fillRect(100, 10, 40, 30);
      strip.getContext('bitmaprenderer').transferFromImageBitmap(drawing.transferToImageBitmap());
    },
    'table cell text': () => (document.querySelectorAll('tr[data-step-id] td')[10].textContent = round % 2 ? '11' : '12'),
    'page subtitle text': () => {
      const subtitle = document.querySelector('.editor__subtitle');
      subtitle.textContent = subtitle.textContent.replace(/ [xy]$/, '') + (round % 2 ? ' x' : ' y');
    },
  }[probe];
  return window.__plBench.frameCost(change);
}

/** Each probe traced on its own: main-thread CPU of Layerize, Paint and Layout per changed frame. */
async function profileRepaint(page, cdp) {
  const frames = 5;
  for (const probe of repaintProbes) {
    const events = await trace(cdp, async () => {
      for (let round = 0; round < frames; round += 1) await page.evaluate(applyRepaintProbe, [probe, round]);
    });
    const cpu = cpuOnMainThread(events);
    const perFrame = (name) => ((cpu.get(name) ?? 0) / 1000 / frames).toFixed(1);
    console.log(`${probe.padEnd(20)} per frame: Layerize ${perFrame('Layerize')} ms, Paint ${perFrame('Paint')} ms, Layout ${perFrame('Layout')} ms`);
  }
}

// PROFILE_PORT moves both pages (app on it, bare page on the next), so two checkouts can profile at once
const profilePort = Number(process.env.PROFILE_PORT ?? 4403);
const app = await serveFolder(`${repo}bench-results/app`, profilePort);
const bare = await serveFolder(`${repo}bench-results/bare`, profilePort + 1);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
/** Runs the step; resolves with its trace, or with nothing when the step prints its own figures (repaint). */
async function runStep(context) {
  if (step.startsWith('bare-')) return profileBare(context, bare.url);
  if (step.startsWith('table-')) return profileTable(context, bare.url);
  if (step === 'import') return profileImport(context, app.url);
  const page = await context.newPage();
  const stored = await seededSession(page, app.url, count);
  const cdp = await context.newCDPSession(page);
  const open = () => page.evaluate(openProcess, { name: stored.name, count });
  if (step === 'open') return trace(cdp, async () => console.log('open', await open()));
  await open();
  await page.waitForTimeout(1000);
  if (step === 'autosave') {
    return trace(cdp, async () => {
      for (let save = 0; save < 3; save += 1) {
        await page.waitForTimeout(800);
        console.log('autosave', await page.evaluate(autosaveOneAnswer, { offset: save }));
      }
    });
  }
  if (step === 'select') return traceSelections(page, cdp);
  if (step === 'repaint') return profileRepaint(page, cdp);
  if (step === 'edit') return trace(cdp, async () => console.log('edits', await page.evaluate(changeAnswers, { count: 5, offset: 0, selectFirst: false })));
  if (process.env.HEATMAP === 'off') await setHeatmap(page, 'off');
  const at = await readyForWheelFrames(page);
  return trace(cdp, async () => console.log('frames', (await page.evaluate(wheelFrames, { frames: 10, zoom: step === 'zoom', at })).map((frame) => frame.ms.toFixed(1)).join(' ')));
}

try {
  const events = await runStep(await newBenchContext(browser));
  if (events) {
    await writeFile(traceFile, JSON.stringify({ traceEvents: events }));
    summarise(events);
  }
} finally {
  await browser.close();
  await app.close();
  await bare.close();
}
