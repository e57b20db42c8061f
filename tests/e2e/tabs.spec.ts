// Two tabs on one workspace (issue 5, guarantee 3): one tab writes, the other only reads, says
// why and shows the writer's changes live; "Hier bearbeiten" moves writing over after the writer
// stored its last edit; a stale tab that comes back to the front does not overwrite newer data;
// a tab whose database a newer app version upgraded stops and asks to reload. A reading tab's
// screens can be read (also by a screen reader), searched and followed, and what would change
// something is disabled; its editor shows the diagram, walks the steps and follows the writer's
// answers and diagram edits without a way to change them, in the same screen (the diagram is not
// drawn again for an answer; its zoom, the step shown and the focus stay); a dialog's input that a
// tab lost when another took over is said to be unsaved and shown.
import { expect, test } from '@playwright/test';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { violations } from './support/axeScan';
import { readStore } from './support/storedRecords';
import { saveStatus } from './support/workspacePage';

const readOnlyNotice = (page: Page) => page.getByRole('alert').filter({ hasText: 'Nur lesen.' });
const statusSelect = (page: Page) => page.getByRole('main').getByRole('combobox', { name: /^Status von/ });

/** how opaque a control is drawn: a read-only tab's controls look unusable */
async function opacityOf(control: Locator): Promise<number> {
  return Number(await control.evaluate((element) => getComputedStyle(element).opacity));
}

async function storedProcessNames(page: Page): Promise<string[]> {
  const rows = await readStore<{ name: string }[]>(page, 'processes');
  return rows.map((row) => row.name);
}

async function rename(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Angaben ändern: / }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Name des Prozesses' }).fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Speichern' }).click();
}

test('one tab writes, the other reads live; "Hier bearbeiten" moves writing; a stale tab never overwrites', async ({ context, page: tabA }) => {
  // given tab A has the workspace open and writes
  await tabA.goto('/');
  await expect(saveStatus(tabA)).toHaveText(/gespeichert/);
  await expect(readOnlyNotice(tabA)).toHaveCount(0);

  // when a second tab opens the same workspace
  const tabB = await context.newPage();
  await tabB.goto('/');
  // then it only reads, says why, and its screen cannot be edited
  await expect(readOnlyNotice(tabB)).toContainText('in einem anderen Fenster oder Tab geöffnet');
  await expect(statusSelect(tabB)).toBeDisabled();
  expect(await opacityOf(statusSelect(tabB))).toBeLessThan(1);
  await expect(saveStatus(tabB)).toHaveCount(0);

  // when A edits, B shows it without a reload
  await statusSelect(tabA).selectOption('workshop');
  await expect(statusSelect(tabB)).toHaveValue('workshop');
  await rename(tabA, 'Gewerbeanmeldung (aus A)');
  await expect(tabB.getByRole('main').getByRole('link', { name: 'Gewerbeanmeldung (aus A)' })).toBeVisible();

  // when A has an edit not yet stored and B takes over at once
  await statusSelect(tabA).selectOption('assessed');
  await tabB.getByRole('button', { name: 'Hier bearbeiten' }).click();
  // then B writes, starting from A's last edit, and A only reads
  await expect(saveStatus(tabB)).toHaveText(/gespeichert/);
  await expect(readOnlyNotice(tabB)).toHaveCount(0);
  // and the focus the vanished button held is on B's main region, not lost to the page
  await expect(tabB.getByRole('main')).toBeFocused();
  await expect(statusSelect(tabB)).toHaveValue('assessed');
  expect(await opacityOf(statusSelect(tabB))).toBe(1);
  await expect(readOnlyNotice(tabA)).toContainText('In einem anderen Fenster oder Tab wird jetzt bearbeitet');
  await expect(tabA.getByRole('button', { name: 'Hier bearbeiten' })).toBeVisible();
  await expect(statusSelect(tabA)).toBeDisabled();

  // when B edits, A follows
  await rename(tabB, 'Gewerbeanmeldung (aus B)');
  await expect(saveStatus(tabB)).toHaveText(/^\W*gespeichert/);
  await expect(tabA.getByRole('main').getByRole('link', { name: 'Gewerbeanmeldung (aus B)' })).toBeVisible();

  // when the stale tab A comes back to the front
  await tabA.bringToFront();
  await tabA.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  // then it still only reads, shows B's data, and nothing of B's was overwritten
  await expect(readOnlyNotice(tabA)).toBeVisible();
  await expect(tabA.getByRole('main').getByRole('link', { name: 'Gewerbeanmeldung (aus B)' })).toBeVisible();
  await tabA.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  expect(await storedProcessNames(tabA)).toEqual(['Gewerbeanmeldung (aus B)']);

  // when the writing tab B is closed, A becomes the writer, with B's data
  await tabB.close();
  await expect(readOnlyNotice(tabA)).toHaveCount(0);
  await expect(saveStatus(tabA)).toHaveText(/gespeichert/);
  await statusSelect(tabA).selectOption('draft');
  await expect(saveStatus(tabA)).toHaveText(/^\W*gespeichert/);
  expect(await storedProcessNames(tabA)).toEqual(['Gewerbeanmeldung (aus B)']);
});

