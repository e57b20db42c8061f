// A save never moves the page: at 1,280 × 720 pixels the header keeps its height while the save
// status goes from "speichert …" to "gespeichert um …", in German and in English, so nothing under
// the pointer jumps (a click on a moving page lands on the wrong control). The editor's canvas ends
// at the window's bottom edge, with the heatmap's legend above it or without, in a short and a tall
// window. A new screen starts at the top of the page, as a page load would. At 1,280 pixels the
// toolbar, the view's switches and the heatmap's legend take a row each, so the canvas starts high.
// On a projector's 1,024 × 768, "Vollbild" gives the editor the whole screen. At 200 % zoom on a
// 1,280 × 720 screen, a level reached by keyboard shows with its question below the score panel's
// sticky header. Starts from a fresh browser context.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createProcess, diagramCanvas, openProcess } from './support/editorPage';
import { expectSaved, gotoWorkspace, saveStatus } from './support/workspacePage';

test.use({ viewport: { width: 1280, height: 720 } });

/** Records, from now on, each save state shown and each distinct top edge of the main region. */
async function recordLayout(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = { states: [] as string[], tops: [] as number[] };
    (window as unknown as { layoutRecord: typeof record }).layoutRecord = record;
    const read = () => {
      const state = /save-status--(\w+)/.exec(document.querySelector('.app-header .save-status')?.className ?? '')?.[1] ?? 'none';
      if (record.states.at(-1) !== state) record.states.push(state);
      const top = document.querySelector('main')?.getBoundingClientRect().top ?? -1;
      if (record.tops.at(-1) !== top) record.tops.push(top);
    };
    read();
    new MutationObserver(read).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const layoutRecord = (page: Page) => page.evaluate(() => (window as unknown as { layoutRecord: { states: string[]; tops: number[] } }).layoutRecord);

/** Selects the step on the canvas and answers a quick-check question in its score panel. */
async function answer(page: Page, question: RegExp, level: number): Promise<void> {
  await page.locator('.djs-shape[data-element-id="Task_AnmeldungPruefen"]').click();
  const panel = page.getByRole('region', { name: 'Anmeldung fachlich prüfen', exact: true });
  await panel.getByRole('radiogroup', { name: question }).getByRole('radio', { name: new RegExp(`^${level} `) }).check();
}

test('a save changes the save status but never the height of the header', async ({ page }) => {
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  await expectSaved(page);

  await recordLayout(page);
  await answer(page, /^Regelbasiert/, 2);
  await expect(saveStatus(page)).toHaveText(/gespeichert um/);

  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await expect(saveStatus(page)).toHaveText(/saved/);
  await answer(page, /^Rule-based/, 4);
  await expect(saveStatus(page)).toHaveText(/saved at/);

  const { states, tops } = await layoutRecord(page);
  // the status did change, through "speichert …" and back
  expect(states.filter((state) => state === 'saved').length).toBeGreaterThanOrEqual(2);
  expect(states.some((state) => state === 'pending' || state === 'saving')).toBe(true);
  // and the page below the header stayed where it was
  expect(tops).toHaveLength(1);
});

/** The canvas region's bottom edge, and the window's height. */
async function canvasBottom(page: Page): Promise<{ bottom: number; windowHeight: number }> {
  const box = await page.getByRole('region', { name: 'Diagramm', exact: true }).boundingBox();
  if (!box) throw new Error('the canvas region is not shown');
  return { bottom: box.y + box.height, windowHeight: await page.evaluate(() => window.innerHeight) };
}

test('the canvas fills the window down to its bottom edge, with and without the heatmap legend', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  const heatmap = page.getByRole('combobox', { name: 'Heatmap' });
  await heatmap.selectOption('off');
  await expect(page.getByRole('figure')).toHaveCount(0);

  const fitsWindow = async () => {
    const { bottom, windowHeight } = await canvasBottom(page);
    // the main region's bottom padding (16 px) stays under the canvas
    expect(bottom).toBeLessThanOrEqual(windowHeight - 15);
    expect(bottom).toBeGreaterThanOrEqual(windowHeight - 17);
  };
  await expect(fitsWindow).toPass();

  await heatmap.selectOption({ label: 'Digitalisierungspotenzial' });
  await expect(page.getByRole('figure', { name: 'Heatmap: Digitalisierungspotenzial' })).toBeVisible();
  await expect(fitsWindow).toPass();

  await page.setViewportSize({ width: 1280, height: 1100 });
  await expect(fitsWindow).toPass();
  await expect(diagramCanvas(page, 'Gewerbeanmeldung')).toBeVisible();
});

