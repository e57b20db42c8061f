// Hostile files through the real app (issue 5, "Hostile files"): every BPMN file of the corpus in
// tests/fixtures/hostile goes through the workspace import (file chooser). A refused file shows its
// own message and leaves the stored data byte for byte as it was; an accepted file opens with its
// texts shown as text. For every file no script runs, no dialog opens, nothing is fetched from a
// payload, and the UI answers a click within seconds. Several files share one page load.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { databaseDigest, expectNothingRan, waitForSaved, watchContext } from './trustGuards';
import type { Watch } from './trustGuards';

interface CorpusEntry {
  file: string;
  kind: 'bpmn' | 'bundle';
  about: string;
  generated?: boolean;
  expect: {
    refused?: string;
    at?: boolean;
    blockedHandlers?: boolean;
    imported?: { steps?: string[]; stepIds?: string[]; stepCount?: number; warnings?: boolean };
  };
}

const corpusDir = 'tests/fixtures/hostile';
const manifest = JSON.parse(readFileSync(`${corpusDir}/manifest.json`, 'utf8')) as { files: CorpusEntry[] };
const bpmnFiles = manifest.files.filter((entry) => entry.kind === 'bpmn');
const importTexts = JSON.parse(readFileSync('src/i18n/locales/de/import.json', 'utf8')) as { error: Record<string, string> };

/** The German message the app must show for a refused file, as a pattern (placeholders match anything). */
function refusalPattern(code: string, at: boolean | undefined): RegExp {
  const template = importTexts.error[at ? 'malformedAt' : code];
  const parts = template.split(/\{\{\w+\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.+'));
}

/** A click on a button still works: opens and closes the "new department" dialog within seconds. */
async function expectResponsive(page: Page): Promise<void> {
  const started = Date.now();
  await page.getByRole('button', { name: 'Neues Amt' }).first().click({ timeout: 5_000 });
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible({ timeout: 5_000 });
  await dialog.getByRole('button', { name: 'Abbrechen' }).click({ timeout: 5_000 });
  await expect(dialog).toBeHidden({ timeout: 5_000 });
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

/** Imports an accepted file and checks the editor shows its steps as text. */
async function importAccepted(page: Page, watch: Watch, entry: CorpusEntry, fileName?: string): Promise<void> {
  const expected = entry.expect.imported ?? {};
  await chooseFile(page, entry.file, fileName);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Prozess anlegen' }), entry.file).toBeVisible({ timeout: 20_000 });
  if (fileName) await expect(dialog.getByRole('heading', { name: `Importieren: ${fileName}` })).toBeVisible();
  if (expected.warnings) await expect(dialog.getByRole('heading', { name: /Hinweise? zur Datei/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Prozess anlegen' }).click();

  await expect(page.locator('.djs-container .djs-element').first(), entry.file).toBeAttached({ timeout: 30_000 });
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
    await dialog.getByRole('button', { name: 'Abbrechen' }).click({ timeout: 5_000 });
    await expect(dialog).toBeHidden({ timeout: 5_000 });
    await expectResponsive(page);
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
  for (const [index, entry] of accepted.entries()) {
    // one file also gets a file name made of markup: the dialog title shows it as text
    await importAccepted(page, watch, entry, index === 0 ? '<img src="/__pwned-img" onerror="window.__pwned=1">.bpmn' : undefined);
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

test('a generated 10 MB file with a label of the longest length shown opens, the UI stays responsive', async ({ page, context }) => {
  test.setTimeout(90_000);
  const watch = await watchContext(context);
  await openWorkspace(page);
  for (const entry of bpmnFiles.filter((candidate) => candidate.generated && candidate.expect.imported)) {
    await importAccepted(page, watch, entry);
    await expectResponsive(page);
  }
  expect(watch.pageErrors).toEqual([]);
});
