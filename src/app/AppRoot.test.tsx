// Tests of the page root over a tab session (jsdom, in-memory repository): a failed write is never
// shown as saved, keeps the work on screen, is retried and then stored; a database that does not
// open shows the recovery screen; one that a newer version owns stops the page.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Department, Process } from '../domain/assessment';
import { i18n } from '../i18n/i18n';
import { createAutosave } from '../storage/autosave';
import { createMemoryRepository } from '../state/memoryRepository';
import { createTabSession } from '../state/tabSession';
import type { TabSession, TabSessionRepository } from '../state/tabSession';
import { AppRoot } from './AppRoot';

const t1 = '2024-06-03T08:00:00.000Z';
const department: Department = { id: 'd-1', createdAt: t1, updatedAt: t1, revision: 1, name: 'Bürgeramt', code: 'Amt 33' };
const process: Process = {
  id: 'p-1',
  createdAt: t1,
  updatedAt: t1,
  revision: 1,
  departmentId: 'd-1',
  name: 'Wohnsitz anmelden',
  lotse: '',
  description: '',
  status: 'draft',
  diagramXml: '<x/>',
};

const sessions: TabSession[] = [];

beforeEach(async () => {
  window.location.hash = '#/';
  await i18n.changeLanguage('de');
});

afterEach(() => {
  for (const session of sessions.splice(0)) session.dispose();
});

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** An in-memory workspace whose writes fail while `failing` says so. */
function flakyRepository() {
  const memory = createMemoryRepository({ departments: [department], processes: [process], meta: { sampleSeeded: true } });
  const control = { failing: false, attempts: 0 };
  const repository: TabSessionRepository = {
    ...memory,
    applyChanges: async (changes) => {
      control.attempts += 1;
      if (control.failing) throw quotaError();
      await memory.applyChanges(changes);
    },
    claimWriter: async () => [],
    onOutdated: () => () => undefined,
  };
  return { repository, memory, control };
}

function renderRoot(repository: TabSessionRepository, onReload = vi.fn()): TabSession {
  const session = createTabSession({
    repository,
    createAutosave: (target) => createAutosave(target, { debounceMs: 5, retryDelaysMs: [40] }),
    lockName: 'writer:test',
  });
  sessions.push(session);
  render(<AppRoot session={session} salvage={async () => undefined} restore={async () => undefined} onReload={onReload} />);
  return session;
}

const saveStatus = () => within(screen.getByRole('banner')).getByRole('status');

describe('AppRoot', () => {
  it('given writes that fail, when the user edits, then the status says what failed, never "gespeichert", and the work stays until it is stored', async () => {
    // given
    const { repository, memory, control } = flakyRepository();
    const session = renderRoot(repository);
    await act(() => session.start());
    const select = await screen.findByRole('combobox', { name: 'Status von „Wohnsitz anmelden“' });
    await vi.waitFor(() => expect(saveStatus()).toHaveTextContent(/^\W*gespeichert$/));
    // when the storage is full and the user changes the status
    const states: string[] = [];
    const store = session.getState().store;
    const unsubscribe = store?.subscribe((state, previous) => {
      if (state.session.saveStatus !== previous.session.saveStatus) states.push(state.session.saveStatus.state);
    });
    control.failing = true;
    await userEvent.selectOptions(select, 'workshop');
    // then it says what failed and what to do, and keeps saying so while the retries fail
    await vi.waitFor(() => expect(saveStatus()).toHaveTextContent('Nicht gespeichert: Der Speicherplatz des Browsers ist voll.'));
    expect(saveStatus()).toHaveTextContent('bitte Platz schaffen');
    const attemptsAtError = control.attempts;
    await vi.waitFor(() => expect(control.attempts).toBeGreaterThan(attemptsAtError + 1));
    expect(saveStatus()).toHaveTextContent('Nicht gespeichert');
    expect(screen.getByRole('combobox', { name: 'Status von „Wohnsitz anmelden“' })).toHaveValue('workshop');
    expect((await memory.loadProcess('p-1'))?.status).toBe('draft');
    expect(states).toContain('error');
    expect(states).not.toContain('saved');
    unsubscribe?.();
    // when writing works again, the next retry stores the kept change
    control.failing = false;
    await vi.waitFor(() => expect(saveStatus()).toHaveTextContent(/^\W*gespeichert/));
    expect((await memory.loadProcess('p-1'))?.status).toBe('workshop');
  });

  it('given a database that does not open, then the recovery screen explains it and offers the ways on', async () => {
    const { repository } = flakyRepository();
    const broken: TabSessionRepository = {
      ...repository,
      loadMeta: () => Promise.reject(new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError')),
    };
    const onReload = vi.fn();
    const session = renderRoot(broken, onReload);
    await act(() => session.start());
    expect(screen.getByRole('heading', { level: 1, name: 'Die gespeicherten Daten lassen sich nicht öffnen' })).toBeVisible();
    expect(screen.getByText(/Es wurde nichts gelöscht/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Lesbare Daten exportieren' })).toBeVisible();
    expect(screen.getByLabelText('Sicherungsdatei wählen')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Seite neu laden' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('given a database of a newer app version, then the page stops and asks to reload', async () => {
    const { repository } = flakyRepository();
    const outdated = Object.assign(new Error('newer schema'), { name: 'SchemaOutdatedError' });
    const newer: TabSessionRepository = { ...repository, loadMeta: () => Promise.reject(outdated) };
    const session = renderRoot(newer);
    await act(() => session.start());
    expect(screen.getByRole('heading', { level: 1, name: 'Prozesslotse wurde aktualisiert' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Seite neu laden' })).toBeVisible();
    expect(screen.queryByRole('main', { name: /Arbeitsbereich/ })).toBeNull();
  });
});
