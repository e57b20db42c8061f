// Tests of the criteria catalogue form as a user meets it: labelled inputs with units and defaults
// (written as the method page writes them), bad input refused with an inline message and nothing
// stored, a saved change stored with the version counted up, reset to the defaults only after
// confirmation, and processes recording the version, those scored earlier named with links; unsaved edits survive leaving the screen, and
// the page asks before it is closed with them.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDepartment, createProcess, createStepAssessment } from '../../domain/assessment';
import { createDefaultCatalogue } from '../../domain/criteria';
import { i18n } from '../../i18n/i18n';
import { AppStoreProvider } from '../../state/AppStoreProvider';
import { CatalogueSettings } from './CatalogueSettings';
import { renderWithStore } from './storeHarness';
import type { StoreHarness } from './storeHarness';

let harness: StoreHarness | undefined;

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

async function renderForm(stored: Parameters<typeof renderWithStore>[1] = {}) {
  harness = await renderWithStore(<CatalogueSettings />, stored);
  return harness;
}

/** the input with this label (its accessible name; getByLabelText is much cheaper on a form this size) */
const input = (name: string) => screen.getByLabelText(name, { selector: 'input' });
const save = () => userEvent.click(screen.getByRole('button', { name: 'Katalog speichern' }));

/** replaces a field's text as a user would by selecting it and pasting (clear focuses it) */
async function retype(name: string, text: string) {
  await userEvent.clear(input(name));
  if (text !== '') await userEvent.paste(text);
}

