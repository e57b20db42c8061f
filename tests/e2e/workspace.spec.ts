// Journeys on the workspace: the first start shows the sample, a fixture imports with the file
// chooser and opens in the modeller (its name on the browser's tab), a file's import warnings are
// told in short in the dialog's description and take the focus in the editor it opens (once), a
// malformed file is refused with its own message and nothing stored, every control on the screen
// has an accessible name, an undone deletion gives the focus to the process's link, and a process
// moved to another department keeps the focus on its "Angaben ändern" button. Each test starts from a
// fresh browser context, that is an empty IndexedDB.
import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { diagramDrawing, expectEditorReady } from './support/editorPage';
import { expectControlsNamed } from './support/expectControlsNamed';
import { fixturePath } from './support/fixturePath';
import { chooseBpmnFile, departmentRegion, expectSaved, gotoWorkspace, importBpmnFile, processNames } from './support/workspacePage';

test('given a first start, when the workspace opens, then the sample "Gewerbeanmeldung" is in its department', async ({ page }) => {
  await gotoWorkspace(page);

  const department = departmentRegion(page, 'Amt 32 – Ordnungsamt');
  await expect(department.getByRole('link', { name: 'Gewerbeanmeldung', exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 Prozess');
  await expectSaved(page);
});

test('given the workspace, when a fixture is chosen with the file chooser, then the process is created and the modeller shows it', async ({ page }) => {
  await gotoWorkspace(page);

  const name = await importBpmnFile(page, fixturePath('camunda/platform_invoice.v2.bpmn'));

  // the file's process is "Invoice Receipt"; the editor opens it with the file's labels drawn
  expect(name).toBe('Invoice Receipt');
  await expectEditorReady(page, name);
  // the browser's tab is named after the open process
  await expect(page).toHaveTitle(`${name} – Prozesslotse`);
  for (const label of ['Approve Invoice', 'Assign Approver Group', 'Archive Invoice', 'Review Invoice']) {
    await expect(diagramDrawing(page)).toContainText(label);
  }
  await expectSaved(page);
  await page.getByRole('link', { name: '← Zurück zum Arbeitsbereich' }).click();
  await expect(departmentRegion(page, 'Amt 32 – Ordnungsamt').getByRole('link', { name })).toBeVisible();
  await expect(page).toHaveTitle('Arbeitsbereich – Prozesslotse');
  expect((await processNames(page)).sort()).toEqual(['Gewerbeanmeldung', 'Invoice Receipt']);
});

test('given a file with import warnings, then the import dialog\'s description, read on opening, says in short how many and what they mean', async ({ page }) => {
  await gotoWorkspace(page);
  await chooseBpmnFile(page, fixturePath('miwg/Bizagi-2.8_B.2.0-roundtrip.bpmn'));
  const dialog = page.getByRole('dialog', { name: 'Importieren: Bizagi-2.8_B.2.0-roundtrip.bpmn' });
  await expect(dialog.getByRole('textbox', { name: 'Name des Prozesses' })).toBeFocused();
  // the heading with the count and the summary by kind; not the full list of warnings
  const title = await dialog.getByRole('heading', { name: /^\d+ Hinweise zur Datei$/ }).textContent();
  const summary = await dialog.getByRole('list', { name: 'Was das für Sie bedeutet' }).getByRole('listitem').allTextContents();
  expect(summary.length).toBeGreaterThan(0);
  await expect(dialog).toHaveAccessibleDescription([title, ...summary].join(' '));
});

test('given a file imported with warnings, then the editor opens with the focus on its notices\' heading; opened again later, on its main region', async ({ page }) => {
  await gotoWorkspace(page);
  const name = await importBpmnFile(page, fixturePath('miwg/Bizagi-2.8_B.2.0-roundtrip.bpmn'));
  await expectEditorReady(page, name);
  const notices = page.getByRole('region', { name: /^\d+ Hinweise beim Öffnen der Datei$/ });
  await expect(notices.getByRole('heading', { level: 2 })).toBeFocused();

  // the notices stay until closed, but told once: a screen opened again starts at its main region
  await page.getByRole('link', { name: '← Zurück zum Arbeitsbereich' }).click();
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
  await expectEditorReady(page, name);
  await expect(notices).toBeVisible();
  await expect(page.getByRole('main')).toBeFocused();
});

test('given the workspace, when a malformed file is chosen, then its error is shown and the workspace is unchanged', async ({ page }, testInfo) => {
  await gotoWorkspace(page);
  await expectSaved(page);
  const before = await processNames(page);
  const broken = testInfo.outputPath('kaputt.bpmn');
  // the task element is never closed: not well-formed XML
  await writeFile(
    broken,
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D">\n' +
      '  <bpmn:process id="P">\n' +
      '    <bpmn:task id="T">\n' +
      '  </bpmn:process>\n' +
      '</bpmn:definitions>\n',
  );

  await chooseBpmnFile(page, broken);

  const dialog = page.getByRole('dialog', { name: 'Importieren: kaputt.bpmn' });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Die Datei ist unvollständig oder beschädigt und kann nicht geöffnet werden');
  await expect(alert).toContainText('Es wurde nichts gespeichert; Ihr Arbeitsbereich ist unverändert.');
  await expect(dialog.getByRole('button', { name: 'Prozess anlegen' })).toHaveCount(0);
  // nothing is left to cancel: the dialog offers to close
  await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(dialog).toBeHidden();
  expect(await processNames(page)).toEqual(before);

  // nothing was stored either
  await page.reload();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 Prozess');
  expect(await processNames(page)).toEqual(before);
});

test('given the workspace, then every button, field and list box on it has an accessible name', async ({ page }) => {
  await gotoWorkspace(page);
  await expect(page.getByRole('link', { name: 'Gewerbeanmeldung', exact: true })).toBeVisible();

  const checked = await expectControlsNamed(page.locator('body'));

  // the toolbar, the search and sort fields, the department's and the process card's actions
  expect(checked).toBeGreaterThanOrEqual(15);
});

test('given a process deleted by keyboard, then "Rückgängig" has the focus at once; Enter brings the process back, stored, with the focus on its link', async ({ page }) => {
  await gotoWorkspace(page);
  await page.getByRole('button', { name: 'Löschen: Gewerbeanmeldung' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Prozess löschen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('link', { name: 'Gewerbeanmeldung', exact: true })).toHaveCount(0);

  const undo = page.getByRole('region', { name: 'Meldungen' }).getByRole('button', { name: 'Rückgängig' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  // the restored process's link has the focus: the keyboard goes on where the process is back
  await expect(page.getByRole('main').getByRole('link', { name: 'Gewerbeanmeldung', exact: true })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 Prozess');
  expect(await processNames(page)).toEqual(['Gewerbeanmeldung']);
});

test('given a process moved to another department in its dialog, then the focus is on its "Angaben ändern" button in that department', async ({ page }) => {
  await gotoWorkspace(page);
  await page.getByRole('button', { name: 'Neues Amt' }).click();
  const departmentDialog = page.getByRole('dialog', { name: 'Neues Amt anlegen' });
  await departmentDialog.getByRole('textbox', { name: 'Bezeichnung' }).fill('Personal und Organisation');
  await departmentDialog.getByRole('textbox', { name: 'Kürzel' }).fill('Amt 10');
  await departmentDialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(departmentDialog).toBeHidden();

  await page.getByRole('button', { name: 'Angaben ändern: Gewerbeanmeldung' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Amt' }).selectOption({ label: 'Amt 10 – Personal und Organisation' });
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();

  const moved = departmentRegion(page, 'Amt 10 – Personal und Organisation').getByRole('button', { name: 'Angaben ändern: Gewerbeanmeldung' });
  await expect(moved).toBeFocused();
});
