// Journeys in the modeller: a new process gets a task from the palette that is still there after a
// reload; an edit survives leaving the editor at once; the BPMN export re-imports with the same flow
// node ids; every control on the editor screen has an accessible name. Each test starts from a fresh browser context, that is an empty IndexedDB.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  addTaskFromPalette,
  createProcess,
  diagramDrawing,
  expectEditorReady,
  exportBpmn,
  flowNodeIds,
  openProcess,
  stepPosition,
} from './support/editorPage';
import { expectControlsNamed } from './support/expectControlsNamed';
import { expectSaved, gotoWorkspace, importBpmnFile } from './support/workspacePage';

const sampleFile = path.resolve(import.meta.dirname, '../../src/bpmn/sample/gewerbeanmeldung.bpmn');

test('given a new process, when a task is added from the palette, then it is stored and still there after a reload', async ({ page }) => {
  await gotoWorkspace(page);
  await createProcess(page, 'Wohngeld beantragen');
  await expect(page.getByRole('complementary', { name: 'Bewertung des Schritts' })).toContainText('noch keine Schritte');

  await addTaskFromPalette(page, 'Antrag prüfen', { x: 650, y: 120 });

  // the new task is the process's one step, and the score panel shows it
  await expect(stepPosition(page)).toContainText('Schritt 1 von 1');
  await expectSaved(page);
  await page.reload();
  await expectEditorReady(page, 'Wohngeld beantragen');
  await expect(diagramDrawing(page)).toContainText('Antrag prüfen');
  // the reload keeps the step shown
  await expect(stepPosition(page)).toContainText('Schritt 1 von 1');
  await expect(page.getByRole('heading', { level: 2, name: 'Antrag prüfen' })).toBeVisible();
});

test('given an edit, when the editor is left at once, then the edit is kept', async ({ page }) => {
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');

  await addTaskFromPalette(page, 'Nachfragen', { x: 675, y: 228 });
  await page.getByRole('link', { name: '← Zurück zum Arbeitsbereich' }).click();

  await expectSaved(page);
  await openProcess(page, 'Gewerbeanmeldung');
  await expect(diagramDrawing(page)).toContainText('Nachfragen');
});

test('given the sample, when it is exported as BPMN and the file re-imported, then every flow node id is kept', async ({ page }) => {
  const sampleIds = await flowNodeIds(page, await readFile(sampleFile, 'utf8'));
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');

  const first = await exportBpmn(page);
  expect(first.fileName).toBe('Gewerbeanmeldung.bpmn');
  expect(await flowNodeIds(page, first.xml)).toEqual(sampleIds);

  await page.getByRole('link', { name: '← Zurück zum Arbeitsbereich' }).click();
  const name = await importBpmnFile(page, first.path);
  await expectEditorReady(page, name);
  await expect(diagramDrawing(page)).toContainText('Gebühr kassieren und Quittung drucken');
  const second = await exportBpmn(page);
  expect(await flowNodeIds(page, second.xml)).toEqual(sampleIds);
});

test('given the editor with a step selected and every panel open, then every control has an accessible name', async ({ page }) => {
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  await page.getByRole('button', { name: 'Schritttabelle' }).click();
  await page.getByRole('button', { name: 'Kennzahlen' }).click();
  await page.getByRole('combobox', { name: 'Heatmap' }).selectOption({ label: 'Digitalisierungspotenzial' });
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await expect(page.getByRole('button', { name: 'BPMN-Datei (.bpmn)' })).toBeVisible();

  const checked = await expectControlsNamed(page.locator('body'));

  // toolbar, palette, score panel (25 level radios), steps table (five answer boxes a row)
  expect(checked).toBeGreaterThanOrEqual(100);
});

test('given a new process, when tasks are appended with the keyboard, then they follow the start event in order and are stored; an append left with Escape is taken back', async ({ page }) => {
  await gotoWorkspace(page);
  await createProcess(page, 'Parkausweis verlängern');
  const append = page.getByRole('toolbar', { name: 'Diagramm bearbeiten' }).getByRole('button', { name: 'Aufgabe anfügen' });

  for (const label of ['Antrag prüfen', 'Ausweis drucken']) {
    await append.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type(label);
    await page.keyboard.press('Enter');
    await expect(diagramDrawing(page)).toContainText(label);
  }

  await expect(stepPosition(page)).toContainText('Schritt 2 von 2');
  // a third append left with Escape before a name is typed is taken back: no unnamed step stays
  await append.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name des Elements' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Name des Elements' })).toHaveCount(0);
  await expect(stepPosition(page)).toContainText('Schritt 2 von 2');
  await expectSaved(page);
  const { xml } = await exportBpmn(page);
  // the chain as stored: start event -> "Antrag prüfen" -> "Ausweis drucken"
  const names = new Map([...xml.matchAll(/<bpmn:task id="([^"]+)" name="([^"]+)"/g)].map((match) => [match[1], match[2]]));
  const next = new Map([...xml.matchAll(/<bpmn:sequenceFlow id="[^"]+" sourceRef="([^"]+)" targetRef="([^"]+)"/g)].map((match) => [match[1], match[2]]));
  const first = next.get('StartEvent_1') ?? '';
  const second = next.get(first) ?? '';
  expect([names.get(first), names.get(second)]).toEqual(['Antrag prüfen', 'Ausweis drucken']);
});

