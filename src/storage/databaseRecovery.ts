// What the app can still do when its database cannot be opened: read whatever is readable straight
// from IndexedDB (each table on its own, each record through the domain's restore, nothing
// written), and restore a backup into a NEW database while the broken one stays untouched. The
// name of the database in use is remembered in localStorage, so the app opens the restored one
// from then on. Nothing here ever deletes a database.
import { createDefaultCatalogue } from '../domain/criteria';
import type { WorkspaceMeta, WorkspaceSnapshot } from '../domain/recordSchemas';
import { restoreCatalogue, restoreDepartment, restoreProcess, restoreStepAssessment, restoreWorkspaceMeta } from '../domain/restore';
import type { RestoreResult } from '../domain/restore';
import { databaseName, singleRowKey } from './db';
import { createDexieRepository } from './dexieRepository';

/** localStorage key of the database in use, set only after a restore into a new database */
export const activeDatabaseKey = 'prozesslotse.database';

type NameStore = Pick<Storage, 'getItem' | 'setItem'>;

function defaultNameStore(): NameStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The name of the database the app opens. */
export function activeDatabaseName(store: NameStore | undefined = defaultNameStore()): string {
  try {
    const stored = store?.getItem(activeDatabaseKey);
    return stored && stored.startsWith(databaseName) ? stored : databaseName;
  } catch {
    return databaseName;
  }
}

/** Opens an existing database without a version (no upgrade); never creates one. */
function openExisting(name: string, factory: IDBFactory): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      resolve(undefined);
      return;
    }
    // an upgrade here means the database did not exist: abort, so nothing is created
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
  });
}

/** All rows of one table, or one row by key; undefined when the table cannot be read. */
function readTable(db: IDBDatabase, table: string, key?: string): Promise<unknown[] | undefined> {
  return new Promise((resolve) => {
    try {
      if (!db.objectStoreNames.contains(table)) {
        resolve(undefined);
        return;
      }
      const store = db.transaction(table, 'readonly').objectStore(table);
      const request = key === undefined ? store.getAll() : store.get(key);
      request.onsuccess = () => {
        const result: unknown = request.result;
        if (key !== undefined) resolve(result === undefined ? [] : [result]);
        else resolve(Array.isArray(result) ? result : []);
      };
      request.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

function readable<T>(rows: readonly unknown[] | undefined, restore: (raw: unknown) => RestoreResult<T>): T[] {
  const values: T[] = [];
  for (const row of rows ?? []) {
    const result = restore(row);
    if (result.ok) values.push(result.value);
  }
  return values;
}

/**
 * Reads what can still be read of a database. Undefined when not even one table could be read.
 * Records restore cannot read are left out (they stay in the database).
 */
export async function salvageDatabase(name: string, factory: IDBFactory = indexedDB): Promise<WorkspaceSnapshot | undefined> {
  const db = await openExisting(name, factory);
  if (!db) return undefined;
  try {
    const [departments, processes, assessments, catalogue, meta] = await Promise.all([
      readTable(db, 'departments'),
      readTable(db, 'processes'),
      readTable(db, 'assessments'),
      readTable(db, 'catalogue', singleRowKey),
      readTable(db, 'meta', singleRowKey),
    ]);
    if ([departments, processes, assessments, catalogue, meta].every((rows) => rows === undefined)) return undefined;
    const [storedCatalogue] = readable(catalogue, (raw) => restoreCatalogue(raw));
    const [storedMeta] = readable<WorkspaceMeta>(meta, (raw) => restoreWorkspaceMeta(raw));
    return {
      departments: readable(departments, (raw) => restoreDepartment(raw)),
      processes: readable(processes, (raw) => restoreProcess(raw)),
      assessments: readable(assessments, (raw) => restoreStepAssessment(raw)),
      catalogue: storedCatalogue ?? createDefaultCatalogue(),
      meta: storedMeta ?? {},
    };
  } finally {
    db.close();
  }
}

/**
 * Writes the snapshot into a new database and makes it the one the app opens; the database in
 * use before stays as it is. Resolves with the new name; on failure nothing is switched.
 */
export async function restoreIntoNewDatabase(snapshot: WorkspaceSnapshot, options: { store?: NameStore; now?: Date } = {}): Promise<string> {
  const store = options.store ?? defaultNameStore();
  const stamp = (options.now ?? new Date()).toISOString().replace(/[^0-9]/g, '');
  const name = `${databaseName}-restored-${stamp}`;
  const repository = createDexieRepository(name);
  try {
    await repository.replaceAll(snapshot);
  } finally {
    repository.close();
  }
  store?.setItem(activeDatabaseKey, name);
  return name;
}
