// Crash safety (issue 5, guarantee 1): one editing session in a persistent Chromium profile –
// renaming the process, setting its status, answering questions, adding tasks – is crashed 20 times
// at random points: the tab's renderer through chrome://crash, or the whole browser killed with
// SIGKILL. The same profile is reopened each time. Then every edit the app acknowledged as saved
// ("gespeichert" shown after the edit) is in the database and on screen; an edit not yet
// acknowledged may be there or not, but no field ever holds a value older than its last
// acknowledged one. The random sequence is seeded (CRASH_SEED) and printed for a rerun.
import { chromium, expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { readStore } from './support/storedRecords';

const crashes = 20;
/** steps of the sample, by element id, with the name the score panel is labelled with */
const steps = [
  { id: 'Task_AntragEntgegennehmen', name: 'Antrag am Schalter entgegennehmen und Ausweis prüfen' },
  { id: 'Task_DatenAbtippen', name: 'Angaben aus dem Formular ins Fachverfahren abtippen' },
  { id: 'Task_GebuehrKassieren', name: 'Gebühr kassieren und Quittung drucken' },
  { id: 'Task_AnmeldungPruefen', name: 'Anmeldung fachlich prüfen' },
  { id: 'Task_MeldungUebermitteln', name: 'Gewerbemeldung an Finanzamt, IHK und Kammern übermitteln' },
];
/** quick-check questions whose levels are 1–5, by the radio group's German label */
const questions = [
  { code: 'R', label: /^Regelbasiert/ },
  { code: 'Id', label: /^Digitaler Input/ },
  { code: 'Is', label: /^Strukturierter Input/ },
  { code: 'Sp', label: /^Stabilität/ },
];
const statuses = ['draft', 'workshop', 'assessed'] as const;

type Edit =
  | { kind: 'name'; value: string }
  | { kind: 'status'; value: string }
  | { kind: 'answer'; key: string; value: number }
  | { kind: 'task'; name: string };

/** What the app acknowledged as saved, and what was edited since without an acknowledgement. */
interface Model {
  name: string;
  status: string;
  answers: Map<string, number>;
  tasks: Set<string>;
  /** edits since the last acknowledgement, with the page time just before each */
  pending: (Edit & { since: number })[];
}

interface Stored {
  name: string;
  status: string;
  answers: Map<string, number>;
  xml: string;
}

/** mulberry32: a small seeded generator, so a failing sequence can be replayed */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Records every state the save status shows, with the page's clock, from the first paint on, and
 * the time of the latest user input (seen before the app handles it). The state is read from the
 * indicator's modifier class (save-status--saved / pending / saving / error).
 */
function recordSaveStates(): void {
  const log: { state: string; at: number }[] = [];
  const record = window as unknown as { saveStates: typeof log; lastInputAt: number };
  record.saveStates = log;
  record.lastInputAt = 0;
  for (const type of ['click', 'input', 'change', 'keydown']) {
    window.addEventListener(type, () => (record.lastInputAt = performance.now()), true);
  }
  let last: string | undefined;
  const read = () => {
    const element = document.querySelector('.app-header [role="status"].save-status');
    const state = /save-status--(\w+)/.exec(element?.className ?? '')?.[1] ?? 'none';
    if (state !== last) {
      last = state;
      log.push({ state, at: performance.now() });
    }
  };
  new MutationObserver(read).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
}

const lastInputAt = (page: Page) => page.evaluate(() => (window as unknown as { lastInputAt: number }).lastInputAt);

/**
 * Waits until the status, saying "speichert …" at `since` (the input that made the edit) or going to
 * it after, then says "gespeichert". The store takes an edit in the handler of its input, and from
 * then on the autosave says "gespeichert" only once nothing is pending: so this is the app's
 * acknowledgement. (A write that starts on waiting changes shows no new state: it stays "speichert …".)
 */
async function waitForAcknowledgement(page: Page, since: number): Promise<void> {
  await page.waitForFunction(
    (after) => {
      const log = (window as unknown as { saveStates: { state: string; at: number }[] }).saveStates;
      const unsaved = (entry: { state: string } | undefined) => entry?.state === 'pending' || entry?.state === 'saving';
      const atInput = log.findLastIndex((entry) => entry.at <= after);
      const started = unsaved(log[atInput]) ? atInput : log.findIndex((entry) => entry.at > after && unsaved(entry));
      return started >= 0 && log.slice(started + 1).some((entry) => entry.state === 'saved');
    },
    since,
    { timeout: 10_000, polling: 20 },
  );
}

/** Clicks the empty canvas above the diagram, so no context pad covers the next shape to click. */
async function clearSelection(page: Page): Promise<void> {
  await page.locator('.djs-container').click({ position: { x: 600, y: 12 } });
}

/** Reads the process and its answers straight from IndexedDB. */
async function readStored(page: Page, processId: string): Promise<Stored> {
  const process = await readStore<{ name: string; status: string; diagramXml: string }>(page, 'processes', { key: processId });
  const records = await readStore<{ stepId: string; answers: Record<string, number> }[]>(page, 'assessments', { index: 'processId', key: processId });
  const answers = records.flatMap((record) => Object.entries(record.answers).map(([code, value]) => [`${record.stepId}/${code}`, value] as const));
  return { name: process.name, status: process.status, xml: process.diagramXml, answers: new Map(answers) };
}

/** The stored state holds every acknowledged edit; anything else stored was edited after it. */
function checkAgainst(model: Model, stored: Stored, crash: number): void {
  const later = (kind: Edit['kind'], key?: string): (string | number)[] =>
    model.pending.flatMap((edit): (string | number)[] => {
      if (edit.kind !== kind) return [];
      if (edit.kind === 'answer') return edit.key === key ? [edit.value] : [];
      if (edit.kind === 'task') return [edit.name];
      return [edit.value];
    });
  const context = `after crash ${crash}`;
  expect([model.name, ...later('name')], `${context}: process name`).toContain(stored.name);
  expect([model.status, ...later('status')], `${context}: status`).toContain(stored.status);
  for (const key of new Set([...model.answers.keys(), ...model.pending.flatMap((edit) => (edit.kind === 'answer' ? [edit.key] : []))])) {
    expect([model.answers.get(key), ...later('answer', key)], `${context}: answer ${key}`).toContain(stored.answers.get(key));
  }
  for (const task of model.tasks) expect(stored.xml, `${context}: acknowledged task ${task}`).toContain(`name="${task}"`);
  // what is stored is now the acknowledged state
  model.name = stored.name;
  model.status = stored.status;
  model.answers = new Map(stored.answers);
  model.tasks = new Set([...model.tasks, ...later('task').map(String).filter((task) => stored.xml.includes(`name="${task}"`))]);
  model.pending = [];
}

/** The value a field has now in the app: its last edit, or the acknowledged value. */
function current(model: Model, kind: 'status' | 'answer', key?: string): string | number | undefined {
  for (const edit of [...model.pending].reverse()) {
    if (kind === 'status' && edit.kind === 'status') return edit.value;
    if (kind === 'answer' && edit.kind === 'answer' && edit.key === key) return edit.value;
  }
  return kind === 'status' ? model.status : model.answers.get(key ?? '');
}

function acknowledge(model: Model): void {
  for (const edit of model.pending) {
    if (edit.kind === 'name') model.name = edit.value;
    if (edit.kind === 'status') model.status = edit.value;
    if (edit.kind === 'answer') model.answers.set(edit.key, edit.value);
    if (edit.kind === 'task') model.tasks.add(edit.name);
  }
  model.pending = [];
}

/** The main browser process of a profile: the one without --type among those using its folder. */
function browserPids(profile: string): number[] {
  return execFileSync('ps', ['-eo', 'pid=,args='])
    .toString()
    .split('\n')
    .filter((line) => line.includes(`--user-data-dir=${profile}`) && !line.includes('--type='))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

test('every edit shown as saved survives 20 crashes at random points', async ({ baseURL }) => {
  test.setTimeout(150_000);
  const seed = Number(process.env.CRASH_SEED ?? 5_2024);
  test.info().annotations.push({ type: 'seed', description: `CRASH_SEED=${seed}` });
  const next = random(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const profile = mkdtempSync(join(tmpdir(), 'prozesslotse-crash-'));
  const launch = async () => {
    const launched = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, locale: 'de-DE', baseURL });
    launched.setDefaultTimeout(10_000);
    await launched.addInitScript(recordSaveStates);
    return launched;
  };
  let context: BrowserContext = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  const model: Model = { name: '', status: '', answers: new Map(), tasks: new Set(), pending: [] };
  let processId = '';
  let counter = 0;
  const counts = { renderer: 0, browser: 0, acknowledged: 0, unacknowledged: 0 };

  /** Opens the workspace or the process's editor; resolves when this tab writes and all is stored. */
  const open = async (inEditor: boolean) => {
    await page.goto(inEditor ? `/#/process/${processId}` : '/');
    if (inEditor) {
      await expect(page.locator(`.djs-shape[data-element-id="${steps[0].id}"]`)).toBeVisible();
      // the palette floats over the diagram's left edge, where steps lie once the diagram has grown
      await page.addStyleTag({ content: '.djs-palette { display: none !important; }' });
    }
    await expect(page.getByRole('banner').getByRole('status')).toHaveText(/^\W*gespeichert/);
  };

  try {
    // first start: the sample process is seeded and stored
    await open(false);
    const link = page.getByRole('main').getByRole('link', { name: 'Gewerbeanmeldung' });
    processId = ((await link.getAttribute('href')) ?? '').replace('#/process/', '');
    const first = await readStored(page, processId);
    Object.assign(model, { name: first.name, status: first.status, answers: first.answers });
    let inEditor = next() < 0.45;
    if (inEditor) await open(true);

    for (let crash = 1; crash <= crashes; crash++) {
      const edits = 1 + Math.floor(next() * 3);
      let selected: string | undefined;

      for (let index = 0; index < edits; index++) {
        const last = index === edits - 1;
        counter += 1;
        let edit: Edit;
        if (inEditor && next() < 0.3) {
          // a diagram edit reaches the store only after the canvas's debounce: start from a stored
          // state, so that no write of an earlier edit can be taken for this edit's acknowledgement
          const earlier = model.pending.at(-1);
          if (earlier) {
            await waitForAcknowledgement(page, earlier.since);
            acknowledge(model);
          }
          edit = { kind: 'task', name: `Neu ${counter}` };
          selected = undefined;
          await clearSelection(page);
          await page.locator('.djs-shape[data-element-id="Task_BescheinigungVersenden"]').click();
          await page.locator('.djs-context-pad [data-action="append.append-task"]').click();
          await page.keyboard.type(edit.name);
          await page.keyboard.press('Enter');
        } else if (inEditor) {
          // a different step each time, so that every answer follows a change of the score panel
          const step = pick(steps.filter((candidate) => candidate.id !== selected));
          selected = step.id;
          await clearSelection(page);
          const question = pick(questions);
          const key = `${step.id}/${question.code}`;
          const levels = [1, 2, 3, 4, 5].filter((level) => level !== current(model, 'answer', key));
          edit = { kind: 'answer', key, value: pick(levels) };
          await page.locator(`.djs-shape[data-element-id="${step.id}"]`).click();
          // as a user does: answer once the score panel shows the clicked step
          const panel = page.getByRole('region', { name: step.name, exact: true });
          await expect(panel).toBeVisible();
          await panel.getByRole('radiogroup', { name: question.label }).getByRole('radio', { name: new RegExp(`^${edit.value} `) }).check();
        } else if (next() < 0.5) {
          edit = { kind: 'name', value: `Gewerbeanmeldung ${counter}` };
          await page.getByRole('button', { name: /^Angaben ändern: / }).click();
          await page.getByRole('dialog').getByRole('textbox', { name: 'Name des Prozesses' }).fill(edit.value);
          await page.getByRole('dialog').getByRole('button', { name: 'Speichern' }).click();
        } else {
          edit = { kind: 'status', value: pick(statuses.filter((status) => status !== current(model, 'status'))) };
          await page.getByRole('combobox', { name: /^Status von/ }).selectOption(edit.value);
        }
        const since = await lastInputAt(page);
        model.pending.push({ ...edit, since });
        // the first answer of a draft puts it "im Workshop", in the same write as the answer
        if (edit.kind === 'answer' && current(model, 'status') === 'draft') model.pending.push({ kind: 'status', value: 'workshop', since });
        // before the crash: wait for the acknowledgement, or for a random moment (while the change
        // waits, is being written, or right after), or not at all
        const wait = last ? next() : next() * 0.6;
        if (wait < 0.4) {
          await waitForAcknowledgement(page, since);
          acknowledge(model);
          counts.acknowledged += 1;
        } else if (wait < 0.8) {
          await page.waitForTimeout(Math.floor(next() * 600));
          counts.unacknowledged += 1;
        } else {
          counts.unacknowledged += 1;
        }
      }

      if (next() < 0.75) {
        // the tab's renderer crashes (no pagehide, no unload); the browser and its IndexedDB live
        // on; a new tab opens the app
        counts.renderer += 1;
        const crashed = page;
        await Promise.all([crashed.waitForEvent('crash'), crashed.goto('chrome://crash').catch(() => undefined)]);
        page = await context.newPage();
        void crashed.close().catch(() => undefined);
      } else {
        // the whole browser dies at once
        counts.browser += 1;
        for (const pid of browserPids(profile)) process.kill(pid, 'SIGKILL');
        await context.close().catch(() => undefined);
        context = await launch();
        page = context.pages()[0] ?? (await context.newPage());
      }

      // reopen on the screen of the next round of edits
      inEditor = next() < 0.45;
      await open(inEditor);
      const stored = await readStored(page, processId);
      checkAgainst(model, stored, crash);
      // the app shows what is stored
      const shown = inEditor ? page.getByRole('heading', { level: 1, name: model.name, exact: true }) : page.getByRole('main').getByRole('link', { name: model.name, exact: true });
      await expect(shown).toBeVisible();
    }
    test.info().annotations.push({ type: 'crashes', description: JSON.stringify(counts) });
    expect(counts.renderer + counts.browser).toBe(crashes);
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
});
