// The Repository over Dexie. Every record read passes through the domain's restore, so a corrupt
// or old record is repaired or reported, never a crash; nothing read is deleted or rewritten.
// Every write goes through applyChanges: one read-write transaction, IndexedDB work only inside
// it. A lost connection is re-opened before the next operation. A database of a newer schema, or
// another tab upgrading it, stops this repository: it refuses to read or write until reload.
// Writer fencing: a tab that becomes the one writer claims a new epoch in the meta table; every
// later write checks that epoch inside its own transaction, so a tab that lost the writer role
// (even one frozen in the background) can never overwrite what the new writer stored.
// Unsaved journal: what a writer leaving the page could not store in time is kept synchronously
// in localStorage under its epoch; the next claim stores it first, in its own transaction, if no
// other writer claimed since (the claim still holds that epoch), and drops every other journal.
import Dexie from 'dexie';
import type { Table } from 'dexie';
import { nowIso } from '../domain/assessment';
import type { Department, Process, StepAssessment } from '../domain/assessment';
import { createDefaultCatalogue } from '../domain/criteria';
import type { Catalogue } from '../domain/criteria';
import type { WorkspaceMeta, WorkspaceSnapshot } from '../domain/recordSchemas';
import {
  restoreCatalogue,
  restoreDepartment,
  restoreProcess,
  restoreSnapshot,
  restoreStepAssessment,
  restoreWorkspaceMeta,
} from '../domain/restore';
import type { RestoreErrorCode, RestoreResult } from '../domain/restore';
import { createDatabase, singleRowKey } from './db';
import type { ProzesslotseDatabase, TableName } from './db';
import type { Repository, WorkspaceChange } from './repository';
import { SchemaOutdatedError, WriterFencedError } from './storageErrors';
import { journalChanges, journalText } from './unsavedJournal';

/** A stored record that restore had to repair, or could not read (it stays stored, untouched). */
export type ReadIssue =
  | { table: TableName; key: string; kind: 'repaired'; repairs: string[] }
  | { table: TableName; key: string; kind: 'unreadable'; error: RestoreErrorCode; detail?: string };

export interface DexieRepositoryOptions {
  /** told about every repaired or unreadable record; defaults to console.warn */
  onReadIssue?: (issue: ReadIssue) => void;
}

export interface DexieRepository extends Repository {
  /** the Dexie handle, for storage status, two-tab coordination and tests */
  readonly database: ProzesslotseDatabase;
  /** closes the connection; the repository refuses further calls */
  close(): void;
  /**
   * Makes this repository the workspace's one writer: stores a new writer epoch. From then on
   * every write first checks, in its own transaction, that no other repository claimed since;
   * if one did, the write fails with WriterFencedError and stores nothing. Then it stores what the
   * last writer's page kept (keepUnsaved) if no other tab claimed in between; what the storage
   * refuses (full, say) it returns, for the new writer to hold and store as its own unsaved changes.
   */
  claimWriter(tabId: string): Promise<WorkspaceChange[]>;
  /**
   * Keeps changes the page could not store before it goes (pagehide) for the next claim, under
   * this repository's writer epoch; an empty list drops them. Synchronous; nothing if never claimed.
   */
  keepUnsaved(changes: readonly WorkspaceChange[]): void;
  /** called once when the database turns out to belong to a newer schema (here or in another tab) */
  onOutdated(listener: (error: SchemaOutdatedError) => void): () => void;
  /**
   * `finish` runs when another tab wants to upgrade or delete the database, before this one lets
   * it: the upgrade waits until it ends (at most `versionChangeGraceMs`), so what this tab still
   * holds unsaved is stored in the old schema and upgraded with the rest.
   */
  beforeVersionChange(finish: () => Promise<void>): () => void;
}

/** How long another tab's upgrade waits for this one to store what it holds (see beforeVersionChange). */
export const versionChangeGraceMs = 2_000;

/** The key of the writer claim in the meta table (beside the workspace meta row). */
export const writerClaimKey = 'writer';

