// Tests of a tab that only reads (jsdom, two tab sessions on one in-memory workspace, a shared lock
// and channel): its screens can be read, searched and followed, what would change something is
// disabled, and the process editor opens to be read; the input of a dialog that was open in the
// writing tab when another tab took over is said to be unsaved and shown to copy.
import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n';
import { closeTabSessions, readingTab, renderTab } from './testTabSessions';

beforeEach(async () => {
  window.location.hash = '#/';
  await i18n.changeLanguage('de');
});

afterEach(closeTabSessions);

describe('a tab that only reads', () => {
  it('given the workspace, then links, search, sort and the portfolio report work, and every control that changes something is disabled', async () => {
    // given
    const user = userEvent.setup();
    const { reader } = await readingTab();
    const tab = renderTab(reader);
    const main = await within(tab).findByRole('main');
    expect(main).not.toHaveAttribute('inert');
    // then what only reads can be used
    const search = within(main).getByRole('searchbox', { name: 'Suchen' });
    await user.type(search, 'Hund');
    expect(within(main).getByRole('link', { name: 'Hund anmelden' })).toBeInTheDocument();
    expect(within(main).queryByRole('link', { name: 'Wohnsitz anmelden' })).toBeNull();
    expect(within(main).getByRole('combobox', { name: 'Sortieren nach' })).toBeEnabled();
    expect(within(main).getByRole('button', { name: 'Portfolio-Bericht …' })).toBeEnabled();
    // and nothing that would change the workspace
    for (const name of ['Neuer Prozess', 'Neues Amt', 'BPMN-Datei importieren …', 'XML einfügen …']) {
      expect(within(main).getByRole('button', { name })).toBeDisabled();
    }
    for (const name of [/^Prozess hinzufügen/, /^Umbenennen/, /^Löschen: Amt 33/, /^Angaben ändern: /, /^Duplizieren: /, /^Löschen: Hund/]) {
      expect(within(main).getByRole('button', { name })).toBeDisabled();
    }
    expect(within(main).getByRole('combobox', { name: /^Status von/ })).toBeDisabled();
    expect(within(main).queryByText(/auch einfach hierher ziehen/)).toBeNull();
  });

  it('given the method page and the accessibility statement, then they can be read and the statement cannot be edited', async () => {
    // given
    window.location.hash = '#/method';
    const { reader } = await readingTab();
    const tab = renderTab(reader);
    // then
    const main = await within(tab).findByRole('main');
    expect(main).not.toHaveAttribute('inert');
    expect(within(main).getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(0);
    // when the statement is opened by the header's link
    await userEvent.setup().click(within(tab).getByRole('link', { name: 'Barrierefreiheit' }));
    expect(await within(main).findByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeInTheDocument();
    expect(within(main).getByRole('button', { name: 'Erklärung bearbeiten' })).toBeDisabled();
  });

  it('given the settings, then the catalogue is shown in disabled fields', async () => {
    window.location.hash = '#/settings';
    const { reader } = await readingTab();
    const tab = renderTab(reader);
    const main = await within(tab).findByRole('main');
    const catalogue = within(main).getByRole('form', { name: /Kriterienkatalog/ });
    const fields = within(catalogue).getAllByRole('textbox');
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) expect(field).toBeDisabled();
    expect(within(catalogue).getByRole('button', { name: 'Katalog speichern' })).toBeDisabled();
  });

  it('given a process, then its editor opens to be read, not inert, with the focus a new screen moves in it', async () => {
    const { reader } = await readingTab();
    const tab = renderTab(reader);
    const main = await within(tab).findByRole('main');
    await userEvent.setup().click(within(main).getByRole('link', { name: 'Hund anmelden' }));
    expect(await within(main).findByRole('heading', { level: 1, name: 'Hund anmelden' })).toBeInTheDocument();
    expect(main).not.toHaveAttribute('inert');
    expect(main).toHaveFocus();
    expect(within(main).getByRole('button', { name: 'Aufgabe anfügen' })).toBeDisabled();
  });
});

describe('a reading tab refreshed by the writer\'s change', () => {
  it('given the focus on a control, when the writer stores a change, then the screen shows it in place, the focus where it was', async () => {
    // given B reads, with the focus on the workspace's sort
    const { writer, reader } = await readingTab();
    const tab = renderTab(reader);
    const sort = await within(tab).findByRole('combobox', { name: 'Sortieren nach' });
    act(() => sort.focus());
    const store = reader.getState().store;
    // when A stores a new department
    await act(() => writer.getState().store?.getState().actions.createDepartment({ code: 'Amt 50', name: 'Jugendamt' }));
    // then B shows it on the same store, in the same screen, with the focus on the sort as before
    expect(await within(tab).findByText(/Jugendamt/)).toBeInTheDocument();
    expect(reader.getState().store).toBe(store);
    expect(within(tab).getByRole('combobox', { name: 'Sortieren nach' })).toBe(sort);
    expect(sort).toHaveFocus();
  });

  it('given the focus on a process\'s link, when the writer deletes that process, then the focus is in the main region, not lost to the page', async () => {
    // given B reads, with the focus on the link of "Hund anmelden"
    const { writer, reader } = await readingTab();
    const tab = renderTab(reader);
    const link = await within(tab).findByRole('link', { name: 'Hund anmelden' });
    act(() => link.focus());
    // when A deletes that process
    const writing = writer.getState().store?.getState();
    const process = writing?.document.processes.find((candidate) => candidate.name === 'Hund anmelden');
    if (!writing || !process) throw new Error('no process to delete');
    await act(() => writing.actions.deleteProcess(process.id));
    // then B no longer lists it, and the focus is on B's main region
    await vi.waitFor(() => expect(within(tab).queryByRole('link', { name: 'Hund anmelden' })).toBeNull());
    await vi.waitFor(() => expect(within(tab).getByRole('main')).toHaveFocus());
  });
});

describe('a writing tab that another tab takes writing over from', () => {
  it('given the focus on a control, when B takes over, then A\'s screens rebuilt to read have the focus on the same control', async () => {
    // given A writes, with the focus on the workspace's sort
    const { writer, reader } = await readingTab();
    const tabA = renderTab(writer);
    const sort = await within(tabA).findByRole('combobox', { name: 'Sortieren nach' });
    act(() => sort.focus());
    const store = writer.getState().store;
    // when B takes over (B's "Hier bearbeiten" is in another window: the focus in A's page stays)
    await act(() => reader.takeOver());
    await vi.waitFor(() => expect(writer.getState().tab.role).toBe('reader'));
    await vi.waitFor(() => expect(writer.getState().store).not.toBe(store));
    // then A's new screens have the focus on the sort, a new control in the same place
    await vi.waitFor(() => expect(within(tabA).getByRole('combobox', { name: 'Sortieren nach' })).toHaveFocus());
    expect(within(tabA).getByRole('combobox', { name: 'Sortieren nach' })).not.toBe(sort);
  });
});

describe('a tab that stops writing while a dialog is open', () => {
  it('given "Neuen Prozess anlegen" with typed input in A, when B takes over, then A says the input was not saved and shows it to copy', async () => {
    // given A writes and shows the new-process dialog with a name and a description typed
    const user = userEvent.setup();
    const { writer, reader } = await readingTab();
    const tabA = renderTab(writer);
    const tabB = renderTab(reader);
    await user.click(within(tabA).getByRole('button', { name: 'Neuer Prozess' }));
    const dialog = within(tabA).getByRole('dialog', { name: 'Neuen Prozess anlegen' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name des Prozesses' }), 'Katze anmelden');
    await user.type(within(dialog).getByRole('textbox', { name: 'Kurzbeschreibung' }), 'Antrag per Post');
    // when B takes over
    await user.click(within(tabB).getByRole('button', { name: 'Hier bearbeiten' }));
    await vi.waitFor(() => expect(writer.getState().tab.role).toBe('reader'));
    await vi.waitFor(() => expect(within(tabA).queryByRole('dialog')).toBeNull());
    // then A says so, and shows what was typed
    const notice = await within(tabA).findByRole('region', { name: 'Nicht gespeichert – Neuen Prozess anlegen' });
    expect(within(notice).getByRole('alert')).toHaveTextContent('Die Bearbeitung ist in ein anderes Fenster oder einen anderen Tab gewechselt');
    expect(within(notice).getByText('Katze anmelden')).toBeInTheDocument();
    expect(within(notice).getByText('Antrag per Post')).toBeInTheDocument();
    // and nothing of it was stored
    expect(reader.getState().store?.getState().document.processes.map((process) => process.name)).not.toContain('Katze anmelden');
    // when the user hides it, it is gone
    await user.click(within(notice).getByRole('button', { name: /^Ausblenden/ }));
    expect(within(tabA).queryByRole('region', { name: /^Nicht gespeichert/ })).toBeNull();
  });

  it('given a dialog the user closes in the writing tab, then nothing is said to be lost', async () => {
    const user = userEvent.setup();
    const { writer } = await readingTab();
    const tabA = renderTab(writer);
    await user.click(within(tabA).getByRole('button', { name: 'Neues Amt' }));
    const dialog = within(tabA).getByRole('dialog', { name: 'Neues Amt anlegen' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Bezeichnung/ }), 'Standesamt');
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(within(tabA).queryByRole('region', { name: /^Nicht gespeichert/ })).toBeNull();
  });
});
