// Page helpers for end-to-end journeys in the editor (modeller, score panel, exports), found by
// role and accessible name (German UI); the diagram itself is read as a user sees it (its text) or
// as the BPMN file it exports. Shared by every spec in tests/e2e/.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The modeller: the application region named after the process ("BPMN-Diagramm „…“"). */
export function diagramCanvas(page: Page, processName?: string): Locator {
  return page.getByRole('application', { name: processName ? `BPMN-Diagramm „${processName}“` : /^BPMN-Diagramm „/ });
}

/** The drawn diagram inside the modeller (its SVG; its text holds every label). */
export function diagramDrawing(page: Page): Locator {
  return diagramCanvas(page).locator('svg').first();
}

/** Waits until the editor shows the process and its modeller is ready (the export menu is enabled). */
export async function expectEditorReady(page: Page, processName: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: processName })).toBeVisible();
  await expect(diagramCanvas(page, processName)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exportieren' })).toBeEnabled();
}

/**
 * Clicks "Element suchen" and types a query into the search once its field has the focus. The
 * search opens just after the click (createModeler.ts, openSearch): keys typed before would reach
 * no search, and a person types once the field shows its cursor.
 */
export async function searchDiagram(page: Page, query: string): Promise<void> {
  await page.getByRole('button', { name: 'Element suchen' }).click();
  const searchField = page.getByRole('combobox', { name: 'Im Diagramm suchen' });
  await expect(searchField).toBeFocused();
  await searchField.pressSequentially(query);
}

/** Opens a process from the workspace list by its link and waits for the modeller. */
export async function openProcess(page: Page, processName: string): Promise<void> {
  await page.getByRole('main').getByRole('link', { name: processName, exact: true }).click();
  await expectEditorReady(page, processName);
}

/** Creates a new, empty process from the workspace ("Neuer Prozess") and waits for its modeller. */
export async function createProcess(page: Page, processName: string): Promise<void> {
  await page.getByRole('button', { name: 'Neuer Prozess' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuen Prozess anlegen' });
  await dialog.getByRole('textbox', { name: 'Name des Prozesses' }).fill(processName);
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expectEditorReady(page, processName);
}

/**
 * Adds a task with the palette ("Aufgabe erstellen", then a click on the canvas at a point given
 * in pixels from the canvas's top-left corner) and types its label into the label editor bpmn-js
 * opens. The new task is selected afterwards.
 */
export async function addTaskFromPalette(page: Page, label: string, at: { x: number; y: number }): Promise<void> {
  const canvas = diagramCanvas(page);
  await canvas.getByRole('button', { name: 'Aufgabe erstellen' }).click();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the modeller has no size');
  const x = box.x + at.x;
  const y = box.y + at.y;
  await page.mouse.move(x - 20, y - 20);
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.click(x, y);
  await page.keyboard.type(label);
  // Enter ends the label editing; the new task stays selected
  await page.keyboard.press('Enter');
  await expect(diagramDrawing(page)).toContainText(label);
}

/** The score panel's status line, e.g. "Schritt 2 von 10". */
export function stepPosition(page: Page): Locator {
  return page
    .getByRole('complementary', { name: 'Bewertung des Schritts' })
    .getByRole('status')
    .filter({ hasText: /^Schritt \d+ von \d+/ });
}

/** Exports the open process as BPMN through the export menu and returns the downloaded file's text. */
export async function exportBpmn(page: Page): Promise<{ xml: string; path: string; fileName: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: 'BPMN-Datei (.bpmn)' }).click();
  const file = await download;
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  return { xml: await readFile(path, 'utf8'), path, fileName: file.suggestedFilename() };
}

const bpmnModel = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
/** BPMN 2.0 flow node elements (activities, events, gateways) by local name. */
const flowNodeNames = [
  'task', 'userTask', 'manualTask', 'serviceTask', 'scriptTask', 'sendTask', 'receiveTask', 'businessRuleTask',
  'callActivity', 'subProcess', 'transaction', 'adHocSubProcess',
  'startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent', 'boundaryEvent',
  'exclusiveGateway', 'inclusiveGateway', 'parallelGateway', 'complexGateway', 'eventBasedGateway',
];

/** The sorted ids of every flow node in a BPMN file, parsed with the browser's DOMParser. */
export async function flowNodeIds(page: Page, xml: string): Promise<string[]> {
  return page.evaluate(
    ({ text, namespace, names }) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('not well-formed XML');
      const ids: string[] = [];
      for (const name of names) {
        for (const element of Array.from(doc.getElementsByTagNameNS(namespace, name))) ids.push(element.getAttribute('id') ?? '');
      }
      return ids.sort();
    },
    { text: xml, namespace: bpmnModel, names: flowNodeNames },
  );
}
