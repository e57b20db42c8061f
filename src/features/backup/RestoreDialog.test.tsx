// Tests of "Sicherung einspielen" as a user meets it: every kind of bad file gets its own message
// naming the process or field at fault (technical detail behind "Technische Details") and leaves
// storage exactly as it was, a process whose diagram is no readable BPMN included; a repair notice
// names what it corrected, an assessment left out for want of its process too; a process whose name its
// department already has is added under the free name the preview promises; a process that
// already exists is never overwritten without a decision (one whose version in the backup is
// identical is skipped unless the user chooses otherwise, and says so; one that differs still asks),
// and each decision (keep both, replace, skip) does what it says, a copy kept beside the existing process named as from the backup, and
// each such process says when either version was last changed (to the second within one minute)
// and which is newer; a BPMN file chosen by mistake is sent to the BPMN import;
// adding a backup whose catalogue scores otherwise says beforehand that the workspace's catalogue
// stays; a backup of the whole workspace restored into an empty workspace reproduces it exactly,
// and into a fresh browser holding only the untouched first-start sample is set to replace it,
// saying so, and then reproduces it too (catalogue included).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../../app/sampleWorkspace';
import { StoreToasts } from '../../app/StoreToasts';
import type { Department, Process, StepAssessment } from '../../domain/assessment';
import { createBundle } from '../../domain/bundle';
import { createDefaultCatalogue } from '../../domain/criteria';
import type { WorkspaceSnapshot } from '../../domain/recordSchemas';
import { i18n } from '../../i18n/i18n';
import type storageDe from '../../i18n/locales/de/storage.json';
import { createAutosave } from '../../storage/autosave';
import { createAppStore } from '../../state/appStore';
import type { AppStore } from '../../state/appStore';
import { AppStoreProvider } from '../../state/AppStoreProvider';
import { createMemoryRepository } from '../../state/memoryRepository';
import type { MemoryRepository } from '../../state/memoryRepository';
import { RestoreDialog } from './RestoreDialog';

const meta = { createdAt: '2026-10-01T08:00:00.000Z', updatedAt: '2026-11-20T08:00:00.000Z', revision: 2 };
const ordnungsamt: Department = { id: 'd-32', name: 'Ordnungsamt', code: 'Amt 32', ...meta };

function process(id: string, name: string): Process {
  return { id, departmentId: ordnungsamt.id, name, lotse: 'Jana Müller', description: '', status: 'workshop', diagramXml: `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="${id}"/>`, ...meta };
}

function answers(processId: string, stepId: string, R: 1 | 2 | 3 | 4 | 5): StepAssessment {
  return { processId, stepId, answers: { R }, quantities: {}, notes: '', notApplicable: false, alreadyAutomated: false, updatedAt: meta.updatedAt, revision: 1 };
}

const gewerbe = process('p-gewerbe', 'Gewerbeanmeldung');
const sondernutzung = process('p-sonder', 'Sondernutzung');

function workspace(processes: Process[], assessments: StepAssessment[]): WorkspaceSnapshot {
  return { departments: [ordnungsamt], processes, assessments, catalogue: createDefaultCatalogue(), meta: { sampleSeeded: true } };
}

interface Rendered {
  store: AppStore;
  repository: MemoryRepository;
  user: ReturnType<typeof userEvent.setup>;
  closed: () => number;
}

const cleanups: (() => void)[] = [];

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function renderRestore(initial: Partial<WorkspaceSnapshot>, seed?: typeof createSampleWorkspace): Promise<Rendered> {
  const repository = createMemoryRepository(initial);
  const autosave = createAutosave(repository, { debounceMs: 1 });
  const store = createAppStore({ repository, autosave, seed });
  cleanups.push(() => {
    store.dispose();
    autosave.dispose();
  });
  await store.getState().actions.loadWorkspace();
  let closeCount = 0;
  render(
    <AppStoreProvider store={store}>
      <RestoreDialog onClose={() => closeCount++} />
      <StoreToasts />
    </AppStoreProvider>,
  );
  return { store, repository, user: userEvent.setup(), closed: () => closeCount };
}

function dialog() {
  return screen.getByRole('dialog', { name: 'Sicherung einspielen' });
}

async function chooseFile(user: Rendered['user'], text: string, name = 'Prozesslotse-Sicherung_2026-11-28.json') {
  await user.upload(within(dialog()).getByLabelText('Sicherungsdatei (.json)'), new File([text], name, { type: 'application/json' }));
}

const bundleOptions = { appVersion: '0.1.0', createdAt: '2026-11-28T09:00:00.000Z' };