/** Opens the workspace in tab A, which writes, and then in a second tab, which only reads: that one. */
async function openReadingTab(context: BrowserContext, tabA: Page): Promise<Page> {
  await tabA.goto('/');
  await expect(saveStatus(tabA)).toHaveText(/gespeichert/);
  const tabB = await context.newPage();
  await tabB.goto('/');
  await expect(readOnlyNotice(tabB)).toBeVisible();
  return tabB;
}

/** The level-2 headings of the main region that the browser's accessibility tree exposes (not ignored, e.g. as inert). */
async function exposedHeadings(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[] };
  await cdp.detach();
  return nodes.filter(
    (node) => !node.ignored && node.role?.value === 'heading' && node.properties?.some((property) => property.name === 'level' && property.value.value === 2),
  ).length;
}

test('a reading tab can be read, searched and followed; what would change something is disabled', async ({ context, page: tabA }) => {
  // given tab A writes and tab B only reads
  const tabB = await openReadingTab(context, tabA);
  const mainB = tabB.getByRole('main');

  // when B opens the method page, then its sections reach a screen reader
  await tabB.getByRole('navigation').getByRole('link', { name: 'Methode' }).click();
  await expect(mainB.getByRole('heading', { level: 1, name: 'Methode' })).toBeVisible();
  const headings = await mainB.getByRole('heading', { level: 2 }).count();
  expect(headings).toBeGreaterThan(0);
  expect(await exposedHeadings(tabB)).toBe(headings);
  // and "Zum Inhalt springen" leads into it
  await tabB.getByRole('link', { name: 'Zum Inhalt springen' }).focus();
  await tabB.keyboard.press('Enter');
  await expect(mainB).toBeFocused();

  // when B searches the workspace, then the list follows; the portfolio report opens; nothing that writes can be used
  await tabB.getByRole('navigation').getByRole('link', { name: 'Arbeitsbereich' }).click();
  const search = mainB.getByRole('searchbox', { name: 'Suchen' });
  await search.fill('Hundesteuer');
  await expect(mainB.getByRole('link', { name: 'Gewerbeanmeldung' })).toHaveCount(0);
  await search.fill('Gewerbe');
  await expect(mainB.getByRole('link', { name: 'Gewerbeanmeldung' })).toBeVisible();
  for (const name of ['Neuer Prozess', 'Neues Amt', 'BPMN-Datei importieren …', 'XML einfügen …']) await expect(mainB.getByRole('button', { name })).toBeDisabled();
  await expect(mainB.getByRole('button', { name: /^Angaben ändern: / })).toBeDisabled();
  await mainB.getByRole('button', { name: 'Portfolio-Bericht …' }).click();
  await expect(tabB.getByRole('dialog')).toBeVisible();
  await tabB.getByRole('dialog').getByRole('button', { name: 'Abbrechen' }).click();

});