test('given a new process modelled by keyboard only, when Escape clears the selection and "Aktionen" creates a pool and a data object, then the stored diagram has the pool round the start event, and the data object in it', async ({ page }) => {
  await gotoWorkspace(page);
  await createProcess(page, 'Parkausweis ausstellen');
  const createMenu = page.locator('.djs-popup').filter({ hasText: 'Element erstellen' });

  await diagramDrawing(page).focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('a');
  await expect(createMenu).toBeVisible();
  await page.keyboard.type('Pool');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name des Elements' })).toBeFocused();
  await page.keyboard.type('Straßenverkehrsbehörde');
  await page.keyboard.press('Enter');
  // the new pool is selected: its actions create in it
  await expect(diagramDrawing(page)).toBeFocused();
  await page.keyboard.press('a');
  const poolMenu = page.locator('.djs-popup').filter({ hasText: 'Aktionen für Pool „Straßenverkehrsbehörde“' });
  await expect(poolMenu).toBeVisible();
  await page.keyboard.type('Datenobjekt');
  await page.keyboard.press('Enter');
  await expect(poolMenu).toBeHidden();

  await expectSaved(page);
  const { xml } = await exportBpmn(page);
  const processRef = xml.match(/<bpmn:participant id="[^"]+" name="Straßenverkehrsbehörde" processRef="([^"]+)"/)?.[1];
  expect(processRef).toBeTruthy();
  const process = xml.match(new RegExp(`<bpmn:process id="${processRef}"[\\s\\S]*?</bpmn:process>`))?.[0] ?? '';
  expect(process).toContain('<bpmn:startEvent');
  expect(process).toContain('<bpmn:dataObjectReference');
});

test('given a new process modelled by keyboard only, when "Aktionen" appends a gateway and an end event and "Verbinden mit …" joins two steps, then the stored diagram has them', async ({ page }) => {
  await gotoWorkspace(page);
  await createProcess(page, 'Sondernutzung prüfen');
  const toolbar = page.getByRole('toolbar', { name: 'Diagramm bearbeiten' });
  const appendTask = toolbar.getByRole('button', { name: 'Aufgabe anfügen' });
  const elementActions = toolbar.getByRole('button', { name: 'Aktionen', exact: true });
  const actionsMenu = page.locator('.djs-popup').filter({ hasText: 'Aktionen für ' });

  await appendTask.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Antrag prüfen');
  await page.keyboard.press('Enter');
  // the new task is selected: its actions, chosen by typing and Enter, append a gateway after it
  await elementActions.focus();
  await page.keyboard.press('Enter');
  await expect(actionsMenu).toBeVisible();
  await page.keyboard.type('Gateway anf');
  await page.keyboard.press('Enter');
  await expect(actionsMenu).toBeHidden();
  // the new gateway's label is open for its name, as a new task's is: left empty, it stays unnamed
  await expect(page.getByRole('textbox', { name: 'Name des Elements' })).toBeFocused();
  await page.keyboard.press('Enter');
  // on the canvas (the focus returns to it once the menu is gone), A opens the new gateway's actions
  await expect(diagramDrawing(page)).toBeFocused();
  await page.keyboard.press('a');
  await expect(actionsMenu).toBeVisible();
  await page.keyboard.type('Endereignis anf');
  await page.keyboard.press('Enter');
  await expect(actionsMenu).toBeHidden();

  await appendTask.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Nachforderung');
  await page.keyboard.press('Enter');
  // the label closed, the focus is back on the canvas, where Shift+F10 opens the task's actions
  await expect(diagramDrawing(page)).toBeFocused();
  await page.keyboard.press('Shift+F10');
  await expect(actionsMenu).toBeVisible();
  await page.keyboard.type('Verbinden');
  await page.keyboard.press('Enter');
  const targets = page.locator('.djs-popup').filter({ hasText: '„Nachforderung“ verbinden mit' });
  // named elements first, by name: "Antrag prüfen", then the unnamed gateway and end event
  await expect(targets.locator('.entry .djs-popup-label')).toHaveText(['Antrag prüfen', '(ohne Namen)', '(ohne Namen)']);
  await page.keyboard.press('Enter');

  await expectSaved(page);
  const { xml } = await exportBpmn(page);
  const idOf = (pattern: RegExp) => xml.match(pattern)?.[1] ?? 'missing';
  const check = idOf(/<bpmn:task id="([^"]+)" name="Antrag prüfen"/);
  const request = idOf(/<bpmn:task id="([^"]+)" name="Nachforderung"/);
  const gateway = idOf(/<bpmn:exclusiveGateway id="([^"]+)"/);
  const end = idOf(/<bpmn:endEvent id="([^"]+)"/);
  const flows = [...xml.matchAll(/<bpmn:sequenceFlow id="[^"]+" sourceRef="([^"]+)" targetRef="([^"]+)"/g)].map((match) => `${match[1]} -> ${match[2]}`);
  expect(flows).toEqual(expect.arrayContaining([`${check} -> ${gateway}`, `${gateway} -> ${end}`, `${request} -> ${check}`]));
});