describe('RestoreDialog with a bad file', () => {
  const valid = createBundle(workspace([gewerbe], [answers(gewerbe.id, 'Task_1', 5)]), bundleOptions);
  const envelope = JSON.parse(valid) as Record<string, unknown>;
  const cases: [string, string, keyof typeof storageDe.bundle.errors][] = [
    ['not JSON', 'Gewerbeanmeldung;Amt 32', 'notJson'],
    ['of BPMN XML', '<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"/>', 'xmlFile'],
    ['cut off', valid.slice(0, Math.floor(valid.length / 2)), 'truncated'],
    ['JSON of another kind', JSON.stringify({ type: 'excalidraw', elements: [] }), 'wrongType'],
    ['from a newer version', JSON.stringify({ ...envelope, schemaVersion: 99 }), 'futureVersion'],
    ['invalid against its schema', JSON.stringify({ ...envelope, data: { ...(envelope.data as object), processes: [{ id: 'p-1' }] } }), 'invalid'],
  ];

  it.each(cases)('given a file %s, when chosen, then its specific message is shown and storage is unchanged', async (_, text, code) => {
    const { repository, user } = await renderRestore(workspace([sondernutzung], [answers(sondernutzung.id, 'Task_1', 2)]));
    const before = await repository.snapshot();

    await chooseFile(user, text);

    const alert = await within(dialog()).findByRole('alert');
    expect(alert).toHaveTextContent(i18n.t(`storage:bundle.errors.${code}`));
    expect(within(dialog()).queryByRole('button', { name: 'Einspielen' })).toBeNull();
    expect(await repository.snapshot()).toEqual(before);
  });

  it('given JSON of another kind, when chosen, then its message names the workspace\'s import button as it is labelled', async () => {
    const { user } = await renderRestore(workspace([sondernutzung], []));

    await chooseFile(user, JSON.stringify({ type: 'excalidraw', elements: [] }));

    const alert = await within(dialog()).findByRole('alert');
    expect(alert).toHaveTextContent(`„${i18n.t('workspace:import.file')}“`);
  });

  it('given a BPMN file, when chosen, then it is named an XML file and sent to the workspace\'s import button, without the JSON parser\'s words', async () => {
    const { user } = await renderRestore(workspace([sondernutzung], []));

    await chooseFile(user, `\uFEFF\n${sondernutzung.diagramXml}`, 'sondernutzung.bpmn');

    const alert = await within(dialog()).findByRole('alert');
    expect(alert).toHaveTextContent('XML-Datei');
    expect(alert).toHaveTextContent(`„${i18n.t('workspace:import.file')}“`);
    expect(alert).not.toHaveTextContent('JSON');
    expect(within(alert).queryByText(i18n.t('storage:error.details'))).toBeNull();
  });
});