test("a reading tab's editor shows the diagram and walks the steps, changes nothing, shows the writer's answers and diagram edits, and edits once it takes writing over", async ({ context, page: tabA }) => {
  // given tab A writes and tab B only reads
  const tabB = await openReadingTab(context, tabA);
  const mainB = tabB.getByRole('main');

  // when B follows a process link, then the editor opens to be read, with the focus in it
  await mainB.getByRole('link', { name: 'Gewerbeanmeldung' }).click();
  await expect(tabB).toHaveURL(/#\/process\//);
  await expect(mainB.locator('.djs-shape').first()).toBeVisible();
  await expect(mainB).not.toHaveAttribute('inert');
  await expect(mainB).toBeFocused();
  // and nothing there edits the diagram
  await expect(mainB.locator('.djs-palette')).toHaveCount(0);
  for (const name of ['Aufgabe anfügen', 'Aktionen']) await expect(mainB.getByRole('button', { name })).toBeDisabled();

  // when B walks to the second step, then its answers are shown and cannot be given
  const panelB = mainB.getByRole('complementary', { name: 'Bewertung des Schritts' });
  await panelB.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  await panelB.getByRole('button', { name: 'Weiter' }).click();
  const ruleBased = (page: Page) => page.getByRole('complementary', { name: 'Bewertung des Schritts' }).getByRole('radiogroup', { name: /^Regelbasiert / });
  await expect(ruleBased(tabB).getByRole('radio', { name: /^5/ })).toBeDisabled();
  await expect(panelB.getByText('Nur lesen: Die Antworten können Sie nur in dem Fenster oder Tab ändern, in dem bearbeitet wird.')).toBeVisible();
  const stepName = await panelB.getByRole('heading', { level: 2 }).first().textContent();
  // and the reading editor, its steps table open, has no WCAG 2.1 AA violation
  await mainB.getByRole('button', { name: 'Schritttabelle' }).click();
  await expect(mainB.getByRole('grid')).toBeVisible();
  expect(await violations(tabB), 'reading editor').toEqual([]);
  // and B zooms in on the diagram
  await mainB.getByRole('button', { name: 'Vergrößern' }).click();
  await mainB.getByRole('button', { name: 'Vergrößern' }).click();
  // the diagram's scale and offset, as its drawing's transform gives them (written to 3 to 6 decimals)
  const diagramViewB = async () => {
    const [scale, , , , x, y] = ((await mainB.locator('.djs-container svg .viewport').first().getAttribute('transform')) ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
    return { scale, x, y };
  };
  const zoomedIn = await diagramViewB();
  // the drawing B shows now, marked to be found again if it is not drawn anew
  await mainB.locator('.djs-container svg').first().evaluate((svg) => svg.setAttribute('data-shown-before', ''));

  // when A answers that step
  await tabA.bringToFront();
  await tabA.getByRole('main').getByRole('link', { name: 'Gewerbeanmeldung' }).click();
  await tabA.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  await tabA.getByRole('button', { name: 'Weiter' }).click();
  await ruleBased(tabA).getByRole('radio', { name: /^5/ }).check();
  await expect(saveStatus(tabA)).toHaveText(/^\W*gespeichert/);

  // then B shows A's answer at the same step, still only to read, and the diagram as B zoomed it
  await tabB.bringToFront();
  await expect(ruleBased(tabB).getByRole('radio', { name: /^5/ })).toBeChecked();
  // and the focus is on the control B last used, "Vergrößern"; the diagram was not imported again
  await expect(mainB.getByRole('button', { name: 'Vergrößern' })).toBeFocused();
  await expect(mainB.locator('.djs-container svg[data-shown-before]')).toHaveCount(1);
  const shownAgain = await diagramViewB();
  expect(shownAgain.scale).toBeCloseTo(zoomedIn.scale, 3);
  expect(shownAgain.x).toBeCloseTo(zoomedIn.x, 1);
  expect(shownAgain.y).toBeCloseTo(zoomedIn.y, 1);
  await expect(ruleBased(tabB).getByRole('radio', { name: /^5/ })).toBeDisabled();
  await expect(tabB.getByRole('complementary', { name: 'Bewertung des Schritts' }).getByRole('heading', { level: 2 }).first()).toHaveText(stepName ?? '');

  // when A appends a task to the diagram
  await tabA.bringToFront();
  await tabA.getByRole('toolbar', { name: 'Diagramm bearbeiten' }).getByRole('button', { name: 'Aufgabe anfügen' }).click();
  await tabA.keyboard.type('Akte anlegen');
  await tabA.keyboard.press('Enter');
  await expect(tabA.getByRole('main').locator('.djs-container svg').first()).toContainText('Akte anlegen');
  await expect(saveStatus(tabA)).toHaveText(/^\W*gespeichert/);
  // then B draws it, in its steps table too, at the view B left, with B's step and focus kept
  await tabB.bringToFront();
  await expect(mainB.locator('.djs-container svg').first()).toContainText('Akte anlegen');
  await expect(mainB.getByRole('grid').getByRole('row', { name: /Akte anlegen/ })).toHaveCount(1);
  const followed = await diagramViewB();
  expect(followed.scale).toBeCloseTo(zoomedIn.scale, 3);
  expect(followed.x).toBeCloseTo(zoomedIn.x, 1);
  expect(followed.y).toBeCloseTo(zoomedIn.y, 1);
  await expect(tabB.getByRole('complementary', { name: 'Bewertung des Schritts' }).getByRole('heading', { level: 2 }).first()).toHaveText(stepName ?? '');
  await expect(mainB.getByRole('button', { name: 'Vergrößern' })).toBeFocused();

  // when B takes writing over in the editor, then B's diagram can be edited: palette, and a task appended
  await tabB.getByRole('button', { name: 'Hier bearbeiten' }).click();
  await expect(mainB.locator('.djs-palette')).toBeVisible();
  await mainB.getByRole('button', { name: 'Aufgabe anfügen' }).click();
  await tabB.keyboard.type('Akte prüfen');
  await tabB.keyboard.press('Enter');
  await expect(mainB.locator('.djs-container svg').first()).toContainText('Akte prüfen');
  await expect(saveStatus(tabB)).toHaveText(/^\W*gespeichert/);
  // and A, reading now, draws it
  await expect(tabA.getByRole('main').locator('.djs-container svg').first()).toContainText('Akte prüfen');
  await expect(tabA.getByRole('main').locator('.djs-palette')).toHaveCount(0);
});

test('"Hier bearbeiten" in B while A has a dialog with typed input open: A says the input was not saved and shows it', async ({ context, page: tabA }) => {
  // given A writes and has "Neuen Prozess anlegen" open with a name and a description typed
  const tabB = await openReadingTab(context, tabA);
  await tabA.bringToFront();
  await tabA.getByRole('button', { name: 'Neuer Prozess' }).click();
  const dialog = tabA.getByRole('dialog', { name: 'Neuen Prozess anlegen' });
  await dialog.getByRole('textbox', { name: 'Name des Prozesses' }).fill('Hundesteuer');
  await dialog.getByRole('textbox', { name: 'Kurzbeschreibung' }).fill('An- und Abmeldung');

  // when B takes over
  await tabB.bringToFront();
  await tabB.getByRole('button', { name: 'Hier bearbeiten' }).click();
  await expect(saveStatus(tabB)).toHaveText(/gespeichert/);

  // then A's dialog is gone, and A says its input was not saved and shows it to copy
  await expect(readOnlyNotice(tabA)).toBeVisible();
  await expect(dialog).toHaveCount(0);
  const notice = tabA.getByRole('region', { name: 'Nicht gespeichert – Neuen Prozess anlegen' });
  await expect(notice).toContainText('Die Bearbeitung ist in ein anderes Fenster oder einen anderen Tab gewechselt');
  await expect(notice).toContainText('Hundesteuer');
  await expect(notice).toContainText('An- und Abmeldung');
  expect(await storedProcessNames(tabA)).not.toContain('Hundesteuer');
});

test('a tab whose database a newer version upgraded stops writing and asks to reload', async ({ context, page: tabA }) => {
  // given two tabs on the workspace
  const tabB = await openReadingTab(context, tabA);

  // when a newer app version opens the database with a higher schema version (as another tab would)
  await tabB.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('prozesslotse', 100);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  // then both tabs stop with a message and a reload button
  for (const tab of [tabA, tabB]) {
    const dialog = tab.getByRole('dialog', { name: 'Prozesslotse wurde aktualisiert' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('speichert deshalb nicht mehr');
  }
  await tabA.getByRole('dialog').getByRole('button', { name: 'Seite neu laden' }).click();
  // (this app is still the old version: after the reload it stops before showing any data)
  await expect(tabA.getByRole('heading', { level: 1, name: 'Prozesslotse wurde aktualisiert' })).toBeVisible();
  await expect(tabA.getByRole('button', { name: 'Seite neu laden' })).toBeVisible();
});