/** The localStorage key prefix of the unsaved journals of a database (the epoch follows). */
export function unsavedJournalPrefix(databaseName: string): string {
  return `prozesslotse-unsaved:${databaseName}:`;
}

/** localStorage, where the page may use it (not in every private mode or sandbox). */
function journalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Who writes the workspace: the epoch grows with every claim. */
interface WriterClaim {
  epoch: number;
  tabId: string;
  claimedAt: string;
}

/** replaceAll refused a snapshot that restore rejects; nothing was written. */
export class SnapshotRejectedError extends Error {
  readonly code: RestoreErrorCode;

  constructor(code: RestoreErrorCode, detail?: string) {
    super(`Snapshot rejected: ${code}${detail ? ` (${detail})` : ''}`);
    this.name = 'SnapshotRejectedError';
    this.code = code;
  }
}

function warnReadIssue(issue: ReadIssue): void {
  console.warn('Prozesslotse storage:', issue);
}

function keyOf(raw: unknown, fields: readonly string[]): string {
  if (typeof raw !== 'object' || raw === null) return '?';
  return fields.map((field) => String((raw as Record<string, unknown>)[field])).join('/');
}

export function createDexieRepository(source: string | ProzesslotseDatabase = createDatabase(), options: DexieRepositoryOptions = {}): DexieRepository {
  const db = typeof source === 'string' ? createDatabase(source) : source;
  const report = options.onReadIssue ?? warnReadIssue;
  const allTables = () => [db.departments, db.processes, db.assessments, db.catalogue, db.meta];
  let closedByOwner = false;
  let outdated: SchemaOutdatedError | undefined;
  const outdatedListeners = new Set<(error: SchemaOutdatedError) => void>();
  const versionChangeFinishers = new Set<() => Promise<void>>();
  /** the epoch this repository claimed; undefined: never claimed, writes are not fenced */
  let fenceEpoch: number | undefined;
  let fenced = false;
  // the meta table keeps its workspace row and, under its own key, the writer claim
  const claims = () => db.meta as unknown as Table<WriterClaim, string>;

  function markOutdated(error: SchemaOutdatedError): SchemaOutdatedError {
    if (!outdated) {
      outdated = error;
      for (const listener of outdatedListeners) listener(error);
    }
    return outdated;
  }

  // Dexie opens a database of a newer version without upgrading it; refuse it on every open.
  // (Dexie keeps 10 native versions per declared version.)
  db.on(
    'ready',
    () => {
      if (Math.floor(db.backendDB().version / 10) > db.verno) throw markOutdated(new SchemaOutdatedError('newerDatabase'));
    },
    true,
  );
  // Another tab upgrades or deletes the database: this one first stores what it still holds (the
  // upgrade waits, "blocked", until the connection closes), then closes for good instead of
  // Dexie's silent re-open, so it never writes old-shaped records into the new schema.
  db.on('versionchange', () => {
    const finishing = Promise.all([...versionChangeFinishers].map((finish) => finish().catch(() => undefined)));
    const grace = new Promise((resolve) => setTimeout(resolve, versionChangeGraceMs));
    void Promise.race([finishing, grace]).then(() => {
      markOutdated(new SchemaOutdatedError('changedElsewhere'));
      db.close();
    });
    return false;
  });

  /** Opens the database if it is not open (first use, or after the connection was lost). */
  async function ready(): Promise<void> {
    if (outdated) throw outdated;
    if (closedByOwner) throw new Dexie.DatabaseClosedError('The repository was closed.');
    if (!db.isOpen()) await db.open();
  }

  function restored<T>(table: TableName, raw: unknown, key: string, restore: (raw: unknown, label: string) => RestoreResult<T>): T | undefined {
    const result = restore(raw, `${table}[${key}]`);
    if (!result.ok) {
      report({ table, key, kind: 'unreadable', error: result.error, detail: result.detail });
      return undefined;
    }
    if (result.repairs.length > 0) report({ table, key, kind: 'repaired', repairs: result.repairs });
    return result.value;
  }

  function restoredList<T>(table: TableName, rows: readonly unknown[], keyFields: readonly string[], restore: (raw: unknown, label: string) => RestoreResult<T>): T[] {
    const values: T[] = [];
    for (const row of rows) {
      const value = restored(table, row, keyOf(row, keyFields), restore);
      if (value !== undefined) values.push(value);
    }
    return values;
  }

  const restoreDepartments = (rows: readonly unknown[]) => restoredList('departments', rows, ['id'], restoreDepartment);
  const restoreProcesses = (rows: readonly unknown[]) => restoredList('processes', rows, ['id'], restoreProcess);
  const restoreAssessments = (rows: readonly unknown[]) => restoredList('assessments', rows, ['processId', 'stepId'], restoreStepAssessment);

  function catalogueFrom(row: unknown): Catalogue {
    if (row === undefined) return createDefaultCatalogue();
    return restored('catalogue', row, singleRowKey, restoreCatalogue) ?? createDefaultCatalogue();
  }

  function metaFrom(row: unknown): WorkspaceMeta {
    if (row === undefined) return {};
    return restored('meta', row, singleRowKey, restoreWorkspaceMeta) ?? {};
  }

  /** Issues the IndexedDB requests of one change; called only inside a read-write transaction. */
  async function write(change: WorkspaceChange): Promise<void> {
    switch (change.kind) {
      case 'department':
        await db.departments.put(change.record);
        return;
      case 'process':
        await db.processes.put(change.record);
        return;
      case 'assessments':
        if (change.records.length > 0) await db.assessments.bulkPut(change.records);
        return;
      case 'catalogue':
        await db.catalogue.put(change.record, singleRowKey);
        return;
      case 'meta':
        await db.meta.put(change.record, singleRowKey);
        return;
      case 'removeDepartment':
        await db.departments.delete(change.id);
        return;
      case 'removeProcess':
        await db.processes.delete(change.id);
        await db.assessments.where('processId').equals(change.id).delete();
        return;
      case 'removeAssessments':
        if (change.stepIds.length > 0) await db.assessments.bulkDelete(change.stepIds.map((stepId): [string, string] => [change.processId, stepId]));
        return;
    }
  }

  /**
   * Inside a read-write transaction: issues the read of the writer claim at once and rejects, once
   * it is read, if another repository claimed writing since. The rejection, thrown inside the
   * transaction's scope, aborts the transaction: whatever it wrote meanwhile is rolled back.
   */
  async function checkFence(): Promise<void> {
    if (fenceEpoch === undefined) return;
    const claim = await claims().get(writerClaimKey);
    if (claim?.epoch !== fenceEpoch) {
      fenced = true;
      throw new WriterFencedError();
    }
  }

  async function writeInOrder(changes: readonly WorkspaceChange[]): Promise<void> {
    for (const change of changes) await write(change);
  }

  async function applyChanges(changes: readonly WorkspaceChange[]): Promise<void> {
    if (changes.length === 0) return;
    if (fenced) throw new WriterFencedError();
    await ready();
    await db.transaction('rw', allTables(), async () => {
      // the fence read and the first writes go to the database in one batch (no round trip waits
      // for the fence); a refused fence aborts the transaction, so nothing of it is stored
      await Promise.all([checkFence(), writeInOrder(changes)]);
    });
  }

  return {
    database: db,

    close() {
      closedByOwner = true;
      db.close();
    },

    async claimWriter(tabId: string): Promise<WorkspaceChange[]> {
      await ready();
      const storage = journalStorage();
      const prefix = unsavedJournalPrefix(db.name);
      // the claim alone first: a journal the storage cannot take must not keep this tab from writing
      const { epoch, kept } = await db.transaction('rw', claims(), async () => {
        const current = await claims().get(writerClaimKey);
        const previous = typeof current?.epoch === 'number' ? current.epoch : 0;
        await claims().put({ epoch: previous + 1, tabId, claimedAt: nowIso() }, writerClaimKey);
        return { epoch: previous + 1, kept: journalChanges(storage?.getItem(`${prefix}${previous}`)) };
      });
      fenceEpoch = epoch;
      fenced = false;
      if (storage) {
        for (const key of Object.keys(storage)) if (key.startsWith(prefix)) storage.removeItem(key);
      }
      try {
        await applyChanges(kept);
      } catch (error) {
        if (error instanceof WriterFencedError || error instanceof SchemaOutdatedError) throw error;
        return kept;
      }
      return [];
    },

    keepUnsaved(changes) {
      const storage = journalStorage();
      if (fenceEpoch === undefined || fenced || !storage) return;
      const key = `${unsavedJournalPrefix(db.name)}${fenceEpoch}`;
      try {
        if (changes.length === 0) storage.removeItem(key);
        else storage.setItem(key, journalText(changes));
      } catch {
        // no room: only the flush can store them now
      }
    },

    onOutdated(listener) {
      outdatedListeners.add(listener);
      return () => {
        outdatedListeners.delete(listener);
      };
    },

    beforeVersionChange(finish) {
      versionChangeFinishers.add(finish);
      return () => {
        versionChangeFinishers.delete(finish);
      };
    },

    async listDepartments(): Promise<Department[]> {
      await ready();
      return restoreDepartments(await db.departments.toArray());
    },

    async listProcesses(): Promise<Process[]> {
      await ready();
      return restoreProcesses(await db.processes.toArray());
    },

    async loadProcess(id: string): Promise<Process | undefined> {
      await ready();
      const row = await db.processes.get(id);
      return row === undefined ? undefined : restored('processes', row, id, restoreProcess);
    },

    async loadAssessments(processId: string): Promise<StepAssessment[]> {
      await ready();
      return restoreAssessments(await db.assessments.where('processId').equals(processId).toArray());
    },

    async loadCatalogue(): Promise<Catalogue> {
      await ready();
      return catalogueFrom(await db.catalogue.get(singleRowKey));
    },

    async loadMeta(): Promise<WorkspaceMeta> {
      await ready();
      return metaFrom(await db.meta.get(singleRowKey));
    },

    saveDepartment: (record) => applyChanges([{ kind: 'department', record }]),
    saveProcess: (record) => applyChanges([{ kind: 'process', record }]),
    saveAssessments: (records) => applyChanges([{ kind: 'assessments', records }]),
    saveCatalogue: (record) => applyChanges([{ kind: 'catalogue', record }]),
    saveMeta: (record) => applyChanges([{ kind: 'meta', record }]),
    removeDepartment: (id) => applyChanges([{ kind: 'removeDepartment', id }]),
    removeProcess: (id) => applyChanges([{ kind: 'removeProcess', id }]),
    removeAssessments: (processId, stepIds) => applyChanges([{ kind: 'removeAssessments', processId, stepIds }]),
    applyChanges,

    async snapshot(): Promise<WorkspaceSnapshot> {
      await ready();
      const [departments, processes, assessments, catalogue, meta] = await db.transaction('r', allTables(), () =>
        Promise.all([db.departments.toArray(), db.processes.toArray(), db.assessments.toArray(), db.catalogue.get(singleRowKey), db.meta.get(singleRowKey)]),
      );
      return {
        departments: restoreDepartments(departments),
        processes: restoreProcesses(processes),
        assessments: restoreAssessments(assessments),
        catalogue: catalogueFrom(catalogue),
        meta: metaFrom(meta),
      };
    },

    async replaceAll(snapshot: WorkspaceSnapshot): Promise<void> {
      const result = restoreSnapshot(snapshot);
      if (!result.ok) throw new SnapshotRejectedError(result.error, result.detail);
      const { departments, processes, assessments, catalogue, meta } = result.value;
      if (fenced) throw new WriterFencedError();
      await ready();
      await db.transaction('rw', allTables(), async () => {
        await checkFence();
        // the writer claim is not workspace data: it stays as it is
        const claim = await claims().get(writerClaimKey);
        await Promise.all(allTables().map((table) => table.clear()));
        if (claim !== undefined) await claims().put(claim, writerClaimKey);
        await db.departments.bulkAdd(departments);
        await db.processes.bulkAdd(processes);
        await db.assessments.bulkAdd(assessments);
        await db.catalogue.put(catalogue, singleRowKey);
        await db.meta.put(meta, singleRowKey);
      });
    },
  };
}
