// Tests of the accessibility statement page: the defaults say "bitte anpassen", the administration
// edits and saves the statement (stored in the workspace meta, there after a reload), bad details
// are refused with a message and store nothing, cancel keeps the stored text, English too.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { createAutosave } from '../../storage/autosave';
import { createAppStore } from '../../state/appStore';
import { AppStoreProvider } from '../../state/AppStoreProvider';
import { renderWithStore } from '../settings/storeHarness';
import type { StoreHarness } from '../settings/storeHarness';
import { AccessibilityStatementScreen } from './AccessibilityStatementScreen';
import { emptyStatement, todayAsDay } from './statementForm';

let harnesses: StoreHarness[] = [];
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => {
  for (const harness of harnesses) harness.dispose();
  harnesses = [];
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function renderScreen(meta = {}) {
  const harness = await renderWithStore(<AccessibilityStatementScreen />, { meta: { sampleSeeded: true, ...meta } });
  harnesses.push(harness);
  return harness;
}

const field = (name: string) => screen.getByLabelText(name, { selector: 'input, textarea' });

async function fill(name: string, text: string) {
  await userEvent.clear(field(name));
  await userEvent.paste(text);
}

describe('AccessibilityStatementScreen', { timeout: 20_000 }, () => {
  it('given nothing edited yet, when shown, then the statement has every BITV part and says "bitte anpassen" where details are missing', async () => {
    await renderScreen();
    expect(screen.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeInTheDocument();
    for (const heading of ['Stand der Vereinbarkeit mit den Anforderungen', 'Nicht barrierefreie Inhalte', 'Erstellung dieser Erklärung', 'Rückmeldung und Kontakt', 'Schlichtungsverfahren (Durchsetzungsverfahren)']) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    expect(screen.getByText(/^Diese Erklärung enthält noch Platzhalter/)).toBeInTheDocument();
    expect(screen.getByText(/^Prozesslotse ist mit den Anforderungen der BITV 2\.0 teilweise vereinbar/)).toBeInTheDocument();
    expect(screen.getByText('[bitte anpassen: E-Mail-Adresse für Rückmeldungen]')).toBeInTheDocument();
    expect(screen.getByText('[bitte anpassen: Datum der Erstellung]')).toBeInTheDocument();
    expect(screen.getByText(/Schlichtungsstelle nach § 16 BGG/)).toBeInTheDocument();
    const feedback = screen.getByRole('region', { name: 'Rückmeldung und Kontakt' });
    expect(within(feedback).getByText('[bitte anpassen: Name der Verwaltung bzw. Behörde]')).toBeInTheDocument();
  });

  it('given the edit form, when the administration fills it in and saves, then it is stored in the workspace meta and shown without placeholders', async () => {
    const { repository, flush } = await renderScreen();
    await userEvent.click(screen.getByRole('button', { name: 'Erklärung bearbeiten' }));
    expect(field('Verwaltung bzw. Behörde')).toHaveFocus();

    await fill('Verwaltung bzw. Behörde', 'Stadt Musterstadt, Amt für Digitalisierung');
    await userEvent.click(screen.getByRole('radio', { name: 'vollständig vereinbar' }));
    fireEvent.change(field('Erstellt am'), { target: { value: '2025-05-02' } });
    await fill('E-Mail-Adresse für Rückmeldungen', 'barrierefreiheit@musterstadt.de');
    await fill('Telefon', '+49 221 123-4567');
    await fill('Postanschrift', 'Rathausplatz 1\n50667 Musterstadt');
    await fill('Zuständige Schlichtungs- bzw. Durchsetzungsstelle', 'Ombudsstelle für barrierefreie Informationstechnik des Landes');
    await userEvent.click(screen.getByRole('button', { name: 'Erklärung speichern' }));
    await flush();

    expect((await repository.loadMeta()).accessibilityStatement).toEqual({
      ...emptyStatement,
      organisation: 'Stadt Musterstadt, Amt für Digitalisierung',
      status: 'full',
      preparedOn: '2025-05-02',
      contactEmail: 'barrierefreiheit@musterstadt.de',
      contactPhone: '+49 221 123-4567',
      contactAddress: 'Rathausplatz 1\n50667 Musterstadt',
      enforcementBody: 'Ombudsstelle für barrierefreie Informationstechnik des Landes',
    });
    expect(screen.getByRole('status')).toHaveTextContent('Die Erklärung wurde gespeichert.');
    expect(screen.getByRole('button', { name: 'Erklärung bearbeiten' })).toHaveFocus();
    expect(screen.queryByText(/bitte anpassen/)).not.toBeInTheDocument();
    expect(screen.getByText('Prozesslotse ist mit den Anforderungen der BITV 2.0 vollständig vereinbar.')).toBeInTheDocument();
    expect(screen.getByText('Diese Erklärung wurde am 2. Mai 2025 erstellt.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'barrierefreiheit@musterstadt.de' })).toHaveAttribute('href', 'mailto:barrierefreiheit@musterstadt.de');
    expect(screen.getByRole('link', { name: '+49 221 123-4567' })).toHaveAttribute('href', 'tel:+492211234567');
    expect(screen.queryByRole('heading', { name: 'Nicht barrierefreie Inhalte' })).not.toBeInTheDocument();
  });

  it('given a telephone number but no e-mail address, when shown, then the e-mail address, which BGG § 12b asks for, shows as missing and the telephone as given', async () => {
    const statement = { ...emptyStatement, organisation: 'Stadt Musterstadt', preparedOn: '2025-05-02', contactPhone: '+49 221 123-4567', enforcementBody: 'Ombudsstelle' };
    await renderScreen({ accessibilityStatement: statement });
    const feedback = screen.getByRole('region', { name: 'Rückmeldung und Kontakt' });
    expect(within(feedback).getByText('[bitte anpassen: E-Mail-Adresse für Rückmeldungen]')).toBeInTheDocument();
    expect(within(feedback).getByRole('link', { name: '+49 221 123-4567' })).toBeInTheDocument();
    expect(within(feedback).queryByText(/bitte anpassen: Postanschrift/)).not.toBeInTheDocument();
    expect(screen.getByText(/^Diese Erklärung enthält noch Platzhalter/)).toBeInTheDocument();
  });

  it('given a bad e-mail address and a date in the future, when saving, then both are marked, the first has the focus and nothing is stored', async () => {
    const { repository, flush } = await renderScreen();
    await userEvent.click(screen.getByRole('button', { name: 'Erklärung bearbeiten' }));
    await fill('E-Mail-Adresse für Rückmeldungen', 'barrierefreiheit(at)stadt.de');
    const [year, month, day] = todayAsDay().split('-').map(Number);
    const nextYear = `${year + 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
    fireEvent.change(field('Zuletzt überprüft am'), { target: { value: nextYear } });
    await userEvent.click(screen.getByRole('button', { name: 'Erklärung speichern' }));
    await flush();

    expect(field('E-Mail-Adresse für Rückmeldungen')).toHaveAccessibleDescription(expect.stringContaining('Bitte eine E-Mail-Adresse wie'));
    expect(field('Zuletzt überprüft am')).toHaveAccessibleDescription('Das Datum liegt in der Zukunft. Bitte das Datum prüfen.');
    expect(field('Zuletzt überprüft am')).toHaveFocus();
    expect(screen.getByText('Nicht gespeichert: Bitte die markierten Angaben korrigieren.')).toBeInTheDocument();
    expect((await repository.loadMeta()).accessibilityStatement).toBeUndefined();
    expect(repository.writeCount()).toBe(0);
  });

  it('given a stored statement, when editing and cancelling, then the stored text stays and the focus returns to the edit button', async () => {
    const { repository, flush } = await renderScreen({ accessibilityStatement: { ...emptyStatement, organisation: 'Kreis Beispiel' } });
    await userEvent.click(screen.getByRole('button', { name: 'Erklärung bearbeiten' }));
    expect(field('Verwaltung bzw. Behörde')).toHaveValue('Kreis Beispiel');
    await fill('Verwaltung bzw. Behörde', 'Etwas anderes');
    await userEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    await flush();
    expect(screen.getByRole('button', { name: 'Erklärung bearbeiten' })).toHaveFocus();
    expect(screen.getAllByText(/Kreis Beispiel/).length).toBeGreaterThan(0);
    expect(repository.writeCount()).toBe(0);
  });

  it('given a saved statement, when the workspace is opened again from storage, then the statement is there', async () => {
    const { repository, flush } = await renderScreen();
    await userEvent.click(screen.getByRole('button', { name: 'Erklärung bearbeiten' }));
    await fill('Verwaltung bzw. Behörde', 'Gemeinde Neudorf');
    await userEvent.click(screen.getByRole('button', { name: 'Erklärung speichern' }));
    await flush();
    for (const harness of harnesses.splice(0)) harness.dispose();
    document.body.replaceChildren();

    const autosave = createAutosave(repository, { debounceMs: 1 });
    const store = createAppStore({ repository, autosave });
    cleanups.push(() => {
      store.dispose();
      autosave.dispose();
    });
    await act(() => store.getState().actions.loadWorkspace());
    render(
      <AppStoreProvider store={store}>
        <AccessibilityStatementScreen />
      </AppStoreProvider>,
    );
    expect(screen.getByText(/^Gemeinde Neudorf ist bemüht/)).toBeInTheDocument();
  });

  it('given English, when shown, then the statement and its placeholders are in English', async () => {
    await i18n.changeLanguage('en');
    await renderScreen();
    expect(screen.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeInTheDocument();
    expect(screen.getByText('[please adapt: e-mail address for feedback]')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit statement' })).toBeInTheDocument();
  });
});
