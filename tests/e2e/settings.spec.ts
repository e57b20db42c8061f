// The criteria catalogue's unsaved edits as a user meets them: typed in Einstellungen, they are still
// there after a visit to the workspace, and reloading the page with them asks first; and its
// weights as a screen reader names them (label and group). Each test starts from a fresh browser
// context.
import { expect, test } from '@playwright/test';
import { gotoWorkspace } from './support/workspacePage';

test('unsaved catalogue edits survive leaving the settings, and a reload with them asks first', async ({ page }) => {
  await gotoWorkspace(page);
  const nav = page.getByRole('banner');
  await nav.getByRole('link', { name: 'Einstellungen', exact: true }).click();
  const workingDays = page.getByLabel('Arbeitstage pro Jahr', { exact: true });
  await expect(workingDays).toHaveValue('200');
  await workingDays.fill('210');

  await nav.getByRole('link', { name: 'Arbeitsbereich', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' })).toBeVisible();
  await nav.getByRole('link', { name: 'Einstellungen', exact: true }).click();
  await expect(workingDays).toHaveValue('210');
  await expect(page.getByText('Ihre noch nicht gespeicherten Änderungen sind wieder eingetragen.', { exact: false })).toBeVisible();

  const asked = page.waitForEvent('dialog');
  const reload = page.reload();
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.accept();
  await reload;
  // a reload ends the session: the stored catalogue again
  await expect(page.getByLabel('Arbeitstage pro Jahr', { exact: true })).toHaveValue('200');
});

test('a weight is named by its label and its group, joined by a comma without a space before it', async ({ page }) => {
  // given the settings, in German and then in English
  await gotoWorkspace(page);
  await page.getByRole('banner').getByRole('link', { name: 'Einstellungen', exact: true }).click();

  // then the weight of media breaks in the need of digitisation is named cleanly (a QA tour heard
  // "Medienbrüche (Mb) , Digitalisierungspotenzial: Bedarf")
  await expect(page.getByRole('textbox', { name: 'Medienbrüche (Mb), Digitalisierungspotenzial: Bedarf', exact: true })).toHaveValue('0,6');
  await page.getByRole('main').getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await expect(page.getByRole('textbox', { name: 'Media breaks (Mb), Digitisation potential: need', exact: true })).toHaveValue('0.6');
});
