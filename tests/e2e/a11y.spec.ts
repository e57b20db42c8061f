// Accessibility (issue 5, WCAG 2.1 AA / BITV 2.0): an axe-core scan of every main screen finds no
// violation: workspace, modeller with the score panel and the steps table, the editor full screen,
// settings, method page, accessibility statement and the downloaded report. Focus is visible on the
// app's controls, and the heatmap carries its level as text, never by colour alone.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { violations } from './support/axeScan';
import { searchDiagram } from './support/editorPage';
import { fixturePath } from './support/fixturePath';
import { chooseBpmnFile, forEachOtherScreen } from './support/workspacePage';

const sampleName = 'Gewerbeanmeldung';
async function openSample(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: sampleName, exact: true }).click();
  await expect(page.getByRole('button', { name: 'Exportieren' })).toBeEnabled();
}

/**
 * Reached by the keyboard, the element (or the label that draws its box, for radio buttons) shows a
 * visible outline or an equivalent box shadow. Focus arrives by Tab, as :focus-visible expects.
 */
async function expectFocusVisible(control: Locator): Promise<void> {
  await control.focus();
  await control.page().keyboard.press('Shift+Tab');
  await control.page().keyboard.press('Tab');
  await expect(control).toBeFocused();
  const ring = await control.evaluate((element) => {
    const drawn = (target: Element) => {
      const style = getComputedStyle(target);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    };
    const label = element.closest('label');
    return drawn(element) || (label !== null && drawn(label));
  });
  expect(ring, `focus ring on ${await control.evaluate((element) => element.outerHTML.slice(0, 80))}`).toBe(true);
}

test('workspace, settings, method page and accessibility statement have no WCAG 2.1 AA violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('link', { name: sampleName, exact: true })).toBeVisible();
  expect(await violations(page), 'workspace').toEqual([]);

  // the import dialog at its review, with a list of warnings long enough to scroll (Bizagi's file:
  // 11) and reachable by keyboard
  await chooseBpmnFile(page, fixturePath('miwg/Bizagi-2.8_B.2.0-roundtrip.bpmn'));
  const importDialog = page.getByRole('dialog');
  await expect(importDialog.getByRole('button', { name: 'Prozess anlegen' })).toBeVisible();
  const details = importDialog.getByRole('list', { name: 'Einzelheiten' });
  expect(await details.evaluate((list) => list.scrollHeight > list.clientHeight)).toBe(true);
  expect(await violations(page), 'import dialog with a long list of warnings').toEqual([]);
  await importDialog.getByRole('button', { name: 'Abbrechen' }).click();

  await forEachOtherScreen(page, async (hash) => {
    expect(await violations(page), hash).toEqual([]);
  });
});

test('the modeller with the score panel, the steps table and a heatmap has no WCAG 2.1 AA violation; the heatmap is not colour alone', async ({ page }) => {
  await openSample(page);
  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  const scorePanel = page.getByRole('complementary', { name: 'Bewertung des Schritts' }).getByRole('region', { name: /^Schnellcheck/ });
  await expect(scorePanel).toBeVisible();
  await page.getByRole('button', { name: 'Schritttabelle', exact: true }).click();
  await page.getByRole('button', { name: 'Kennzahlen', exact: true }).click();
  await page.getByRole('combobox', { name: 'Heatmap' }).selectOption({ index: 1 });
  await expect(page.getByRole('grid', { name: 'Schritte des Prozesses' })).toBeVisible();
  // the element search with its results; one scan of all of it, as each scan of the editor takes
  // about 10 s on a busy machine
  await searchDiagram(page, 'Be');
  await expect(page.locator('.djs-search-result').first()).toBeVisible();
  await expect(scorePanel).toBeVisible();
  expect(await violations(page), 'modeller with score panel, steps table, figures, heatmap and element search').toEqual([]);
  await page.keyboard.press('Escape');

  // every coloured step carries its level as text and a name that says it
  const badges = page.locator('.djs-container .pl-heat-badge');
  await expect(badges.first()).toBeAttached();
  // one per step: the grid's rows less its header row (it renders only the rows in its scroll box)
  const rowCount = Number(await page.getByRole('grid', { name: 'Schritte des Prozesses' }).getAttribute('aria-rowcount'));
  expect(await badges.count()).toBe(rowCount - 1);
  for (const badge of await badges.evaluateAll((nodes) => nodes.map((node) => ({ text: node.textContent ?? '', name: node.getAttribute('aria-label') ?? '' })))) {
    expect(badge.text.trim()).not.toBe('');
    expect(badge.name).not.toBe('');
  }
});

test('the editor full screen ("Vollbild"), with the save status on the screen, has no WCAG 2.1 AA violation', async ({ page }) => {
  await openSample(page);
  await page.getByRole('button', { name: 'Vollbild', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Vollbild beenden' })).toBeVisible();
  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  await page.keyboard.press('3');
  await expect(page.locator('.fullscreen-status').getByRole('status')).toHaveText(/gespeichert um/);
  expect(await violations(page), 'editor full screen').toEqual([]);
});

test('the downloaded report has no WCAG 2.1 AA violation', async ({ page, context }, testInfo) => {
  await openSample(page);
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await page.getByRole('button', { name: 'Bericht …' }).click();
  const reportDialog = page.getByRole('dialog', { name: /^Bericht erstellen/ });
  await expect(reportDialog).toBeVisible();
  expect(await violations(page), 'report dialog').toEqual([]);
  const download = page.waitForEvent('download');
  await reportDialog.getByRole('button', { name: 'Herunterladen (HTML)' }).click();
  const reportPath = testInfo.outputPath('report.html');
  await (await download).saveAs(reportPath);

  const reader = await context.newPage();
  await reader.goto(`file://${reportPath}`);
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations(reader), 'report').toEqual([]);
});

test('focus is visible on links, buttons, fields, radio buttons and the canvas', async ({ page }) => {
  await page.goto('/');
  await expectFocusVisible(page.getByRole('link', { name: 'Einstellungen' }));
  await expectFocusVisible(page.getByRole('button', { name: 'Neues Amt' }));
  await expectFocusVisible(page.getByRole('searchbox', { name: 'Suchen' }));
  await expectFocusVisible(page.getByRole('combobox', { name: 'Sortieren nach' }));

  await page.getByRole('main').getByRole('link', { name: sampleName, exact: true }).click();
  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  await expectFocusVisible(page.getByRole('radiogroup', { name: /^Regelbasiert / }).getByRole('radio').first());
  await expectFocusVisible(page.getByRole('button', { name: 'Weiter' }));
  await expectFocusVisible(page.getByRole('button', { name: 'Exportieren' }));
  await expectFocusVisible(page.locator('.djs-container svg[tabindex="0"]').first());
});
