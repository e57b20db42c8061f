// Journey of a workshop (issue 3): open the sample, answer the quick check of three steps with the
// keyboard only, watch the heatmap badges, the steps table and the process figures change, reload,
// and find every answer and figure again, in the view as it was; walk to the last step, where the
// panel counts the steps still open, leads to the first of them and, once every step is scored, to
// the process figures. A time typed into a step survives a reload that came before the field was
// left.
// Expected values are worked out by hand below from the method (scoring-method.md), not taken from
// the app. Starts from a fresh browser context.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { diagramCanvas, openProcess, stepPosition } from './support/editorPage';
import { readStore } from './support/storedRecords';
import { expectSaved, gotoWorkspace } from './support/workspacePage';

interface StepAnswers {
  name: string;
  /** the keys pressed for R, Id, Is, Mb (a count: 1, 2, 3 = "3 oder mehr") and Sp */
  keys: { R: string; Id: string; Is: string; Mb: string; Sp: string };
  /** Digitalisierungspotenzial and Automatisierungspotenzial, worked out by hand */
  ds: number;
  as: number;
}

// n(x) = (x − 1) / 4; Mb as a count maps 1 → 3, 2 → 4, 3+ → 5. Lf unanswered, so the enablers are n(Sp).
// DS = 100 × (0.6·n(Mb) + 0.4·(1 − n(Id))) × (0.25 + 0.75·n(Sp))
// AS = 100 × mean(n(R), n(Id), n(Is)) (Va unanswered and left out; Ex unanswered: no exception share)
const answered: StepAnswers[] = [
  {
    // need = 0.6·0.5 + 0.4·(1 − 0) = 0.7; enablers = n(4) = 0.75; DS = 70 × 0.8125 = 56.875
    // AS = 100 × (0.25 + 0 + 0.25) / 3 = 16.67
    name: 'Papierformular ausfüllen und im Bürgerbüro abgeben',
    keys: { R: '2', Id: '1', Is: '2', Mb: '1', Sp: '4' },
    ds: 57,
    as: 17,
  },
  {
    // need = 0.6·0.75 + 0.4·(1 − 0.25) = 0.75; enablers = n(5) = 1; DS = 75
    // AS = 100 × (1 + 0.25 + 0.5) / 3 = 58.33
    name: 'Antrag am Schalter entgegennehmen und Ausweis prüfen',
    keys: { R: '5', Id: '2', Is: '3', Mb: '2', Sp: '5' },
    ds: 75,
    as: 58,
  },
  {
    // need = 0.6·1 + 0.4·(1 − 1) = 0.6; enablers = n(2) = 0.25; DS = 60 × 0.4375 = 26.25
    // AS = 100 × (0.5 + 1 + 1) / 3 = 83.33
    name: 'Angaben aus dem Formular ins Fachverfahren abtippen',
    keys: { R: '3', Id: '5', Is: '5', Mb: '3', Sp: '2' },
    ds: 26,
    as: 83,
  },
];
/** Medienbrüche in the process: the sum of the counts answered (1 + 2 + 3) */
const mediaBreaks = 6;
// the sample's ten steps; its one serviceTask starts "bereits automatisiert" and so has a result from the start
const stepCount = 10;
const scoredAtStart = 1;

const questions = ['Regelbasiert', 'Digitaler Input', 'Strukturierter Input', 'Medienbrüche', 'Stabilität'] as const;
const codes = ['R', 'Id', 'Is', 'Mb', 'Sp'] as const;

function scorePanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Bewertung des Schritts' });
}

function question(page: Page, label: (typeof questions)[number]): Locator {
  return scorePanel(page).getByRole('radiogroup', { name: new RegExp(`^${label} `) });
}

/** Presses Tab (or Shift+Tab) until the focus is inside the target, as a keyboard user would. */
async function tabInto(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element.contains(document.activeElement))) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('the focus never reached the target with the Tab key');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A step's heatmap badge on the canvas, named "<step>, Digitalisierungspotenzial: <value>". */
function badge(page: Page, stepName: string): Locator {
  return diagramCanvas(page).getByRole('img', { name: new RegExp(`^${escapeRegExp(stepName)}, Digitalisierungspotenzial: `) });
}

