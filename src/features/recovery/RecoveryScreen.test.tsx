// Tests of the recovery screen: exporting what can still be read, restoring a backup file into a
// new database only after the user confirmed it, and clear messages for a bad file or a failure;
// for a browser that does not allow the site to store data, what to do instead of remedies that
// cannot work there.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Department, Process } from '../../domain/assessment';
import { createBundle, parseBundle } from '../../domain/bundle';
import { createDefaultCatalogue } from '../../domain/criteria';
import type { WorkspaceSnapshot } from '../../domain/recordSchemas';
import { i18n } from '../../i18n/i18n';
import { RecoveryScreen } from './RecoveryScreen';

const t1 = '2024-06-03T08:00:00.000Z';
const department: Department = { id: 'd-1', createdAt: t1, updatedAt: t1, revision: 1, name: 'Bürgeramt', code: 'Amt 33' };

const emptyDiagram = '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1" />';

function process(id: string, name: string, diagramXml = emptyDiagram): Process {
  return { id, createdAt: t1, updatedAt: t1, revision: 1, departmentId: 'd-1', name, lotse: '', description: '', status: 'draft', diagramXml };
}

function snapshot(): WorkspaceSnapshot {
  return {
    departments: [department],
    processes: [process('p-1', 'Wohnsitz anmelden'), process('p-2', 'Hund anmelden')],
    assessments: [
      { processId: 'p-1', stepId: 'Task_1', answers: { R: 2 }, quantities: {}, notes: '', notApplicable: false, alreadyAutomated: false, updatedAt: t1, revision: 1 },
    ],
    catalogue: createDefaultCatalogue(),
    meta: {},
  };
}

function renderScreen(
  overrides: {
    salvage?: () => Promise<WorkspaceSnapshot | undefined>;
    restore?: (snapshot: WorkspaceSnapshot) => Promise<void>;
  } = {},
) {
  const props = {
    salvage: vi.fn(overrides.salvage ?? (async () => snapshot())),
    restore: vi.fn(overrides.restore ?? (async () => undefined)),
    onReload: vi.fn(),
    save: vi.fn<(content: string, fileName: string) => void>(),
  };
  render(<RecoveryScreen message="UnknownError: Internal error opening backing store" now={() => new Date('2024-06-05T10:00:00.000Z')} {...props} />);
  return props;
}

function backupFile(content: string): File {
  return new File([content], 'sicherung.json', { type: 'application/json' });
}

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

