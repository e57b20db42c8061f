// Journeys of a file dragged into the app and let go where nothing takes it: the page header, the
// margin beside the workspace, anywhere in the editor. Chromium would open the file in the tab and
// the person would leave the app; the app cancels that (with the "no drop" cursor) and does
// nothing, while a drop on the workspace's drop zone still starts the import (of several files let
// go together the first, naming the others as not imported). The drags are made
// in the page (Playwright cannot drag a file from the desktop): what the browser would do with them
// by itself shows in whether the app cancelled them (the "no drop" cursor is pinned by the unit test
// of strayFileDrops: a made-up drag does not keep its drop effect in Chromium).
import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { diagramCanvas, openProcess } from './support/editorPage';
import { gotoWorkspace } from './support/workspacePage';

/** whether the browser's own handling (opening the file) was cancelled, while over and at the drop */
interface DragOutcome {
  overCancelled: boolean;
  dropCancelled: boolean;
}

/** Drags BPMN files (one, fundsachen.bpmn, unless named) over `target` (at its point x, y when given) and lets them go there. */
async function dropFileOn(target: Locator, point?: { x: number; y: number }, names = ['fundsachen.bpmn']): Promise<DragOutcome> {
  return target.evaluate((element, [at, fileNames]) => {
    const dataTransfer = new DataTransfer();
    for (const name of fileNames) dataTransfer.items.add(new File(['<?xml version="1.0"?>'], name, { type: 'application/xml' }));
    const box = element.getBoundingClientRect();
    const where = at ?? { x: box.width / 2, y: box.height / 2 };
    const init = { dataTransfer, bubbles: true, cancelable: true, composed: true, clientX: box.left + where.x, clientY: box.top + where.y };
    const hit = document.elementFromPoint(init.clientX, init.clientY) ?? element;
    hit.dispatchEvent(new DragEvent('dragenter', init));
    const over = new DragEvent('dragover', init);
    hit.dispatchEvent(over);
    const drop = new DragEvent('drop', init);
    hit.dispatchEvent(drop);
    return { overCancelled: over.defaultPrevented, dropCancelled: drop.defaultPrevented };
  }, [point, names] as const);
}

const cancelled: DragOutcome = { overCancelled: true, dropCancelled: true };

test('given the workspace, when a file is let go on the page header or beside the workspace, then the app stays and nothing is imported', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await gotoWorkspace(page);

  expect(await dropFileOn(page.getByRole('banner'))).toEqual(cancelled);
  // the margin left of the workspace's column
  expect(await dropFileOn(page.locator('body'), { x: 4, y: 600 })).toEqual(cancelled);

  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' })).toBeVisible();
});

test('given the workspace, when a file is let go on its drop zone, then the import checks it', async ({ page }) => {
  await gotoWorkspace(page);

  const outcome = await dropFileOn(page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }));

  expect(outcome).toEqual(cancelled);
  await expect(page.getByRole('dialog', { name: 'Importieren: fundsachen.bpmn' })).toBeVisible();
});

test('given the workspace, when three files are let go on its drop zone together, then the first is checked and the dialog names the two others as not imported', async ({ page }) => {
  await gotoWorkspace(page);

  await dropFileOn(page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }), undefined, ['fundsachen.bpmn', 'gewerbe.bpmn', 'urlaub.bpmn']);

  const dialog = page.getByRole('dialog', { name: 'Importieren: fundsachen.bpmn' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Es wird immer nur eine Datei importiert, hier „fundsachen.bpmn“.')).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText(['gewerbe.bpmn', 'urlaub.bpmn']);
  await expect(page.getByRole('dialog')).toHaveCount(1);
});

test('given the editor, when a file is let go on the diagram or the editor\'s head, then the app stays and nothing is imported', async ({ page }) => {
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');

  expect(await dropFileOn(diagramCanvas(page, 'Gewerbeanmeldung'))).toEqual(cancelled);
  expect(await dropFileOn(page.getByRole('heading', { level: 1, name: 'Gewerbeanmeldung' }))).toEqual(cancelled);

  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(diagramCanvas(page, 'Gewerbeanmeldung')).toBeVisible();
});