describe('RestoreDialog with a damaged backup', () => {
  const valid = createBundle(workspace([gewerbe, sondernutzung], [answers(gewerbe.id, 'Task_1', 5)]), bundleOptions);
  const envelope = JSON.parse(valid) as { schemaVersion: number; data: WorkspaceSnapshot };
  const withData = (data: Partial<WorkspaceSnapshot>) => JSON.stringify({ ...envelope, data: { ...envelope.data, ...data } });
  const [firstProcess, secondProcess] = envelope.data.processes;

  async function refused(text: string) {
    const rendered = await renderRestore(workspace([sondernutzung], [answers(sondernutzung.id, 'Task_1', 2)]));
    const before = await rendered.repository.snapshot();
    await chooseFile(rendered.user, text);
    const alert = await within(dialog()).findByRole('alert');
    expect(within(dialog()).queryByRole('button', { name: 'Einspielen' })).toBeNull();
    expect(await rendered.repository.snapshot()).toEqual(before);
    return alert;
  }

  it.each([
    ['a department not in the backup', withData({ processes: [firstProcess, { ...secondProcess, departmentId: 'does-not-exist' }] })],
    ['no department at all', withData({ departments: [] })],
  ])('given a process in %s, when chosen, then it is refused naming the process, and storage is unchanged', async (_, text) => {
    const process = JSON.parse(text).data.departments.length === 0 ? firstProcess : secondProcess;

    const alert = await refused(text);

    expect(alert).toHaveTextContent(`„${process.name}“`);
    expect(alert).not.toHaveTextContent(i18n.t('storage:bundle.errors.invalid'));
  });

  it.each(['', '   '])('given a process named %j, when chosen, then it is refused as unnamed, and storage is unchanged', async (name) => {
    const alert = await refused(withData({ processes: [firstProcess, { ...secondProcess, name }] }));

    expect(alert).toHaveTextContent(i18n.t('storage:bundle.errors.unnamedProcess', { position: 2 }));
  });

  it('given a process with an empty id, when chosen, then the message names the process and the field, the technical detail behind a disclosure', async () => {
    const alert = await refused(withData({ processes: [{ ...firstProcess, id: '' }, secondProcess] }));

    expect(alert).toHaveTextContent(i18n.t('storage:bundle.errors.invalid'));
    expect(alert).toHaveTextContent(`„${firstProcess.name}“`);
    expect(alert).toHaveTextContent('„id“');
    const summary = within(alert).getByText(i18n.t('storage:error.details'));
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary.closest('details')).toHaveTextContent('processes[0].id');
  });

  it.each([
    ['schemaVersion', { ...envelope, schemaVersion: 0 }],
    ['createdAt', { ...envelope, createdAt: 'gestern' }],
  ])('given a broken %s, when chosen, then the message names that field of the backup', async (field, broken) => {
    const alert = await refused(JSON.stringify(broken));

    expect(alert).toHaveTextContent(`„${field}“`);
    expect(within(alert).getByText(i18n.t('storage:error.details')).closest('details')).toHaveTextContent(field);
  });

  it.each([
    ['unparsable', '<bpmn:definitions><oops'],
    ['empty', ''],
    ['XML but no BPMN', '<html><body>Gewerbeanmeldung</body></html>'],
  ])('given a process whose diagram is %s, when chosen, then the whole backup is refused naming the process, and storage is unchanged', async (_, diagramXml) => {
    const alert = await refused(withData({ processes: [firstProcess, { ...secondProcess, diagramXml }] }));

    expect(alert).toHaveTextContent(i18n.t('storage:bundle.errors.brokenDiagram', { name: secondProcess.name, position: 2 }));
    expect(within(alert).getByText(i18n.t('storage:error.details')).closest('details')).toHaveTextContent('processes[1].diagramXml');
  });

  it('given a broken diagram of a process the workspace has, when chosen to replace the whole workspace, then it is refused before anything can be chosen', async () => {
    const { repository, user } = await renderRestore(workspace([gewerbe, sondernutzung], [answers(gewerbe.id, 'Task_1', 2)]));
    const before = await repository.snapshot();

    await chooseFile(user, withData({ processes: [{ ...firstProcess, diagramXml: '<bpmn:definitions><oops' }, secondProcess] }));

    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(`„${gewerbe.name}“`);
    expect(within(dialog()).queryByRole('radio')).toBeNull();
    expect(await repository.snapshot()).toEqual(before);
  });

  it('given an assessment of a process the backup does not hold, when chosen, then the repair notice names its step and says it was left out', async () => {
    const { user } = await renderRestore(workspace([], []));

    await chooseFile(user, withData({ assessments: [...envelope.data.assessments, answers('p-gone', 'Task_9', 3)] }));

    const notice = (await within(dialog()).findByText(i18n.t('storage:bundle.repaired', { count: 1 }))).closest('div') as HTMLElement;
    expect(notice).toHaveTextContent(i18n.t('storage:bundle.record.assessmentWithoutProcess', { step: 'Task_9', position: 2 }));
    expect(notice).toHaveTextContent('„Task_9“');
  });

  it('given an answer out of range, when chosen, then the repair notice names the process and the step it corrected', async () => {
    const { user } = await renderRestore(workspace([], []));

    await chooseFile(user, valid.replace('"R":5', '"R":9'));

    const notice = (await within(dialog()).findByText(i18n.t('storage:bundle.repaired', { count: 1 }))).closest('div') as HTMLElement;
    expect(notice).toHaveTextContent(`„${gewerbe.name}“`);
    expect(notice).toHaveTextContent('„Task_1“');
  });
});

/** The name the dialog promises for a process from the backup, read from its hint. */
function promisedName(): string {
  const hint = within(dialog()).getByText(/„.+“ hinzugefügt\.$/);
  return /„([^“]+)“ hinzugefügt\.$/.exec(hint.textContent ?? '')?.[1] ?? '';
}

function sameNames(names: readonly string[]): boolean {
  return new Set(names.map((name) => name.trim().toLowerCase())).size !== names.length;
}

