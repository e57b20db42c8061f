import { describe, expect, it } from 'vitest';
import type { Department, Process, StepAssessment } from '../domain/assessment';
import { createDefaultCatalogue } from '../domain/criteria';
import { currentSchemaVersion } from '../domain/migrations';
import type { Migration } from '../domain/migrations';
import type { WorkspaceSnapshot } from '../domain/recordSchemas';
import { createDatabase, databaseVersions, singleRowKey } from './db';
import type { DatabaseVersion } from './db';
import { createDexieRepository, SnapshotRejectedError, unsavedJournalPrefix, writerClaimKey } from './dexieRepository';
import type { ReadIssue } from './dexieRepository';
import { classifyStorageError, SchemaOutdatedError, WriterFencedError } from './storageErrors';
import { attachWriteProbe } from './writeProbe';

let counter = 0;
function freshName(): string {
  counter += 1;
  return `repository-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

const t1 = '2024-02-01T08:00:00.000Z';
const t2 = '2024-02-03T16:45:00.000Z';

function department(id: string): Department {
  return { id, createdAt: t1, updatedAt: t2, revision: 1, name: `Amt ${id} – Bürgerdienste`, code: id };
}

function process(id: string, departmentId = 'd-1'): Process {
  return {
    id,
    createdAt: t1,
    updatedAt: t2,
    revision: 2,
    departmentId,
    name: `Gewerbeanmeldung ${id}`,
    lotse: 'Frau Müller',
    description: '',
    status: 'draft',
    diagramXml: '<bpmn:definitions/>',
  };
}

function assessment(processId: string, stepId: string, notes = ''): StepAssessment {
  return {
    processId,
    stepId,
    answers: { R: 3 },
    quantities: { volume: 10, period: 'weekly' },
    notes,
    notApplicable: false,
    alreadyAutomated: false,
    updatedAt: t2,
    revision: 1,
  };
}

function snapshotOf(processIds: string[]): WorkspaceSnapshot {
  return {
    departments: [department('d-1')],
    processes: processIds.map((id) => process(id)),
    assessments: processIds.flatMap((id) => [assessment(id, 'Task_1'), assessment(id, 'Task_2')]),
    catalogue: { ...createDefaultCatalogue(), version: 3 },
    meta: { sampleSeeded: true },
  };
}

function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

describe('createDexieRepository', () => {
  it('gives an empty workspace on first start: no records, the default catalogue, empty meta', async () => {
    // given
    const repository = createDexieRepository(freshName());
    // when / then
    expect(await repository.listDepartments()).toEqual([]);
    expect(await repository.listProcesses()).toEqual([]);
    expect(await repository.loadCatalogue()).toEqual(createDefaultCatalogue());
    expect(await repository.loadMeta()).toEqual({});
    repository.close();
  });

  it('stores and loads every kind of record', async () => {
    // given
    const repository = createDexieRepository(freshName());
    const catalogue = { ...createDefaultCatalogue(), version: 2 };
    // when
    await repository.saveDepartment(department('d-1'));
    await repository.saveProcess(process('p-1'));
    await repository.saveAssessments([assessment('p-1', 'Task_1', 'Prüfung mit €'), assessment('p-1', 'Task_2')]);
    await repository.saveCatalogue(catalogue);
    await repository.saveMeta({ lastBackupAt: t2 });
    // then
    expect(await repository.listDepartments()).toEqual([department('d-1')]);
    expect(await repository.loadProcess('p-1')).toEqual(process('p-1'));
    expect(await repository.loadProcess('p-unknown')).toBeUndefined();
    expect(await repository.loadAssessments('p-1')).toEqual([assessment('p-1', 'Task_1', 'Prüfung mit €'), assessment('p-1', 'Task_2')]);
    expect(await repository.loadCatalogue()).toEqual(catalogue);
    expect(await repository.loadMeta()).toEqual({ lastBackupAt: t2 });
    repository.close();
  });

  it('opens with strict transaction durability', async () => {
    // given
    const db = createDatabase(freshName());
    const probe = attachWriteProbe(db);
    const repository = createDexieRepository(db);
    // when
    await repository.saveDepartment(department('d-1'));
    // then
    const readWrite = probe.transactions.filter((transaction) => transaction.mode === 'readwrite');
    expect(readWrite.length).toBeGreaterThan(0);
    expect(readWrite.every((transaction) => transaction.options?.durability === 'strict')).toBe(true);
    repository.close();
  });

  it('saveAssessments writes only the given records', async () => {
    // given a process with 3 stored assessments
    const db = createDatabase(freshName());
    const probe = attachWriteProbe(db);
    const repository = createDexieRepository(db);
    await repository.saveAssessments([assessment('p-1', 'A'), assessment('p-1', 'B'), assessment('p-1', 'C')]);
    const before = probe.putCount('assessments');
    // when one answer changes
    await repository.saveAssessments([{ ...assessment('p-1', 'B'), answers: { R: 5 }, revision: 2 }]);
    // then exactly one record was put
    expect(probe.putCount('assessments') - before).toBe(1);
    expect((await repository.loadAssessments('p-1')).map((a) => a.answers.R)).toEqual([3, 5, 3]);
    repository.close();
  });

  it('removeProcess removes its assessments, and only its, in the same transaction', async () => {
    // given
    const db = createDatabase(freshName());
    const probe = attachWriteProbe(db);
    const repository = createDexieRepository(db);
    await repository.replaceAll(snapshotOf(['p-1', 'p-2']));
    // when deleting the assessments fails, nothing of the removal is stored
    probe.failWhen((write) => (write.table === 'assessments' ? quotaError() : undefined));
    await expect(repository.removeProcess('p-1')).rejects.toThrow();
    expect(await repository.loadProcess('p-1')).toBeDefined();
    // when it succeeds
    probe.failWhen(undefined);
    await repository.removeProcess('p-1');
    // then
    expect(await repository.loadProcess('p-1')).toBeUndefined();
    expect(await repository.loadAssessments('p-1')).toEqual([]);
    expect(await repository.loadAssessments('p-2')).toHaveLength(2);
    repository.close();
  });

  it('removes chosen assessments and departments', async () => {
    const repository = createDexieRepository(freshName());
    await repository.replaceAll(snapshotOf(['p-1']));
    await repository.removeAssessments('p-1', ['Task_2']);
    await repository.removeDepartment('d-1');
    expect((await repository.loadAssessments('p-1')).map((a) => a.stepId)).toEqual(['Task_1']);
    expect(await repository.listDepartments()).toEqual([]);
    repository.close();
  });

  it('applyChanges stores all changes or none', async () => {
    // given
    const db = createDatabase(freshName());
    const probe = attachWriteProbe(db);
    const repository = createDexieRepository(db);
    await repository.saveProcess(process('p-1'));
    const writesBefore = probe.writes.length;
    probe.failWhen((write) => (write.number === writesBefore + 3 ? quotaError() : undefined));
    // when the third write of a batch of four fails
    const batch = repository.applyChanges([
      { kind: 'department', record: department('d-9') },
      { kind: 'process', record: { ...process('p-1'), name: 'umbenannt', revision: 3 } },
      { kind: 'assessments', records: [assessment('p-1', 'Task_1')] },
      { kind: 'meta', record: { sampleSeeded: true } },
    ]);
    // then nothing of it is stored
    await expect(batch).rejects.toThrow();
    expect(await repository.listDepartments()).toEqual([]);
    expect((await repository.loadProcess('p-1'))?.name).toBe('Gewerbeanmeldung p-1');
    expect(await repository.loadAssessments('p-1')).toEqual([]);
    repository.close();
  });

  it('snapshot and replaceAll round-trip the whole workspace', async () => {
    // given
    const repository = createDexieRepository(freshName());
    await repository.saveProcess(process('p-old'));
    const snapshot = snapshotOf(['p-1', 'p-2']);
    // when
    await repository.replaceAll(snapshot);
    // then
    expect(await repository.snapshot()).toEqual(snapshot);
    repository.close();
  });

  it('replaceAll refuses a snapshot restore rejects and changes nothing', async () => {
    // given
    const repository = createDexieRepository(freshName());
    await repository.replaceAll(snapshotOf(['p-1']));
    const broken = snapshotOf(['p-2', 'p-2']);
    // when / then
    await expect(repository.replaceAll(broken)).rejects.toBeInstanceOf(SnapshotRejectedError);
    expect(await repository.snapshot()).toEqual(snapshotOf(['p-1']));
    repository.close();
  });

  it('replaceAll is one transaction: a failed write leaves the old workspace', async () => {
    const db = createDatabase(freshName());
    const probe = attachWriteProbe(db);
    const repository = createDexieRepository(db);
    await repository.replaceAll(snapshotOf(['p-1']));
    probe.failWhen((write) => (write.table === 'assessments' && write.type === 'add' ? quotaError() : undefined));
    await expect(repository.replaceAll(snapshotOf(['p-7', 'p-8']))).rejects.toThrow();
    expect(await repository.snapshot()).toEqual(snapshotOf(['p-1']));
    repository.close();
  });

  it('repairs a corrupt stored record on read and reports it, without rewriting it', async () => {
    // given a stored process with an unknown status and an assessment with an out-of-range answer
    const issues: ReadIssue[] = [];
    const db = createDatabase(freshName());
    const repository = createDexieRepository(db, { onReadIssue: (issue) => issues.push(issue) });
    await db.open();
    await db.processes.put({ ...process('p-1'), status: 'kaputt' } as unknown as Process);
    await db.assessments.put({ ...assessment('p-1', 'Task_1'), answers: { R: 9, Id: 2 } } as unknown as StepAssessment);
    // when
    const processes = await repository.listProcesses();
    const assessments = await repository.loadAssessments('p-1');
    // then
    expect(processes[0].status).toBe('draft');
    expect(assessments[0].answers).toEqual({ Id: 2 });
    expect(issues.map((issue) => [issue.table, issue.key, issue.kind])).toEqual([
      ['processes', 'p-1', 'repaired'],
      ['assessments', 'p-1/Task_1', 'repaired'],
    ]);
    expect((await db.processes.get('p-1'))?.status).toBe('kaputt');
    repository.close();
  });

  it('skips and reports a record it cannot read, keeps it stored, and never crashes', async () => {
    // given a process without department and name, and a catalogue that is not an object
    const issues: ReadIssue[] = [];
    const db = createDatabase(freshName());
    const repository = createDexieRepository(db, { onReadIssue: (issue) => issues.push(issue) });
    await db.open();
    await db.processes.bulkPut([process('p-1'), { id: 'p-2', diagramXml: '' } as unknown as Process]);
    await db.catalogue.put('kaputt' as unknown as ReturnType<typeof createDefaultCatalogue>, singleRowKey);
    // when
    const processes = await repository.listProcesses();
    const catalogue = await repository.loadCatalogue();
    const snapshot = await repository.snapshot();
    // then
    expect(processes.map((p) => p.id)).toEqual(['p-1']);
    expect(snapshot.processes.map((p) => p.id)).toEqual(['p-1']);
    expect(catalogue).toEqual(createDefaultCatalogue());
    expect(issues.filter((issue) => issue.kind === 'unreadable').map((issue) => [issue.table, issue.key])).toEqual([
      ['processes', 'p-2'],
      ['catalogue', singleRowKey],
      ['processes', 'p-2'],
      ['catalogue', singleRowKey],
    ]);
    expect(await db.processes.count()).toBe(2);
    repository.close();
  });

  it('re-opens a database whose connection was closed', async () => {
    // given
    const repository = createDexieRepository(freshName());
    await repository.saveDepartment(department('d-1'));
    repository.database.close();
    // when
    await repository.saveDepartment(department('d-2'));
    // then
    expect((await repository.listDepartments()).map((d) => d.id)).toEqual(['d-1', 'd-2']);
    repository.close();
  });

  it('refuses calls after the repository was closed by its owner', async () => {
    const repository = createDexieRepository(freshName());
    repository.close();
    await expect(repository.listProcesses()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });
});

describe('writer fencing (two tabs on one database)', () => {
  it('a tab that lost the writer role can never overwrite what the new writer stored', async () => {
    // given tab A claimed writing and stored a process
    const name = freshName();
    const tabA = createDexieRepository(name);
    const tabB = createDexieRepository(name);
    await tabA.claimWriter('tab-a');
    await tabA.saveProcess({ ...process('p-1'), name: 'von A' });
    // when tab B claims writing and stores its version
    await tabB.claimWriter('tab-b');
    await tabB.saveProcess({ ...process('p-1'), name: 'von B', revision: 3 });
    // then A's late write (e.g. a background tab waking up) is refused and stores nothing
    const late = tabA.applyChanges([
      { kind: 'process', record: { ...process('p-1'), name: 'alt aus A', revision: 9 } },
      { kind: 'department', record: department('d-9') },
    ]);
    await expect(late).rejects.toBeInstanceOf(WriterFencedError);
    expect(classifyStorageError(await late.catch((error: unknown) => error))).toBe('takenOver');
    expect((await tabB.loadProcess('p-1'))?.name).toBe('von B');
    expect(await tabB.listDepartments()).toEqual([]);
    await expect(tabA.replaceAll(snapshotOf(['p-2']))).rejects.toBeInstanceOf(WriterFencedError);
    expect((await tabB.listProcesses()).map((p) => p.id)).toEqual(['p-1']);
    tabA.close();
    tabB.close();
  });

  it('reads the fence and writes in one batch: the write does not wait for the fence, and is rolled back when the fence is not its own', async () => {
    // given tab A claimed writing, and every put records whether a read was still unanswered then
    const name = freshName();
    const tabA = createDexieRepository(name);
    const tabB = createDexieRepository(name);
    await tabA.claimWriter('tab-a');
    const reads: IDBRequest[] = [];
    const unansweredReadsAtPut: number[] = [];
    const { get, put } = IDBObjectStore.prototype;
    IDBObjectStore.prototype.get = function recordedGet(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) {
      const request = get.apply(this, args);
      reads.push(request);
      return request;
    };
    IDBObjectStore.prototype.put = function recordedPut(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      unansweredReadsAtPut.push(reads.filter((request) => request.readyState === 'pending').length);
      return put.apply(this, args);
    };
    try {
      // when A stores one answer
      await tabA.saveAssessments([assessment('p-1', 'Task_1', 'von A')]);
      // then the put was issued while the fence read was still unanswered
      expect(unansweredReadsAtPut).toEqual([1]);
      // when B takes over and A writes once more
      await tabB.claimWriter('tab-b');
      unansweredReadsAtPut.length = 0;
      const late = tabA.saveAssessments([assessment('p-1', 'Task_1', 'alt aus A')]);
      // then A's put was issued, refused by the fence, and rolled back
      await expect(late).rejects.toBeInstanceOf(WriterFencedError);
      expect(unansweredReadsAtPut).toEqual([1]);
    } finally {
      IDBObjectStore.prototype.get = get;
      IDBObjectStore.prototype.put = put;
    }
    expect((await tabB.loadAssessments('p-1')).map((record) => record.notes)).toEqual(['von A']);
    tabA.close();
    tabB.close();
  });

  it('a tab that claims again writes again; a repository that never claimed is not fenced', async () => {
    const name = freshName();
    const tabA = createDexieRepository(name);
    const tabB = createDexieRepository(name);
    const unfenced = createDexieRepository(name);
    await tabA.claimWriter('tab-a');
    await tabB.claimWriter('tab-b');
    await expect(tabA.saveDepartment(department('d-1'))).rejects.toBeInstanceOf(WriterFencedError);
    // when A takes writing back
    await tabA.claimWriter('tab-a');
    await tabA.saveDepartment(department('d-1'));
    await unfenced.saveDepartment(department('d-2'));
    // then
    await expect(tabB.saveDepartment(department('d-3'))).rejects.toBeInstanceOf(WriterFencedError);
    expect((await unfenced.listDepartments()).map((d) => d.id)).toEqual(['d-1', 'd-2']);
    for (const repository of [tabA, tabB, unfenced]) repository.close();
  });

  it('the claim is kept apart from the workspace: not in snapshots, kept by replaceAll', async () => {
    // given
    const name = freshName();
    const repository = createDexieRepository(name);
    await repository.claimWriter('tab-a');
    await repository.saveMeta({ sampleSeeded: true });
    // when the workspace is replaced
    await repository.replaceAll(snapshotOf(['p-1']));
    // then the snapshot has no trace of the claim, and the writer still writes
    expect(await repository.snapshot()).toEqual(snapshotOf(['p-1']));
    expect(await repository.loadMeta()).toEqual({ sampleSeeded: true });
    await repository.saveDepartment(department('d-2'));
    expect((await repository.database.meta.get(writerClaimKey)) as unknown).toMatchObject({ epoch: 1, tabId: 'tab-a' });
    repository.close();
  });
});

describe('database versions', () => {
  it('the newest database version is the current schema version', () => {
    expect(databaseVersions[databaseVersions.length - 1].version).toBe(currentSchemaVersion);
  });

  // A test-only version 2: departments get a "short" field made from their code.
  const version2: DatabaseVersion = { version: 2, stores: { departments: 'id, short' } };
  const toVersion2: Migration = {
    fromVersion: 1,
    description: 'departments get a short code',
    up: (doc) => ({ ...doc, departments: (doc.departments as Department[]).map((d) => ({ ...d, short: d.code.toLowerCase() })) }),
  };

  it('upgrades a database written by version 1 through the migration step, keeping every record', async () => {
    // given a database written by the version 1 code
    const name = freshName();
    const old = createDexieRepository(createDatabase(name, { versions: databaseVersions }));
    await old.replaceAll(snapshotOf(['p-1', 'p-2']));
    old.close();
    // when the next version opens it
    const db = createDatabase(name, { versions: [...databaseVersions, version2], migrations: [toVersion2] });
    await db.open();
    // then the step ran and nothing was lost
    expect(db.verno).toBe(2);
    expect(await db.departments.toArray()).toEqual([{ ...department('d-1'), short: 'd-1' }]);
    expect(await db.processes.count()).toBe(2);
    expect(await db.assessments.count()).toBe(4);
    expect(await db.catalogue.get(singleRowKey)).toEqual({ ...createDefaultCatalogue(), version: 3 });
    expect(await db.meta.get(singleRowKey)).toEqual({ sampleSeeded: true });
    db.close();
  });

  it('refuses to open when a migration step is missing, leaving the version 1 data as it was', async () => {
    // given
    const name = freshName();
    const old = createDexieRepository(createDatabase(name));
    await old.replaceAll(snapshotOf(['p-1']));
    old.close();
    // when
    const db = createDatabase(name, { versions: [...databaseVersions, version2], migrations: [] });
    // then
    await expect(db.open()).rejects.toThrow();
    db.close();
    const again = createDexieRepository(createDatabase(name));
    expect(await again.snapshot()).toEqual(snapshotOf(['p-1']));
    again.close();
  });

  it('refuses a database of a newer schema: no reads, no writes, data untouched', async () => {
    // given a database that a newer app version (test version 2) has upgraded
    const name = freshName();
    const old = createDexieRepository(createDatabase(name));
    await old.replaceAll(snapshotOf(['p-1']));
    old.close();
    const newer = createDatabase(name, { versions: [...databaseVersions, version2], migrations: [toVersion2] });
    await newer.open();
    newer.close();
    // when this (version 1) app opens it
    const repository = createDexieRepository(createDatabase(name));
    const told: string[] = [];
    repository.onOutdated((error) => told.push(error.reason));
    // then
    const read = repository.listProcesses();
    await expect(read).rejects.toBeInstanceOf(SchemaOutdatedError);
    expect(told).toEqual(['newerDatabase']);
    const failure = await repository.saveProcess(process('p-9')).catch((error: unknown) => error);
    expect(classifyStorageError(failure)).toBe('outdated');
    repository.close();
    const check = createDatabase(name, { versions: [...databaseVersions, version2], migrations: [toVersion2] });
    expect((await check.processes.toArray()).map((p) => p.id)).toEqual(['p-1']);
    check.close();
  });

  it('stops writing when another tab upgrades the database, and does not block that upgrade', async () => {
    // given this tab has the database open and has written
    const name = freshName();
    const thisTab = createDexieRepository(createDatabase(name));
    const told: string[] = [];
    thisTab.onOutdated((error) => told.push(error.reason));
    await thisTab.saveDepartment(department('d-1'));
    // when another tab opens it with a newer version
    const otherTab = createDatabase(name, { versions: [...databaseVersions, version2], migrations: [toVersion2] });
    await otherTab.open();
    // then the upgrade went through, this tab was told, and it refuses to write old-shaped records into it
    expect(otherTab.verno).toBe(2);
    expect(told).toEqual(['changedElsewhere']);
    await expect(thisTab.saveDepartment(department('d-2'))).rejects.toMatchObject({ name: 'SchemaOutdatedError', reason: 'changedElsewhere' });
    expect((await otherTab.departments.toArray()).map((d) => d.id)).toEqual(['d-1']);
    otherTab.close();
    thisTab.close();
  });
});

describe('unsaved journal (a page that goes before its write landed)', () => {
  it('the next claim stores what the leaving writer kept, in its transaction, and drops the journal', async () => {
    // given a writer that stored a process, then kept a rename and a note it could not store in time
    const name = freshName();
    const leaving = createDexieRepository(name);
    await leaving.claimWriter('tab-a');
    await leaving.saveProcess(process('p-1'));
    leaving.keepUnsaved([
      { kind: 'process', record: { ...process('p-1'), name: 'umbenannt', revision: 3 } },
      { kind: 'assessments', records: [assessment('p-1', 'Task_1', 'Notiz vor dem Neuladen')] },
    ]);
    leaving.close();
    // when the reloaded page claims writing
    const next = createDexieRepository(name);
    await next.claimWriter('tab-a');
    // then both are stored and the journal is gone
    expect((await next.loadProcess('p-1'))?.name).toBe('umbenannt');
    expect((await next.loadAssessments('p-1')).map((a) => a.notes)).toEqual(['Notiz vor dem Neuladen']);
    expect(Object.keys(localStorage).filter((key) => key.startsWith(unsavedJournalPrefix(name)))).toEqual([]);
    next.close();
  });

  it('a journal kept by a writer that another tab has since replaced is dropped, never stored', async () => {
    // given tab A kept a rename, but tab B claimed writing after A (A was frozen in the background)
    const name = freshName();
    const tabA = createDexieRepository(name);
    const tabB = createDexieRepository(name);
    await tabA.claimWriter('tab-a');
    await tabA.saveProcess(process('p-1'));
    await tabB.claimWriter('tab-b');
    tabA.keepUnsaved([{ kind: 'process', record: { ...process('p-1'), name: 'alt aus A', revision: 9 } }]);
    // when the next page claims writing
    const next = createDexieRepository(name);
    await next.claimWriter('tab-c');
    // then A's journal stored nothing and is gone
    expect((await next.loadProcess('p-1'))?.name).toBe('Gewerbeanmeldung p-1');
    expect(Object.keys(localStorage).filter((key) => key.startsWith(unsavedJournalPrefix(name)))).toEqual([]);
    for (const repository of [tabA, tabB, next]) repository.close();
  });

  it('keeps nothing for a repository that never claimed writing, and an empty list drops what was kept', async () => {
    // given
    const name = freshName();
    const reader = createDexieRepository(name);
    const writer = createDexieRepository(name);
    const journal = () => Object.keys(localStorage).filter((key) => key.startsWith(unsavedJournalPrefix(name)));
    // when a reader keeps something
    reader.keepUnsaved([{ kind: 'department', record: department('d-1') }]);
    // then nothing is kept
    expect(journal()).toEqual([]);
    // when a writer keeps something, then keeps nothing (its page lives on and writes by itself)
    await writer.claimWriter('tab-a');
    writer.keepUnsaved([{ kind: 'department', record: department('d-1') }]);
    expect(journal()).toHaveLength(1);
    writer.keepUnsaved([]);
    // then the journal is gone
    expect(journal()).toEqual([]);
    reader.close();
    writer.close();
  });
});
