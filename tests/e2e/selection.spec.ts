// Selection between the canvas and the score panel (issue 3, item 1): a step clicked on the canvas
// is the panel's step, and stays so when it is clicked again. Starts from a fresh browser context.
import { expect, test } from '@playwright/test';
import { diagramCanvas, openProcess } from './support/editorPage';
import { gotoWorkspace } from './support/workspacePage';

const stepName = 'Antrag am Schalter entgegennehmen und Ausweis prüfen';

test('given the sample, when a step is clicked on the canvas twice, then the score panel still shows it', async ({ page }) => {
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  const panel = page.getByRole('complementary', { name: 'Bewertung des Schritts' });
  const shape = diagramCanvas(page).locator('g.djs-shape').filter({ hasText: stepName }).first();

  await shape.click();
  await expect(panel.getByRole('heading', { level: 2, name: stepName })).toBeVisible();

  await shape.click();
  // diagram-js handles the click synchronously: a deselected shape has lost its class by now
  await expect(shape).toHaveClass(/\bselected\b/);
  await expect(panel.getByRole('heading', { level: 2, name: stepName })).toBeVisible();
});
