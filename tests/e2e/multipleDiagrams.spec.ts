// Journey with a file of two diagrams (bpmn-js's multiple-diagrams fixture): a step answered on the
// first diagram keeps its answers, unlisted, while the other diagram is shown, and nothing offers
// to delete them; an answered step deleted on the canvas is listed as removed and comes back with
// "Rückgängig". Starts from a fresh browser context.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { diagramCanvas, expectEditorReady } from './support/editorPage';
import { fixturePath } from './support/fixturePath';
import { readStore } from './support/storedRecords';
import { expectSaved, gotoWorkspace, importBpmnFile } from './support/workspacePage';

interface StoredAssessment {
  stepId: string;
  answers: Record<string, number>;
  orphanedAt?: string;
}

/**
 * Neither diagram nor process has a name, so the picker names each by its place in the file:
 * "Process_1" is drawn by the file's second diagram, "Process_2" by its first.
 */
const firstDiagram = 'Diagramm 2 (ohne Namen)';
const otherDiagram = 'Diagramm 1 (ohne Namen)';

function removedSteps(page: Page): Locator {
  return page.getByRole('region', { name: /^\d+ entfernte[rn]? Schritte?$/ });
}

function ruleQuestion(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Bewertung des Schritts' }).getByRole('radiogroup', { name: /^Regelbasiert / });
}

async function showDiagram(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Diagramm' }).selectOption({ label });
}

async function storedAnswers(page: Page, stepId: string): Promise<StoredAssessment | undefined> {
  const records = await readStore<StoredAssessment[]>(page, 'assessments');
  return records.find((record) => record.stepId === stepId);
}

test('given a file of two diagrams, when a step of the first is answered and the other is shown, then its answers are kept and not offered for deletion', async ({ page }) => {
  await gotoWorkspace(page);
  const name = await importBpmnFile(page, fixturePath('bpmn-io/bpmn-js_multiple-diagrams.bpmn'));
  await expectEditorReady(page, name);
  await showDiagram(page, firstDiagram);
  await expect(diagramCanvas(page).locator('[data-element-id="Task_1"]')).toBeVisible();

  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  const answer = ruleQuestion(page).getByRole('radio').nth(1);
  await answer.check();
  await expectSaved(page);
  const answered = await storedAnswers(page, 'Task_1');
  expect(Object.keys(answered?.answers ?? {})).toEqual(['R']);

  await showDiagram(page, otherDiagram);
  await expect(diagramCanvas(page).locator('[data-element-id="StartEvent_2"]')).toBeVisible();
  await expect(diagramCanvas(page).locator('[data-element-id="Task_1"]')).toHaveCount(0);
  await expectSaved(page);

  await expect(removedSteps(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Antworten löschen/ })).toHaveCount(0);
  const whileHidden = await storedAnswers(page, 'Task_1');
  expect(whileHidden?.orphanedAt).toBeUndefined();
  expect(whileHidden?.answers).toEqual(answered?.answers);

  await page.reload();
  await expectEditorReady(page, name);
  await expect(diagramCanvas(page).locator('[data-element-id="StartEvent_2"]')).toBeVisible();
  await expect(removedSteps(page)).toHaveCount(0);

  await showDiagram(page, firstDiagram);
  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  await expect(ruleQuestion(page).getByRole('radio').nth(1)).toBeChecked();
});

test('given a file of two diagrams, when an answered task is deleted on the canvas, then it is listed as removed, also on the other diagram, and "Rückgängig" brings it back', async ({ page }) => {
  await gotoWorkspace(page);
  const name = await importBpmnFile(page, fixturePath('bpmn-io/bpmn-js_multiple-diagrams.bpmn'));
  await expectEditorReady(page, name);
  await showDiagram(page, firstDiagram);
  const task = diagramCanvas(page).locator('[data-element-id="Task_1"]');
  await expect(task).toBeVisible();
  await task.click();
  await ruleQuestion(page).getByRole('radio').nth(1).check();

  await task.click();
  await page.keyboard.press('Delete');
  await expect(task).toHaveCount(0);
  const removed = page.getByRole('region', { name: '1 entfernter Schritt' });
  await expect(removed).toContainText('Task_1');

  await page.getByRole('toolbar', { name: 'Diagramm bearbeiten' }).getByRole('button', { name: 'Rückgängig' }).click();
  await expect(task).toBeVisible();
  await expect(removedSteps(page)).toHaveCount(0);

  await task.click();
  await page.keyboard.press('Delete');
  await expect(removed).toContainText('Task_1');
  await showDiagram(page, otherDiagram);
  await expect(diagramCanvas(page).locator('[data-element-id="StartEvent_2"]')).toBeVisible();
  await expect(removed).toContainText('Task_1');
  await expect(removed).not.toContainText('Task_2');
});
