// Tests of the forms whose input a tab keeps when it stops writing (jsdom, two tab sessions on one
// in-memory workspace): the process data dialog, the criteria catalogue in the settings and the
// accessibility statement's editor. When another tab takes over while something is typed there,
// the tab's banner says where the input came from, that it was not saved, and shows it to copy.
import { fireEvent, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n';
import type { TabSession } from '../state/tabSession';
import { closeTabSessions, readingTab, renderTab } from './testTabSessions';

beforeEach(async () => {
  window.location.hash = '#/';
  await i18n.changeLanguage('de');
});

afterEach(closeTabSessions);

/** B ("Hier bearbeiten") takes writing over from A; A's screens are rebuilt as a reader's. */
async function takeOver(tabB: HTMLElement, writer: TabSession, tabA: HTMLElement): Promise<void> {
  await userEvent.setup().click(within(tabB).getByRole('button', { name: 'Hier bearbeiten' }));
  await vi.waitFor(() => expect(writer.getState().tab.role).toBe('reader'));
  await within(tabA).findByRole('button', { name: 'Hier bearbeiten' });
}

/** the label and value of every field a notice of lost input shows */
function keptFields(notice: HTMLElement): [string, string][] {
  const labels = within(notice).getAllByRole('term');
  const values = within(notice).getAllByRole('definition');
  return labels.map((label, index) => [label.textContent ?? '', values[index]?.textContent ?? '']);
}

/** the catalogue field with this accessible name (getByLabelText is much cheaper on a form this size) */
const catalogueInput = (scope: HTMLElement, name: string) => within(scope).getByLabelText(name, { selector: 'input' });

/** A writing tab A and a reading tab B on the settings, both shown; A's catalogue form. */
async function settingsInTwoTabs() {
  window.location.hash = '#/settings';
  const user = userEvent.setup();
  const { writer, reader } = await readingTab();
  const tabA = renderTab(writer);
  const tabB = renderTab(reader);
  const catalogue = await within(tabA).findByRole('form', { name: /Kriterienkatalog/ });
  return { user, writer, reader, tabA, tabB, catalogue };
}

/** Replaces a catalogue field's text, as a person selecting it and pasting would. */
async function retype(user: ReturnType<typeof userEvent.setup>, catalogue: HTMLElement, name: string, text: string): Promise<void> {
  await user.clear(catalogueInput(catalogue, name));
  await user.paste(text);
}

// a catalogue form of 46 inputs in jsdom, twice, takes seconds on a loaded shared machine
describe('a tab that stops writing while a form has typed input', { timeout: 30_000 }, () => {
  it('given "Prozessdaten" with a date, participants and a level typed, when B takes over, then A shows them with the labels and options as shown', async () => {
    // given A writes and shows the process data of "Hund anmelden" with input typed
    const user = userEvent.setup();
    const { writer, reader } = await readingTab();
    const tabA = renderTab(writer);
    const tabB = renderTab(reader);
    await user.click(await within(tabA).findByRole('link', { name: 'Hund anmelden' }));
    await user.click(await within(tabA).findByRole('button', { name: 'Prozessdaten' }));
    const dialog = within(tabA).getByRole('dialog', { name: 'Prozessdaten: Hund anmelden' });
    fireEvent.change(within(dialog).getByLabelText('Datum des Workshops'), { target: { value: '2026-11-28' } });
    await user.type(within(dialog).getByRole('textbox', { name: /^Teilnehmende/ }), 'Frau Öztürk, Herr Weiß');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'OZG-Reifegrad heute' }), '3');
    // when B takes over
    await takeOver(tabB, writer, tabA);
    // then A shows what was typed, as the dialog showed it
    expect(within(tabA).queryByRole('dialog')).toBeNull();
    const notice = await within(tabA).findByRole('region', { name: 'Nicht gespeichert – Prozessdaten: Hund anmelden' });
    expect(keptFields(notice)).toEqual([
      ['Datum des Workshops', '28. November 2026'],
      ['Teilnehmende', 'Frau Öztürk, Herr Weiß'],
      ['OZG-Reifegrad heute', 'Stufe 3 von 7'],
      ['OZG-Reifegrad Ziel', 'nicht angegeben'],
      ['Status', 'Entwurf'],
    ]);
    // and nothing of it was stored
    const stored = reader.getState().store?.getState().document.processes.find((process) => process.name === 'Hund anmelden');
    expect(stored?.participants).toBeUndefined();
  });

  it('given catalogue values typed but not saved, when B takes over, then A shows the changed values under their field names, and only those', async () => {
    // given A writes and shows the settings with two catalogue values changed
    const { user, writer, reader, tabA, tabB, catalogue } = await settingsInTwoTabs();
    await retype(user, catalogue, 'Medienbrüche (Mb), Digitalisierungspotenzial: Bedarf', '0,9');
    await retype(user, catalogue, 'Realisierungsfaktor (r)', '0,7');
    // when B takes over
    await takeOver(tabB, writer, tabA);
    // then A names the section and shows the two values, as typed
    const notice = await within(tabA).findByRole('region', { name: 'Nicht gespeichert – Kriterienkatalog' });
    expect(keptFields(notice)).toEqual([
      ['Medienbrüche (Mb), Digitalisierungspotenzial: Bedarf', '0,9'],
      ['Realisierungsfaktor (r)', '0,7'],
    ]);
    // and the catalogue is stored as it was
    expect(reader.getState().store?.getState().document.catalogue.version).toBe(1);
  });

  it('given catalogue values typed and the settings left for the workspace, when B takes over, then A still shows the changed values', async () => {
    // given A writes, changes a catalogue value and goes to the workspace without saving (the draft stays)
    const { user, writer, reader, tabA, tabB, catalogue } = await settingsInTwoTabs();
    await retype(user, catalogue, 'Realisierungsfaktor (r)', '0,6');
    await user.click(within(within(tabA).getByRole('navigation')).getByRole('link', { name: 'Arbeitsbereich' }));
    await within(tabA).findByRole('heading', { level: 1, name: 'Arbeitsbereich' });
    // when B takes over
    await takeOver(tabB, writer, tabA);
    // then A names the catalogue and shows the value typed
    const notice = await within(tabA).findByRole('region', { name: 'Nicht gespeichert – Kriterienkatalog' });
    expect(keptFields(notice)).toEqual([['Realisierungsfaktor (r)', '0,6']]);
    expect(reader.getState().store?.getState().document.catalogue.version).toBe(1);
  });

  it('given catalogue values typed and saved, when B takes over, then A says nothing was lost', async () => {
    // given A writes and saves a changed catalogue value
    const { user, writer, tabA, tabB, catalogue } = await settingsInTwoTabs();
    await retype(user, catalogue, 'Realisierungsfaktor (r)', '0,6');
    await user.click(within(catalogue).getByRole('button', { name: 'Katalog speichern' }));
    await vi.waitFor(() => expect(writer.getState().store?.getState().document.catalogue.version).toBe(2));
    // when B takes over
    await takeOver(tabB, writer, tabA);
    // then no notice of lost input
    expect(within(tabA).queryByRole('region', { name: /^Nicht gespeichert/ })).toBeNull();
  });

  it('given the accessibility statement edited but not saved, when B takes over, then A shows the changed details with the chosen status as labelled', async () => {
    // given A writes and edits the statement
    window.location.hash = '#/barrierefreiheit';
    const user = userEvent.setup();
    const { writer, reader } = await readingTab();
    const tabA = renderTab(writer);
    const tabB = renderTab(reader);
    await user.click(await within(tabA).findByRole('button', { name: 'Erklärung bearbeiten' }));
    await user.type(within(tabA).getByRole('textbox', { name: 'Verwaltung bzw. Behörde' }), 'Stadt Musterstadt');
    await user.click(within(tabA).getByRole('radio', { name: 'vollständig vereinbar' }));
    // when B takes over
    await takeOver(tabB, writer, tabA);
    // then A names the page and shows what was changed
    const notice = await within(tabA).findByRole('region', { name: 'Nicht gespeichert – Erklärung zur Barrierefreiheit' });
    expect(keptFields(notice)).toEqual([
      ['Verwaltung bzw. Behörde', 'Stadt Musterstadt'],
      ['Stand der Vereinbarkeit', 'vollständig vereinbar'],
    ]);
    expect(reader.getState().store?.getState().document.meta.accessibilityStatement).toBeUndefined();
  });
});
