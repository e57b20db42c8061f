// Journey of a workshop interrupted by a reload: with the steps table and the figures switched on,
// the table filtered to one lane and sorted by DS, the heatmap showing "Priorität" and the score
// panel walked to step 5, the page reloads (F5, or the browser after an update) and the editor
// shows all of it again, step 5 in the score panel and selected on the canvas. The view belongs to the tab: a new tab starts with the default view, and
// a view the tab kept that cannot be read gives the default view, not an error. Starts from a
// fresh browser context.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { diagramCanvas, expectEditorReady, openProcess, stepPosition } from './support/editorPage';
import { gotoWorkspace } from './support/workspacePage';

const sampleName = 'Gewerbeanmeldung';
const stepCount = 10;

function scorePanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Bewertung des Schritts' });
}

function viewSwitch(page: Page, name: 'Schritttabelle' | 'Kennzahlen'): Locator {
  return page.getByRole('group', { name: 'Ansicht' }).getByRole('button', { name, exact: true });
}

/** The name of the step the score panel shows (its heading). */
async function shownStep(page: Page): Promise<string> {
  return (await scorePanel(page).getByRole('heading', { level: 2 }).first().textContent()) ?? '';
}

function laneFilter(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Nach Lane filtern' });
}

function dsHeader(page: Page): Locator {
  return page.getByRole('columnheader', { name: 'Digitalisierungspotenzial (DS)' });
}

/** The steps of the table's rows, top to bottom. */
function rowSteps(page: Page): Promise<string[]> {
  return page.getByRole('grid', { name: 'Schritte des Prozesses' }).locator('tbody tr[data-step-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-step-id') ?? ''));
}

async function expectDefaultView(page: Page): Promise<void> {
  await expect(viewSwitch(page, 'Schritttabelle')).toHaveAttribute('aria-pressed', 'false');
  await expect(viewSwitch(page, 'Kennzahlen')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('combobox', { name: 'Heatmap' })).toHaveValue('off');
  await expect(scorePanel(page).getByRole('button', { name: 'Mit dem ersten Schritt beginnen' })).toBeVisible();
}

test('given panels, heatmap and step 5 chosen, when the page reloads, then the editor shows them as they were; a new tab starts with the default view', async ({ page, context }) => {
  await gotoWorkspace(page);
  await openProcess(page, sampleName);
  await viewSwitch(page, 'Schritttabelle').click();
  await viewSwitch(page, 'Kennzahlen').click();
  await laneFilter(page).selectOption('Bürgerbüro');
  await page.getByRole('button', { name: 'Digitalisierungspotenzial (DS)' }).click();
  await expect(dsHeader(page)).toHaveAttribute('aria-sort', 'descending');
  const rowsShown = await rowSteps(page);
  expect(rowsShown.length).toBeGreaterThan(1);
  expect(rowsShown.length).toBeLessThan(stepCount);
  await page.getByRole('combobox', { name: 'Heatmap' }).selectOption({ label: 'Priorität' });
  await scorePanel(page).getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  for (let step = 1; step < 5; step += 1) await scorePanel(page).getByRole('button', { name: /Weiter/ }).click();
  await expect(stepPosition(page)).toContainText(`Schritt 5 von ${stepCount}`);
  const fifthStep = await shownStep(page);
  const selectedOnCanvas = await diagramCanvas(page).locator('.djs-element.selected').getAttribute('data-element-id');
  expect(selectedOnCanvas).toBeTruthy();

  await page.reload();
  await expectEditorReady(page, sampleName);

  await expect(viewSwitch(page, 'Schritttabelle')).toHaveAttribute('aria-pressed', 'true');
  await expect(viewSwitch(page, 'Kennzahlen')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('grid', { name: 'Schritte des Prozesses' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kennzahlen des Prozesses' })).toBeVisible();
  await expect(laneFilter(page)).toHaveValue('Bürgerbüro');
  await expect(dsHeader(page)).toHaveAttribute('aria-sort', 'descending');
  expect(await rowSteps(page)).toEqual(rowsShown);
  await expect(page.getByRole('combobox', { name: 'Heatmap' })).toHaveValue('priority');
  await expect(stepPosition(page)).toContainText(`Schritt 5 von ${stepCount}`);
  await expect(scorePanel(page).getByRole('heading', { level: 2, name: fifthStep, exact: true })).toBeVisible();
  await expect(scorePanel(page).getByRole('button', { name: 'Mit dem ersten Schritt beginnen' })).toHaveCount(0);
  await expect(diagramCanvas(page).locator('.djs-element.selected')).toHaveAttribute('data-element-id', selectedOnCanvas ?? '');

  // a new tab, here at the same address once this one is closed, has a view of its own
  const address = page.url();
  await page.close();
  const newTab = await context.newPage();
  await newTab.goto(address);
  await expectEditorReady(newTab, sampleName);
  await expectDefaultView(newTab);
});

test('given a view in the tab\'s storage that cannot be read, when the page reloads, then the editor shows the default view', async ({ page }) => {
  await gotoWorkspace(page);
  await openProcess(page, sampleName);
  await viewSwitch(page, 'Schritttabelle').click();
  const keys = await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('prozesslotse-view:')));
  expect(keys).toHaveLength(1);

  await page.evaluate((key) => sessionStorage.setItem(key, '{"version":1,"view":{"panels":"alle","heatmapMetric":"farbe"'), keys[0]);
  await page.reload();
  await expectEditorReady(page, sampleName);

  await expectDefaultView(page);
});