describe('RestoreDialog adding processes whose names the department already has', () => {
  it('given a backup from another browser with the same process under another id, when added, then the preview promises a free name and the process gets it', async () => {
    const elsewhere = { ...gewerbe, id: 'p-gewerbe-elsewhere' };
    const { repository, user } = await renderRestore(workspace([gewerbe], []));

    await chooseFile(user, createBundle(workspace([elsewhere], [answers(elsewhere.id, 'Task_1', 5)]), bundleOptions));
    await within(dialog()).findByText(/^Arbeitsbereich vollständig/);
    const promised = promisedName();
    expect(promised).not.toBe(gewerbe.name);
    await user.click(within(dialog()).getByRole('button', { name: 'Einspielen' }));

    await screen.findByText(/^Sicherung eingespielt: /);
    const names = (await repository.snapshot()).processes.map((candidate) => candidate.name);
    expect(names).toEqual([gewerbe.name, promised]);
    expect(sameNames(names)).toBe(false);
  });

  it('given "Beide behalten" when the copy’s name is already taken, then the preview promises the next free name and the copy gets it', async () => {
    const firstCopy = { ...gewerbe, id: 'p-first-copy', name: i18n.t('storage:bundle.merge.copyName', { name: gewerbe.name }) };
    const { repository, user } = await renderRestore(workspace([gewerbe, firstCopy], []));

    await chooseFile(user, createBundle(workspace([gewerbe], []), { ...bundleOptions, processIds: [gewerbe.id] }));
    await user.click(await within(dialog()).findByRole('radio', { name: 'Beide behalten' }));
    const promised = promisedName();
    expect([gewerbe.name, firstCopy.name]).not.toContain(promised);
    await user.click(within(dialog()).getByRole('button', { name: 'Einspielen' }));

    await screen.findByText(/^Sicherung eingespielt: /);
    const names = (await repository.snapshot()).processes.map((candidate) => candidate.name);
    expect(names).toEqual([gewerbe.name, firstCopy.name, promised]);
    expect(sameNames(names)).toBe(false);
  });
});

