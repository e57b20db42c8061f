// Selection between the canvas and the score panel (issue 3, item 1): a step clicked on the canvas
// is the panel's step, and stays so when it is clicked again; "Weiter" walks into a collapsed
// sub-process and out of it again, the canvas showing the plane that holds the step. Starts from a
// fresh browser context.
import { expect, test } from '@playwright/test';
import { diagramCanvas, openProcess } from './support/editorPage';
import { fixturePath } from './support/fixturePath';
import { chooseBpmnFile, gotoWorkspace } from './support/workspacePage';

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

test('given a model whose steps lie in collapsed sub-processes, when walked with "Weiter", then each step is the panel\'s and selected on the plane that holds it', async ({ page }) => {
  // a QA tour: "Weiter" at the first step inside a sub-process emptied the panel and lost the focus
  await gotoWorkspace(page);
  await chooseBpmnFile(page, fixturePath('large/UnstableAngina_Diagnosis-validation-CCU-7west.bpmn'));
  await page.getByRole('dialog').getByRole('button', { name: 'Prozess anlegen' }).click();
  const panel = page.getByRole('complementary', { name: 'Bewertung des Schritts' });
  await panel.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  const next = panel.getByRole('button', { name: 'Weiter', exact: true });

  // steps 4 to 6 lie inside the collapsed sub-process "Take ECG @ T=6", step 7 outside it again
  for (const [position, name, plane] of [
    [4, 'perform ECG', 'Take ECG @ T=6'],
    [5, 'interpret ECG', 'Take ECG @ T=6'],
    [7, 'take blood test @ T=6hrs', ''],
  ] as const) {
    while (!(await panel.getByText(`Schritt ${position} von 71`).isVisible())) await next.click();
    await expect(panel.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(next).toBeFocused();
    await expect(diagramCanvas(page).locator('.djs-shape.selected').filter({ hasText: name })).toHaveCount(1);
    await expect(page.locator('.bjs-breadcrumbs')).toHaveText(plane === '' ? '' : new RegExp(`${plane.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  }
});
