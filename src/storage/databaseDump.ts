// Test support for the stored-old-version fixtures: a database dumped exactly as IndexedDB holds
// it (native version, object stores with key paths and indexes, every key and value) as plain
// JSON, and the way back: a dump loaded into a database of the same shape. Raw IndexedDB on both
// sides, not Dexie, so a dump made by an old app version is loaded without any of today's code.

export const databaseDumpFormat = 'prozesslotse-database-dump';

export interface DumpedIndex {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

export interface DumpedStore {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: DumpedIndex[];
  /** in key order; the key is kept also for in-line keys, to compare */
  rows: { key: IDBValidKey; value: unknown }[];
}

export interface DatabaseDump {
  format: typeof databaseDumpFormat;
  /** the schema version of the app that wrote it (Dexie's version) */
  schemaVersion: number;
  /** IndexedDB's own version number (Dexie stores its version times 10) */
  nativeVersion: number;
  stores: DumpedStore[];
}

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function openDatabase(name: string, factory: IDBFactory, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? factory.open(name) : factory.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`Opening ${name} is blocked by another connection.`));
  });
}

function keyPathOf(keyPath: string | string[] | null): string | string[] | null {
  return Array.isArray(keyPath) ? [...keyPath] : keyPath;
}

/** Reads a whole database as it is stored. */
export async function dumpDatabase(name: string, schemaVersion: number, factory: IDBFactory = indexedDB): Promise<DatabaseDump> {
  const db = await openDatabase(name, factory);
  try {
    const stores: DumpedStore[] = [];
    for (const storeName of Array.from(db.objectStoreNames).sort()) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const indexes = Array.from(store.indexNames)
        .sort()
        .map((indexName) => {
          const index = store.index(indexName);
          return { name: index.name, keyPath: keyPathOf(index.keyPath) as string | string[], unique: index.unique, multiEntry: index.multiEntry };
        });
      const [keys, values] = await Promise.all([settle(store.getAllKeys()), settle(store.getAll())]);
      stores.push({
        name: storeName,
        keyPath: keyPathOf(store.keyPath),
        autoIncrement: store.autoIncrement,
        indexes,
        rows: keys.map((key, position) => ({ key, value: values[position] })),
      });
    }
    return { format: databaseDumpFormat, schemaVersion, nativeVersion: db.version, stores };
  } finally {
    db.close();
  }
}

/** Creates a database exactly as the dump describes it; the name must not exist yet. */
export async function loadDatabaseDump(dump: DatabaseDump, name: string, factory: IDBFactory = indexedDB): Promise<void> {
  if (dump.format !== databaseDumpFormat) throw new Error(`Not a database dump: ${String(dump.format)}`);
  const db = await openDatabase(name, factory, dump.nativeVersion, (created) => {
    if (created.objectStoreNames.length > 0) throw new Error(`Database ${name} exists already.`);
    for (const stored of dump.stores) {
      const store = created.createObjectStore(stored.name, { keyPath: stored.keyPath, autoIncrement: stored.autoIncrement });
      for (const index of stored.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    }
  });
  try {
    for (const stored of dump.stores) {
      const transaction = db.transaction(stored.name, 'readwrite');
      const store = transaction.objectStore(stored.name);
      for (const row of stored.rows) {
        if (stored.keyPath === null) store.put(row.value, row.key);
        else store.put(row.value);
      }
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
      });
    }
  } finally {
    db.close();
  }
}