function stepsGrid(page: Page): Locator {
  return page.getByRole('grid', { name: 'Schritte des Prozesses' });
}

/** The cell of a step's row in the column with this header. */
async function tableCell(page: Page, stepName: string, column: string): Promise<Locator> {
  const index = await stepsGrid(page).getByRole('columnheader', { name: column, exact: true }).evaluate((cell) => (cell as HTMLTableCellElement).cellIndex);
  const row = tableRow(page, stepName);
  return row.getByRole('rowheader').or(row.getByRole('gridcell')).nth(index);
}

function tableRow(page: Page, stepName: string): Locator {
  return stepsGrid(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: stepName, exact: true }) });
}

async function showEverything(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Schritttabelle' }).click();
  await page.getByRole('button', { name: 'Kennzahlen' }).click();
  await page.getByRole('combobox', { name: 'Heatmap' }).selectOption({ label: 'Digitalisierungspotenzial' });
}

/** The figure "Medienbrüche": the definition that follows its term. */
function mediaBreakFigure(page: Page): Locator {
  return page
    .getByRole('region', { name: 'Kennzahlen des Prozesses' })
    .getByRole('term')
    .filter({ hasText: /^Medienbrüche/ })
    .locator('xpath=following-sibling::dd[1]');
}

function badgeColour(page: Page, stepName: string): Promise<string> {
  return badge(page, stepName).evaluate((element) => getComputedStyle(element).backgroundColor);
}

async function expectAnswersShown(page: Page, openColour: string): Promise<void> {
  // 26, 57 and 75 lie in three different fifths of the scale: three colours, none of them the open steps' one
  const colours = new Set<string>();
  for (const step of answered) {
    await expect(badge(page, step.name)).toHaveText(String(step.ds));
    colours.add(await badgeColour(page, step.name));
    const row = tableRow(page, step.name);
    // the table's answer boxes hold the answered level (Medienbrüche: the count, "3+" has the value 3)
    for (const [index, code] of codes.entries()) {
      await expect(row.getByRole('combobox', { name: `${questions[index]} für ${step.name}` })).toHaveValue(step.keys[code]);
    }
    await expect(await tableCell(page, step.name, 'Digitalisierungspotenzial (DS)')).toHaveText(String(step.ds));
    await expect(await tableCell(page, step.name, 'Automatisierungspotenzial (AS)')).toHaveText(String(step.as));
  }
  expect(colours.size).toBe(answered.length);
  expect(colours.has(openColour)).toBe(false);
  const figures = page.getByRole('region', { name: 'Kennzahlen des Prozesses' });
  await expect(figures).toContainText(`${scoredAtStart + answered.length} von ${stepCount} anwendbaren Schritten bewertet`);
  await expect(mediaBreakFigure(page)).toHaveText(String(mediaBreaks));
}

test('given the sample, when three steps are answered with the keyboard, then heatmap, table and figures change and stay after a reload', async ({ page }) => {
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  await showEverything(page);
  for (const step of answered) await expect(badge(page, step.name)).toHaveText('?');
  const openColour = await badgeColour(page, answered[0].name);
  await expect(page.getByRole('region', { name: 'Kennzahlen des Prozesses' })).toContainText(`${scoredAtStart} von ${stepCount} anwendbaren Schritten bewertet`);
  // no step of the sample has answered the media-break question yet: not recorded, never 0
  await expect(mediaBreakFigure(page)).toHaveText('noch nicht erfasst');

  const start = scorePanel(page).getByRole('button', { name: 'Mit dem ersten Schritt beginnen' });
  await start.focus();
  await page.keyboard.press('Enter');
  for (const [stepIndex, step] of answered.entries()) {
    await expect(scorePanel(page).getByRole('heading', { level: 2, name: step.name })).toBeVisible();
    await expect(stepPosition(page)).toContainText(`Schritt ${stepIndex + 1} von ${stepCount}`);
    // the start button hands the focus to the first question; on later steps Shift+Tab walks back to it
    if (stepIndex === 0) await expect(question(page, 'Regelbasiert').getByRole('radio').first()).toBeFocused();
    else await tabInto(page, question(page, 'Regelbasiert'), true);
    for (const [index, code] of codes.entries()) {
      await tabInto(page, question(page, questions[index]));
      await page.keyboard.press(step.keys[code]);
    }
    await expect(scorePanel(page).getByRole('heading', { level: 3, name: /^Schnellcheck/ })).toContainText('5 von 5 beantwortet');
    await expect(badge(page, step.name)).toHaveText(String(step.ds));
    if (stepIndex < answered.length - 1) await page.keyboard.press('PageDown');
  }

  await expectAnswersShown(page, openColour);
  await expectSaved(page);
  await page.reload();
  await expect(diagramCanvas(page, 'Gewerbeanmeldung')).toBeVisible();
  // the reload keeps the tab's view: table, figures and heatmap are still on
  await expectAnswersShown(page, openColour);
});

