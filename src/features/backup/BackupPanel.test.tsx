// Tests of the backup panel's reminder in a real store: on the first start the untouched sample
// brings no warning, an answer or a new name does; with work, a backup 2 days old brings none and
// one 20 days old the warning. The last backup's date and time read as the storage section's.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../../app/sampleWorkspace';
import type { Department, Process, Step, StepAssessment } from '../../domain/assessment';
import type { WorkspaceSnapshot } from '../../domain/recordSchemas';
import { i18n } from '../../i18n/i18n';
import { createAutosave } from '../../storage/autosave';
import { createAppStore } from '../../state/appStore';
import type { AppStore } from '../../state/appStore';
import { AppStoreProvider } from '../../state/AppStoreProvider';
import { createMemoryRepository } from '../../state/memoryRepository';
import { ReadOnlyProvider } from '../../ui/readOnly';
import { BackupPanel } from './BackupPanel';

// the store stamps records with the clock: the panel judges at the same clock
const now = new Date();
const dayMs = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(now.getTime() - days * dayMs).toISOString();
const never = 'Es wurde noch keine Sicherung erstellt.';
const reminderNever = /Ihre Daten liegen nur in diesem Browser/;
const reminderOld = 'Die letzte Sicherung ist 14 Tage oder älter. Erstellen Sie eine neue Sicherung.';

const cleanups: (() => void)[] = [];

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** a store over an in-memory repository holding `stored` (the sample is seeded into an empty one), loaded */
async function loadedStore(stored: Partial<WorkspaceSnapshot>): Promise<AppStore> {
  const repository = createMemoryRepository(stored);
  const autosave = createAutosave(repository, { debounceMs: 1 });
  const store = createAppStore({ repository, autosave, seed: createSampleWorkspace });
  cleanups.push(() => {
    store.dispose();
    autosave.dispose();
  });
  await act(() => store.getState().actions.loadWorkspace());
  return store;
}

function renderPanel(store: AppStore, readOnly = false) {
  return render(
    <AppStoreProvider store={store}>
      <ReadOnlyProvider readOnly={readOnly}>
        <BackupPanel now={now} />
      </ReadOnlyProvider>
    </AppStoreProvider>,
  );
}

function createButton(): HTMLElement {
  return screen.getByRole('button', { name: 'Sicherung erstellen …' });
}

/** opens the process as the editor does, reads its steps (one blank record each) and, with answers, answers the first */
async function openAndAnswer(store: AppStore, processId: string, steps: Step[], answers?: StepAssessment['answers']): Promise<void> {
  const { actions } = store.getState();
  await act(() => actions.openProcess(processId));
  act(() => actions.stepsRead(steps));
  const record = store.getState().document.assessments.get(steps[0].id);
  if (answers && record) act(() => actions.updateAssessment({ ...record, answers }));
  act(() => actions.closeProcess());
}

const sampleSteps: Step[] = [
  { id: 'Task_FormularAusfuellen', name: 'Papierformular ausfüllen und im Bürgerbüro abgeben', type: 'bpmn:ManualTask', order: 0 },
  { id: 'Task_DatenAbtippen', name: 'Angaben aus dem Formular ins Fachverfahren abtippen', type: 'bpmn:UserTask', order: 1 },
];

describe('BackupPanel in a tab that only reads', () => {
  it('given another tab writing, then a backup can be made but none restored', async () => {
    const store = await loadedStore({});

    renderPanel(store, true);

    expect(createButton()).toBeEnabled();
    expect(screen.getByRole('button', { name: /^Sicherung einspielen/ })).toBeDisabled();
  });
});

describe('BackupPanel on the first start', () => {
  it('given the untouched sample, opened and looked at, when shown, then it says there is no backup without a warning', async () => {
    const store = await loadedStore({});
    const sample = store.getState().document.processes[0];
    await openAndAnswer(store, sample.id, sampleSteps);

    renderPanel(store);

    expect(screen.getByText(never).closest('.notice--warning')).toBeNull();
    expect(screen.queryByText(reminderNever)).toBeNull();
    expect(createButton()).toHaveClass('button--secondary');
  });

  it('given the sample, when a step is answered, then the warning asks for a backup', async () => {
    const store = await loadedStore({});
    renderPanel(store);
    expect(screen.queryByText(reminderNever)).toBeNull();

    await openAndAnswer(store, store.getState().document.processes[0].id, sampleSteps, { R: 4 });

    expect(screen.getByText(reminderNever)).toBeInTheDocument();
    expect(screen.getByText(never).closest('.notice')).toHaveClass('notice--warning');
    expect(createButton()).toHaveClass('button--primary');
  });

  it('given the sample, when it is renamed, then the warning asks for a backup', async () => {
    const store = await loadedStore({});
    renderPanel(store);
    expect(screen.queryByText(reminderNever)).toBeNull();

    act(() => store.getState().actions.renameProcess(store.getState().document.processes[0].id, 'Gewerbe anmelden'));

    expect(screen.getByText(reminderNever)).toBeInTheDocument();
  });
});

describe('BackupPanel with a backup', () => {
  const before = { createdAt: daysAgo(60), updatedAt: daysAgo(27) };
  const department: Department = { id: 'd-32', name: 'Ordnungsamt', code: 'Amt 32', revision: 1, ...before };
  const scored: Process = { id: 'p-gewerbe', departmentId: department.id, name: 'Gewerbeanmeldung', lotse: '', description: '', status: 'draft', diagramXml: '<x/>', catalogueVersion: 1, revision: 3, ...before };
  const stored = (lastBackupAt: string): Partial<WorkspaceSnapshot> => ({ departments: [department], processes: [scored], meta: { sampleSeeded: true, lastBackupAt } });

  it('given the last backup 2 days old, when shown, then its date is shown without a warning', async () => {
    const lastBackupAt = daysAgo(2);
    renderPanel(await loadedStore(stored(lastBackupAt)));

    expect(screen.getByText('Letzte Sicherung:').querySelector('time')).toHaveAttribute('dateTime', lastBackupAt);
    expect(screen.queryByText(reminderOld)).toBeNull();
    expect(createButton()).toHaveClass('button--secondary');
  });

  it.each([
    ['de', '30. November 2026 um 00:03'],
    ['en', '30 November 2026 at 00:03'],
  ] as const)('given the last backup at 00:03 on 30 November 2026, when shown in %s, then its date and time read as in the storage section ("%s")', async (language, shown) => {
    await i18n.changeLanguage(language);
    renderPanel(await loadedStore(stored(new Date(2026, 10, 30, 0, 3).toISOString())));

    expect(screen.getByText(i18n.t('exchange:backup.last')).querySelector('time')).toHaveTextContent(shown);
  });

  it('given the last backup 20 days old, when shown, then the warning asks for a new backup', async () => {
    renderPanel(await loadedStore(stored(daysAgo(20))));

    expect(screen.getByText(reminderOld)).toBeInTheDocument();
    expect(createButton()).toHaveClass('button--primary');
  });
});
