// Tests of the method page: the method's sections with their formulas in the UI language, and
// the tables showing the numbers of the workspace's own catalogue beside the defaults.
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDefaultCatalogue } from '../../domain/criteria';
import { i18n } from '../../i18n/i18n';
import { numberFormat } from '../../i18n/numberFormat';
import { renderWithStore } from '../settings/storeHarness';
import type { StoreHarness } from '../settings/storeHarness';
import { MethodScreen } from './MethodScreen';

let harness: StoreHarness | undefined;

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

function changedCatalogue() {
  const catalogue = createDefaultCatalogue();
  catalogue.version = 3;
  catalogue.updatedAt = '2025-04-02T10:30:00.000Z';
  catalogue.weights.dsNeed.Mb = 0.7;
  catalogue.settings.realisationFactor = 0.5;
  catalogue.settings.fteCostPerYear = 82_500;
  catalogue.thresholds.exMidpoints = [0.5, 0.3, 0.15, 0.075, 0.025];
  return catalogue;
}

/** the cells of the row headed by this name in the table with this caption */
function row(caption: string, name: string): string[] {
  const table = screen.getByRole('table', { name: caption });
  const header = within(table).getByRole('rowheader', { name });
  return within(header.closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

// role queries over 7 tables and 15 sections take seconds in jsdom on a loaded shared machine
describe('MethodScreen', { timeout: 20_000 }, () => {
  it('given the method texts, when shown, then every section is a heading with its text and the formula is set apart', async () => {
    harness = await renderWithStore(<MethodScreen settingsHref="#/settings" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Methode' })).toBeInTheDocument();
    const ds = screen.getByRole('region', { name: 'Digitalisierungspotenzial (DS, 0–100)' });
    expect(within(ds).getByText(/^Wie viel Papier und wie viele Medienbrüche/)).toBeInTheDocument();
    expect(within(ds).getByText(/^Bedarf = \(0,6 · n\(Medienbrüche\) \+ 0,4 · \(1 − n\(Digitaler Input\)\)\); /)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Quellen' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(14 + 1);
  });

  it('given a changed catalogue, when shown, then the tables show its numbers beside the defaults and mark the changed ones', async () => {
    harness = await renderWithStore(<MethodScreen settingsHref="#/settings" />, { catalogue: changedCatalogue() });
    expect(screen.getByText(/^Version 3, geändert am 2\. April 2025/)).toBeInTheDocument();
    expect(row('Digitalisierungspotenzial: Bedarf', 'Medienbrüche (Mb)')).toEqual(['0,7 (geändert)', 'Gewicht', '0,6']);
    expect(row('Digitalisierungspotenzial: Bedarf', 'Digitaler Input (Id)')).toEqual(['0,4', 'Gewicht', '0,4']);
    expect(row('Nutzen in Stunden und Euro', 'Realisierungsfaktor (r)')).toEqual(['0,5 (geändert)', 'Anteil (0 bis 1)', '0,8']);
    expect(row('Nutzen in Stunden und Euro', 'Vollkosten einer Vollzeitstelle pro Jahr')).toEqual(['82.500 (geändert)', 'EUR', '70.000']);
    expect(row('Stufen für Zählungen und Ausnahmen', 'Ausnahmenanteil bei Stufe 2 (20 bis unter 35 %)')).toEqual(['30 (geändert)', '%', '27,5']);
    expect(screen.getByRole('link', { name: 'Werte in den Einstellungen ändern' })).toHaveAttribute('href', '#/settings');
  });

  it('given the catalogue changes while the page is open, when shown, then the new numbers appear', async () => {
    harness = await renderWithStore(<MethodScreen settingsHref="#/settings" />);
    expect(row('Automatisierungspotenzial', 'Obergrenze bei Ermessen')).toEqual(['50', 'Punkte (0–100)', '50']);
    const next = createDefaultCatalogue();
    next.settings.discretionCap = 40;
    act(() => harness?.store.getState().actions.updateCatalogue(next));
    expect(row('Automatisierungspotenzial', 'Obergrenze bei Ermessen')).toEqual(['40 (geändert)', 'Punkte (0–100)', '50']);
    expect(screen.getByText(/^Version 2, geändert am/)).toBeInTheDocument();
  });

  it('given a changed catalogue, when shown, then the method text and formulas state its numbers, not the defaults', async () => {
    const catalogue = changedCatalogue();
    catalogue.settings.discretionCap = 30;
    catalogue.thresholds.automateMinAs = 70;
    catalogue.thresholds.estimatedEase = 40;
    catalogue.thresholds.minCompleteness = 0.4;
    harness = await renderWithStore(<MethodScreen settingsHref="#/settings" />, { catalogue });
    const number = (value: number) => numberFormat('de', { maximumFractionDigits: 4 }).format(value);
    const percent = (share: number) => numberFormat('de', { style: 'percent', maximumFractionDigits: 2 }).format(share);
    const section = (name: RegExp) => screen.getByRole('region', { name }).textContent ?? '';

    expect(section(/^Nutzen in Stunden/)).toContain(`Realisierungsfaktor, ${number(catalogue.settings.realisationFactor)}`);
    expect(section(/^Automatisierungspotenzial/)).toContain(`auf ${number(catalogue.settings.discretionCap)} begrenzt`);
    expect(section(/^Priorität/)).toContain(`wird mit ${number(catalogue.thresholds.estimatedEase)} gerechnet`);
    expect(section(/^Empfehlung/)).toContain(`Automatisierungspotenzial mindestens ${number(catalogue.thresholds.automateMinAs)} → automatisieren`);
    expect(section(/^Fehlende Antworten/)).toContain(`weniger als ${percent(catalogue.thresholds.minCompleteness)}`);
    // the need's weights add up to 0,7 + 0,4: the formula divides by their sum, as the score does; the others add up to 1
    const needSum = catalogue.weights.dsNeed.Mb + catalogue.weights.dsNeed.Id;
    expect(section(/^Digitalisierungspotenzial/)).toContain(
      `Bedarf = (${number(catalogue.weights.dsNeed.Mb)} · n(Medienbrüche) + ${number(catalogue.weights.dsNeed.Id)} · (1 − n(Digitaler Input))) / ${number(needSum)};`,
    );
    expect(section(/^Digitalisierungspotenzial/)).toContain('· n(Stabilität)), ohne Antworten 1');
    expect(section(/^Automatisierungspotenzial/)).toContain('· n(Varianten)) × (1 − Ausnahmenanteil)');
    expect(screen.getByText(/^So berechnet Prozesslotse/)).not.toHaveTextContent(/Formeln nennen die Voreinstellungen/);
  });

  it('given the catalogue changes while the page is open, when shown, then the method text takes the new numbers', async () => {
    harness = await renderWithStore(<MethodScreen settingsHref="#/settings" />);
    const region = () => screen.getByRole('region', { name: 'Automatisierungspotenzial (AS, 0–100)' });
    expect(region()).toHaveTextContent('auf 50 begrenzt');
    const next = createDefaultCatalogue();
    next.settings.discretionCap = 35;
    act(() => harness?.store.getState().actions.updateCatalogue(next));
    expect(region()).toHaveTextContent('auf 35 begrenzt');
  });

  it('given English, when shown, then the method and the tables are in English', async () => {
    await i18n.changeLanguage('en');
    harness = await renderWithStore(<MethodScreen settingsHref="#/settings" />, { catalogue: changedCatalogue() });
    expect(screen.getByRole('heading', { level: 1, name: 'Method' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Digitisation potential (DS, 0–100)' })).toBeInTheDocument();
    expect(row('Digitisation potential: need', 'Media breaks (Mb)')).toEqual(['0.7 (changed)', 'weight', '0.6']);
    expect(screen.getByRole('region', { name: 'Benefit in hours per year' })).toHaveTextContent('(realisation factor, 0.5)');
  });
});
