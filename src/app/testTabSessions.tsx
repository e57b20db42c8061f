// Test helper for jsdom tests of a tab's role (writes or only reads): two or more tab sessions over
// one in-memory workspace (department "Amt 33", processes "Wohnsitz anmelden" and "Hund anmelden"),
// with one lock and one channel between them, each tab rendered as the app. Close the sessions in
// afterEach (closeTabSessions).
import { act, render } from '@testing-library/react';
import { expect, vi } from 'vitest';
import { createDepartment, createProcess } from '../domain/assessment';
import { createAutosave } from '../storage/autosave';
import { createChannelHub, createLockHub } from '../state/fakeTabEnvironment';
import { createMemoryRepository } from '../state/memoryRepository';
import type { ChannelLike, LockManagerLike } from '../state/tabCoordination';
import { createTabSession } from '../state/tabSession';
import type { TabSession, TabSessionRepository } from '../state/tabSession';
import { AppRoot } from './AppRoot';

export interface SharedWorkspace {
  repository: TabSessionRepository;
  locks: LockManagerLike;
  channels: { open(): ChannelLike };
}

const department = createDepartment({ code: 'Amt 33', name: 'Bürgeramt' });
const processNamed = (name: string) => createProcess({ departmentId: department.id, name, diagramXml: '<x/>' });

const sessions: TabSession[] = [];

/** Two tabs' ways to one workspace: the same stored records, one lock, one channel. */
export function sharedWorkspace(): SharedWorkspace {
  const memory = createMemoryRepository({
    departments: [department],
    processes: [processNamed('Wohnsitz anmelden'), processNamed('Hund anmelden')],
    meta: { sampleSeeded: true },
  });
  const repository: TabSessionRepository = { ...memory, claimWriter: async () => [], onOutdated: () => () => undefined };
  return { repository, locks: createLockHub().manager, channels: createChannelHub() };
}

/** A tab's session over the shared workspace, not started yet. */
export function openTab(shared: SharedWorkspace): TabSession {
  const session = createTabSession({
    repository: shared.repository,
    createAutosave: (target) => createAutosave(target, { debounceMs: 5 }),
    lockName: 'writer:test',
    locks: shared.locks,
    channel: shared.channels.open(),
    takeoverTimeoutMs: 200,
  });
  sessions.push(session);
  return session;
}

/** Starts the session and waits until it has its role and a store. */
export async function started(session: TabSession, role: 'writer' | 'reader'): Promise<void> {
  await act(() => session.start());
  await vi.waitFor(() => {
    expect(session.getState().tab.role).toBe(role);
    expect(session.getState().store).not.toBeNull();
  });
}

/** The tab's app, rendered; its container. */
export function renderTab(session: TabSession): HTMLElement {
  const { container } = render(<AppRoot session={session} salvage={async () => undefined} restore={async () => undefined} onReload={vi.fn()} />);
  return container;
}

/** A writing tab and a reading tab over one workspace, both started. */
export async function readingTab(): Promise<{ writer: TabSession; reader: TabSession }> {
  const shared = sharedWorkspace();
  const writer = openTab(shared);
  await started(writer, 'writer');
  const reader = openTab(shared);
  await started(reader, 'reader');
  return { writer, reader };
}

/** Ends every session opened since the last call. */
export function closeTabSessions(): void {
  for (const session of sessions.splice(0)) session.dispose();
}
