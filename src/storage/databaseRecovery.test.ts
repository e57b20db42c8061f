import { describe, expect, it } from 'vitest';
import type { Department, Process } from '../domain/assessment';
import { createDefaultCatalogue } from '../domain/criteria';
import type { WorkspaceSnapshot } from '../domain/recordSchemas';
import { databaseName } from './db';
import { activeDatabaseKey, activeDatabaseName, restoreIntoNewDatabase, salvageDatabase } from './databaseRecovery';
import { createDexieRepository } from './dexieRepository';

const t1 = '2024-03-01T09:00:00.000Z';

function department(id: string): Department {
  return { id, createdAt: t1, updatedAt: t1, revision: 1, name: `Amt ${id} – Straßenverkehr`, code: id };
}

function process(id: string): Process {
  return { id, createdAt: t1, updatedAt: t1, revision: 1, departmentId: 'd-1', name: `Parkausweis ${id} €`, lotse: '', description: '', status: 'draft', diagramXml: '<x/>' };
}

function snapshot(): WorkspaceSnapshot {
  return {
    departments: [department('d-1')],
    processes: [process('p-1'), process('p-2')],
    assessments: [
      { processId: 'p-1', stepId: 'Task_1', answers: { R: 4 }, quantities: {}, notes: 'Prüfung', notApplicable: false, alreadyAutomated: false, updatedAt: t1, revision: 1 },
    ],
    catalogue: { ...createDefaultCatalogue(), version: 2 },
    meta: { sampleSeeded: true },
  };
}

let counter = 0;
function freshName(): string {
  counter += 1;
  return `recovery-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

function memoryStore(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
}

/** A database written without Dexie: only a processes table, with one record restore cannot read. */
function rawDatabase(name: string, rows: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('processes', { keyPath: 'id' });
      for (const row of rows) store.put(row);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('salvageDatabase', () => {
  it('reads a whole database the app wrote', async () => {
    // given
    const name = freshName();
    const repository = createDexieRepository(name);
    await repository.replaceAll(snapshot());
    repository.close();
    // when
    const salvaged = await salvageDatabase(name);
    // then
    expect(salvaged).toEqual(snapshot());
  });

  it('keeps what is readable: missing tables are empty, unreadable records are left out (and left stored)', async () => {
    // given
    const name = freshName();
    await rawDatabase(name, [process('p-1'), { id: 'p-broken', name: 42 }]);
    // when
    const salvaged = await salvageDatabase(name);
    // then
    expect(salvaged).toEqual({ departments: [], processes: [process('p-1')], assessments: [], catalogue: createDefaultCatalogue(), meta: {} });
  });

  it('gives nothing for a database that does not exist, and does not create it', async () => {
    const name = freshName();
    expect(await salvageDatabase(name)).toBeUndefined();
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(name);
  });
});

describe('restoreIntoNewDatabase', () => {
  it('writes the backup into a new database, switches to it, and leaves the old one as it was', async () => {
    // given the database in use holds one process
    const names = memoryStore();
    const old = createDexieRepository(activeDatabaseName(names));
    await old.replaceAll({ ...snapshot(), processes: [process('p-old')], assessments: [] });
    old.close();
    // when a backup is restored
    const name = await restoreIntoNewDatabase(snapshot(), { store: names, now: new Date('2024-05-06T07:08:09.010Z') });
    // then the app opens the new database, which holds the backup
    expect(name).toBe(`${databaseName}-restored-20240506070809010`);
    expect(activeDatabaseName(names)).toBe(name);
    const restored = createDexieRepository(name);
    expect(await restored.snapshot()).toEqual(snapshot());
    restored.close();
    // and the old database is untouched
    const kept = createDexieRepository(databaseName);
    expect((await kept.listProcesses()).map((p) => p.id)).toEqual(['p-old']);
    kept.close();
  });

  it('switches nothing when the backup cannot be written', async () => {
    const names = memoryStore();
    const broken = { ...snapshot(), processes: [process('p-1'), process('p-1')] };
    await expect(restoreIntoNewDatabase(broken, { store: names })).rejects.toThrow();
    expect(activeDatabaseName(names)).toBe(databaseName);
  });
});

describe('activeDatabaseName', () => {
  it('is the default name until a restore chose another; a foreign value is ignored', () => {
    expect(activeDatabaseName(memoryStore())).toBe(databaseName);
    expect(activeDatabaseName(memoryStore({ [activeDatabaseKey]: `${databaseName}-restored-1` }))).toBe(`${databaseName}-restored-1`);
    expect(activeDatabaseName(memoryStore({ [activeDatabaseKey]: 'other-app' }))).toBe(databaseName);
    expect(activeDatabaseName(undefined)).toBe(databaseName);
  });
});
