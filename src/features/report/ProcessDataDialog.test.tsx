// Tests of the process data dialog: what it saves (trimmed text, levels as numbers, cleared fields
// as nothing), the message when the OZG target lies below today's level (nothing saved), and the
// report mode handing over the chosen target and heatmap; plus the calendar date check. In a tab
// that only reads, the fields follow the stored data.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Process } from '../../domain/assessment';
import { i18n } from '../../i18n/i18n';
import { ReadOnlyProvider } from '../../ui/readOnly';
import { ProcessDataDialog } from './ProcessDataDialog';

const process: Process = {
  id: 'p-1',
  departmentId: 'd-1',
  name: 'Gewerbeanmeldung',
  lotse: 'Jana Müller',
  description: '',
  status: 'workshop',
  diagramXml: '<x/>',
  workshopDate: '2026-11-28',
  participants: 'Frau Öztürk',
  ozgLevel: 2,
  createdAt: '2026-10-01T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  revision: 1,
};

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

function setup(mode: 'data' | 'report') {
  const onSave = vi.fn();
  const onCreateReport = vi.fn();
  const onClose = vi.fn();
  render(<ProcessDataDialog process={process} mode={mode} metric="ds" onSave={onSave} onCreateReport={onCreateReport} onClose={onClose} />);
  return { onSave, onCreateReport, onClose, user: userEvent.setup() };
}

describe('ProcessDataDialog', () => {
  it('given a tab that only reads, when the writing tab changes the process data while the dialog is open, then the disabled fields show the stored data', () => {
    const props = { mode: 'data', metric: 'ds', onSave: vi.fn(), onCreateReport: vi.fn(), onClose: vi.fn() } as const;
    const view = render(
      <ReadOnlyProvider readOnly>
        <ProcessDataDialog process={process} {...props} />
      </ReadOnlyProvider>,
    );
    expect(screen.getByRole('textbox', { name: /^Teilnehmende/ })).toHaveValue('Frau Öztürk');

    view.rerender(
      <ReadOnlyProvider readOnly>
        <ProcessDataDialog process={{ ...process, participants: 'Herr Weber', ozgLevel: 3 }} {...props} />
      </ReadOnlyProvider>,
    );

    const participants = screen.getByRole('textbox', { name: /^Teilnehmende/ });
    expect(participants).toHaveValue('Herr Weber');
    expect(participants).toBeDisabled();
    expect(screen.getByRole('combobox', { name: /^OZG-Reifegrad heute/ })).toHaveValue('3');
  });

  it('says what the OZG maturity levels mean, read with the select', () => {
    setup('data');
    expect(screen.getByRole('combobox', { name: 'OZG-Reifegrad heute' })).toHaveAccessibleDescription(/Stufe 0 heißt, die Leistung gibt es nur offline; Stufe 7, sie läuft von Anfang bis Ende digital/);
  });

  it('given changed participants and a target, when saved, then the fields are saved trimmed and as numbers and the dialog closes', async () => {
    const { onSave, onClose, user } = setup('data');
    const dialog = screen.getByRole('dialog', { name: 'Prozessdaten: Gewerbeanmeldung' });

    const participants = within(dialog).getByRole('textbox', { name: /^Teilnehmende/ });
    await user.clear(participants);
    await user.type(participants, '  Frau Öztürk, Herr Weiß  ');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'OZG-Reifegrad Ziel' }), '5');
    // the status is set here too, where the Lotse works (a QA tour: the editor had no place for it)
    const status = within(dialog).getByRole('combobox', { name: /^Status/ });
    expect(within(status).getAllByRole('option').map((option) => option.textContent)).toEqual(['Entwurf', 'im Workshop', 'bewertet']);
    expect(status).toHaveValue('workshop');
    await user.selectOptions(status, 'assessed');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    expect(onSave).toHaveBeenCalledWith({ status: 'assessed', workshopDate: '2026-11-28', participants: 'Frau Öztürk, Herr Weiß', ozgLevel: 2, ozgTarget: 5 });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('given cleared fields, when saved, then they are saved as not given', async () => {
    const { onSave, user } = setup('data');

    await user.clear(screen.getByLabelText('Datum des Workshops'));
    await user.clear(screen.getByRole('textbox', { name: /^Teilnehmende/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'OZG-Reifegrad heute' }), '');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(onSave).toHaveBeenCalledWith({ status: 'workshop', workshopDate: undefined, participants: undefined, ozgLevel: undefined, ozgTarget: undefined });
  });

  it('given a target below today’s level, when saved, then it says so and saves nothing', async () => {
    const { onSave, onClose, user } = setup('data');

    await user.selectOptions(screen.getByRole('combobox', { name: 'OZG-Reifegrad Ziel' }), '1');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Der Ziel-Reifegrad liegt unter dem heutigen. Bitte prüfen Sie beide Angaben.');
    expect(onSave).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('given the report mode, when "Zum Drucken öffnen" is chosen with another heatmap, then the data is saved and the report asked for in a tab', async () => {
    const { onSave, onCreateReport, user } = setup('report');
    const dialog = screen.getByRole('dialog', { name: 'Bericht erstellen: Gewerbeanmeldung' });
    expect(within(dialog).getByRole('combobox', { name: /^Heatmap im Bericht/ })).toHaveValue('ds');

    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Heatmap im Bericht/ }), 'priority');
    await user.click(within(dialog).getByRole('button', { name: 'Zum Drucken öffnen (PDF)' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onCreateReport).toHaveBeenCalledWith('tab', 'priority');
  });
});