// a form of 46 inputs in jsdom takes seconds per test on a loaded shared machine
describe('CatalogueSettings', { timeout: 20_000 }, () => {
  it('given the defaults, when shown, then every number has a label, its unit and its default, and the version says so', async () => {
    await renderForm();
    expect(screen.getByText('Version 1, Standardwerte der Methode')).toBeInTheDocument();
    const mediaBreaks = input('Medienbrüche (Mb), Digitalisierungspotenzial: Bedarf');
    expect(mediaBreaks).toHaveValue('0,6');
    expect(mediaBreaks).toHaveAccessibleDescription('Gewicht Standard: 0,6');
    expect(input('Digitaler Input (Id), Automatisierungspotenzial')).toHaveValue('0,25');
    expect(input('Vollkosten einer Vollzeitstelle pro Jahr')).toHaveAccessibleDescription('EUR Standard: 70.000');
    expect(input('Vollkosten einer Vollzeitstelle pro Jahr')).toHaveValue('70.000');
    expect(input('Realisierungsfaktor (r)')).toHaveValue('0,8');
    expect(input('Ausnahmenanteil bei Stufe 3 (10 bis unter 20 %)')).toHaveValue('15');
    expect(screen.getByRole('group', { name: 'Nutzen in Stunden und Euro' })).toBeInTheDocument();
  });

  it('given the defaults in English, when shown, then a default of thousands is grouped as the method page writes it ("Default: 70,000")', async () => {
    await i18n.changeLanguage('en');
    await renderForm();
    const cost = input(i18n.t('settings:catalogue.fields.fteCostPerYear'));
    expect(cost).toHaveAccessibleDescription(`${i18n.t('settings:catalogue.units.eur')} ${i18n.t('settings:catalogue.defaultValue', { value: '70,000' })}`);
  });

  it('given a negative weight, when saving, then an inline message names the problem, the field has the focus and nothing is stored', async () => {
    const { repository, flush } = await renderForm();
    await retype('Regelbasiert (R), Automatisierungspotenzial', '-1');
    await save();
    await flush();

    const field = input('Regelbasiert (R), Automatisierungspotenzial');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Negative Werte sind nicht möglich.'));
    expect(field).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Nicht gespeichert: Ein Wert ist ungültig.');
    expect(await repository.loadCatalogue()).toEqual(createDefaultCatalogue());
    expect(repository.writeCount()).toBe(0);
  });

  it('given a bad value, when the field is left, then its message shows at once and nothing is stored; corrected and left, it goes', async () => {
    const { repository, flush } = await renderForm();
    await retype('Realisierungsfaktor (r)', '1,5');
    await userEvent.tab();
    await flush();

    const field = input('Realisierungsfaktor (r)');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Bitte eine Zahl von 0 bis 1 eingeben.'));
    expect(field).not.toHaveFocus();
    expect(input('Regelbasiert (R), Automatisierungspotenzial')).not.toHaveAttribute('aria-invalid');
    expect(repository.writeCount()).toBe(0);

    await retype('Realisierungsfaktor (r)', '0,9');
    await userEvent.tab();
    expect(input('Realisierungsfaktor (r)')).not.toHaveAttribute('aria-invalid');
    expect(input('Realisierungsfaktor (r)')).toHaveAccessibleDescription('Anteil (0 bis 1) Standard: 0,8');
  });

  it('given "1.000" typed in a weight field, when the field is left, then it is read as a thousand and refused, not stored as 1', async () => {
    const { repository, flush } = await renderForm();
    await retype('Varianten (Va), Automatisierungspotenzial', '1.000');
    await userEvent.tab();
    await save();
    await flush();

    const field = input('Varianten (Va), Automatisierungspotenzial');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Bitte eine Zahl von 0 bis 100 eingeben.'));
    expect(repository.writeCount()).toBe(0);
  });

  it('given text, a factor above 1 and a good weight together, when saving, then both bad fields are marked and not even the good one is stored', async () => {
    const { repository, store, flush } = await renderForm();
    await retype('Medienbrüche (Mb), Digitalisierungspotenzial: Bedarf', '0,9');
    await retype('Arbeitsstunden pro Tag', 'acht');
    await retype('Realisierungsfaktor (r)', '1,5');
    await save();
    await flush();

    expect(input('Arbeitsstunden pro Tag')).toHaveAccessibleDescription(expect.stringContaining('Bitte nur eine Zahl eingeben'));
    expect(input('Realisierungsfaktor (r)')).toHaveAccessibleDescription(expect.stringContaining('Bitte eine Zahl von 0 bis 1 eingeben.'));
    expect(input('Arbeitsstunden pro Tag')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Nicht gespeichert: 2 Werte sind ungültig.');
    expect(store.getState().document.catalogue.version).toBe(1);
    expect((await repository.loadCatalogue()).weights.dsNeed.Mb).toBe(0.6);
  });

  it('given every weight of a group at 0, when saving, then the group says why and nothing is stored', async () => {
    const { repository, flush } = await renderForm();
    await retype('Formerfordernis (Lf), Digitalisierungspotenzial: Voraussetzungen', '0');
    await retype('Stabilität (Sp), Digitalisierungspotenzial: Voraussetzungen', '0');
    await save();
    await flush();

    const group = screen.getByRole('group', { name: 'Digitalisierungspotenzial: Voraussetzungen' });
    expect(within(group).getByText('Mindestens ein Gewicht dieser Gruppe muss größer als 0 sein, sonst lässt sich nichts berechnen.')).toBeInTheDocument();
    expect(input('Formerfordernis (Lf), Digitalisierungspotenzial: Voraussetzungen')).toHaveAttribute('aria-invalid', 'true');
    expect(repository.writeCount()).toBe(0);
  });

  it('given a valid change, when saving, then it is stored with the version counted up and the date shown; saving again unchanged stores nothing', async () => {
    const { repository, flush } = await renderForm();
    await retype('Medienbrüche (Mb), Digitalisierungspotenzial: Bedarf', '0,7');
    await retype('Vollkosten einer Vollzeitstelle pro Jahr', '75.000');
    await save();
    await flush();

    const stored = await repository.loadCatalogue();
    expect(stored.version).toBe(2);
    expect(stored.weights.dsNeed).toEqual({ Mb: 0.7, Id: 0.4 });
    expect(stored.settings.fteCostPerYear).toBe(75_000);
    expect(screen.getByRole('status')).toHaveTextContent('Gespeichert als Version 2.');
    expect(screen.getByText(/^Version 2, geändert am \d{1,2}\. \p{L}+ \d{4}/u, { selector: '.catalogue-version' })).toBeInTheDocument();
    expect(input('Medienbrüche (Mb), Digitalisierungspotenzial: Bedarf')).toHaveValue('0,7');

    const writes = repository.writeCount();
    await save();
    await flush();
    expect(screen.getByRole('status')).toHaveTextContent('Nichts geändert');
    expect(repository.writeCount()).toBe(writes);
    expect((await repository.loadCatalogue()).version).toBe(2);
  });

  it('given two saved changes, then the catalogue\'s versions list what each changed, newest first, and the stored catalogue keeps the earlier versions', async () => {
    const { repository, flush } = await renderForm();
    expect(screen.queryByText(/^Versionen des Katalogs/)).not.toBeInTheDocument();
    await retype('Medienbrüche (Mb), Digitalisierungspotenzial: Bedarf', '0,7');
    await save();
    await retype('Vollkosten einer Vollzeitstelle pro Jahr', '75.000');
    await retype('Mindestvollständigkeit', '60');
    await save();
    await flush();

    const stored = await repository.loadCatalogue();
    expect(stored.history?.map((entry) => [entry.version, entry.weights.dsNeed.Mb, entry.settings.fteCostPerYear])).toEqual([
      [1, 0.6, 70_000],
      [2, 0.7, 70_000],
    ]);
    await userEvent.click(screen.getByText('Versionen des Katalogs (3)'));
    const list = screen.getByText('Versionen des Katalogs (3)').closest('details')?.querySelector('ul');
    if (!list) throw new Error('no versions');
    const versions = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
    expect(versions.map((item) => item.querySelector('p')?.textContent)).toEqual([
      expect.stringMatching(/^Version 3, geändert am .+ \(gilt jetzt\)$/),
      expect.stringMatching(/^Version 2, geändert am /),
      'Version 1, Standardwerte der Methode',
    ]);
    expect(within(versions[0]).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Mindestvollständigkeit – von 50 % auf 60 %',
      'Vollkosten einer Vollzeitstelle pro Jahr – von 70.000\u00a0€ auf 75.000\u00a0€',
    ]);
    expect(versions[0]).toHaveTextContent('Geändert gegenüber Version 2:');
    expect(within(versions[1]).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Medienbrüche (Mb), Digitalisierungspotenzial: Bedarf – von 0,6 auf 0,7']);
    expect(versions[2]).toHaveTextContent(/^Version 1, Standardwerte der Methode$/);
  });

  it('given a catalogue changed before versions were kept, when it is changed, then its earlier version is listed with where it differs from the defaults', async () => {
    const changed = createDefaultCatalogue();
    changed.version = 4;
    changed.updatedAt = '2025-03-01T09:00:00.000Z';
    changed.settings.realisationFactor = 0.5;
    await renderForm({ catalogue: changed });
    await retype('Realisierungsfaktor (r)', '0,6');
    await save();

    await userEvent.click(screen.getByText('Versionen des Katalogs (2)'));
    const history = screen.getByText('Versionen des Katalogs (2)').closest('details');
    if (!history) throw new Error('no versions');
    expect(history).toHaveTextContent('Geändert gegenüber Version 4:Realisierungsfaktor (r) – von 0,5 auf 0,6');
    expect(history).toHaveTextContent('Abweichend von den Standardwerten der Methode:Realisierungsfaktor (r) – von 0,8 auf 0,5');
    expect(history).toHaveTextContent('Versionen vor Version 4 sind nicht verzeichnet.');
  });

  it('given a changed catalogue, when resetting, then it asks first; cancel keeps it, confirm stores the defaults as a new version', async () => {
    const changed = createDefaultCatalogue();
    changed.version = 4;
    changed.updatedAt = '2025-03-01T09:00:00.000Z';
    changed.settings.realisationFactor = 0.5;
    changed.weights.ei.Vm = 0.3;
    const { repository, flush } = await renderForm({ catalogue: changed });
    expect(input('Realisierungsfaktor (r)')).toHaveValue('0,5');

    await userEvent.click(screen.getByRole('button', { name: 'Auf Standardwerte zurücksetzen' }));
    const dialog = screen.getByRole('dialog', { name: 'Auf Standardwerte zurücksetzen?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    await flush();
    expect(repository.writeCount()).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Auf Standardwerte zurücksetzen' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Zurücksetzen' }));
    await flush();

    const stored = await repository.loadCatalogue();
    expect(stored.version).toBe(5);
    expect(stored.settings.realisationFactor).toBe(0.8);
    expect(stored.weights.ei.Vm).toBe(0.1);
    expect(input('Realisierungsfaktor (r)')).toHaveValue('0,8');
    expect(screen.getByRole('status')).toHaveTextContent('Auf Standardwerte zurückgesetzt: Version 5.');
  });

  it('given the catalogue at its defaults, when resetting, then it says so at once, asks nothing and stores no new version', async () => {
    const { repository, flush } = await renderForm();
    const version = (await repository.loadCatalogue()).version;

    await userEvent.click(screen.getByRole('button', { name: 'Auf Standardwerte zurücksetzen' }));
    await flush();

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Nichts geändert: Der Katalog hat bereits die Standardwerte.');
    expect(repository.writeCount()).toBe(0);
    expect((await repository.loadCatalogue()).version).toBe(version);
  });

  it('given typed but unsaved changes, when discarding, then the fields show the stored values and nothing is written', async () => {
    const { repository, flush } = await renderForm();
    await retype('Arbeitstage pro Jahr', '210');
    await userEvent.click(screen.getByRole('button', { name: 'Änderungen verwerfen' }));
    await flush();
    expect(input('Arbeitstage pro Jahr')).toHaveValue('200');
    expect(repository.writeCount()).toBe(0);
  });

  it('given typed but unsaved changes, when the screen is left and opened again, then they are filled in again, nothing is written, and saving stores them', async () => {
    const { store, repository, flush } = await renderForm();
    await retype('Arbeitstage pro Jahr', '210');
    // leaving the screen unmounts it; the store stays
    cleanup();
    render(
      <AppStoreProvider store={store}>
        <CatalogueSettings />
      </AppStoreProvider>,
    );
    expect(input('Arbeitstage pro Jahr')).toHaveValue('210');
    expect(screen.getByRole('status')).toHaveTextContent('Ihre noch nicht gespeicherten Änderungen sind wieder eingetragen.');
    await flush();
    expect(repository.writeCount()).toBe(0);

    await save();
    await flush();
    expect(store.getState().document.catalogue.settings.workingDaysPerYear).toBe(210);
    expect(store.getState().session.catalogueDraft).toBeNull();
  });

  it('given unsaved changes, then closing or reloading the page asks first; once discarded, it does not', async () => {
    const { store } = await renderForm();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    await retype('Arbeitstage pro Jahr', '210');
    expect(leave()).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Änderungen verwerfen' }));
    expect(leave()).toBe(false);
    expect(store.getState().session.catalogueDraft).toBeNull();
  });

  it('given a saved catalogue change, when a step is answered, then its process records the new version; the processes scored earlier are named with links and their version', async () => {
    const department = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
    const answered = { ...createProcess({ departmentId: department.id, name: 'Gewerbeanmeldung', diagramXml: '<x/>' }), catalogueVersion: 1 };
    const other = { ...createProcess({ departmentId: department.id, name: 'Fundsache', diagramXml: '<x/>' }), catalogueVersion: 1 };
    const processHref = (id: string) => `#/process/${id}`;
    harness = await renderWithStore(<CatalogueSettings processHref={processHref} />, { departments: [department], processes: [answered, other] });
    const { store, repository, flush } = harness;
    const notice = () => screen.getByText(/wurden? zuletzt mit einer früheren Version bewertet/).parentElement as HTMLElement;

    await retype('Arbeitstage pro Jahr', '210');
    await save();
    expect(screen.getByText('2 Prozesse wurden zuletzt mit einer früheren Version bewertet. Ihre Werte werden jetzt mit Version 2 berechnet.')).toBeInTheDocument();
    expect(within(notice()).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Fundsache (Amt 32 – Ordnungsamt): zuletzt bewertet mit Version 1',
      'Gewerbeanmeldung (Amt 32 – Ordnungsamt): zuletzt bewertet mit Version 1',
    ]);
    expect(within(notice()).getByRole('link', { name: 'Gewerbeanmeldung' })).toHaveAttribute('href', processHref(answered.id));

    const actions = store.getState().actions;
    await act(() => actions.openProcess(answered.id));
    const step = { id: 'Task_1', name: 'Antrag prüfen', type: 'bpmn:UserTask', order: 0 } as const;
    act(() => actions.stepsRead([step]));
    act(() => actions.updateAssessment({ ...createStepAssessment(answered.id, step), answers: { R: 4 } }));
    await flush();

    expect((await repository.loadProcess(answered.id))?.catalogueVersion).toBe(2);
    expect(screen.getByText('Ein Prozess wurde zuletzt mit einer früheren Version bewertet. Seine Werte werden jetzt mit Version 2 berechnet.')).toBeInTheDocument();
    expect(within(notice()).getAllByRole('link').map((link) => link.textContent)).toEqual(['Fundsache']);
  });
});
