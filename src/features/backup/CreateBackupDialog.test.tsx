// Tests of "Sicherung erstellen" and the backup panel: the whole workspace (changes not yet
// written included) goes into the file and counts as the last backup; chosen processes go alone
// and do not; the panel shows the last backup's date and reminds when the workspace's work (here:
// processes changed after they were made) is in no backup or changed after an old one.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Department, Process, StepAssessment } from '../../domain/assessment';
import { parseBundle } from '../../domain/bundle';
import { createDefaultCatalogue } from '../../domain/criteria';
import type { WorkspaceSnapshot } from '../../domain/recordSchemas';
import { i18n } from '../../i18n/i18n';
import { createAutosave } from '../../storage/autosave';
import { createAppStore } from '../../state/appStore';
import type { AppStore } from '../../state/appStore';
import { AppStoreProvider } from '../../state/AppStoreProvider';
import { createMemoryRepository } from '../../state/memoryRepository';
import type { MemoryRepository } from '../../state/memoryRepository';
import { downloadFile } from '../editor/downloadFile';
import { BackupPanel } from './BackupPanel';

vi.mock('../editor/downloadFile', () => ({ downloadFile: vi.fn() }));

const meta = { createdAt: '2026-10-01T08:00:00.000Z', updatedAt: '2026-11-20T08:00:00.000Z', revision: 2 };
const ordnungsamt: Department = { id: 'd-32', name: 'Ordnungsamt', code: 'Amt 32', ...meta };
const personal: Department = { id: 'd-10', name: 'Personal', code: 'Amt 10', ...meta };

function process(id: string, departmentId: string, name: string): Process {
  return { id, departmentId, name, lotse: '', description: '', status: 'draft', diagramXml: '<x/>', ...meta };
}

const gewerbe = process('p-gewerbe', ordnungsamt.id, 'Gewerbeanmeldung');
const urlaub = process('p-urlaub', personal.id, 'Urlaubsantrag');
const answer: StepAssessment = {
  processId: gewerbe.id,
  stepId: 'Task_1',
  answers: { R: 4 },
  quantities: {},
  notes: 'Gebühr prüfen',
  notApplicable: false,
  alreadyAutomated: false,
  updatedAt: meta.updatedAt,
  revision: 1,
};

const initial: Partial<WorkspaceSnapshot> = {
  departments: [ordnungsamt, personal],
  processes: [gewerbe, urlaub],
  assessments: [answer],
  catalogue: createDefaultCatalogue(),
  meta: { sampleSeeded: true },
};

const cleanups: (() => void)[] = [];

beforeEach(async () => {
  await i18n.changeLanguage('de');
  vi.mocked(downloadFile).mockClear();
});

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function renderPanel(snapshot: Partial<WorkspaceSnapshot>, now?: Date): Promise<{ store: AppStore; repository: MemoryRepository; user: ReturnType<typeof userEvent.setup> }> {
  const repository = createMemoryRepository(snapshot);
  // a long debounce: changes reach the repository only when something flushes
  const autosave = createAutosave(repository, { debounceMs: 60_000 });
  const store = createAppStore({ repository, autosave });
  cleanups.push(() => {
    store.dispose();
    autosave.dispose();
  });
  await store.getState().actions.loadWorkspace();
  render(
    <AppStoreProvider store={store}>
      <BackupPanel now={now} />
    </AppStoreProvider>,
  );
  return { store, repository, user: userEvent.setup() };
}

/** the downloaded bundle, read back with the app's own parser */
function downloadedBundle() {
  const [content, fileName, type] = vi.mocked(downloadFile).mock.lastCall ?? [];
  const parsed = parseBundle(String(content));
  if (!parsed.ok) throw new Error(parsed.error);
  return { parsed, fileName, type };
}

