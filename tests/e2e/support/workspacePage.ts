// Page helpers for end-to-end journeys on the workspace screen and the other screens of the header,
// found the way a screen-reader user finds things: by role and accessible name (German UI). Shared
// by every spec in tests/e2e/.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The save status in the page header ("gespeichert …" / "speichert …"). */
export function saveStatus(page: Page): Locator {
  return page.getByRole('banner').getByRole('status');
}

/** Waits until the header says everything is stored ("gespeichert"; "speichert …" does not match). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText(/gespeichert/, { timeout: 10_000 });
}

/** Opens the app on the workspace and waits until the stored workspace is shown. */
export async function gotoWorkspace(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' })).toBeVisible();
  await expect(saveStatus(page)).toBeVisible();
}

/** The region of one department, named by its heading (e.g. "Amt 32 – Ordnungsamt"). */
export function departmentRegion(page: Page, title: string): Locator {
  return page.getByRole('main').getByRole('region', { name: title });
}

/** The names of every process listed on the workspace, in list order. */
export async function processNames(page: Page): Promise<string[]> {
  return page.getByRole('main').getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
}

/** Chooses a file with the workspace's file chooser ("BPMN-Datei importieren …"). */
export async function chooseBpmnFile(page: Page, filePath: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'BPMN-Datei importieren …' }).click();
  await (await chooser).setFiles(filePath);
}

/**
 * Imports a BPMN file through the file chooser and the import dialog ("Prozess anlegen"); the app
 * then opens the new process in the editor. Returns the process name the dialog suggested.
 */
export async function importBpmnFile(page: Page, filePath: string): Promise<string> {
  await chooseBpmnFile(page, filePath);
  const dialog = page.getByRole('dialog', { name: /^Importieren: / });
  const name = dialog.getByRole('textbox', { name: 'Name des Prozesses' });
  await expect(name).not.toHaveValue('');
  const suggested = await name.inputValue();
  await dialog.getByRole('button', { name: 'Prozess anlegen' }).click();
  await expect(dialog).toBeHidden();
  return suggested;
}

/**
 * Opens each screen of the header besides the workspace and the editor (settings, method,
 * accessibility statement) by its address, waits for its heading and runs `check` on it.
 */
export async function forEachOtherScreen(page: Page, check: (hash: string) => Promise<void>): Promise<void> {
  for (const [hash, heading] of [
    ['#/settings', 'Einstellungen'],
    ['#/method', /Methode/],
    ['#/barrierefreiheit', /Barrierefreiheit/],
  ] as const) {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await check(hash);
  }
}
