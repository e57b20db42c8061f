// The Dexie database: its name, its tables and every schema version in one place. Dexie's version
// number is the workspace schema version (migrations.ts); each version after the first upgrades
// the stored workspace with the domain's migration step, inside Dexie's upgrade transaction.
// Writes use strict durability, so a write reported as done is on disk.
import Dexie from 'dexie';
import type { Table, Transaction } from 'dexie';
import type { Department, Process, StepAssessment } from '../domain/assessment';
import type { Catalogue } from '../domain/criteria';
import { migrate, migrations as shippedMigrations } from '../domain/migrations';
import type { Migration } from '../domain/migrations';
import type { WorkspaceMeta } from '../domain/recordSchemas';

export const databaseName = 'prozesslotse';

/** The key of the one row in the catalogue and meta tables (their keys are out-of-line). */
export const singleRowKey = 'workspace';

export const tableNames = ['departments', 'processes', 'assessments', 'catalogue', 'meta'] as const;
export type TableName = (typeof tableNames)[number];

export type ProzesslotseDatabase = Dexie & {
  departments: Table<Department, string>;
  processes: Table<Process, string>;
  /** primary key [processId+stepId] */
  assessments: Table<StepAssessment, [string, string]>;
  catalogue: Table<Catalogue, string>;
  meta: Table<WorkspaceMeta, string>;
};

export interface DatabaseVersion {
  version: number;
  /** Dexie store definitions; null deletes a table */
  stores: Record<string, string | null>;
}

/**
 * Every version the app ever shipped, oldest first. To add version n: add the migration step
 * n-1 -> n to migrations.ts, raise currentSchemaVersion, and add `{ version: n, stores }` here
 * (stores only where indexes change); the stored workspace is then upgraded on open.
 */
export const databaseVersions: readonly DatabaseVersion[] = [
  {
    version: 1,
    stores: {
      departments: 'id',
      processes: 'id, departmentId, updatedAt',
      assessments: '[processId+stepId], processId',
      catalogue: '',
      meta: '',
    },
  },
];

export interface CreateDatabaseOptions {
  /** tests inject older or newer version lists */
  versions?: readonly DatabaseVersion[];
  /** tests inject their own migration steps */
  migrations?: readonly Migration[];
}

/** Reads the whole stored workspace, runs the migration step to `toVersion` and writes it back. */
async function upgradeStoredWorkspace(tx: Transaction, toVersion: number, registry: readonly Migration[]): Promise<void> {
  const listTables = ['departments', 'processes', 'assessments'] as const;
  const [departments, processes, assessments, catalogue, meta] = await Promise.all([
    ...listTables.map((name) => tx.table(name).toArray()),
    tx.table('catalogue').get(singleRowKey),
    tx.table('meta').get(singleRowKey),
  ]);
  const result = migrate(
    { schemaVersion: toVersion - 1, departments, processes, assessments, catalogue, meta },
    { migrations: registry, targetVersion: toVersion },
  );
  // throwing aborts the upgrade transaction: the stored data stays as it was
  if (!result.ok) throw new Error(`Upgrade to schema version ${toVersion} failed: ${result.error} ${result.detail ?? ''}`);
  const doc = result.doc;
  for (const name of listTables) {
    await tx.table(name).clear();
    await tx.table(name).bulkAdd(Array.isArray(doc[name]) ? doc[name] : []);
  }
  for (const name of ['catalogue', 'meta'] as const) {
    await tx.table(name).clear();
    if (doc[name] !== undefined) await tx.table(name).put(doc[name], singleRowKey);
  }
}

/** A database handle (not yet open: Dexie opens it on first use). */
export function createDatabase(name: string = databaseName, options: CreateDatabaseOptions = {}): ProzesslotseDatabase {
  const versions = options.versions ?? databaseVersions;
  const registry = options.migrations ?? shippedMigrations;
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as ProzesslotseDatabase;
  const first = versions[0]?.version;
  for (const entry of versions) {
    const version = db.version(entry.version).stores(entry.stores);
    if (entry.version !== first) version.upgrade((tx) => upgradeStoredWorkspace(tx, entry.version, registry));
  }
  return db;
}
