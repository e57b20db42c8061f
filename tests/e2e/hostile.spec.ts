// Hostile files through the real app (issue 5, "Hostile files"): every BPMN file of the corpus in
// tests/fixtures/hostile goes through the workspace import (file chooser), every backup bundle
// through "Sicherung einspielen". A refused file shows its own message and leaves the stored data
// byte for byte as it was; an accepted file opens with its texts shown as text. For every file no
// script runs, no dialog opens, nothing is fetched from a payload, and the UI answers a click
// within seconds. Several files share one page load.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { searchDiagram } from './support/editorPage';
import { databaseDigest, expectNothingRan, waitForSaved, watchContext } from './trustGuards';
import type { Watch } from './trustGuards';

interface CorpusEntry {
  file: string;
  kind: 'bpmn' | 'bundle';
  about: string;
  generated?: boolean;
  expect: {
    refused?: string;
    /** a refused bundle: the refusal the restore dialog shows, where it says more than `refused` */
    shown?: string;
    at?: boolean;
    blockedHandlers?: boolean;
    imported?: { steps?: string[]; stepIds?: string[]; stepCount?: number; warnings?: boolean; noticeNames?: string[] };
    restored?: { texts?: string[]; records?: number };
  };
}

const corpusDir = 'tests/fixtures/hostile';
const manifest = JSON.parse(readFileSync(`${corpusDir}/manifest.json`, 'utf8')) as { files: CorpusEntry[] };
const bpmnFiles = manifest.files.filter((entry) => entry.kind === 'bpmn');
const bundleFiles = manifest.files.filter((entry) => entry.kind === 'bundle');
const importTexts = JSON.parse(readFileSync('src/i18n/locales/de/import.json', 'utf8')) as { error: Record<string, string> };
const workspaceTexts = JSON.parse(readFileSync('src/i18n/locales/de/workspace.json', 'utf8')) as { import: Record<string, string> };
/** the German messages of refused backups, with their nested texts ("$t(workspace:import.file)") filled in as i18next shows them */
const bundleTexts = Object.fromEntries(
  Object.entries((JSON.parse(readFileSync('src/i18n/locales/de/storage.json', 'utf8')) as { bundle: { errors: Record<string, string> } }).bundle.errors).map(
    ([code, text]) => [code, text.replace(/\$t\(workspace:import\.(\w+)\)/g, (_, key: string) => workspaceTexts.import[key])],
  ),
);

/** The German message the app must show for a refused file, as a pattern (placeholders match anything). */
function refusalPattern(code: string, at: boolean | undefined): RegExp {
  const template = importTexts.error[at ? 'malformedAt' : code];
  const parts = template.split(/\{\{\w+\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.+'));
}

/**
 * A click on a button still works: the "new department" dialog opens and closes within seconds.
 * Found by text, not by role: Playwright computes every button's accessible name for a role query,
 * which with a name of a million characters measures Playwright rather than the app.
 */
async function expectResponsive(page: Page): Promise<void> {
  const started = Date.now();
  await page.locator('button', { hasText: /^Neues Amt$/ }).first().click({ timeout: 5_000 });
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible({ timeout: 5_000 });
  await dialog.locator('button', { hasText: /^Abbrechen$/ }).click({ timeout: 5_000 });
  await expect(dialog).toHaveCount(0, { timeout: 5_000 });
  expect(Date.now() - started).toBeLessThan(5_000);
}

async function chooseFile(page: Page, file: string, name?: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'BPMN-Datei importieren …' }).click();
  const path = `${corpusDir}/${file}`;
  await (await chooser).setFiles(name ? { name, mimeType: 'application/xml', buffer: readFileSync(path) } : path);
}

async function openWorkspace(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'BPMN-Datei importieren …' })).toBeEnabled();
  await waitForSaved(page);
}

/**
 * bpmn-js's own HTML: the search pad lists matching names (it builds them as HTML, escaped) and a
 * collapsed sub-process opens with a breadcrumb of its name (also HTML). Both show payloads as text.
 */
async function searchAndDrillDown(page: Page): Promise<void> {
  await searchDiagram(page, 'pwned');
  const results = page.locator('.djs-search-results .djs-search-result');
  await expect(results.first()).toBeVisible();
  expect((await results.allTextContents()).join(' ')).toContain('<img src="/__pwned-img"');
  await page.keyboard.press('Escape');
  // an empty collapsed sub-process shows its drill-down button once selected (here from the table)
  await page.getByRole('grid', { name: 'Schritte des Prozesses' }).getByRole('row').filter({ hasText: 'subprocess:' }).getByRole('gridcell').first().click();
  await page.locator('.bjs-drilldown').first().click();
  await expect(page.locator('.bjs-breadcrumbs')).toContainText("{{constructor.constructor('window.__pwned=1')()}}");
}