test('a new screen starts at the top of the page, the app header in view and the focus on its main region', async ({ page }) => {
  await gotoWorkspace(page);
  for (const screenName of ['Einstellungen', 'Methode', 'Barrierefreiheit', 'Arbeitsbereich']) {
    await page.getByRole('banner').getByRole('link', { name: screenName, exact: true }).click();
    await expect(page.getByRole('main')).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole('banner')).toBeInViewport({ ratio: 1 });
  }
});

test('above the canvas, the toolbar, the view switches and the heatmap legend take one row each at 1,280 pixels', async ({ page }) => {
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  const view = page.getByRole('group', { name: 'Ansicht' });
  await view.getByRole('combobox', { name: 'Heatmap' }).selectOption({ label: 'Digitalisierungspotenzial' });
  const legend = view.getByRole('figure', { name: 'Heatmap: Digitalisierungspotenzial' });
  await expect(legend).toBeVisible();

  /** how many distinct rows the elements' top edges make */
  const rows = async (elements: ReturnType<Page['locator']>) => new Set((await elements.evaluateAll((all) => all.map((element) => Math.round(element.getBoundingClientRect().top))))).size;
  const toolbar = page.getByRole('toolbar', { name: 'Diagramm bearbeiten' });
  expect(await rows(toolbar.getByRole('button'))).toBe(1);
  // the panels are switched in the view's group, beside the heatmap's switch, not in the toolbar
  await expect(toolbar.getByRole('button', { name: 'Schritttabelle' })).toHaveCount(0);
  expect(await rows(view.locator(':scope > .button, :scope select'))).toBe(1);
  expect(await rows(legend.getByRole('listitem'))).toBe(1);
});

