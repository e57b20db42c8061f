// Tests of the workspace screen as a user meets it: the list by department, creating a process,
// searching, the sort's options, deleting with confirmation and undo (the focus on the restored
// process's link), the card's "Öffnen" and "Angaben ändern" and the focus after editing, a new Amt
// (announced, brought into view and preselected for the next process), refused duplicates of a
// department or of a process name, numbered copies, and importing (bad input leaves storage alone;
// with no department yet, the import creates one; of several files dropped at once the first is
// imported and the others are named; a tab that only reads imports nothing and says why).
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreToasts } from '../../app/StoreToasts';
import { newDiagramXml } from '../../bpmn/newDiagramXml';
import { preparePastedImport } from '../../bpmn/importDiagram';
import type * as ImportDiagram from '../../bpmn/importDiagram';
import { createDepartment, createProcess } from '../../domain/assessment';
import type { Department, Process } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import { createAutosave } from '../../storage/autosave';
import type { Autosave, PendingChange } from '../../storage/autosave';
import { createAppStore } from '../../state/appStore';
import type { AppStore } from '../../state/appStore';
import { AppStoreProvider } from '../../state/AppStoreProvider';
import { createMemoryRepository } from '../../state/memoryRepository';
import { ReadOnlyProvider } from '../../ui/readOnly';
import type { MemoryRepository } from '../../state/memoryRepository';
import { WorkspaceScreen } from './WorkspaceScreen';

// the real importer runs in every test; the malformed-XML test fixes the pasted text's answer,
// because jsdom's DOMParser reports XML errors differently from browsers (see the test)
vi.mock('../../bpmn/importDiagram', async (importOriginal) => {
  const original = await importOriginal<typeof ImportDiagram>();
  return { ...original, preparePastedImport: vi.fn(original.preparePastedImport) };
});

interface Rendered {
  store: AppStore;
  repository: MemoryRepository;
  autosave: Autosave;
  enqueued: PendingChange[];
  opened: string[];
}

let cleanups: (() => void)[] = [];

// jsdom lays nothing out and has no scrollIntoView: here it records what was brought into view
const scrolledIntoView: Element[] = [];
const ownScrollIntoView = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');

beforeEach(async () => {
  await i18n.changeLanguage('de');
  scrolledIntoView.length = 0;
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolledIntoView.push(this);
  };
});

afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
  if (ownScrollIntoView) Object.defineProperty(Element.prototype, 'scrollIntoView', ownScrollIntoView);
  else Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
});

async function renderWorkspace(departments: Department[], processes: Process[], { readOnly = false } = {}): Promise<Rendered> {
  const repository = createMemoryRepository({ departments, processes, meta: { sampleSeeded: true } });
  const real = createAutosave(repository, { debounceMs: 1 });
  const enqueued: PendingChange[] = [];
  const autosave: Autosave = { ...real, enqueue: (change) => (enqueued.push(change), real.enqueue(change)) };
  const store = createAppStore({ repository, autosave, undoMs: 60_000 });
  cleanups.push(() => {
    store.dispose();
    real.dispose();
  });
  await store.getState().actions.loadWorkspace();
  const opened: string[] = [];
  // inside a main region as in the app: where the focus goes when the element that had it is gone
  render(
    <AppStoreProvider store={store}>
      <main tabIndex={-1}>
        <ReadOnlyProvider readOnly={readOnly}>
          <WorkspaceScreen processHref={(id) => `#/process/${id}`} onOpenProcess={(id) => opened.push(id)} newDiagramXml={newDiagramXml} />
        </ReadOnlyProvider>
      </main>
      <StoreToasts />
    </AppStoreProvider>,
  );
  return { store, repository, autosave, enqueued, opened };
}

const ordnungsamt = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
const personal = createDepartment({ code: 'Amt 10', name: 'Personal und Organisation' });
const gewerbe = createProcess({ departmentId: ordnungsamt.id, name: 'Gewerbeanmeldung', diagramXml: '<x/>', lotse: 'Frau Berger' });
const urlaub = createProcess({ departmentId: personal.id, name: 'Urlaubsantrag', diagramXml: '<y/>', description: 'Antrag über das Mitarbeiterportal' });

