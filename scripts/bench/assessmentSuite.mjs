// Issue 3's benchmark on generated processes of 1,000 and 3,000 answered steps, stored the way
// the app stores them (written into the app's IndexedDB before the page is reloaded, so the app
// opens them through its own repository, restore and reconcile paths; no hook in the app):
// - opening the process from the workspace until diagram, heatmap and table are painted, against
//   a bare bpmn-js Modeler importing the same file (each repetition reloads the app and opens a
//   fresh bare page; before the timed open the app shows the small sample process once, as the
//   bare page imports it once, so both run warm);
// - one changed answer (a quick-check select in the steps table) until the table's scores, the
//   score panel and the heatmap badge show it, against bare bpmn-js renaming one task, and its
//   growth from the smaller process to the larger (their answers taken in turns);
// - the autosave write of one changed answer (the IndexedDB transaction), beside a bare IndexedDB
//   transaction that stores the same record;
// - the cost of scroll and zoom frames with the heatmap on and off (two app pages side by side,
//   opened the same way, the heatmap then turned off on one; they swap its state halfway).
// The machine is shared and noisy: what is compared is interleaved (app and bare repetitions,
// one edit then one rename, the sizes' edits in turns, heatmap-on and heatmap-off frames in
// turns), so that bursts of load from elsewhere fall on both sides. The bare import at 1,000 steps
// is also this suite's load calibration (machineLoad.mjs) for its absolute target, the autosave
// write.
import { randomUUID } from 'node:crypto';
import { openBareImport } from './browser.mjs';
import { generateAssessment, generateBpmn, generateProcessRecords } from './generateProcess.mjs';
import { median } from './report.mjs';

const sampleName = /Gewerbeanmeldung/;
const heatmapMetric = 'ds';
const edits = 50;
/**
 * Autosaves per size, each beside a bare write of the same record. Both wait on the disk: over 6
 * writes the app's took 2.5-17.7 ms and bare's 1.0-17.2 ms in one run (fifteenth session), so the
 * median of 6 moved by more than the target's margin from run to run.
 */
const autosaves = 15;
/**
 * Frames per heatmap state and motion, half of them on each page. A page's frame cost moves by
 * 5-15 % from one pair of frames to the next on this machine; with 20-40 frames the on/off ratio
 * of the same build moved by up to 0.3 between runs, with 60-80 by about 0.05 (docs/benchmarks.md,
 * eighth session).
 */
const scrollFrames = 80;
const zoomFrames = 60;

