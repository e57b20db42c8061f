// A reload right after an edit keeps the edit: the notes, an answer, a step renamed and a deleted Amt, reloaded
// 100 ms later (before the autosave's 400 ms pause ends, while the header says "speichert …"), are
// stored, read back from IndexedDB after the reload. Also when the service worker serves the
// reload from its cache, the quickest way the next page replaces the old one. (The write used to
// start in pagehide, and Chromium aborted its unfinished transaction with the page: all were lost,
// with no writer fencing involved. Now beforeunload starts it, and what is still unsaved in
// pagehide is kept for the next page's writer claim.)
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectEditorReady } from './support/editorPage';
import { readStore } from './support/storedRecords';
import { departmentRegion, expectSaved, gotoWorkspace, saveStatus } from './support/workspacePage';

// these journeys need the service worker, which the configuration blocks elsewhere
test.use({ serviceWorkers: 'allow' });

const sampleName = 'Gewerbeanmeldung';
const sampleDepartment = 'Amt 32 – Ordnungsamt';
/** well inside the autosave's 400 ms pause */
const reloadAfterMs = 100;

interface StoredAssessment {
  stepId: string;
  notes: string;
  answers: Record<string, number | undefined>;
}

/** Opens the sample, selects its first step and waits until everything is stored. */
async function openFirstStep(page: Page): Promise<void> {
  await gotoWorkspace(page);
  await page.getByRole('main').getByRole('link', { name: sampleName, exact: true }).click();
  await expectEditorReady(page, sampleName);
  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  await expectSaved(page);
}

/** Reloads a moment after an edit that is still waiting to be written, and waits for the editor. */
async function reloadWhileSaving(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText(/speichert/);
  await page.waitForTimeout(reloadAfterMs);
  await page.reload();
  await expectEditorReady(page, sampleName);
}

async function storedAssessments(page: Page): Promise<StoredAssessment[]> {
  return readStore<StoredAssessment[]>(page, 'assessments');
}

/** Lets the service worker control the page, so a reload is served from its cache. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('given a note typed into "Notizen", when the page is reloaded 100 ms later, then the note is stored', async ({ page }) => {
  await openFirstStep(page);

  await page.getByRole('textbox', { name: 'Notizen' }).fill('Formular liegt nur auf Papier vor');
  await reloadWhileSaving(page);

  expect((await storedAssessments(page)).map((record) => record.notes)).toContain('Formular liegt nur auf Papier vor');
});

test('given an answer picked for "Regelbasiert", when the page is reloaded 100 ms later, then the answer is stored', async ({ page }) => {
  await openFirstStep(page);

  const panel = page.getByRole('complementary', { name: 'Bewertung des Schritts' });
  await panel.getByRole('radiogroup', { name: /^Regelbasiert / }).getByRole('radio', { name: /^5/ }).check();
  await reloadWhileSaving(page);

  expect((await storedAssessments(page)).filter((record) => record.answers.R === 5)).toHaveLength(1);
});

test('given an answer and a note, when the page, served by the service worker, is reloaded 100 ms later, then both are stored', async ({ page }) => {
  await openFirstStep(page);
  await controlledByServiceWorker(page);
  await expectEditorReady(page, sampleName);
  if (await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).isVisible()) {
    await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  }
  await expectSaved(page);

  const panel = page.getByRole('complementary', { name: 'Bewertung des Schritts' });
  await panel.getByRole('radiogroup', { name: /^Digitaler Input / }).getByRole('radio', { name: /^2/ }).check();
  await page.getByRole('textbox', { name: 'Notizen' }).fill('Nur am Schalter');
  await reloadWhileSaving(page);

  const stored = await storedAssessments(page);
  expect(stored.filter((record) => record.answers.Id === 2 && record.notes === 'Nur am Schalter')).toHaveLength(1);
});

test('given an Amt deleted, when the page is reloaded 100 ms later, then it stays deleted', async ({ page }) => {
  await gotoWorkspace(page);
  await expectSaved(page);

  await page.getByRole('button', { name: `Löschen: ${sampleDepartment}` }).click();
  await page.getByRole('dialog', { name: 'Amt löschen?' }).getByRole('button', { name: 'Amt löschen' }).click();
  await expect(departmentRegion(page, sampleDepartment)).toHaveCount(0);
  await expect(saveStatus(page)).toHaveText(/speichert/);
  await page.waitForTimeout(reloadAfterMs);
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('0 Prozesse');
  await expect(departmentRegion(page, sampleDepartment)).toHaveCount(0);
  expect(await readStore<unknown[]>(page, 'departments')).toEqual([]);
});

test('given a step renamed in the "Name" field, when the page is reloaded 100 ms later, then the diagram is stored with the new name', async ({ page }) => {
  await openFirstStep(page);

  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await name.fill('Formular auf Papier ausfüllen');
  await name.press('Enter');
  // the canvas reports a diagram edit after its own 200 ms pause, which the reload comes before
  await reloadWhileSaving(page);

  const processes = await readStore<{ name: string; diagramXml: string }[]>(page, 'processes');
  expect(processes.find((process) => process.name === sampleName)?.diagramXml).toContain('name="Formular auf Papier ausfüllen"');
});