/** Imports an accepted file and checks the editor shows its steps as text. */
async function importAccepted(page: Page, watch: Watch, entry: CorpusEntry, fileName?: string, inEditor?: (page: Page) => Promise<void>): Promise<void> {
  const expected = entry.expect.imported ?? {};
  await chooseFile(page, entry.file, fileName);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Prozess anlegen' }), entry.file).toBeVisible({ timeout: 20_000 });
  if (fileName) await expect(dialog.getByRole('heading', { name: `Importieren: ${fileName}` })).toBeVisible();
  if (expected.warnings) await expect(dialog.getByRole('heading', { name: /Hinweise? zur Datei/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Prozess anlegen' }).click();

  await expect(page.locator('.djs-container .djs-element').first(), entry.file).toBeAttached({ timeout: 30_000 });
  // the editor names every element the file check or bpmn-js had to leave out: by its name, by its id where it has none
  const notices = page.getByRole('region', { name: /Hinweise? beim Öffnen der Datei/ });
  for (const name of expected.noticeNames ?? []) await expect(notices, `${entry.file}: notice on ${name}`).toContainText(`„${name}“`);
  const tableToggle = page.getByRole('button', { name: 'Schritttabelle' });
  await tableToggle.click({ timeout: 5_000 });
  await expect(tableToggle).toHaveAttribute('aria-pressed', 'true', { timeout: 5_000 });
  const grid = page.getByRole('grid', { name: 'Schritte des Prozesses' });
  await expect(grid).toBeVisible();
  const labels = (await page.locator('.djs-container .djs-element text').allTextContents()).join('').replace(/\s+/g, '');
  for (const step of expected.steps ?? []) {
    await expect(grid.getByText(step, { exact: true }), `${entry.file}: step ${step}`).toBeVisible();
    expect(labels, `${entry.file}: label ${step} on the canvas`).toContain(step.replace(/\s+/g, ''));
  }
  if (expected.stepCount !== undefined) await expect(grid.getByRole('row')).toHaveCount(expected.stepCount + 1);
  for (const id of expected.stepIds ?? []) await expect(page.locator(`.djs-element[data-element-id="${id}"]`)).toBeAttached();
  if (inEditor) await inEditor(page);
  await expectNothingRan(page, watch, { blockedHandlers: entry.expect.blockedHandlers });

  await tableToggle.click();
  await page.getByRole('link', { name: '← Zurück zum Arbeitsbereich' }).click();
  await expect(page.getByRole('button', { name: 'BPMN-Datei importieren …' })).toBeVisible();
}

test.beforeAll(() => {
  execFileSync(process.execPath, ['scripts/make-hostile-corpus.mjs', '--generated']);
});

test('refused BPMN files: a message of their own, nothing stored, nothing run, still responsive', async ({ page, context }) => {
  test.setTimeout(90_000);
  const watch = await watchContext(context);
  await openWorkspace(page);
  const before = await databaseDigest(page);
  expect(before.records).toBeGreaterThan(0);

  const refused = bpmnFiles.filter((entry) => entry.expect.refused);
  expect(refused.length).toBeGreaterThanOrEqual(20);
  for (const entry of refused) {
    await chooseFile(page, entry.file);
    const dialog = page.getByRole('dialog');
    const alert = dialog.getByRole('alert');
    await expect(alert, entry.file).toContainText(refusalPattern(entry.expect.refused ?? '', entry.expect.at), { timeout: 15_000 });
    await expect(alert).toContainText('Es wurde nichts gespeichert');
    await expect(alert).toBeFocused();
    // the dialog's own button answers at once; after a big file, another button is tried too
    await dialog.getByRole('button', { name: 'Schließen' }).click({ timeout: 5_000 });
    await expect(dialog).toBeHidden({ timeout: 5_000 });
    if (entry.generated) await expectResponsive(page);
    expect(await databaseDigest(page), `${entry.file} changed the stored data`).toEqual(before);
    await expectNothingRan(page, watch, { blockedHandlers: entry.expect.blockedHandlers });
  }
  expect(watch.pageErrors).toEqual([]);
});

test('hostile texts and ids import as plain text', async ({ page, context }) => {
  test.setTimeout(90_000);
  const watch = await watchContext(context);
  await openWorkspace(page);
  const accepted = bpmnFiles.filter((entry) => entry.expect.imported && !entry.generated && !/utf16|1252/.test(entry.file));
  for (const entry of accepted) {
    // the file with markup in every text field also gets a file name made of markup (the dialog
    // title shows it as text) and goes through bpmn-js's search pad and drill-down breadcrumbs
    const markup = entry.file.endsWith('html-in-every-text-field.bpmn');
    await importAccepted(page, watch, entry, markup ? '<img src="/__pwned-img" onerror="window.__pwned=1">.bpmn' : undefined, markup ? searchAndDrillDown : undefined);
  }
  await expectResponsive(page);
  expect(watch.pageErrors).toEqual([]);
});

test('other encodings: windows-1252 and UTF-16 with and without byte order mark keep umlauts and €', async ({ page, context }) => {
  const watch = await watchContext(context);
  await openWorkspace(page);
  const before = await databaseDigest(page);
  const encoded = bpmnFiles.filter((candidate) => /utf16|1252/.test(candidate.file));
  expect(encoded.length).toBe(5);
  // one file opens in the editor; the others stop at the review, which shows the name read from
  // the file (cancelling it stores nothing)
  const opened = encoded.find((entry) => entry.file.includes('utf16le-no-bom')) as CorpusEntry;
  const reviewed = encoded.filter((entry) => entry !== opened);
  for (const entry of reviewed) {
    await chooseFile(page, entry.file);
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('textbox', { name: 'Name des Prozesses' }), entry.file).toHaveValue('Zusammenarbeit Bürgeramt – Gebühr 12 €');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(dialog).toBeHidden();
  }
  expect(await databaseDigest(page)).toEqual(before);
  await importAccepted(page, watch, opened);
  expect(watch.pageErrors).toEqual([]);
});

test('generated big files that must open (10 MB of documentation with the longest label shown; 20,000 unknown elements) open, the UI stays responsive', async ({ page, context }) => {
  test.setTimeout(90_000);
  const watch = await watchContext(context);
  await openWorkspace(page);
  for (const entry of bpmnFiles.filter((candidate) => candidate.generated && candidate.expect.imported)) {
    await importAccepted(page, watch, entry);
    await expectResponsive(page);
  }
  expect(watch.pageErrors).toEqual([]);
});

/** Opens "Sicherung einspielen" and chooses a bundle of the corpus. */
async function chooseBundle(page: Page, file: string) {
  await page.getByRole('button', { name: 'Sicherung einspielen …' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Sicherung einspielen' });
  await dialog.getByLabel('Sicherungsdatei (.json)').setInputFiles(`${corpusDir}/${file}`);
  return dialog;
}

test('refused backup bundles: a message of their own, nothing stored, nothing run', async ({ page, context }) => {
  const watch = await watchContext(context);
  await openWorkspace(page);
  const before = await databaseDigest(page);
  const refused = bundleFiles.filter((entry) => entry.expect.refused);
  expect(refused.length).toBeGreaterThanOrEqual(7);
  for (const entry of refused) {
    const dialog = await chooseBundle(page, entry.file);
    const alert = dialog.getByRole('alert');
    await expect(alert, entry.file).toContainText(bundleTexts[entry.expect.shown ?? entry.expect.refused ?? ''], { timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Abbrechen' }).click({ timeout: 5_000 });
    await expect(dialog).toBeHidden({ timeout: 5_000 });
    expect(await databaseDigest(page), `${entry.file} changed the stored data`).toEqual(before);
    await expectNothingRan(page, watch);
  }
  expect(watch.pageErrors).toEqual([]);
});

/**
 * Restores a bundle of the corpus, added to the workspace (keeping both where a process exists; a
 * whole-workspace bundle in a browser holding only the untouched sample offers to replace it first),
 * and checks its texts are shown.
 */
async function restoreAccepted(page: Page, watch: Watch, entry: CorpusEntry): Promise<void> {
  const dialog = await chooseBundle(page, entry.file);
  const addMode = dialog.getByRole('radio', { name: /^Zum Arbeitsbereich hinzufügen/ });
  const apply = dialog.getByRole('button', { name: 'Einspielen', exact: true });
  await expect(apply.or(addMode).first(), entry.file).toBeVisible({ timeout: 30_000 });
  if (await addMode.isVisible()) await addMode.check();
  await expect(apply, entry.file).toBeVisible();
  // the bundles share process ids: a process restored before is kept beside the new one
  const allDecisions = dialog.getByRole('group', { name: 'Eine Entscheidung für alle vorhandenen Prozesse' });
  if (await allDecisions.isVisible()) await allDecisions.getByRole('button', { name: 'Beide behalten' }).click();
  await apply.click();
  await expect(dialog, entry.file).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText(/^Sicherung eingespielt: /).last()).toBeVisible();
  for (const text of entry.expect.restored?.texts ?? []) {
    await expect(page.getByRole('main').getByText(text).first(), `${entry.file}: ${text}`).toBeVisible();
  }
  if (entry.generated) await expectResponsive(page);
  await expectNothingRan(page, watch);
}

test('accepted backup bundles: restored with their texts as text, 10,000 records included', async ({ page, context }) => {
  test.setTimeout(90_000);
  const watch = await watchContext(context);
  await openWorkspace(page);
  for (const entry of bundleFiles.filter((candidate) => candidate.expect.restored && !candidate.file.includes('huge'))) {
    await restoreAccepted(page, watch, entry);
  }
  // the sample (1 department, 1 process and its answers) plus every restored record
  expect((await databaseDigest(page)).records).toBeGreaterThan(10_000);
  expect(watch.pageErrors).toEqual([]);
});

test('a backup with a name of a million characters and a 10 MB note is restored, the UI stays responsive', async ({ page, context }) => {
  test.setTimeout(90_000);
  const watch = await watchContext(context);
  await openWorkspace(page);
  for (const entry of bundleFiles.filter((candidate) => candidate.expect.restored && candidate.file.includes('huge'))) {
    await restoreAccepted(page, watch, entry);
  }
  await expect(page.getByRole('main').getByRole('heading', { level: 3, name: /^Ü+€$/ })).toBeVisible();
  expect(watch.pageErrors).toEqual([]);
});