test('at 200 % zoom (a window of 683 × 384 pixels) the canvas and the score panel each fit the window', async ({ page }) => {
  await page.setViewportSize({ width: 683, height: 384 });
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  const side = page.getByRole('complementary', { name: 'Bewertung des Schritts' });
  const canvas = page.getByRole('region', { name: 'Diagramm', exact: true });
  for (const region of [canvas, side]) {
    const box = await region.boundingBox();
    if (!box) throw new Error('not shown');
    expect(box.height).toBeLessThanOrEqual(384);
  }
  // scrolled to, the panel shows the step's name and "Weiter" (its sticky header) in the window
  await side.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(side.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
  await expect(side.getByRole('button', { name: /Weiter/ })).toBeInViewport({ ratio: 1 });
});

test('on a projector (1,024 × 768 pixels), "Vollbild" gives the editor the whole screen: the canvas grows, still ends at the bottom edge, the steps are answered, saved and dialogs shown there; "Vollbild beenden" brings the page back', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  const canvas = page.getByRole('region', { name: 'Diagramm', exact: true });
  const heightOnPage = (await canvas.boundingBox())?.height ?? 0;

  await page.getByRole('button', { name: 'Vollbild', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Vollbild beenden' })).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement?.contains(document.querySelector('.editor__canvas')))).toBe(true);
  // the app's header, the link back and the page's margins have left the screen to the canvas
  await expect(async () => expect((await canvas.boundingBox())?.height).toBeGreaterThan(heightOnPage + 80)).toPass();
  await expect(async () => {
    const { bottom, windowHeight } = await canvasBottom(page);
    expect(bottom).toBeLessThanOrEqual(windowHeight - 15);
    expect(bottom).toBeGreaterThanOrEqual(windowHeight - 17);
  }).toPass();

  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  await page.keyboard.press('4');
  const side = page.getByRole('complementary', { name: 'Bewertung des Schritts' });
  await expect(side.getByRole('radiogroup', { name: /^Regelbasiert / }).getByRole('radio', { name: /^4 / })).toBeChecked();
  // the header is off the screen: the save status is shown on it, in the editor, and says when the answer is stored
  const status = page.locator('.editor-screen').getByRole('status').filter({ hasText: /gespeichert|speichert/ });
  await expect(status).toHaveText(/gespeichert um/);
  await expect(status).toBeInViewport();
  await expect(page.getByRole('banner').getByRole('status')).toHaveCount(0);

  // a dialog opened full screen is on the screen too
  await page.getByRole('button', { name: 'Prozessdaten' }).click();
  const dialog = page.getByRole('dialog', { name: /^Prozessdaten/ });
  await expect(dialog).toBeInViewport();
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Vollbild beenden' }).click();
  await expect(page.getByRole('button', { name: 'Vollbild', exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/gespeichert um/);
});

test('long names without a break wrap: no department heading or process card runs out of its box, neither they nor the editor widen the page', async ({ page }) => {
  await gotoWorkspace(page);
  const longWord = 'Grundstücksentwässerungsanlagengenehmigungsverlängerungsbescheinigung';
  await page.getByRole('button', { name: 'Neues Amt' }).click();
  const departmentDialog = page.getByRole('dialog', { name: 'Neues Amt anlegen' });
  await departmentDialog.getByRole('textbox', { name: 'Kürzel' }).fill(`Amt-${longWord}`);
  await departmentDialog.getByRole('textbox', { name: 'Bezeichnung' }).fill(longWord.repeat(2));
  await departmentDialog.getByRole('button', { name: 'Anlegen' }).click();
  await createProcess(page, `Antrag auf ${longWord}${longWord}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth), 'the editor wider than the window').toBe(false);
  await page.getByRole('link', { name: /Zurück zum Arbeitsbereich/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(longWord) })).toBeVisible();

  const overflow = await page.evaluate(() => {
    const outside = (inner: Element, outer: Element) => inner.getBoundingClientRect().right > outer.getBoundingClientRect().right + 0.5;
    const cards = [...document.querySelectorAll('.process-card')].filter((card) => [...card.querySelectorAll('h3, .status-badge')].some((part) => outside(part, card)));
    const headings = [...document.querySelectorAll('.department__head h2')].filter((heading) => outside(heading, heading.closest('.department') ?? document.body));
    return { pageWider: document.documentElement.scrollWidth > document.documentElement.clientWidth, cards: cards.length, headings: headings.length };
  });
  expect(overflow).toEqual({ pageWider: false, cards: 0, headings: 0 });
});

test.describe('at 200 % zoom on a 1,280 × 720 screen (a window of 640 × 360 pixels)', () => {
  test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

  /**
   * Where the focused level stands against the score panel's sticky header: the top of its
   * question (the radio group's first label), the header's edges, the bottom of the level's option
   * with its 5 px focus ring, and the lowest line shown (the side panel's or the window's edge).
   */
  const focusedLevel = (page: Page) =>
    page.evaluate(() => {
      const radio = document.activeElement;
      const group = radio?.closest('[role="radiogroup"]');
      if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio' || !group) throw new Error('the focus is on no level');
      const question = document.getElementById(group.getAttribute('aria-labelledby')?.split(' ')[0] ?? '');
      const header = group.closest('.score-panel')?.querySelector('header');
      const side = group.closest('aside');
      const option = radio.closest('label');
      if (!question || !header || !side || !option) throw new Error('no question, header, side panel or option');
      const sideBox = side.getBoundingClientRect();
      return {
        level: option.textContent,
        questionTop: question.getBoundingClientRect().top,
        headerTop: header.getBoundingClientRect().top,
        headerBottom: header.getBoundingClientRect().bottom,
        optionBottom: option.getBoundingClientRect().bottom + 5,
        shownBottom: Math.min(sideBox.top + side.clientTop + side.clientHeight, window.innerHeight),
      };
    });

  test('a level reached by keyboard shows with its question below the sticky header, and the header in the window', async ({ page }) => {
    await gotoWorkspace(page);
    await openProcess(page, 'Gewerbeanmeldung');
    await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
    const side = page.getByRole('complementary', { name: 'Bewertung des Schritts' });
    const questions = side.getByRole('region', { name: /^Schnellcheck/ }).getByRole('radiogroup');
    const count = await questions.count();
    expect(count).toBe(5);
    const expectClear = async (step: string) => {
      const at = await focusedLevel(page);
      expect(at.headerTop, `${step}: the header's top edge in the window (${at.level})`).toBeGreaterThanOrEqual(0);
      // (less one pixel: scrolling stops on whole device pixels, the header's bottom edge lies between them)
      expect(at.questionTop, `${step}: the question below the header (${at.level})`).toBeGreaterThanOrEqual(at.headerBottom - 1);
      expect(at.optionBottom, `${step}: the level whole in view (${at.level})`).toBeLessThanOrEqual(at.shownBottom);
    };

    // down the quick check: each question's last level by its key (Medienbrüche: 3 for "3 oder mehr"), then on with Tab
    for (let index = 0; index < count; index += 1) {
      const question = questions.nth(index);
      await expect(question.getByRole('radio').first()).toBeFocused();
      const last = question.getByRole('radio').last();
      const key = (await last.evaluate((radio) => radio.closest('label')?.querySelector('.assessment-option__value')?.textContent ?? '')).charAt(0);
      await page.keyboard.press(key);
      await expect(last).toBeFocused();
      await expectClear(`key ${key} in question ${index + 1}`);
      // over "Antwort löschen" to the next question
      if (index < count - 1) await page.keyboard.press('Tab');
      if (index < count - 1) await page.keyboard.press('Tab');
    }
    // and back up with Shift+Tab: each question's chosen level, its last, comes in from above
    for (let index = count - 2; index >= 0; index -= 1) {
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await expect(questions.nth(index).getByRole('radio').last()).toBeFocused();
      await expectClear(`Shift+Tab back to question ${index + 1}`);
    }
  });
});
