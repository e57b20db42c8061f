// The steps table by keyboard alone (QA tours, WCAG 3.2.2, 2.4.3 and 4.1.2): filtered by
// recommendation, answers typed in a row that take its step out of the filter keep the row, the
// focus and the next answers on that step; the row goes once the focus leaves it, and no other
// step's row takes the keys meanwhile. A digit answers as in the score panel (Medienbrüche: 3 to 9
// for "3 oder mehr"), and Chromium gives screen readers each answer with its meaning while the
// closed cell shows the digit.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { openProcess } from './support/editorPage';
import { gotoWorkspace } from './support/workspacePage';

const edited = 'Papierformular ausfüllen und im Bürgerbüro abgeben';
const next = 'Antrag am Schalter entgegennehmen und Ausweis prüfen';

/** Presses Tab until the target, or an element inside it, has the focus. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    const inside = await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement)).catch(() => false);
    if (inside) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** What Chromium gives screen readers for the focused element: its name and value, and its options' names. */
async function focusedForScreenReaders(page: Page): Promise<{ name: unknown; value: unknown; options: unknown[] }> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  const [node] = (await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false })).nodes;
  const options = (await cdp.send('Accessibility.queryAXTree', { objectId: result.objectId, role: 'option' })).nodes;
  await cdp.detach();
  return { name: node.name?.value, value: node.value?.value, options: options.map((option) => option.name?.value) };
}

test('keyboard only: a row answered out of the recommendation filter keeps the focus and the answers until it is left', async ({ page }) => {
  // given the sample's steps table filtered to the open steps, the first one's row focused
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  await page.getByRole('button', { name: 'Schritttabelle', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Schritte des Prozesses' });
  await expect(grid).toBeVisible();
  const filter = page.getByRole('combobox', { name: 'Nach Empfehlung filtern' });
  await tabTo(page, filter);
  for (let presses = 0; presses < 6; presses++) await page.keyboard.press('ArrowDown');
  await expect(filter.locator('option:checked')).toHaveText('offen');
  const firstRow = grid.getByRole('row').nth(1);
  await expect(firstRow).toContainText(edited);
  await tabTo(page, firstRow);
  await expect(firstRow).toBeFocused();
  const answer = (criterion: string, step: string) => grid.getByRole('combobox', { name: `${criterion} für ${step}` });

  // when R and Id are answered 3, which makes the step "beibehalten"
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('3');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('3');

  // then its row stays, marked, with the focus on the same answer, and the status says it goes when left
  await expect(answer('Digitaler Input', edited)).toBeFocused();
  await expect(firstRow).toContainText(edited);
  await expect(firstRow).toContainText('passt nicht mehr zu den Filtern');
  await expect(page.getByRole('search').getByRole('status')).toContainText(`„${edited}“ passt nicht mehr zu den Filtern und wird ausgeblendet, sobald die Zeile verlassen wird.`);

  // when typing goes on along the row
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('3');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('1');

  // then the answers are the edited step's, none the next step's
  await expect(answer('Medienbrüche', edited)).toBeFocused();
  await expect(answer('Regelbasiert', edited)).toHaveValue('3');
  await expect(answer('Digitaler Input', edited)).toHaveValue('3');
  await expect(answer('Strukturierter Input', edited)).toHaveValue('3');
  await expect(answer('Medienbrüche', edited)).toHaveValue('1');
  for (const criterion of ['Regelbasiert', 'Digitaler Input', 'Strukturierter Input', 'Medienbrüche']) {
    await expect(answer(criterion, next)).toHaveValue('');
  }

  // when the focus moves down to the next row: it stays there and the edited row goes
  await page.keyboard.press('ArrowDown');
  await expect(answer('Medienbrüche', next)).toBeFocused();
  await expect(grid.getByRole('row').filter({ hasText: edited })).toHaveCount(0);
  await expect(page.getByRole('search').getByRole('status')).not.toContainText('passt nicht mehr');
});

test('keyboard only: a digit answers Medienbrüche as the score panel does, and screen readers hear what each answer means', async ({ page }) => {
  // given the sample's steps table, the focus on the first row's first answer (Regelbasiert)
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  await page.getByRole('button', { name: 'Schritttabelle', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Schritte des Prozesses' });
  const firstRow = grid.getByRole('row').nth(1);
  await expect(firstRow).toContainText(edited);
  await tabTo(page, firstRow);
  await page.keyboard.press('ArrowRight');
  const rule = grid.getByRole('combobox', { name: `Regelbasiert für ${edited}` });
  await expect(rule).toBeFocused();

  // then each of its options is named by its level and the level's meaning, "–" by "nicht beantwortet"
  expect((await focusedForScreenReaders(page)).options).toEqual([
    'nicht beantwortet',
    '1 jedes Mal Ermessen / kreativ',
    '2 meist Einzelfallentscheidung',
    '3 teils feste Regeln, teils Abwägung',
    '4 überwiegend feste Regeln, selten Abwägung',
    '5 vollständig regelbasiert',
  ]);

  // when 7 is typed on its Medienbrüche
  for (let presses = 0; presses < 3; presses++) await page.keyboard.press('ArrowRight');
  const mediaBreaks = grid.getByRole('combobox', { name: `Medienbrüche für ${edited}` });
  await expect(mediaBreaks).toBeFocused();
  await page.keyboard.press('7');

  // then the answer is "3 oder mehr": the cell shows "3+", a screen reader hears the count with its noun
  await expect(mediaBreaks).toHaveValue('3');
  await expect(mediaBreaks.locator('option:checked')).toHaveText('3+');
  await expect.poll(async () => (await focusedForScreenReaders(page)).value).toBe('3 oder mehr Medienbrüche');
  const heard = await focusedForScreenReaders(page);
  expect(heard.name).toBe(`Medienbrüche für ${edited}`);
  expect(heard.options).toEqual(['nicht beantwortet', '0 Medienbrüche', '1 Medienbruch', '2 Medienbrüche', '3 oder mehr Medienbrüche']);

  // and Delete leaves it unanswered, heard as such
  await page.keyboard.press('Delete');
  await expect(mediaBreaks).toHaveValue('');
  await expect.poll(async () => (await focusedForScreenReaders(page)).value).toBe('nicht beantwortet');
});