describe('RestoreDialog with processes that already exist', () => {
  const changedGewerbe = { ...gewerbe, name: 'Gewerbeanmeldung (Workshop 2)', revision: 5 };
  const incoming = workspace([changedGewerbe, sondernutzung], [answers(gewerbe.id, 'Task_1', 5), answers(sondernutzung.id, 'Task_7', 3)]);
  const bundle = createBundle(incoming, { ...bundleOptions, processIds: [gewerbe.id, sondernutzung.id] });

  async function reviewConflict() {
    const rendered = await renderRestore(workspace([gewerbe], [answers(gewerbe.id, 'Task_1', 1)]));
    await chooseFile(rendered.user, bundle);
    await within(dialog()).findByRole('heading', { name: '1 Prozess ist bereits vorhanden' });
    return rendered;
  }

  it('given a conflict without a decision, when "Einspielen" is pressed, then it asks for one and nothing is stored', async () => {
    const { repository, user } = await reviewConflict();
    const before = await repository.snapshot();

    await user.click(within(dialog()).getByRole('button', { name: 'Einspielen' }));

    expect(within(dialog()).getByRole('alert')).toHaveTextContent('Bitte entscheiden Sie für jeden vorhandenen Prozess, was geschehen soll.');
    expect(await repository.snapshot()).toEqual(before);
  });

  describe('whose version in the backup is identical', () => {
    const identicalBundle = createBundle(workspace([gewerbe, sondernutzung], [answers(gewerbe.id, 'Task_1', 1)]), { ...bundleOptions, processIds: [gewerbe.id, sondernutzung.id] });
    const gewerbeQuestion = () => within(dialog()).getByRole('group', { name: /^Der Prozess „Gewerbeanmeldung“ ist bereits vorhanden/ });

    it('given only identical ones, then "Überspringen" is chosen beforehand, the row says so, and "Einspielen" restores without asking', async () => {
      const { repository, user, closed } = await renderRestore(workspace([gewerbe], [answers(gewerbe.id, 'Task_1', 1)]));

      await chooseFile(user, identicalBundle);
      await within(dialog()).findByRole('heading', { name: '1 Prozess ist bereits vorhanden' });
      expect(within(gewerbeQuestion()).getByRole('radio', { name: 'Überspringen' })).toBeChecked();
      expect(gewerbeQuestion()).toHaveTextContent(
        'Die Fassung aus der Sicherung ist identisch mit der vorhandenen. Sie brauchen hier nichts zu entscheiden: „Überspringen“ ist vorgewählt.',
      );
      await user.click(within(dialog()).getByRole('button', { name: 'Einspielen' }));

      await screen.findByText('Sicherung eingespielt: 1 neu, 0 ersetzt, 0 als zusätzlicher Prozess, 1 übersprungen.');
      expect(closed()).toBe(1);
      expect((await repository.snapshot()).processes.map((candidate) => candidate.name).sort()).toEqual(['Gewerbeanmeldung', 'Sondernutzung']);
      expect((await repository.loadAssessments(gewerbe.id)).map((record) => record.answers.R)).toEqual([1]);
    });

    it('given the same in English, then the row says it needs no decision', async () => {
      await i18n.changeLanguage('en');
      const { user } = await renderRestore(workspace([gewerbe], [answers(gewerbe.id, 'Task_1', 1)]));

      const englishDialog = screen.getByRole('dialog', { name: 'Restore backup' });
      await user.upload(within(englishDialog).getByLabelText('Backup file (.json)'), new File([identicalBundle], 'backup.json', { type: 'application/json' }));

      const question = await within(englishDialog).findByRole('group', { name: /^The process “Gewerbeanmeldung” already exists/ });
      expect(within(question).getByRole('radio', { name: 'Skip' })).toBeChecked();
      expect(question).toHaveTextContent('The version from the backup is identical to the existing one. There is nothing to decide here: “Skip” is preselected.');
    });

    it('given one identical and one that differs, when "Einspielen" is pressed, then it still asks for the one that differs and nothing is stored; decided, it restores', async () => {
      const { repository, user } = await renderRestore(workspace([gewerbe, sondernutzung], [answers(gewerbe.id, 'Task_1', 1)]));
      const before = await repository.snapshot();

      await chooseFile(user, createBundle(workspace([changedGewerbe, sondernutzung], [answers(gewerbe.id, 'Task_1', 5)]), { ...bundleOptions, processIds: [gewerbe.id, sondernutzung.id] }));
      await within(dialog()).findByRole('heading', { name: '2 Prozesse sind bereits vorhanden' });
      const sondernutzungQuestion = within(dialog()).getByRole('group', { name: /^Der Prozess „Sondernutzung“ ist bereits vorhanden/ });
      expect(within(sondernutzungQuestion).getByRole('radio', { name: 'Überspringen' })).toBeChecked();
      for (const radio of within(gewerbeQuestion()).getAllByRole('radio')) expect(radio).not.toBeChecked();
      expect(gewerbeQuestion()).not.toHaveTextContent('nichts zu entscheiden');
      await user.click(within(dialog()).getByRole('button', { name: 'Einspielen' }));

      expect(within(dialog()).getByRole('alert')).toHaveTextContent('Bitte entscheiden Sie für jeden vorhandenen Prozess, was geschehen soll.');
      expect(await repository.snapshot()).toEqual(before);

      await user.click(within(gewerbeQuestion()).getByRole('radio', { name: 'Vorhandenen ersetzen' }));
      await user.click(within(dialog()).getByRole('button', { name: 'Einspielen' }));

      await screen.findByText('Sicherung eingespielt: 0 neu, 1 ersetzt, 0 als zusätzlicher Prozess, 1 übersprungen.');
      expect((await repository.loadAssessments(gewerbe.id)).map((record) => record.answers.R)).toEqual([5]);
    });
  });

  it('given "Überspringen", when restored, then the new process is added and the existing one keeps its answers', async () => {
    const { store, repository, user, closed } = await reviewConflict();
    const question = within(dialog()).getByRole('group', { name: 'Der Prozess „Gewerbeanmeldung“ ist bereits vorhanden. Was soll mit der Fassung aus der Sicherung geschehen?' });

    await user.click(within(question).getByRole('radio', { name: 'Überspringen' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Einspielen' }));

    await screen.findByText('Sicherung eingespielt: 1 neu, 0 ersetzt, 0 als zusätzlicher Prozess, 1 übersprungen.');
    expect(closed()).toBe(1);
    const stored = await repository.snapshot();
    expect(stored.processes.map((candidate) => candidate.name).sort()).toEqual(['Gewerbeanmeldung', 'Sondernutzung']);
    expect((await repository.loadAssessments(gewerbe.id)).map((record) => record.answers.R)).toEqual([1]);
    expect(store.getState().document.processes.map((candidate) => candidate.name).sort()).toEqual(['Gewerbeanmeldung', 'Sondernutzung']);
  });

  it('given "Vorhandenen ersetzen", when restored, then the existing process and its answers are the backup’s', async () => {
    const { repository, user } = await reviewConflict();

    await user.click(within(dialog()).getByRole('radio', { name: 'Vorhandenen ersetzen' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Einspielen' }));

    await screen.findByText('Sicherung eingespielt: 1 neu, 1 ersetzt, 0 als zusätzlicher Prozess, 0 übersprungen.');
    expect((await repository.loadProcess(gewerbe.id))?.name).toBe('Gewerbeanmeldung (Workshop 2)');
    expect((await repository.loadAssessments(gewerbe.id)).map((record) => record.answers.R)).toEqual([5]);
  });

  describe('says when each version was changed', () => {
    /** ISO time of a local date and time, as the dialog shows it in the user's time zone */
    const local = (day: number, hour: number, minute: number, second = 0, millisecond = 0) => new Date(2026, 10, day, hour, minute, second, millisecond).toISOString();

    async function question(existing: Process, backedUp: Process) {
      const rendered = await renderRestore(workspace([existing], []));
      await chooseFile(rendered.user, createBundle(workspace([backedUp], []), { ...bundleOptions, processIds: [backedUp.id] }));
      await within(dialog()).findByRole('heading', { name: '1 Prozess ist bereits vorhanden' });
      return within(dialog()).getByRole('group', { name: /^Der Prozess „Gewerbeanmeldung“ ist bereits vorhanden/ });
    }

    it('given the workspace’s version changed after the backup’s, then it says plainly that it is newer, with both dates', async () => {
      const group = await question({ ...gewerbe, updatedAt: local(29, 14, 2) }, { ...changedGewerbe, updatedAt: local(28, 9, 15) });

      expect(group).toHaveTextContent('Ihre Fassung ist neuer (geändert 29.11.2026, 14:02) als die in der Sicherung (28.11.2026, 09:15).');
      expect(group).toHaveTextContent('„Vorhandenen ersetzen“ verwirft Ihre neueren Änderungen.');
    });

    it('given the backup’s version changed later, then it says the backup’s is newer, with both dates', async () => {
      const group = await question({ ...gewerbe, updatedAt: local(28, 9, 15) }, { ...changedGewerbe, updatedAt: local(29, 14, 2) });

      expect(group).toHaveTextContent('Die Fassung in der Sicherung ist neuer (geändert 29.11.2026, 14:02) als Ihre (28.11.2026, 09:15).');
    });

    it('given both versions changed within the same minute, then both times are shown to the second', async () => {
      const group = await question({ ...gewerbe, updatedAt: local(30, 10, 33, 41) }, { ...changedGewerbe, updatedAt: local(30, 10, 33, 5) });

      expect(group).toHaveTextContent('Ihre Fassung ist neuer (geändert 30.11.2026, 10:33:41) als die in der Sicherung (30.11.2026, 10:33:05).');
    });

    it('given both versions changed within the same second, then neither is called newer', async () => {
      const group = await question({ ...gewerbe, updatedAt: local(30, 10, 33, 41, 900) }, { ...changedGewerbe, updatedAt: local(30, 10, 33, 41, 100) });

      expect(group).toHaveTextContent('Beide Fassungen wurden zur selben Zeit geändert (30.11.2026, 10:33), unterscheiden sich aber.');
      expect(group).not.toHaveTextContent('neuer');
    });

    it('given an answer in the workspace given after its process was last saved, then the workspace’s version counts as changed then', async () => {
      const rendered = await renderRestore(workspace([{ ...gewerbe, updatedAt: local(27, 8, 0) }], [{ ...answers(gewerbe.id, 'Task_1', 1), updatedAt: local(29, 14, 2) }]));
      await chooseFile(rendered.user, createBundle(workspace([{ ...changedGewerbe, updatedAt: local(28, 9, 15) }], []), { ...bundleOptions, processIds: [gewerbe.id] }));

      expect(await within(dialog()).findByText(/^Ihre Fassung ist neuer/)).toHaveTextContent('(geändert 29.11.2026, 14:02) als die in der Sicherung (28.11.2026, 09:15)');
    });
  });

  it('given "Beide behalten" for all, when restored, then the backup’s version is added beside the existing one under a name that says where it comes from', async () => {
    const { repository, user } = await reviewConflict();
    const copyName = i18n.t('storage:bundle.merge.copyName', { name: changedGewerbe.name });

    await user.click(within(within(dialog()).getByRole('group', { name: 'Eine Entscheidung für alle vorhandenen Prozesse' })).getByRole('button', { name: 'Beide behalten' }));
    expect(within(dialog()).getByText(`Die Fassung aus der Sicherung wird als „${copyName}“ hinzugefügt.`)).toBeInTheDocument();
    await user.click(within(dialog()).getByRole('button', { name: 'Einspielen' }));

    await screen.findByText('Sicherung eingespielt: 1 neu, 0 ersetzt, 1 als zusätzlicher Prozess, 0 übersprungen.');
    const stored = await repository.snapshot();
    expect(stored.processes.map((candidate) => candidate.name).sort()).toEqual(['Gewerbeanmeldung', copyName, 'Sondernutzung']);
    expect(stored.processes.map((candidate) => candidate.name)).not.toContain(changedGewerbe.name);
    const copy = stored.processes.find((candidate) => candidate.name === copyName);
    expect(copy?.id).not.toBe(gewerbe.id);
    expect((await repository.loadAssessments(copy?.id ?? '')).map((record) => record.answers.R)).toEqual([5]);
    expect((await repository.loadAssessments(gewerbe.id)).map((record) => record.answers.R)).toEqual([1]);
  });
});

describe('RestoreDialog with a backup of the whole workspace', () => {
  const backedUp: WorkspaceSnapshot = {
    ...workspace([gewerbe, sondernutzung], [answers(gewerbe.id, 'Task_1', 4), answers(sondernutzung.id, 'Task_2', 2)]),
    catalogue: { ...createDefaultCatalogue(), version: 4, updatedAt: '2026-11-01T10:00:00.000Z' },
    meta: { sampleSeeded: true, lastBackupAt: '2026-11-10T10:00:00.000Z' },
  };
  const bundle = createBundle(backedUp, bundleOptions);

  /** after the restore's message: departments, processes, answers and catalogue stored are exactly the backup's; returns what is stored */
  async function expectExactlyTheBackup(repository: MemoryRepository): Promise<WorkspaceSnapshot> {
    await screen.findByText(/^Der Arbeitsbereich wurde aus der Sicherung vom /);
    const stored = await repository.snapshot();
    expect(stored.departments).toEqual(backedUp.departments);
    expect(stored.processes).toEqual(backedUp.processes);
    expect(stored.assessments).toEqual(backedUp.assessments);
    expect(stored.catalogue).toEqual(backedUp.catalogue);
    return stored;
  }

  it('given an empty workspace, when restored, then departments, processes, answers and catalogue are exactly the backup’s', async () => {
    const { repository, user } = await renderRestore({ meta: { sampleSeeded: true } });

    await chooseFile(user, bundle);
    expect(await within(dialog()).findByText('Ihr Arbeitsbereich ist leer: Er wird genau so wiederhergestellt, wie er gesichert wurde.')).toBeInTheDocument();
    await user.click(within(dialog()).getByRole('button', { name: 'Arbeitsbereich ersetzen' }));

    const stored = await expectExactlyTheBackup(repository);
    expect(stored.meta).toEqual({ sampleSeeded: true, lastBackupAt: bundleOptions.createdAt });
  });

  it('given a fresh browser with only the untouched first-start sample, when restored as offered, then the backup replaces it, catalogue included, as the dialog says beforehand', async () => {
    const { store, repository, user } = await renderRestore({}, createSampleWorkspace);
    const sample = store.getState().document;
    expect(sample.processes).toHaveLength(1);

    await chooseFile(user, bundle);

    expect(await within(dialog()).findByRole('radio', { name: 'Arbeitsbereich vollständig durch die Sicherung ersetzen' })).toBeChecked();
    const notice = within(dialog()).getByText(/^Ihr Arbeitsbereich enthält noch keine eigene Arbeit/).closest('div') as HTMLElement;
    expect(within(notice).getByRole('listitem')).toHaveTextContent(sample.processes[0].name);
    expect(notice).toHaveTextContent('Beim Ersetzen wird das entfernt.');
    expect(within(dialog()).queryByText(/Der Kriterienkatalog der Sicherung wird nicht übernommen/)).toBeNull();
    await user.click(within(dialog()).getByRole('button', { name: 'Arbeitsbereich ersetzen' }));

    await expectExactlyTheBackup(repository);
  });

  it('given a workspace whose one process was changed, when a backup of the whole workspace is chosen, then adding stays the default and replacing warns', async () => {
    const { store, user } = await renderRestore({}, createSampleWorkspace);
    const [sampleProcess] = store.getState().document.processes;
    store.getState().actions.renameProcess(sampleProcess.id, 'Gewerbeanmeldung (überarbeitet)');

    await chooseFile(user, bundle);

    expect(await within(dialog()).findByRole('radio', { name: /^Zum Arbeitsbereich hinzufügen/ })).toBeChecked();
    await user.click(within(dialog()).getByRole('radio', { name: 'Arbeitsbereich vollständig durch die Sicherung ersetzen' }));
    expect(within(dialog()).getByText(/Der eine Prozess, der jetzt im Arbeitsbereich ist, wird dabei entfernt/)).toBeInTheDocument();
    expect(within(dialog()).queryByText(/^Ihr Arbeitsbereich enthält noch keine eigene Arbeit/)).toBeNull();
  });

  it('given a workspace with other processes, when "replace the whole workspace" is chosen, then only the backup remains', async () => {
    const other = { ...process('p-other', 'Baumfällung') };
    const { repository, user } = await renderRestore(workspace([other], []));

    await chooseFile(user, bundle);
    await user.click(await within(dialog()).findByRole('radio', { name: 'Arbeitsbereich vollständig durch die Sicherung ersetzen' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Arbeitsbereich ersetzen' }));

    await screen.findByText(/^Der Arbeitsbereich wurde aus der Sicherung vom /);
    expect((await repository.snapshot()).processes.map((candidate) => candidate.name).sort()).toEqual(['Gewerbeanmeldung', 'Sondernutzung']);
  });
});

describe('RestoreDialog adding a backup whose catalogue scores otherwise', () => {
  const defaults = createDefaultCatalogue();
  const ownCatalogue = { ...defaults, weights: { ...defaults.weights, dsNeed: { Mb: 0.8, Id: 0.2 } }, version: 3, updatedAt: '2026-11-01T10:00:00.000Z' };
  const backedUp = { ...workspace([gewerbe, sondernutzung], [answers(gewerbe.id, 'Task_1', 4)]), catalogue: ownCatalogue };
  const other = process('p-other', 'Baumfällung');
  const catalogueTitle = 'Der Kriterienkatalog der Sicherung wird nicht übernommen';

  function catalogueNotice() {
    return within(dialog()).getByText(catalogueTitle).closest('div') as HTMLElement;
  }

  it('given a backup of the whole workspace, when it is to be added, then before "Einspielen" the dialog says the workspace keeps its catalogue and which mode takes the backup’s', async () => {
    const { repository, user } = await renderRestore(workspace([other], []));
    const before = await repository.snapshot();

    await chooseFile(user, createBundle(backedUp, bundleOptions));

    const replaceMode = await within(dialog()).findByRole('radio', { name: 'Arbeitsbereich vollständig durch die Sicherung ersetzen' });
    expect(within(dialog()).getByRole('radio', { name: /^Zum Arbeitsbereich hinzufügen/ })).toBeChecked();
    const notice = catalogueNotice();
    expect(notice).toHaveTextContent('Beim Hinzufügen bleibt der Kriterienkatalog Ihres Arbeitsbereichs.');
    expect(notice).toHaveTextContent('Die hinzugefügten Prozesse werden deshalb mit dem Kriterienkatalog dieses Arbeitsbereichs bewertet');
    expect(notice).toHaveTextContent(`„${replaceMode.closest('label')?.textContent ?? ''}“`);
    const apply = within(dialog()).getByRole('button', { name: 'Einspielen' });
    expect(notice.compareDocumentPosition(apply) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(apply);

    await screen.findByText(/^Sicherung eingespielt: /);
    const stored = await repository.snapshot();
    expect(stored.catalogue).toEqual(before.catalogue);
    expect(stored.processes).toHaveLength(before.processes.length + backedUp.processes.length);
  });

  it('given the notice, when "replace the whole workspace" is chosen, then it goes: replacing takes the backup’s catalogue', async () => {
    const { user } = await renderRestore(workspace([other], []));
    await chooseFile(user, createBundle(backedUp, bundleOptions));
    expect(catalogueNotice()).toBeInTheDocument();

    await user.click(await within(dialog()).findByRole('radio', { name: 'Arbeitsbereich vollständig durch die Sicherung ersetzen' }));

    expect(within(dialog()).queryByText(catalogueTitle)).toBeNull();
  });

  it('given a backup of chosen processes, when it is to be added, then the notice says only a backup of the whole workspace brings its catalogue', async () => {
    const { user } = await renderRestore(workspace([other], []));

    await chooseFile(user, createBundle(backedUp, { ...bundleOptions, processIds: [gewerbe.id] }));

    expect(await within(dialog()).findByText(catalogueTitle)).toBeInTheDocument();
    expect(catalogueNotice()).toHaveTextContent('Eine Sicherung ausgewählter Prozesse kann ihren Kriterienkatalog nicht mitbringen.');
    expect(within(dialog()).queryByRole('radio', { name: 'Arbeitsbereich vollständig durch die Sicherung ersetzen' })).toBeNull();
  });

  it('given a backup whose catalogue differs only in version and date, when it is to be added, then no notice is shown', async () => {
    const { user } = await renderRestore(workspace([other], []));
    const renumbered = { ...backedUp, catalogue: { ...defaults, version: ownCatalogue.version, updatedAt: ownCatalogue.updatedAt } };

    await chooseFile(user, createBundle(renumbered, bundleOptions));

    await within(dialog()).findByRole('radio', { name: 'Arbeitsbereich vollständig durch die Sicherung ersetzen' });
    expect(within(dialog()).queryByText(catalogueTitle)).toBeNull();
  });
});