describe('WorkspaceScreen', () => {
  it('given departments and processes, when shown, then each department is a heading with code and name and lists its processes with their facts', async () => {
    await renderWorkspace([ordnungsamt, personal], [gewerbe, urlaub]);

    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Amt 10 – Personal und Organisation', 'Amt 32 – Ordnungsamt']);
    const section = screen.getByRole('region', { name: 'Amt 32 – Ordnungsamt' });
    const card = within(section).getByRole('article', { name: 'Gewerbeanmeldung' });
    expect(within(card).getByRole('link', { name: 'Gewerbeanmeldung' })).toHaveAttribute('href', `#/process/${gewerbe.id}`);
    expect(within(card).getByText('Frau Berger')).toBeInTheDocument();
    expect(within(card).getByRole('combobox', { name: 'Status von „Gewerbeanmeldung“' })).toHaveValue('draft');
  });

  it('given a department, when a process is created through the dialog, then it is stored with a start diagram and opened', async () => {
    const user = userEvent.setup();
    const { store, repository, autosave, opened } = await renderWorkspace([ordnungsamt], []);

    await user.click(screen.getByRole('button', { name: 'Neuer Prozess' }));
    const dialog = screen.getByRole('dialog', { name: 'Neuen Prozess anlegen' });
    await user.type(within(dialog).getByRole('textbox', { name: /Name des Prozesses/ }), 'Sondernutzungserlaubnis');
    await user.type(within(dialog).getByRole('textbox', { name: /Lotse/ }), 'Herr Yılmaz');
    await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
    await act(() => autosave.flush());

    const created = store.getState().document.processes;
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ name: 'Sondernutzungserlaubnis', lotse: 'Herr Yılmaz', departmentId: ordnungsamt.id, status: 'draft' });
    expect(created[0].diagramXml).toContain('name="Sondernutzungserlaubnis"');
    expect(await repository.loadProcess(created[0].id)).toEqual(created[0]);
    expect(opened).toEqual([created[0].id]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('given the create dialog, when submitted without a name, then it says what is missing and stores nothing', async () => {
    const user = userEvent.setup();
    const { enqueued } = await renderWorkspace([ordnungsamt], []);
    await user.click(screen.getByRole('button', { name: 'Neuer Prozess' }));
    await user.click(screen.getByRole('button', { name: 'Anlegen' }));
    expect(screen.getByRole('textbox', { name: /Name des Prozesses/ })).toHaveAccessibleDescription('Bitte geben Sie einen Namen ein.');
    expect(enqueued).toEqual([]);
  });

  it('given the new department dialog with only a Kürzel, when created, then the focus goes to the missing Bezeichnung (asked first) and nothing is stored', async () => {
    const user = userEvent.setup();
    const { enqueued } = await renderWorkspace([ordnungsamt], []);
    await user.click(screen.getByRole('button', { name: 'Neues Amt' }));
    const dialog = screen.getByRole('dialog');
    const fields = within(dialog).getAllByRole('textbox');
    expect(fields.map((field) => field.getAttribute('aria-required') === 'true' || field.hasAttribute('required'))).toEqual([true, false]);
    await user.type(within(dialog).getByRole('textbox', { name: /Kürzel/ }), 'Amt 50');
    await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));

    const name = within(dialog).getByRole('textbox', { name: /Bezeichnung/ });
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(enqueued).toEqual([]);
  });

  it('given several processes, when searching for a Lotse or a word of a description, then only the matching processes are listed', async () => {
    const user = userEvent.setup();
    await renderWorkspace([ordnungsamt, personal], [gewerbe, urlaub]);

    await user.type(screen.getByRole('searchbox', { name: 'Suchen' }), 'berger');
    expect(screen.getByRole('article', { name: 'Gewerbeanmeldung' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Urlaubsantrag' })).toBeNull();
    expect(screen.getByText('1 Prozess gefunden für „berger“')).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Suchen' }));
    await user.type(screen.getByRole('searchbox', { name: 'Suchen' }), 'mitarbeiterportal');
    expect(screen.getByRole('article', { name: 'Urlaubsantrag' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Gewerbeanmeldung' })).toBeNull();
  });

  it('given the sort field, then its options for the two dates are named alike in German and in English ("Zuletzt geändert" / "Zuletzt angelegt", "Last changed" / "Last created")', async () => {
    await renderWorkspace([ordnungsamt], [gewerbe]);
    const options = () => within(screen.getByRole('combobox', { name: /^(Sortieren nach|Sort by)$/ })).getAllByRole('option').map((option) => option.textContent);
    expect(options()).toEqual(['Name', 'Zuletzt geändert', 'Zuletzt angelegt', 'Status']);

    await act(() => i18n.changeLanguage('en'));
    expect(options()).toEqual(['Name', 'Last changed', 'Last created', 'Status']);
  });

  it('given a process, when deletion is confirmed and then undone, then it disappears from list and storage and comes back', async () => {
    const user = userEvent.setup();
    const { repository, autosave } = await renderWorkspace([ordnungsamt], [gewerbe]);

    await user.click(screen.getByRole('button', { name: 'Löschen: Gewerbeanmeldung' }));
    const dialog = screen.getByRole('dialog', { name: 'Prozess löschen?' });
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Prozess löschen' }));
    await act(() => autosave.flush());

    expect(screen.queryByRole('article', { name: 'Gewerbeanmeldung' })).toBeNull();
    expect(await repository.loadProcess(gewerbe.id)).toBeUndefined();
    const toasts = screen.getByRole('region', { name: 'Meldungen' });
    expect(within(toasts).getByText('„Gewerbeanmeldung“ wurde gelöscht.').closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');

    await user.click(within(toasts).getByRole('button', { name: 'Rückgängig' }));
    await act(() => autosave.flush());
    expect(screen.getByRole('article', { name: 'Gewerbeanmeldung' })).toBeInTheDocument();
    expect(await repository.loadProcess(gewerbe.id)).toEqual(gewerbe);
  });

  it('given a process deleted by keyboard, when "Rückgängig" is pressed, then the process is back with the focus on its link', async () => {
    const user = userEvent.setup();
    await renderWorkspace([ordnungsamt], [gewerbe, createProcess({ departmentId: ordnungsamt.id, name: 'Sondernutzung', diagramXml: '<z/>' })]);

    act(() => screen.getByRole('button', { name: 'Löschen: Gewerbeanmeldung' }).focus());
    await user.keyboard('{Enter}');
    act(() => within(screen.getByRole('dialog', { name: 'Prozess löschen?' })).getByRole('button', { name: 'Prozess löschen' }).focus());
    await user.keyboard('{Enter}');
    const undo = await within(screen.getByRole('region', { name: 'Meldungen' })).findByRole('button', { name: 'Rückgängig' });
    expect(undo).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(within(screen.getByRole('article', { name: 'Gewerbeanmeldung' })).getByRole('link', { name: 'Gewerbeanmeldung' })).toHaveFocus();
  });

  it('given an Amt deleted by keyboard, when "Rückgängig" is pressed, then the Amt and its process are back with the focus on its heading', async () => {
    const user = userEvent.setup();
    await renderWorkspace([ordnungsamt, personal], [gewerbe, urlaub]);

    act(() => screen.getByRole('button', { name: 'Löschen: Amt 32 – Ordnungsamt' }).focus());
    await user.keyboard('{Enter}');
    act(() => within(screen.getByRole('dialog', { name: 'Amt löschen?' })).getByRole('button', { name: 'Amt löschen' }).focus());
    await user.keyboard('{Enter}');
    const undo = await within(screen.getByRole('region', { name: 'Meldungen' })).findByRole('button', { name: 'Rückgängig' });
    expect(screen.queryByRole('heading', { name: 'Amt 32 – Ordnungsamt' })).toBeNull();
    expect(undo).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Amt 32 – Ordnungsamt' })).toHaveFocus();
    expect(within(screen.getByRole('region', { name: 'Amt 32 – Ordnungsamt' })).getByRole('article', { name: 'Gewerbeanmeldung' })).toBeInTheDocument();
  });

  it('given a process, when deletion is cancelled, then nothing changes', async () => {
    const user = userEvent.setup();
    const { enqueued } = await renderWorkspace([ordnungsamt], [gewerbe]);
    await user.click(screen.getByRole('button', { name: 'Löschen: Gewerbeanmeldung' }));
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(screen.getByRole('article', { name: 'Gewerbeanmeldung' })).toBeInTheDocument();
    expect(enqueued).toEqual([]);
    expect(screen.getByRole('button', { name: 'Löschen: Gewerbeanmeldung' })).toHaveFocus();
  });

  it('given a process card, then its details button says what it opens ("Angaben ändern", not "Bearbeiten"), with the process\'s name, in German and in English', async () => {
    const user = userEvent.setup();
    await renderWorkspace([ordnungsamt], [gewerbe]);
    const card = screen.getByRole('article', { name: gewerbe.name });
    expect(within(card).queryByRole('button', { name: /^Bearbeiten/ })).toBeNull();
    const details = within(card).getByRole('button', { name: `Angaben ändern: ${gewerbe.name}` });
    expect(details).toHaveTextContent('Angaben ändern');

    await user.click(details);
    expect(screen.getByRole('dialog', { name: `Angaben zu „${gewerbe.name}“ ändern` })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));

    await act(() => i18n.changeLanguage('en'));
    expect(within(card).getByRole('button', { name: `Edit details: ${gewerbe.name}` })).toHaveTextContent('Edit details');
  });

  it('given a process card, then "Öffnen" among its actions is a link into the process that the keyboard and speech input reach by its visible word, also in a tab that only reads', async () => {
    await renderWorkspace([ordnungsamt], [gewerbe], { readOnly: true });
    const card = screen.getByRole('article', { name: gewerbe.name });

    const open = within(card).getByRole('link', { name: 'Öffnen' });
    expect(open).toHaveAttribute('href', `#/process/${gewerbe.id}`);
    expect(open).not.toHaveAttribute('tabindex');
    expect(within(card).getAllByRole('link').map((link) => link.textContent)).toEqual([gewerbe.name, 'Öffnen']);
  });

  it('given a process, when edited to another department, then it is listed there', async () => {
    const user = userEvent.setup();
    const { store } = await renderWorkspace([ordnungsamt, personal], [gewerbe]);
    await user.click(screen.getByRole('button', { name: 'Angaben ändern: Gewerbeanmeldung' }));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Amt' }), personal.id);
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(store.getState().document.processes[0].departmentId).toBe(personal.id);
    const section = screen.getByRole('region', { name: 'Amt 10 – Personal und Organisation' });
    expect(within(section).getByRole('article', { name: 'Gewerbeanmeldung' })).toBeInTheDocument();
  });

  it('given a process, when edited to another department and saved, then the focus is on its "Angaben ändern" button there', async () => {
    const user = userEvent.setup();
    await renderWorkspace([ordnungsamt, personal], [gewerbe, urlaub]);
    await user.click(screen.getByRole('button', { name: 'Angaben ändern: Gewerbeanmeldung' }));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Amt' }), personal.id);
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    const target = screen.getByRole('region', { name: `${personal.code} – ${personal.name}` });
    const card = within(target).getByRole('article', { name: gewerbe.name });
    expect(within(card).getByRole('button', { name: `Angaben ändern: ${gewerbe.name}` })).toHaveFocus();
    // and a polite message says where it went (a keyboard QA tour: the move was said to nobody)
    const toasts = screen.getByRole('region', { name: 'Meldungen' });
    expect(within(toasts).getByText(`„${gewerbe.name}“ ist jetzt in „${personal.code} – ${personal.name}“.`).closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
  });

  it('given a process, when edited without moving it, then the focus is back on its "Angaben ändern" button', async () => {
    const user = userEvent.setup();
    await renderWorkspace([ordnungsamt], [gewerbe]);
    await user.click(screen.getByRole('button', { name: 'Angaben ändern: Gewerbeanmeldung' }));
    await user.type(within(screen.getByRole('dialog')).getByRole('textbox', { name: /Lotse/ }), ' und Herr Kaya');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(screen.getByRole('button', { name: 'Angaben ändern: Gewerbeanmeldung' })).toHaveFocus();
    expect(within(screen.getByRole('region', { name: 'Meldungen' })).getByText('Angaben zu „Gewerbeanmeldung“ gespeichert.')).toBeInTheDocument();
  });

  it('given the workspace, when another order is chosen, then a status says the new order once (the select says nothing of the list it reorders)', async () => {
    const user = userEvent.setup();
    await renderWorkspace([ordnungsamt, personal], [gewerbe, urlaub]);
    const region = document.querySelector('.workspace__sort-said');
    if (!region) throw new Error('no live region for the order');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sortieren nach' }), 'name');

    expect(region).toHaveTextContent('Sortiert nach: Name');
    // the count's status stays the only status of the page's main part
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });

  it('given an Amt, when a new one with its Kürzel and Bezeichnung (other case, extra spaces) is created, then it is refused on the field and nothing is stored', async () => {
    const user = userEvent.setup();
    const { store, enqueued } = await renderWorkspace([ordnungsamt], []);
    await user.click(screen.getByRole('button', { name: 'Neues Amt' }));
    const dialog = screen.getByRole('dialog', { name: 'Neues Amt anlegen' });
    await user.type(within(dialog).getByRole('textbox', { name: /Bezeichnung/ }), ` ${ordnungsamt.name.toUpperCase()} `);
    await user.type(within(dialog).getByRole('textbox', { name: /Kürzel/ }), ordnungsamt.code.toLowerCase().replace(' ', '  '));
    await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));

    const name = within(dialog).getByRole('textbox', { name: /Bezeichnung/ });
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining(`Das Amt „${ordnungsamt.code} – ${ordnungsamt.name}“ gibt es schon.`));
    expect(enqueued).toEqual([]);
    expect(store.getState().document.departments).toEqual([ordnungsamt]);

    // another Kürzel makes it a department of its own
    await user.clear(within(dialog).getByRole('textbox', { name: /Kürzel/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Kürzel/ }), 'Amt 33');
    await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
    expect(store.getState().document.departments.map((department) => department.code)).toEqual([ordnungsamt.code, 'Amt 33']);
  });

  it('given a new Amt created, then a polite message says so, its section comes into view with the focus on its heading, and "Neuer Prozess" and an import preselect it', async () => {
    const user = userEvent.setup();
    const { store } = await renderWorkspace([ordnungsamt, personal], [gewerbe]);
    await user.click(screen.getByRole('button', { name: 'Neues Amt' }));
    const dialog = screen.getByRole('dialog', { name: 'Neues Amt anlegen' });
    await user.type(within(dialog).getByRole('textbox', { name: /Bezeichnung/ }), 'Bürgeramt');
    await user.type(within(dialog).getByRole('textbox', { name: /Kürzel/ }), 'Amt 33');
    await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));

    const created = store.getState().document.departments.find((department) => department.code === 'Amt 33');
    const toasts = screen.getByRole('region', { name: 'Meldungen' });
    expect(within(toasts).getByText('„Amt 33 – Bürgeramt“ wurde angelegt.').closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    const section = screen.getByRole('region', { name: 'Amt 33 – Bürgeramt' });
    expect(within(section).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(scrolledIntoView).toEqual([section]);

    await user.click(screen.getByRole('button', { name: 'Neuer Prozess' }));
    expect(within(screen.getByRole('dialog', { name: 'Neuen Prozess anlegen' })).getByRole('combobox', { name: 'Amt' })).toHaveValue(created?.id);
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));

    await user.click(screen.getByRole('button', { name: 'XML einfügen …' }));
    const paste = screen.getByRole('dialog', { name: 'BPMN-XML einfügen' });
    fireEvent.change(within(paste).getByRole('textbox', { name: 'BPMN-2.0-XML' }), { target: { value: newDiagramXml('Fundsachen') } });
    await user.click(within(paste).getByRole('button', { name: 'Prüfen' }));
    await within(paste).findByRole('button', { name: 'Prozess anlegen' });
    expect(within(paste).getByRole('combobox', { name: 'Amt' })).toHaveValue(created?.id);
  });

  it('given processes in two Ämter, when "Neuer Prozess" is chosen, then the Amt of the process created last is preselected, not the first Amt', async () => {
    const user = userEvent.setup();
    const early = { createdAt: '2024-03-01T10:00:00.000Z', updatedAt: '2024-03-01T10:00:00.000Z' };
    const recent = (minute: number) => ({ createdAt: `2024-03-01T11:0${minute}:00.000Z`, updatedAt: '2024-03-02T09:00:00.000Z' });
    await renderWorkspace(
      [{ ...ordnungsamt, ...early }, { ...personal, ...early }],
      [{ ...gewerbe, ...recent(1) }, { ...urlaub, ...recent(2) }, { ...gewerbe, id: 'fund', name: 'Fundsachen', ...recent(0) }],
    );

    await user.click(screen.getByRole('button', { name: 'Neuer Prozess' }));

    expect(within(screen.getByRole('dialog', { name: 'Neuen Prozess anlegen' })).getByRole('combobox', { name: 'Amt' })).toHaveValue(personal.id);
  });

  it('given two Ämter, when one is renamed to the other\'s Kürzel and Bezeichnung, then it is refused; renamed in its own other case, it is saved', async () => {
    const user = userEvent.setup();
    const { store, enqueued } = await renderWorkspace([ordnungsamt, personal], []);
    await user.click(screen.getByRole('button', { name: `Umbenennen: ${personal.code} – ${personal.name}` }));
    const dialog = screen.getByRole('dialog', { name: 'Amt umbenennen' });
    await user.clear(within(dialog).getByRole('textbox', { name: /Bezeichnung/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Bezeichnung/ }), ordnungsamt.name);
    await user.clear(within(dialog).getByRole('textbox', { name: /Kürzel/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Kürzel/ }), ordnungsamt.code);
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    expect(within(dialog).getByRole('textbox', { name: /Bezeichnung/ })).toHaveAttribute('aria-invalid', 'true');
    expect(enqueued).toEqual([]);
    expect(store.getState().document.departments).toEqual([ordnungsamt, personal]);

    await user.clear(within(dialog).getByRole('textbox', { name: /Bezeichnung/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Bezeichnung/ }), personal.name.toUpperCase());
    await user.clear(within(dialog).getByRole('textbox', { name: /Kürzel/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Kürzel/ }), personal.code);
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().document.departments.find((department) => department.id === personal.id)?.name).toBe(personal.name.toUpperCase());
  });

  it('given a process, when duplicated twice, then the second copy gets the next free name of its Amt, in German and in English', async () => {
    const user = userEvent.setup();
    const { store } = await renderWorkspace([ordnungsamt], [gewerbe]);
    const copiesOf = (name: string) => store.getState().document.processes.filter((process) => process.id !== gewerbe.id && process.name.startsWith(name));

    for (let round = 0; round < 2; round++) {
      await user.click(screen.getByRole('button', { name: `Duplizieren: ${gewerbe.name}` }));
      await vi.waitFor(() => expect(copiesOf(gewerbe.name)).toHaveLength(round + 1));
    }
    expect(copiesOf(gewerbe.name).map((process) => process.name)).toEqual([`${gewerbe.name} (Kopie)`, `${gewerbe.name} (Kopie 2)`]);

    await act(() => i18n.changeLanguage('en'));
    for (let round = 0; round < 2; round++) {
      await user.click(screen.getByRole('button', { name: `Duplicate: ${gewerbe.name}` }));
      await vi.waitFor(() => expect(copiesOf(gewerbe.name)).toHaveLength(round + 3));
    }
    expect(copiesOf(gewerbe.name).map((process) => process.name).slice(2)).toEqual([`${gewerbe.name} (copy)`, `${gewerbe.name} (copy 2)`]);
  });

  it('given a copy, when it is duplicated, then the new copy is the next of the original\'s copies, not "(Kopie) (Kopie)"', async () => {
    const user = userEvent.setup();
    const { store } = await renderWorkspace([ordnungsamt], [gewerbe]);
    const names = () => store.getState().document.processes.map((process) => process.name);

    await user.click(screen.getByRole('button', { name: `Duplizieren: ${gewerbe.name}` }));
    await vi.waitFor(() => expect(names()).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: `Duplizieren: ${gewerbe.name} (Kopie)` }));
    await vi.waitFor(() => expect(names()).toHaveLength(3));

    expect(names()).toEqual(expect.arrayContaining([gewerbe.name, `${gewerbe.name} (Kopie)`, `${gewerbe.name} (Kopie 2)`]));
  });

  it('given a process name used in an Amt, when a new process there gets it (in other case), then it is refused on the field; in another Amt it is created', async () => {
    const user = userEvent.setup();
    const { store, enqueued } = await renderWorkspace([ordnungsamt, personal], [gewerbe]);
    await user.click(screen.getByRole('button', { name: `Prozess hinzufügen zu ${ordnungsamt.code} – ${ordnungsamt.name}` }));
    const dialog = screen.getByRole('dialog', { name: 'Neuen Prozess anlegen' });
    const name = within(dialog).getByRole('textbox', { name: /Name des Prozesses/ });
    await user.type(name, ` ${gewerbe.name.toLowerCase()}`);
    await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));

    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining(`„${gewerbe.name}“`));
    expect(name).toHaveAccessibleDescription(expect.stringContaining(`${ordnungsamt.code} – ${ordnungsamt.name}`));
    expect(enqueued).toEqual([]);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Amt' }), personal.id);
    expect(name).not.toHaveAttribute('aria-invalid');
    await user.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
    expect(store.getState().document.processes.filter((process) => process.departmentId === personal.id).map((process) => process.name)).toEqual([gewerbe.name.toLowerCase()]);
  });

  it('given a process, when moved to an Amt that has a process of its name, then it is refused and stays where it was', async () => {
    const user = userEvent.setup();
    const namesake = createProcess({ departmentId: personal.id, name: gewerbe.name, diagramXml: '<z/>' });
    const { store, enqueued } = await renderWorkspace([ordnungsamt, personal], [gewerbe, namesake]);
    const source = screen.getByRole('region', { name: `${ordnungsamt.code} – ${ordnungsamt.name}` });
    await user.click(within(source).getByRole('button', { name: `Angaben ändern: ${gewerbe.name}` }));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Amt' }), personal.id);
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    expect(within(dialog).getByRole('textbox', { name: /Name des Prozesses/ })).toHaveAttribute('aria-invalid', 'true');
    expect(enqueued).toEqual([]);
    expect(store.getState().document.processes.find((process) => process.id === gewerbe.id)?.departmentId).toBe(ordnungsamt.id);
  });

  it('given malformed pasted XML, when checked, then the specific message is shown and nothing is stored', async () => {
    const user = userEvent.setup();
    const { store, repository, enqueued } = await renderWorkspace([ordnungsamt], [gewerbe]);
    const before = await repository.snapshot();
    // Chromium's parser reports this as malformed at line 1; jsdom's marks errors in another namespace
    vi.mocked(preparePastedImport).mockResolvedValueOnce({ ok: false, code: 'malformed', detail: '1:53' });

    await user.click(screen.getByRole('button', { name: 'XML einfügen …' }));
    const dialog = screen.getByRole('dialog', { name: 'BPMN-XML einfügen' });
    await user.type(within(dialog).getByRole('textbox', { name: 'BPMN-2.0-XML' }), '<bpmn:definitions><bpmn:process></bpmn:definitions>');
    await user.click(within(dialog).getByRole('button', { name: 'Prüfen' }));

    const alert = await within(dialog).findByRole('alert');
    // nothing was uploaded: the message speaks of the pasted text, not of a file
    expect(alert).toHaveTextContent('Der eingefügte Text kann nicht importiert werden.');
    expect(alert).toHaveTextContent('Der eingefügte Text ist unvollständig oder beschädigt und kann nicht übernommen werden (der Fehler steht in Zeile 1, Spalte 53).');
    expect(alert).not.toHaveTextContent('Datei');
    expect(preparePastedImport).toHaveBeenLastCalledWith('<bpmn:definitions><bpmn:process></bpmn:definitions>');
    expect(alert).toHaveTextContent('Es wurde nichts gespeichert');
    expect(enqueued).toEqual([]);
    expect(repository.writeCount()).toBe(0);
    expect(await repository.snapshot()).toEqual(before);
    expect(store.getState().document.processes).toEqual([gewerbe]);
    // after a refused input nothing is left to cancel: the dialog offers to close
    expect(within(dialog).getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Abbrechen' })).toBeNull();
  });

  it('given a file that is not XML, when chosen in the file picker, then its message is shown and nothing is stored', async () => {
    const user = userEvent.setup();
    const { repository, enqueued } = await renderWorkspace([ordnungsamt], []);
    const file = new File(['Name;Amt\nGewerbe;32'], 'liste.xml', { type: 'text/xml' });

    await user.upload(screen.getByLabelText('BPMN-Datei auswählen'), file);

    const dialog = await screen.findByRole('dialog', { name: 'Importieren: liste.xml' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Die Datei enthält kein Prozessmodell, sondern etwas anderes');
    expect(enqueued).toEqual([]);
    expect(repository.writeCount()).toBe(0);
  });

  it('given a file dragged onto the workspace, when dropped, then the import dialog checks that file', async () => {
    await renderWorkspace([ordnungsamt], []);
    const file = new File([newDiagramXml('Fundsachen')], 'fundsachen.bpmn', { type: 'application/xml' });
    const area = screen.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }).closest('.file-drop') as HTMLElement;
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };

    fireEvent.dragEnter(area, { dataTransfer });
    expect(screen.getByText('Datei loslassen, um sie zu importieren')).toBeInTheDocument();
    fireEvent.drop(area, { dataTransfer });

    const dialog = await screen.findByRole('dialog', { name: 'Importieren: fundsachen.bpmn' });
    expect(await within(dialog).findByRole('button', { name: 'Prozess anlegen' })).toBeInTheDocument();
    expect(screen.queryByText('Datei loslassen, um sie zu importieren')).toBeNull();
  });

  it('given a tab that only reads, when a file is dropped, then the drop says why it imports nothing and nothing opens', async () => {
    const { enqueued } = await renderWorkspace([ordnungsamt], [], { readOnly: true });
    const file = new File([newDiagramXml('Fundsachen')], 'fundsachen.bpmn', { type: 'application/xml' });
    const area = screen.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }).closest('.file-drop') as HTMLElement;
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };

    fireEvent.dragEnter(area, { dataTransfer });
    expect(screen.getByText(/^Hier wird nur gelesen: Importieren Sie im Fenster oder Tab, in dem bearbeitet wird/)).toBeInTheDocument();
    fireEvent.drop(area, { dataTransfer });

    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(enqueued).toEqual([]);
  });

  it('given three files dragged onto the workspace together, when dropped, then the first is checked and the dialog names the two left out', async () => {
    await renderWorkspace([ordnungsamt], []);
    const files = ['fundsachen.bpmn', 'gewerbe.bpmn', 'urlaub.bpmn'].map((name) => new File([newDiagramXml('Fundsachen')], name, { type: 'application/xml' }));
    const area = screen.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }).closest('.file-drop') as HTMLElement;

    fireEvent.drop(area, { dataTransfer: { types: ['Files'], files, dropEffect: 'none' } });

    const dialog = await screen.findByRole('dialog', { name: 'Importieren: fundsachen.bpmn' });
    expect(await within(dialog).findByRole('button', { name: 'Prozess anlegen' })).toBeInTheDocument();
    expect(dialog).toHaveAccessibleDescription(
      'Es wird immer nur eine Datei importiert, hier „fundsachen.bpmn“. Die 2 anderen Dateien legen Sie danach einzeln hier ab: gewerbe.bpmn urlaub.bpmn',
    );
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  it('given a valid BPMN file, when imported into a chosen department, then a process named after the file content is stored and opened', async () => {
    const user = userEvent.setup();
    const { store, repository, autosave, opened } = await renderWorkspace([ordnungsamt, personal], []);
    const file = new File([newDiagramXml('Fundsachen')], 'fundsachen.bpmn', { type: 'application/xml' });

    await user.upload(screen.getByLabelText('BPMN-Datei auswählen'), file);
    const dialog = await screen.findByRole('dialog', { name: 'Importieren: fundsachen.bpmn' });
    expect(await within(dialog).findByText('Die Datei wurde ohne Beanstandungen gelesen.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Name des Prozesses/ })).toHaveValue('Fundsachen');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Amt' }), ordnungsamt.id);
    await user.click(within(dialog).getByRole('button', { name: 'Prozess anlegen' }));
    await act(() => autosave.flush());

    const [created] = store.getState().document.processes;
    expect(created).toMatchObject({ name: 'Fundsachen', departmentId: ordnungsamt.id });
    expect(created.diagramXml).toContain('StartEvent_1');
    expect(await repository.loadProcess(created.id)).toEqual(created);
    expect(opened).toEqual([created.id]);
    expect(store.getState().session.importNotice).toEqual({ processId: created.id, warnings: [], autoLayout: false, pasted: false });
  });

  it('given pasted XML, when imported, then the editor\'s notices are told it was pasted text, not a file', async () => {
    const user = userEvent.setup();
    const { store, autosave } = await renderWorkspace([ordnungsamt], []);
    await user.click(screen.getByRole('button', { name: 'XML einfügen …' }));
    const dialog = screen.getByRole('dialog', { name: 'BPMN-XML einfügen' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'BPMN-2.0-XML' }), { target: { value: newDiagramXml('Fundsachen') } });
    await user.click(within(dialog).getByRole('button', { name: 'Prüfen' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Prozess anlegen' }));
    await act(() => autosave.flush());

    const [created] = store.getState().document.processes;
    expect(store.getState().session.importNotice).toEqual({ processId: created.id, warnings: [], autoLayout: false, pasted: true });
  });

  it('given no Amt, when a file is imported, then the dialog asks for a new Amt (checked like the Amt dialog) and "Prozess anlegen" stores both', async () => {
    const user = userEvent.setup();
    const { store, autosave, repository, enqueued, opened } = await renderWorkspace([], []);
    const file = new File([newDiagramXml('Fundsachen')], 'fundsachen.bpmn', { type: 'application/xml' });

    await user.upload(screen.getByLabelText('BPMN-Datei auswählen'), file);
    const dialog = await screen.findByRole('dialog', { name: 'Importieren: fundsachen.bpmn' });
    const group = await within(dialog).findByRole('group', { name: 'Neues Amt' });
    const create = within(dialog).getByRole('button', { name: 'Prozess anlegen' });
    expect(create).toBeEnabled();

    // without a Bezeichnung: the Amt dialog's message, on the field, and nothing stored
    await user.type(within(group).getByRole('textbox', { name: /Kürzel/ }), 'Amt 32');
    await user.click(create);
    const departmentName = within(group).getByRole('textbox', { name: /Bezeichnung/ });
    expect(departmentName).toHaveFocus();
    expect(departmentName).toHaveAccessibleDescription(expect.stringContaining('Bitte geben Sie eine Bezeichnung ein.'));
    expect(enqueued).toEqual([]);

    await user.type(departmentName, '  Ordnungsamt ');
    await user.click(create);
    await act(() => autosave.flush());

    const [department] = store.getState().document.departments;
    expect(store.getState().document.departments).toHaveLength(1);
    expect(department).toMatchObject({ code: 'Amt 32', name: 'Ordnungsamt' });
    const [created] = store.getState().document.processes;
    expect(created).toMatchObject({ name: 'Fundsachen', departmentId: department.id });
    expect(await repository.snapshot()).toMatchObject({ departments: [department], processes: [created] });
    expect(opened).toEqual([created.id]);
  });

  it('given no Amt, when the new Amt is filled in and the import cancelled, then nothing is stored', async () => {
    const user = userEvent.setup();
    const { store, repository, enqueued } = await renderWorkspace([], []);
    const before = await repository.snapshot();
    await user.click(screen.getByRole('button', { name: 'XML einfügen …' }));
    const dialog = screen.getByRole('dialog', { name: 'BPMN-XML einfügen' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'BPMN-2.0-XML' }), { target: { value: newDiagramXml('Fundsachen') } });
    await user.click(within(dialog).getByRole('button', { name: 'Prüfen' }));
    const group = await within(dialog).findByRole('group', { name: 'Neues Amt' });
    // pasted text is not a file
    expect(within(dialog).getByText('Der eingefügte Text wurde ohne Beanstandungen gelesen.')).toBeInTheDocument();
    await user.type(within(group).getByRole('textbox', { name: /Bezeichnung/ }), 'Ordnungsamt');
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(enqueued).toEqual([]);
    expect(repository.writeCount()).toBe(0);
    expect(await repository.snapshot()).toEqual(before);
    expect(store.getState().document.departments).toEqual([]);
  });

  it('given a process of the file\'s name in the chosen Amt, when imported, then "Name (2)" is suggested; the taken name typed is refused on the field and nothing is stored', async () => {
    const user = userEvent.setup();
    const fundsachen = createProcess({ departmentId: ordnungsamt.id, name: 'Fundsachen', diagramXml: '<f/>' });
    const { enqueued } = await renderWorkspace([ordnungsamt], [fundsachen]);
    await user.upload(screen.getByLabelText('BPMN-Datei auswählen'), new File([newDiagramXml(fundsachen.name)], 'fundsachen.bpmn', { type: 'application/xml' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importieren: fundsachen.bpmn' });
    const name = await within(dialog).findByRole('textbox', { name: /Name des Prozesses/ });
    expect(name).toHaveValue('Fundsachen (2)');
    await user.clear(name);
    await user.type(name, 'fundsachen ');
    await user.click(within(dialog).getByRole('button', { name: 'Prozess anlegen' }));

    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining(`„${fundsachen.name}“`));
    expect(enqueued).toEqual([]);
  });
});

vi.setConfig({ testTimeout: 15_000 });