/** In the page: the first department's id and the stored catalogue version (1 when none stored). */
async function storedBasics() {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('prozesslotse');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const read = (store, query) =>
    new Promise((resolve, reject) => {
      const request = query === undefined ? db.transaction(store).objectStore(store).getAll() : db.transaction(store).objectStore(store).get(query);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const departments = await read('departments');
  const catalogue = await read('catalogue', 'workspace');
  db.close();
  return { departmentId: departments[0]?.id, catalogueVersion: catalogue?.version ?? 1 };
}

/** In the page: writes a process and its assessments into the app's database. */
async function storeRecords({ process, assessments }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('prozesslotse');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction(['processes', 'assessments'], 'readwrite');
    tx.objectStore('processes').put(process);
    for (const record of assessments) tx.objectStore('assessments').put(record);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** In the page: clicks the process's link in the workspace and times it until all three are painted. */
export async function openProcess({ name, count }) {
  const link = Array.from(document.querySelectorAll('a')).find((candidate) => candidate.textContent === name);
  if (!link) throw new Error(`no link to ${name}`);
  const start = performance.now();
  link.click();
  const markAfter = (mark) => performance.getEntriesByName(mark, 'mark').find((entry) => entry.startTime > start)?.startTime;
  const painted = () =>
    markAfter('pl:canvas:rendered') !== undefined &&
    markAfter('pl:heatmap:painted') !== undefined &&
    markAfter('pl:table:painted') !== undefined &&
    document.querySelectorAll('.pl-heat-badge').length >= count &&
    document.querySelector('tr[data-step-id]') !== null;
  const end = await window.__plBench.paintedWhen(painted);
  return {
    ms: end - start,
    canvas: markAfter('pl:canvas:rendered') - start,
    heatmap: markAfter('pl:heatmap:painted') - start,
    table: markAfter('pl:table:painted') - start,
    importStart: (markAfter('pl:import:start') ?? NaN) - start,
  };
}

/**
 * In the page: `count` changed answers, each on another visible row (selected first, untimed, as
 * the workshop does, and settled for `settleMs`), each timed until the table's DS cell and the visible
 * heatmap badge show the new score.
 */
export async function changeAnswers({ count, offset, selectFirst = true, settleMs = 400 }) {
  // the row, and what its DS cell and its heatmap badge show now
  const rowState = (stepId) => {
    const row = document.querySelector(`tr[data-step-id="${CSS.escape(stepId)}"]`);
    const badge = document.querySelector(`.pl-heat-badge[data-step-id="${CSS.escape(stepId)}"]`);
    return {
      row,
      badgeText: badge?.textContent ?? '',
      // a badge hidden while the view moves (opacity 0 on its layer) does not show the score yet; at
      // a zoom too small to read badges (the whole of 1,000 steps) they sit out for good and the
      // heatmap shows the change in the step's tile, drawn in the task that changed it
      badgeVisible:
        badge?.closest('.pl-heat-layer--too-small') != null || (badge?.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ?? false),
      dsText: row?.querySelector('.steps-table__cell--ds')?.textContent ?? '',
    };
  };
  const times = [];
  for (let index = 0; index < count; index += 1) {
    const rows = Array.from(document.querySelectorAll('tr[data-step-id]'));
    const stepId = rows[(offset + index * 3) % rows.length].dataset.stepId;
    if (selectFirst) {
      rowState(stepId).row.querySelector('th').click();
      await window.__plBench.nextPaint();
      // what the selection starts settles before the answer changes (the canvas scrolls to the step;
      // with very many steps the badges are shown again once the view has rested): a workshop
      // answers a moment after selecting, and that work is not the answer's
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      await window.__plBench.nextPaint();
    }
    const before = rowState(stepId);
    // the second select of a row is "Id" (Informationsdichte), which moves DS
    const select = before.row.querySelectorAll('select')[1];
    const value = select.value === '5' ? '1' : '5';
    const shown = () => {
      const now = rowState(stepId);
      return now.dsText !== before.dsText && now.badgeText === now.dsText && now.badgeVisible;
    };
    times.push(
      await window.__plBench.changeCost(() => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, shown),
    );
  }
  return times;
}

/** In the page: one changed answer, then the autosave transaction that stores it. */
export async function autosaveOneAnswer({ offset }) {
  const rows = Array.from(document.querySelectorAll('tr[data-step-id]'));
  const select = rows[offset % rows.length].querySelectorAll('select')[1];
  const since = performance.now();
  select.value = select.value === '4' ? '2' : '4';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  const deadline = since + 20_000;
  for (;;) {
    const entry = window.__plBench.idbLog.find((candidate) => candidate.start > since && candidate.end !== undefined);
    if (entry) return { ms: entry.end - entry.start, writes: entry.writes };
    if (performance.now() > deadline) throw new Error('no autosave write');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * In the page: the cost of `frames` frames that each scroll (or zoom) the canvas by a wheel event
 * at `at` (client coordinates: where readyForWheelFrames put the pointer); `first` continues the
 * back-and-forth pattern of an earlier call.
 */
export async function wheelFrames({ frames, zoom, first = 0, at }) {
  const target = document.querySelector('.bpmn-canvas svg');
  const viewport = target.querySelector('g.viewport');
  const times = [];
  // a zoom in and back out ends where it started, so each event's move is checked on its own (at the
  // smallest zoom, a step out moves nothing)
  let moved = 0;
  for (let index = first; index < first + frames; index += 1) {
    const delta = zoom ? (index % 2 === 0 ? -60 : 60) : 40;
    const event = new WheelEvent('wheel', {
      deltaX: zoom ? 0 : index % 20 < 10 ? delta : -delta,
      deltaY: zoom ? delta : index % 10 < 5 ? delta : -delta,
      ctrlKey: zoom,
      clientX: at.x,
      clientY: at.y,
      bubbles: true,
      cancelable: true,
    });
    const before = viewport.getAttribute('transform');
    times.push(await window.__plBench.frameCost(() => target.dispatchEvent(event)));
    if (viewport.getAttribute('transform') !== before) moved += 1;
  }
  if (moved === 0) throw new Error('the wheel events did not move the canvas');
  return times;
}

async function waitForWorkspace(page) {
  await page.getByRole('link', { name: sampleName }).first().waitFor();
}

/** Opens the sample (warm-up), sets the heatmap ('off' or a metric), opens the table, returns to the workspace. */
async function prepareSession(page, metric = heatmapMetric) {
  await page.getByRole('link', { name: sampleName }).first().click();
  await page.waitForFunction(() => performance.getEntriesByName('pl:canvas:rendered').length > 0);
  await page.getByLabel('Heatmap', { exact: true }).selectOption(metric);
  const tableToggle = page.getByRole('button', { name: 'Schritttabelle' });
  if ((await tableToggle.getAttribute('aria-pressed')) !== 'true') await tableToggle.click();
  await page.locator('tr[data-step-id]').first().waitFor();
  await page.getByRole('link', { name: /Zurück zum Arbeitsbereich/ }).click();
  await waitForWorkspace(page);
}

/** In the page: the client coordinates of the middle step's centre. */
function middleStepCentre() {
  const steps = document.querySelectorAll('.djs-shape[data-element-id^="Task_"]').length;
  const middle = document.querySelector(`.djs-shape[data-element-id="Task_${Math.ceil(steps / 2)}"]`);
  if (!middle) throw new Error('no middle step on the canvas');
  const rect = middle.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/**
 * Where wheel frames start: the whole diagram in view ("Ganzes Diagramm"), and the pointer
 * over the canvas (diagram-js turns wheel scrolling on while it is there), on the middle step. So
 * the pointer is over the same point of the diagram in every page, whatever room the heatmap's
 * legend takes from the canvas, and Chromium's hit test of the pointer after each frame costs the
 * same: over the diagram's empty background it tests every element (3,000 steps: 10-14 ms a frame,
 * against 3 ms over a step; thirteenth session). Resolves with the pointer's place (client
 * coordinates), where wheelFrames sends its events.
 */
export async function readyForWheelFrames(page) {
  await page.getByRole('button', { name: 'Ganzes Diagramm', exact: true }).click();
  await page.waitForTimeout(300);
  const at = await page.evaluate(middleStepCentre);
  await page.mouse.move(at.x, at.y);
  return at;
}

export async function setHeatmap(page, metric) {
  await page.getByLabel('Heatmap', { exact: true }).selectOption(metric);
  await page.evaluate(() => window.__plBench.nextPaint());
  // the badge layer comes back after the view has rested
  await page.waitForTimeout(300);
}

/** In a page on the workspace: stores a generated process of `count` steps; resolves with { count, name }. */
async function seed(page, count) {
  await page.waitForFunction(async () => {
    const databases = await indexedDB.databases();
    return databases.some((database) => database.name === 'prozesslotse');
  });
  let basics = await page.evaluate(storedBasics);
  for (let attempt = 0; !basics.departmentId && attempt < 50; attempt += 1) {
    await page.waitForTimeout(200);
    basics = await page.evaluate(storedBasics);
  }
  if (!basics.departmentId) throw new Error('the sample workspace was not stored');
  const records = generateProcessRecords({ count, processId: randomUUID(), departmentId: basics.departmentId, catalogueVersion: basics.catalogueVersion, now: new Date().toISOString() });
  await page.evaluate(storeRecords, records);
  return { count, name: records.process.name };
}

/**
 * In a fresh page: stores a generated process of `count` steps, reloads, and shows the sample with
 * the heatmap set to `metric` (prepareSession). Resolves with the stored process ({ count, name }).
 */
export async function seededSession(page, appUrl, count, metric) {
  await page.goto(appUrl);
  await waitForWorkspace(page);
  const stored = await seed(page, count);
  await page.goto(appUrl);
  await waitForWorkspace(page);
  await prepareSession(page, metric);
  return stored;
}

/** Resolves once the page shows a badge for each of `count` steps. */
async function badgesShown(page, count) {
  await page.waitForFunction((steps) => document.querySelectorAll('.pl-heat-layer:not([hidden]) .pl-heat-badge').length >= steps, count, { timeout: 120_000 });
}

/** A page of its own (own context and database) with the process open and the heatmap set to `metric`. */
async function openProcessPage(newContext, appUrl, count, metric) {
  const context = await newContext();
  const page = await context.newPage();
  const stored = await seededSession(page, appUrl, count, metric);
  await page.getByRole('link', { name: stored.name }).click();
  await page.locator('tr[data-step-id]').first().waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('pl:canvas:rendered').length > 0, undefined, { timeout: 120_000 });
  if (metric !== 'off') await badgesShown(page, count);
  return { context, page };
}

/**
 * Two frames on one page, then two on the other, the page that goes first swapped every round (on
 * off, off on, ...): a page's first frame after the other's turn costs more than its second, and
 * which page goes first changed the ratio as much as the build did (seventh session).
 * Resolves with [on, off] costs per frame, in ms.
 */
async function alternateFrames(onPage, offPage, frames, zoom) {
  const costs = new Map([
    [onPage, []],
    [offPage, []],
  ]);
  const pointers = new Map();
  for (const page of costs.keys()) pointers.set(page, await readyForWheelFrames(page));
  for (let index = 0; index < frames; index += 2) {
    const order = (index / 2) % 2 === 0 ? [onPage, offPage] : [offPage, onPage];
    for (const page of order) costs.get(page).push(...(await page.evaluate(wheelFrames, { frames: 2, zoom, first: index, at: pointers.get(page) })));
  }
  return { on: costs.get(onPage).map((frame) => frame.ms), off: costs.get(offPage).map((frame) => frame.ms) };
}

/**
 * alternateFrames with half the frames, then the pages swap the heatmap's state (through its
 * select, as a user would) and take the other half: each state's frames come from both pages. Two
 * pages with the same process differ by themselves: one run with pages that swapped halfway gave
 * on/off 0.94 before the swap and 1.18 after it (thirteenth session). `pages` ({ on, off }) is
 * left swapped.
 * Resolves with [on, off] costs per frame, in ms, and each half's on/off ratio of medians.
 */
async function crossoverFrames(pages, count, frames, zoom) {
  const costs = { on: [], off: [], halves: [] };
  for (const half of [0, 1]) {
    if (half === 1) {
      await setHeatmap(pages.on, 'off');
      await setHeatmap(pages.off, heatmapMetric);
      await badgesShown(pages.off, count);
      [pages.on, pages.off] = [pages.off, pages.on];
      // what turning the heatmap on and off left to do (drawing, the badges' first paint) is done
      await pages.on.waitForTimeout(1000);
    }
    const { on, off } = await alternateFrames(pages.on, pages.off, frames / 2, zoom);
    costs.on.push(...on);
    costs.off.push(...off);
    costs.halves.push(median(on) / median(off));
  }
  return costs;
}

/**
 * A size's open repetitions in `page` (the app, with the process stored): each reloads the app,
 * shows the sample, opens the process, and opens a fresh bare page that imports the same file.
 */
async function openRuns({ newContext, bareUrl, appUrl, reps, log }, page, { count, name }) {
  const xml = generateBpmn(count);
  const size = { count, open: [], bareImport: [], edit: [], bareRename: [], autosave: [], autosaveWrites: [], bareWrite: [], frames: {} };
  for (let rep = 0; rep < reps; rep += 1) {
    await page.goto(appUrl);
    await waitForWorkspace(page);
    await prepareSession(page, heatmapMetric);
    const open = await page.evaluate(openProcess, { name, count });
    size.open.push(open.ms);
    const bare = await openBareImport(newContext, bareUrl, xml);
    size.bareImport.push(bare.importMs);
    await bare.context.close();
    log(`  ${count} steps, open #${rep + 1}: app ${open.ms.toFixed(0)} ms (import starts ${open.importStart.toFixed(0)}, canvas ${open.canvas.toFixed(0)}, table ${open.table.toFixed(0)}, heatmap ${open.heatmap.toFixed(0)}), bare ${bare.importMs.toFixed(0)} ms`);
  }
  return size;
}

/**
 * For a size's changed answers and autosaves: an app page with the process open (a context and
 * database of its own, so that every size's page can be open at once: two tabs on one database
 * would make one of them read only) and a bare page that has imported the same file.
 */
async function editSession({ newContext, appUrl, bareUrl }, size) {
  const app = await openProcessPage(newContext, appUrl, size.count, heatmapMetric);
  try {
    const bare = await openBareImport(newContext, bareUrl, generateBpmn(size.count));
    return { size, app, bare };
  } catch (error) {
    await app.context.close();
    throw error;
  }
}

/**
 * Changed answers on every size's page, each followed by a renamed task in that size's bare page,
 * the sizes in turns (one answer at 1,000 steps, one rename, one answer at 3,000 steps, one rename,
 * ...): the growth from the smaller to the larger process compares answers timed in the same
 * minutes. Timed one size after the other, minutes apart, the growth took in how the machine's
 * load changed between them (fourteenth session).
 */
async function editRuns(sessions, log) {
  for (let index = 0; index < edits; index += 1) {
    for (const { size, app, bare } of sessions) {
      size.edit.push(...(await app.page.evaluate(changeAnswers, { count: 1, offset: index })));
      size.bareRename.push(...(await bare.page.evaluate((first) => window.bareBench.renameMs(1, first), index)));
    }
  }
  const typical = (costs, key) => median(costs.map((cost) => cost[key])).toFixed(1);
  for (const { size } of sessions) {
    log(
      `  ${size.count} steps, ${edits} changed answers: ${typical(size.edit, 'ms')} ms (script ${typical(size.edit, 'scriptMs')}, style+layout ${typical(size.edit, 'layoutMs')}), ` +
        `bare renames ${typical(size.bareRename, 'ms')} ms (script ${typical(size.bareRename, 'scriptMs')}, style+layout ${typical(size.bareRename, 'layoutMs')})`,
    );
  }
}

/** Autosaves of one changed answer in the size's app page, each beside a bare IndexedDB write of the same record. */
async function autosaveRuns({ size, app, bare }, log) {
  const record = generateAssessment('bench', 0, new Date().toISOString());
  for (let save = 0; save < autosaves; save += 1) {
    // the earlier writes have landed before the timed one starts
    await app.page.waitForTimeout(800);
    const write = await app.page.evaluate(autosaveOneAnswer, { offset: save });
    size.autosave.push(write.ms);
    size.autosaveWrites.push(write.writes);
    size.bareWrite.push(await bare.page.evaluate((value) => window.bareBench.idbWriteMs(value), record));
  }
  log(
    `  ${size.count} steps, autosave of one answer: ${size.autosave.map((ms) => ms.toFixed(1)).join(', ')} ms, stores written: ${JSON.stringify(size.autosaveWrites.at(-1))}; ` +
      `bare IndexedDB write of one record: ${size.bareWrite.map((ms) => ms.toFixed(1)).join(', ')} ms`,
  );
}

/**
 * Scroll and zoom frames of two pages opened the same way, with the heatmap on, then turned off
 * on one of them, so that the heatmap's state is all that differs between them (crossoverFrames).
 */
async function frameRuns({ newContext, appUrl, log }, size) {
  const on = await openProcessPage(newContext, appUrl, size.count, heatmapMetric);
  const off = await openProcessPage(newContext, appUrl, size.count, heatmapMetric);
  try {
    await setHeatmap(off.page, 'off');
    const pages = { on: on.page, off: off.page };
    size.frames.scroll = await crossoverFrames(pages, size.count, scrollFrames, false);
    size.frames.zoom = await crossoverFrames(pages, size.count, zoomFrames, true);
  } finally {
    await on.context.close();
    await off.context.close();
  }
  for (const motion of ['scroll', 'zoom']) {
    const { on: onCosts, off: offCosts, halves } = size.frames[motion];
    log(`  ${size.count} steps, ${motion} frames: heatmap on ${median(onCosts).toFixed(1)} ms, off ${median(offCosts).toFixed(1)} ms (on/off with the first page on ${halves[0].toFixed(2)}, with the second ${halves[1].toFixed(2)})`);
  }
}

/**
 * Every size's opens (one page and database for all of them, one size after the other), then the
 * changed answers of all sizes in turns and each size's autosaves (a page per size), then each
 * size's frames.
 */
export async function runAssessmentSuite(setup) {
  const sizes = [];
  const context = await setup.newContext();
  try {
    const page = await context.newPage();
    await page.goto(setup.appUrl);
    await waitForWorkspace(page);
    const stored = [];
    for (const count of setup.sizes) stored.push(await seed(page, count));
    for (const processRecord of stored) sizes.push(await openRuns(setup, page, processRecord));
  } finally {
    await context.close();
  }
  const sessions = [];
  try {
    for (const size of sizes) sessions.push(await editSession(setup, size));
    await editRuns(sessions, setup.log);
    for (const session of sessions) await autosaveRuns(session, setup.log);
  } finally {
    for (const { app, bare } of sessions) {
      await bare.context.close();
      await app.context.close();
    }
  }
  for (const size of sizes) await frameRuns(setup, size);
  return { sizes };
}