test('given the sample, when the walk reaches the last step, then the panel says how many steps are open, leads to the first, and once all are scored to the figures', async ({ page }) => {
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  await scorePanel(page).getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  const next = scorePanel(page).getByRole('button', { name: /Weiter/ });
  for (let step = 1; step < stepCount; step += 1) await next.click();
  await expect(stepPosition(page)).toContainText(`Schritt ${stepCount} von ${stepCount}`);
  await expect(next).toBeFocused();

  const whatNext = scorePanel(page).getByRole('region', { name: 'Wie geht es weiter?' });
  await expect(whatNext.getByRole('status')).toContainText(`Noch ${stepCount - scoredAtStart} Schritte sind offen`);
  // right after "Weiter" for the keyboard; the first open step is the first step
  await page.keyboard.press('Tab');
  await expect(whatNext.getByRole('button', { name: `Zum ersten offenen Schritt: ${answered[0].name}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(stepPosition(page)).toContainText(`Schritt 1 von ${stepCount}`);
  await expect(question(page, 'Regelbasiert').getByRole('radio').first()).toBeFocused();

  // every step's quick check by keyboard, PageDown to the next step
  const keys = ['3', '3', '3', '1', '4'];
  for (let step = 1; step <= stepCount; step += 1) {
    await expect(stepPosition(page)).toContainText(`Schritt ${step} von ${stepCount}`);
    for (const [index, key] of keys.entries()) {
      if (index > 0) await tabInto(page, question(page, questions[index]));
      await page.keyboard.press(key);
    }
    if (step < stepCount) await page.keyboard.press('PageDown');
  }
  await expect(whatNext.getByRole('status')).toContainText('Alle Schritte sind bewertet');
  await expect(whatNext.getByRole('status')).toContainText('Exportieren → Bericht');
  await whatNext.getByRole('button', { name: 'Kennzahlen zeigen' }).click();
  const figures = page.getByRole('region', { name: 'Kennzahlen des Prozesses' });
  await expect(figures.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(figures).toBeInViewport();
  await expect(figures).toContainText(`${stepCount} von ${stepCount} anwendbaren Schritten bewertet`);
});

test('given a time typed into a step and the field not left, when the page is reloaded, then the time is still there', async ({ page }) => {
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  await scorePanel(page).getByText('Detailbewertung', { exact: true }).click();
  const reviewTime = scorePanel(page).getByRole('textbox', { name: 'Prüfzeit' });
  await reviewTime.fill('3');

  // stored while the field still has the focus, as the header's "gespeichert" says
  await expect.poll(async () => (await readStore<{ quantities: { reviewMinutes?: number } }[]>(page, 'assessments')).some((record) => record.quantities.reviewMinutes === 3)).toBe(true);
  await expect(reviewTime).toBeFocused();
  await expectSaved(page);
  await page.reload();
  await expect(diagramCanvas(page, 'Gewerbeanmeldung')).toBeVisible();
  // the reload keeps the step shown
  await expect(stepPosition(page)).toContainText(`Schritt 1 von ${stepCount}`);
  await scorePanel(page).getByText('Detailbewertung', { exact: true }).click();
  await expect(scorePanel(page).getByRole('textbox', { name: 'Prüfzeit' })).toHaveValue('3');
});
