// End to end: backup and restore. The untouched sample brings no reminder; answered, it does, and is
// backed up; a new browser profile (empty storage) restores the file and shows the same processes and
// the same answers in the steps table; restoring into the workspace that already holds the process
// asks keep both / replace / skip.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const sampleName = 'Gewerbeanmeldung';
const reminderNever = /^Ihre Daten liegen nur in diesem Browser/;

async function gotoWorkspace(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('article')).not.toHaveCount(0);
}

/** The workspace's process names, once it lists any (reading at once raced the list's first render). */
async function processNames(page: Page): Promise<string[]> {
  const headings = page.getByRole('main').getByRole('article').getByRole('heading', { level: 3 });
  await expect(headings).not.toHaveCount(0);
  return (await headings.allInnerTexts()).sort();
}

/** The open process's steps table as text, one entry a row (selection marker left out). */
async function readTable(page: Page): Promise<string[]> {
  await expect(page.getByRole('button', { name: 'Exportieren' })).toBeEnabled();
  const toggle = page.getByRole('button', { name: 'Schritttabelle', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  const table = page.getByRole('region', { name: 'Schritttabelle' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  return (await table.getByRole('row').allInnerTexts()).map((row) => row.replace(/^▸/, ''));
}

/** Opens a process from the workspace and returns its steps table. */
async function tableOf(page: Page, processName: string): Promise<string[]> {
  await page.getByRole('main').getByRole('link', { name: processName, exact: true }).click();
  return readTable(page);
}

async function chooseBackupFile(page: Page, filePath: string): Promise<void> {
  await page.getByRole('button', { name: 'Sicherung einspielen …' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Sicherung einspielen' });
  await dialog.getByLabel('Sicherungsdatei (.json)').setInputFiles(filePath);
  await expect(dialog.getByText(/Sicherung vom /)).toBeVisible();
}

test('a backup restored into an empty browser reproduces the workspace; restored again it asks per process', async ({ page, browser }, testInfo) => {
  // given: the sample with a few answers and a note (untouched, it is nothing to back up yet)
  await gotoWorkspace(page);
  await expect(page.getByText('Es wurde noch keine Sicherung erstellt.')).toBeVisible();
  await expect(page.getByText(reminderNever)).toHaveCount(0);
  await page.getByRole('main').getByRole('link', { name: sampleName, exact: true }).click();
  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  const quickCheck = page.getByRole('complementary', { name: 'Bewertung des Schritts' }).getByRole('region', { name: /^Schnellcheck/ });
  await quickCheck.getByRole('radiogroup', { name: /^Regelbasiert / }).getByRole('radio', { name: /^5/ }).check();
  await quickCheck.getByRole('radiogroup', { name: /^Digitaler Input / }).getByRole('radio', { name: /^2/ }).check();
  await page.getByRole('textbox', { name: 'Notizen' }).fill('Formular liegt nur auf Papier vor');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await quickCheck.getByRole('radiogroup', { name: /^Stabilität / }).getByRole('radio', { name: /^4/ }).check();
  const tableBefore = await readTable(page);
  await page.getByRole('link', { name: '← Zurück zum Arbeitsbereich' }).click();
  const namesBefore = await processNames(page);

  // when: the whole workspace, answered and so reminded of, is backed up
  await expect(page.getByText('Es wurde noch keine Sicherung erstellt.')).toBeVisible();
  await expect(page.getByText(reminderNever)).toBeVisible();
  await page.getByRole('button', { name: 'Sicherung erstellen …' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Sicherung erstellen' }).getByRole('button', { name: 'Sicherung herunterladen' }).click();
  const backup = await download;
  expect(backup.suggestedFilename()).toMatch(/^Prozesslotse-Sicherung_\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = testInfo.outputPath(backup.suggestedFilename());
  await backup.saveAs(backupPath);
  await expect(page.getByText('Letzte Sicherung:')).toBeVisible();
  await expect(page.getByText(reminderNever)).toHaveCount(0);

  // then: a new browser profile (empty storage, the sample deleted) restores exactly that workspace
  const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'de-DE' });
  const other = await fresh.newPage();
  await gotoWorkspace(other);
  await other.getByRole('button', { name: 'Löschen: Amt 32 – Ordnungsamt' }).click();
  await other.getByRole('dialog', { name: 'Amt löschen?' }).getByRole('button', { name: 'Amt löschen' }).click();
  await expect(other.getByRole('main').getByRole('article')).toHaveCount(0);
  await chooseBackupFile(other, backupPath);
  const restoreDialog = other.getByRole('dialog', { name: 'Sicherung einspielen' });
  await expect(restoreDialog.getByText('Ihr Arbeitsbereich ist leer: Er wird genau so wiederhergestellt, wie er gesichert wurde.')).toBeVisible();
  await restoreDialog.getByRole('button', { name: 'Arbeitsbereich ersetzen' }).click();
  await expect(other.getByText(/^Der Arbeitsbereich wurde aus der Sicherung vom /)).toBeVisible();
  expect(await processNames(other)).toEqual(namesBefore);
  await expect(other.getByText('Letzte Sicherung:')).toBeVisible();
  expect(await tableOf(other, sampleName)).toEqual(tableBefore);
  await other.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  const restoredCheck = other.getByRole('complementary', { name: 'Bewertung des Schritts' }).getByRole('region', { name: /^Schnellcheck/ });
  await expect(restoredCheck.getByRole('radiogroup', { name: /^Regelbasiert / }).getByRole('radio', { name: /^5/ })).toBeChecked();
  await expect(other.getByRole('textbox', { name: 'Notizen' })).toHaveValue('Formular liegt nur auf Papier vor');
  await fresh.close();

  // and: restored into the workspace that holds the same process, it asks before anything changes
  await chooseBackupFile(page, backupPath);
  const dialog = page.getByRole('dialog', { name: 'Sicherung einspielen' });
  await expect(dialog.getByRole('heading', { name: '1 Prozess ist bereits vorhanden' })).toBeVisible();
  const question = dialog.getByRole('group', { name: `Der Prozess „${sampleName}“ ist bereits vorhanden. Was soll mit der Fassung aus der Sicherung geschehen?` });
  for (const choice of ['Beide behalten', 'Vorhandenen ersetzen']) await expect(question.getByRole('radio', { name: choice })).not.toBeChecked();
  await expect(question.getByRole('radio', { name: 'Überspringen' })).toBeChecked();
  await expect(question.getByText('Die Fassung aus der Sicherung ist identisch mit der vorhandenen. Sie brauchen hier nichts zu entscheiden: „Überspringen“ ist vorgewählt.')).toBeVisible();
  await question.getByRole('radio', { name: 'Beide behalten' }).check();
  await dialog.getByRole('button', { name: 'Einspielen' }).click();
  await expect(page.getByText('Sicherung eingespielt: 0 neu, 0 ersetzt, 1 als zusätzlicher Prozess, 0 übersprungen.')).toBeVisible();
  expect(await processNames(page)).toEqual([sampleName, `${sampleName} (aus Sicherung)`]);
});