describe('RecoveryScreen', () => {
  it('exports what can still be read as a backup file and says what it holds', async () => {
    // given
    const props = renderScreen();
    // when
    await userEvent.click(screen.getByRole('button', { name: 'Lesbare Daten exportieren' }));
    // then the file is a backup of the readable workspace
    expect(props.save).toHaveBeenCalledTimes(1);
    const [content, fileName] = props.save.mock.calls[0];
    expect(fileName).toBe('prozesslotse-gerettet-2024-06-05.json');
    const parsed = parseBundle(content);
    expect(parsed.ok && parsed.snapshot.processes.map((p) => p.name).sort()).toEqual(['Hund anmelden', 'Wohnsitz anmelden']);
    expect(screen.getByText('Exportiert: 2 Prozesse mit 1 bewerteten Schritten in „prozesslotse-gerettet-2024-06-05.json“.')).toBeVisible();
    expect(props.restore).not.toHaveBeenCalled();
  });

  it('says so when nothing can be read, and saves no file', async () => {
    const props = renderScreen({ salvage: async () => undefined });
    await userEvent.click(screen.getByRole('button', { name: 'Lesbare Daten exportieren' }));
    expect(screen.getByText(/Es ließen sich keine Daten lesen/)).toBeVisible();
    expect(props.save).not.toHaveBeenCalled();
  });

  it('restores a backup only after the user confirmed it, then reloads', async () => {
    // given
    const props = renderScreen();
    const file = backupFile(createBundle(snapshot(), { appVersion: '0.1.0', createdAt: '2024-06-01T12:30:00.000Z' }));
    // when a backup file is chosen
    await userEvent.upload(screen.getByLabelText('Sicherungsdatei wählen'), file);
    // then it says what the file holds, and nothing is restored yet
    expect(await screen.findByText(/1 Ämter, 2 Prozesse, 1 bewertete Schritte/)).toBeVisible();
    expect(props.restore).not.toHaveBeenCalled();
    // when the user confirms
    await userEvent.click(screen.getByRole('button', { name: 'In neue Datenbank wiederherstellen' }));
    // then the backup's workspace is restored and the page reloads
    expect(props.restore).toHaveBeenCalledTimes(1);
    const [restored] = props.restore.mock.calls[0];
    expect(restored.processes.map((p) => p.id).sort()).toEqual(['p-1', 'p-2']);
    expect(props.onReload).toHaveBeenCalledTimes(1);
  });

  it('names what is wrong with a file that is no backup, and offers no restore', async () => {
    const props = renderScreen();
    await userEvent.upload(screen.getByLabelText('Sicherungsdatei wählen'), backupFile('{"type":"etwas anderes"}'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Diese Datei ist keine Sicherung von Prozesslotse, sondern JSON in einem anderen Format.');
    expect(screen.queryByRole('button', { name: 'In neue Datenbank wiederherstellen' })).toBeNull();
    expect(props.restore).not.toHaveBeenCalled();
  });

  it('refuses a backup with a diagram that is no readable BPMN, naming the process, as the workspace\'s restore does', async () => {
    const props = renderScreen();
    const broken = { ...snapshot(), processes: [process('p-1', 'Wohnsitz anmelden'), process('p-2', 'Hund anmelden', '<bpmn:definitions><oops')] };
    await userEvent.upload(screen.getByLabelText('Sicherungsdatei wählen'), backupFile(createBundle(broken, { appVersion: '0.1.0', createdAt: t1 })));
    expect(await screen.findByRole('alert')).toHaveTextContent('Das Diagramm des Prozesses „Hund anmelden“ (2. Prozess der Sicherung) ist kein lesbares BPMN-Diagramm. Es wurde nichts geändert.');
    expect(screen.queryByRole('button', { name: 'In neue Datenbank wiederherstellen' })).toBeNull();
    expect(props.restore).not.toHaveBeenCalled();
  });

  it('says that nothing was deleted when the restore fails, and does not reload', async () => {
    const props = renderScreen({ restore: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')) });
    await userEvent.upload(screen.getByLabelText('Sicherungsdatei wählen'), backupFile(createBundle(snapshot(), { appVersion: '0.1.0' })));
    await userEvent.click(await screen.findByRole('button', { name: 'In neue Datenbank wiederherstellen' }));
    expect(await screen.findByText(/Die Wiederherstellung ist fehlgeschlagen: QuotaExceededError: quota\. Es wurde nichts gelöscht\./)).toBeVisible();
    expect(props.onReload).not.toHaveBeenCalled();
  });

  it.each([
    ['Chromium', 'UnknownError: The user denied permission to access the database.'],
    ['Firefox', 'OpenFailedError: SecurityError The operation is insecure.'],
  ])('when %s does not allow the site to store data, says nothing is damaged and how to allow it, and offers only reloading', async (_browser, message) => {
    const props = {
      salvage: vi.fn(async () => snapshot()),
      restore: vi.fn(async () => undefined),
      onReload: vi.fn(),
    };
    render(<RecoveryScreen message={message} address="https://lotse.stadt.example" {...props} />);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dieser Browser erlaubt Prozesslotse nicht, Daten zu speichern');
    expect(screen.getByText(/Es ist nichts beschädigt/)).toBeVisible();
    expect(screen.getByText('https://lotse.stadt.example')).toBeVisible();
    expect(screen.getByText(/bitten Sie Ihre IT-Abteilung/)).toBeVisible();
    expect(screen.queryByText(/beschädigt sind/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lesbare Daten exportieren' })).toBeNull();
    expect(screen.queryByLabelText('Sicherungsdatei wählen')).toBeNull();
    expect(screen.getByText(message)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Seite neu laden' }));
    expect(props.onReload).toHaveBeenCalledTimes(1);
    expect(props.salvage).not.toHaveBeenCalled();
  });

  it('says the same in English and offers only reloading', async () => {
    await i18n.changeLanguage('en');
    render(<RecoveryScreen message="UnknownError: The user denied permission to access the database." address="https://lotse.example" salvage={vi.fn()} restore={vi.fn()} onReload={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This browser does not allow Prozesslotse to store data');
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Export readable data' })).toBeNull();
  });
});