describe('CreateBackupDialog', () => {
  it('given a rename not yet written, when the whole workspace is backed up, then the file holds it and the backup is recorded', async () => {
    const { store, repository, user } = await renderPanel(initial);
    store.getState().actions.renameProcess(gewerbe.id, 'Gewerbe anmelden');

    await user.click(screen.getByRole('button', { name: 'Sicherung erstellen …' }));
    const dialog = screen.getByRole('dialog', { name: 'Sicherung erstellen' });
    await user.click(within(dialog).getByRole('button', { name: 'Sicherung herunterladen' }));

    await vi.waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(1));
    const { parsed, fileName, type } = downloadedBundle();
    expect(fileName).toMatch(/^Prozesslotse-Sicherung_\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json');
    expect(parsed.scope).toBe('workspace');
    expect(parsed.snapshot.processes.map((candidate) => candidate.name).sort()).toEqual(['Gewerbe anmelden', 'Urlaubsantrag']);
    expect(parsed.snapshot.assessments).toEqual([answer]);
    const recorded = store.getState().document.meta.lastBackupAt;
    expect(recorded).toBe(parsed.createdAt);
    await store.getState().actions.workspaceSnapshot();
    expect((await repository.loadMeta()).lastBackupAt).toBe(recorded);
    expect(screen.getByText('Letzte Sicherung:')).toBeInTheDocument();
    expect(screen.queryByText(/Erstellen Sie eine/)).toBeNull();
  });

  it('given chosen processes, when backed up, then only they and their department are in the file and no backup is recorded', async () => {
    const { store, user } = await renderPanel(initial);

    await user.click(screen.getByRole('button', { name: 'Sicherung erstellen …' }));
    const dialog = screen.getByRole('dialog', { name: 'Sicherung erstellen' });
    await user.click(within(dialog).getByRole('radio', { name: 'Nur ausgewählte Prozesse' }));
    await user.click(within(dialog).getByRole('button', { name: 'Sicherung herunterladen' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Bitte wählen Sie mindestens einen Prozess aus.');
    expect(downloadFile).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Urlaubsantrag' }));
    await user.click(within(dialog).getByRole('button', { name: 'Sicherung herunterladen' }));

    await vi.waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(1));
    const { parsed, fileName } = downloadedBundle();
    expect(fileName).toMatch(/^Prozesslotse-Teilsicherung_\d{4}-\d{2}-\d{2}\.json$/);
    expect(parsed.scope).toBe('processes');
    expect(parsed.snapshot.processes.map((candidate) => candidate.id)).toEqual([urlaub.id]);
    expect(parsed.snapshot.departments.map((department) => department.id)).toEqual([personal.id]);
    expect(parsed.snapshot.assessments).toEqual([]);
    expect(store.getState().document.meta.lastBackupAt).toBeUndefined();
  });

  it('given a department checkbox, when ticked, then all its processes are chosen', async () => {
    const { user } = await renderPanel(initial);
    await user.click(screen.getByRole('button', { name: 'Sicherung erstellen …' }));
    const dialog = screen.getByRole('dialog', { name: 'Sicherung erstellen' });
    await user.click(within(dialog).getByRole('radio', { name: 'Nur ausgewählte Prozesse' }));

    await user.click(within(dialog).getByRole('checkbox', { name: 'Amt 32 – Ordnungsamt (ganzes Amt, 1 Prozess)' }));

    expect(within(dialog).getByRole('checkbox', { name: 'Gewerbeanmeldung' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Urlaubsantrag' })).not.toBeChecked();
  });
});

describe('BackupPanel', () => {
  const now = new Date('2026-11-28T12:00:00.000Z');

  it('given no backup yet and processes changed, when shown, then it says so and reminds', async () => {
    await renderPanel({ ...initial, meta: { sampleSeeded: true } }, now);

    // the state and the reminder in one warning, not two notices side by side
    const state = screen.getByText('Es wurde noch keine Sicherung erstellt.');
    const reminder = screen.getByText(/Ihre Daten liegen nur in diesem Browser/);
    expect(state.parentElement).toBe(reminder.parentElement);
    expect(state.parentElement).toHaveClass('notice--warning');
  });

  it('given a backup 3 days ago, when shown, then its date is shown and there is no reminder', async () => {
    await renderPanel({ ...initial, meta: { sampleSeeded: true, lastBackupAt: '2026-11-25T12:00:00.000Z' } }, now);

    expect(screen.getByText('Letzte Sicherung:').parentElement?.querySelector('time')).toHaveAttribute('dateTime', '2026-11-25T12:00:00.000Z');
    expect(screen.queryByText(/Erstellen Sie eine neue Sicherung/)).toBeNull();
  });

  it('given a backup 20 days ago and changes after it, when shown, then it reminds to make a new one', async () => {
    await renderPanel({ ...initial, meta: { sampleSeeded: true, lastBackupAt: '2026-11-08T12:00:00.000Z' } }, now);

    expect(screen.getByText('Die letzte Sicherung ist 14 Tage oder älter. Erstellen Sie eine neue Sicherung.')).toBeInTheDocument();
  });
});
