// Keyboard only (issue 5, WCAG 2.1.1): a process is created, each of its steps assessed in the
// score panel, the answers checked in the steps table and the report exported, with page.keyboard
// alone: no click, no mouse, no fill. Locators only read where the focus is and what is shown.
// The process comes from BPMN XML pasted into the import dialog (a keyboard path of its own; adding
// steps with "Aufgabe anfügen" is the modeller spec's keyboard journey). The toolbar's "Element
// suchen" works by keyboard: Enter opens the search, which stays open for typing.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { openProcess } from './support/editorPage';
import { gotoWorkspace } from './support/workspacePage';

const steps = ['Antrag prüfen', 'Gebühr über 25 € erheben', 'Bescheid versenden'];

const pastedXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" name="Sondernutzung Straßenland" isExecutable="false">
    <bpmn:startEvent id="Start_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="Task_1" name="${steps[0]}"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
    <bpmn:userTask id="Task_2" name="${steps[1]}"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:userTask>
    <bpmn:sendTask id="Task_3" name="${steps[2]}"><bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing></bpmn:sendTask>
    <bpmn:endEvent id="End_1"><bpmn:incoming>Flow_4</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_1" targetRef="Task_1" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="Task_2" />
    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_2" targetRef="Task_3" />
    <bpmn:sequenceFlow id="Flow_4" sourceRef="Task_3" targetRef="End_1" />
  </bpmn:process>
</bpmn:definitions>
`;

/** The quick-check answers given to every step, by criterion (keys 1–5; media breaks as a count). */
const answers: [criterion: string, key: string][] = [
  ['Regelbasiert', '4'],
  ['Digitaler Input', '2'],
  ['Strukturierter Input', '3'],
  ['Medienbrüche', '1'],
  ['Stabilität', '5'],
];

/** Presses Tab (or Shift+Tab) until the target, or an element inside it, has the focus. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 60 } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    const inside = await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement)).catch(() => false);
    if (inside) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('keyboard only: create a process, assess every step, export the report', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await page.goto('/');
  const main = page.getByRole('main');
  await expect(main.getByRole('button', { name: 'XML einfügen …' })).toBeVisible();

  // create the process from pasted BPMN XML
  await tabTo(page, main.getByRole('button', { name: 'XML einfügen …' }));
  await page.keyboard.press('Enter');
  const importDialog = page.getByRole('dialog', { name: 'BPMN-XML einfügen' });
  await expect(importDialog.getByRole('textbox', { name: 'BPMN-2.0-XML' })).toBeFocused();
  await page.keyboard.insertText(pastedXml);
  await tabTo(page, importDialog.getByRole('button', { name: 'Prüfen' }));
  await page.keyboard.press('Enter');
  const nameField = importDialog.getByRole('textbox', { name: 'Name des Prozesses' });
  await expect(nameField).toBeFocused();
  await expect(nameField).toHaveValue('Sondernutzung Straßenland');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sondernutzung Straßenland' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exportieren' })).toBeEnabled();

  // assess each step in the score panel: keys 1–5 answer a question, PageDown goes to the next step
  const side = page.getByRole('complementary', { name: 'Bewertung des Schritts' });
  await tabTo(page, side.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }));
  await page.keyboard.press('Enter');
  for (const [index, step] of steps.entries()) {
    await expect(side.getByRole('heading', { name: step })).toBeVisible();
    for (const [criterion, key] of answers) {
      const group = side.getByRole('radiogroup', { name: new RegExp(`^${criterion} `) });
      await tabTo(page, group);
      await page.keyboard.press(key);
      await expect(group.getByRole('radio', { checked: true })).toBeFocused();
    }
    if (index < steps.length - 1) await page.keyboard.press('PageDown');
  }

  // the steps table shows every answer
  await tabTo(page, page.getByRole('button', { name: 'Schritttabelle', exact: true }), { backwards: true });
  await page.keyboard.press('Enter');
  const grid = page.getByRole('grid', { name: 'Schritte des Prozesses' });
  await expect(grid.getByRole('row')).toHaveCount(steps.length + 1);
  for (const step of steps) {
    const row = grid.getByRole('row').filter({ hasText: step });
    for (const [criterion, key] of answers) {
      await expect(row.getByRole('combobox', { name: `${criterion} für ${step}` })).toHaveValue(key);
    }
  }

  // export the report from the export menu
  await tabTo(page, page.getByRole('button', { name: 'Exportieren' }), { backwards: true });
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Bericht …' }));
  await page.keyboard.press('Enter');
  const reportDialog = page.getByRole('dialog', { name: /^Bericht erstellen/ });
  await expect(reportDialog).toBeVisible();
  const download = page.waitForEvent('download');
  await tabTo(page, reportDialog.getByRole('button', { name: 'Herunterladen (HTML)' }));
  await page.keyboard.press('Enter');
  const reportPath = testInfo.outputPath('report.html');
  await (await download).saveAs(reportPath);
  const report = await readFile(reportPath, 'utf8');
  for (const step of steps) expect(report).toContain(step);
  expect(report).toContain('Sondernutzung Straßenland');
});

test('keyboard only: Enter on "Element suchen" opens the search, a typed step name and Enter select that step', async ({ page }) => {
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  const searchButton = page.getByRole('toolbar', { name: 'Diagramm bearbeiten' }).getByRole('button', { name: 'Element suchen' });
  const searchField = page.getByRole('combobox', { name: 'Im Diagramm suchen' });

  // Enter held and released as a person does: the button reacts on keydown, the keyup lands in the search
  await searchButton.focus();
  await page.keyboard.down('Enter');
  await expect(searchField).toBeFocused();
  await page.keyboard.up('Enter');
  await page.waitForTimeout(100);
  await expect(searchField).toBeFocused();

  await page.keyboard.type('Gebühr');
  await expect(searchField).toHaveValue('Gebühr');
  await page.keyboard.press('Enter');
  await expect(searchField).toBeHidden();
  const side = page.getByRole('complementary', { name: 'Bewertung des Schritts' });
  await expect(side.getByRole('heading', { name: 'Gebühr kassieren und Quittung drucken' })).toBeVisible();

  // Escape cancels a search and gives the focus back to the button
  await searchButton.focus();
  await page.keyboard.press('Enter');
  await expect(searchField).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchField).toBeHidden();
  await expect(searchButton).toBeFocused();
});
