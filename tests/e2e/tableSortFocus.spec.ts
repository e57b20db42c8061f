// The steps table sorted by an answer, by keyboard alone (WCAG 2.4.3, 3.2.2): an answer typed in
// the first row that sorts its step elsewhere keeps the row in its place, with the focus and the
// next answers on that step; the row moves to its sorted place once the focus leaves it, and the
// row moved to keeps the focus. Before, the row moved away under the focus.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { openProcess } from './support/editorPage';
import { gotoWorkspace } from './support/workspacePage';

/** Presses Tab (or Shift+Tab) until the target, or an element inside it, has the focus. */
async function tabTo(page: Page, target: Locator, key = 'Tab', max = 80): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    const inside = await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement)).catch(() => false);
    if (inside) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target}`);
}

test('keyboard only: a row answered out of its sorted place keeps its place, the focus and the answers until it is left', async ({ page }) => {
  // given the sample's steps table, its first two steps answered R 5 and R 4 (the sample has no answers)
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  await page.getByRole('button', { name: 'Schritttabelle', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Schritte des Prozesses' });
  await expect(grid).toBeVisible();
  const rows = grid.locator('tbody tr[data-step-id]');
  const firstId = await rows.nth(0).getAttribute('data-step-id');
  const secondId = await rows.nth(1).getAttribute('data-step-id');
  const answerIn = (stepId: string | null, column: string) => grid.locator(`tr[data-step-id="${stepId}"] .steps-table__cell--${column} select`);
  await tabTo(page, rows.nth(0));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('5');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('4');
  await expect(answerIn(firstId, 'R')).toHaveValue('5');
  await expect(answerIn(secondId, 'R')).toHaveValue('4');

  // and the table sorted by R, descending: those two first, the first one first
  await tabTo(page, grid.getByRole('button', { name: 'Regelbasiert (R)' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('columnheader', { name: 'Regelbasiert (R)' })).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.nth(0)).toHaveAttribute('data-step-id', firstId ?? '');
  await expect(rows.nth(1)).toHaveAttribute('data-step-id', secondId ?? '');
  await tabTo(page, grid.locator('tbody'));
  await page.keyboard.press('Home');
  await expect(rows.nth(0)).toBeFocused();

  // when the first row's R is answered 1, which sorts it after the second
  await page.keyboard.press('ArrowRight');
  await expect(answerIn(firstId, 'R')).toBeFocused();
  await page.keyboard.press('1');

  // then its row stays first, marked, with the focus on the same answer, and the status says it moves when left
  await expect(answerIn(firstId, 'R')).toHaveValue('1');
  await expect(answerIn(firstId, 'R')).toBeFocused();
  await expect(rows.nth(0)).toHaveAttribute('data-step-id', firstId ?? '');
  await expect(rows.nth(0)).toContainText('wird beim Verlassen neu einsortiert');
  await expect(page.getByRole('search').getByRole('status')).toContainText('bleibt an ihrem Platz und wird neu einsortiert, sobald sie verlassen wird.');

  // when typing goes on along the row: the answer is the same step's
  const secondIdBefore = await answerIn(secondId, 'Id').inputValue();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('2');
  await expect(answerIn(firstId, 'Id')).toBeFocused();
  await expect(answerIn(firstId, 'Id')).toHaveValue('2');
  await expect(answerIn(secondId, 'Id')).toHaveValue(secondIdBefore);

  // when the focus moves down to the next row: it keeps the focus, and the edited row goes to its sorted place
  await page.keyboard.press('ArrowDown');
  await expect(answerIn(secondId, 'Id')).toBeFocused();
  await expect(rows.nth(0)).toHaveAttribute('data-step-id', secondId ?? '');
  await expect(rows.nth(1)).toHaveAttribute('data-step-id', firstId ?? '');
  await expect(grid.getByText('wird beim Verlassen neu einsortiert')).toHaveCount(0);
  await expect(page.getByRole('search').getByRole('status')).not.toContainText('neu einsortiert');
});
