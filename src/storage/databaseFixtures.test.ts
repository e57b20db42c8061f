// Every schema version the app ever shipped opens in today's code with nothing lost.
//
// tests/fixtures/db/v<n>.json is a database that the code of schema version n wrote, dumped
// exactly as IndexedDB stored it (scripts/make-db-fixture.mjs, run while n was current; the file
// is never rewritten afterwards). This test loads each dump into fake-indexeddb as it was stored
// (IndexedDB version, object stores, indexes, keys) and opens it with today's repository. Today's
// reading must equal the dump's records taken through the domain's migration steps from n to the
// current version: for v1 (the only version so far) that is the records themselves. When schema
// version 2 comes, v1.json stays as it is, the script adds v2.json, and this test checks both.
import { describe, expect, it } from 'vitest';
import { migrate } from '../domain/migrations';
import type { WorkspaceSnapshot } from '../domain/recordSchemas';
import { databaseVersions, singleRowKey } from './db';
import { loadDatabaseDump } from './databaseDump';
import type { DatabaseDump } from './databaseDump';
import { createDexieRepository, writerClaimKey } from './dexieRepository';
import type { ReadIssue } from './dexieRepository';

const fixtures = import.meta.glob<DatabaseDump>('../../tests/fixtures/db/v*.json', { eager: true, import: 'default' });

function rowsOf(dump: DatabaseDump, store: string): unknown[] {
  return dump.stores.find((candidate) => candidate.name === store)?.rows.map((row) => row.value) ?? [];
}

function rowOf(dump: DatabaseDump, store: string, key: string): unknown {
  return dump.stores.find((candidate) => candidate.name === store)?.rows.find((row) => row.key === key)?.value;
}

/** The stored workspace as the dump holds it, brought to today's schema by the migration steps. */
function expectedWorkspace(dump: DatabaseDump): WorkspaceSnapshot {
  const result = migrate({
    schemaVersion: dump.schemaVersion,
    departments: rowsOf(dump, 'departments'),
    processes: rowsOf(dump, 'processes'),
    assessments: rowsOf(dump, 'assessments'),
    catalogue: rowOf(dump, 'catalogue', singleRowKey),
    meta: rowOf(dump, 'meta', singleRowKey),
  });
  if (!result.ok) throw new Error(`the fixture of version ${dump.schemaVersion} does not migrate: ${result.error}`);
  const { departments, processes, assessments, catalogue, meta } = result.doc;
  return { departments, processes, assessments, catalogue, meta } as WorkspaceSnapshot;
}

const byKey = <T extends { id?: string; processId?: string; stepId?: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => `${a.id ?? a.processId}/${a.stepId ?? ''}`.localeCompare(`${b.id ?? b.processId}/${b.stepId ?? ''}`));

describe('stored databases of every shipped schema version', () => {
  const entries = Object.entries(fixtures);

  it('there is a fixture for every schema version the app declares', () => {
    const versions = entries.map(([, dump]) => dump.schemaVersion).sort((a, b) => a - b);
    expect(versions).toEqual(databaseVersions.map((entry) => entry.version));
  });

  for (const [path, dump] of entries) {
    it(`${path.split('/').pop()}: opens with today's code, every record read as stored, nothing repaired or lost`, async () => {
      // given the database as the code of its version stored it
      const name = `fixture-${dump.schemaVersion}-${Math.random().toString(36).slice(2)}`;
      await loadDatabaseDump(dump, name);
      const expected = expectedWorkspace(dump);
      // the fixture holds enough to lose something: records of every kind, answers, a removed step
      expect(expected.processes.length).toBeGreaterThan(1);
      expect(expected.assessments.some((record) => record.orphanedAt)).toBe(true);
      expect(expected.assessments.some((record) => Object.keys(record.answers).length > 5)).toBe(true);
      // when today's repository opens it
      const issues: ReadIssue[] = [];
      const repository = createDexieRepository(name, { onReadIssue: (issue) => issues.push(issue) });
      const snapshot = await repository.snapshot();
      // then every record is there as stored (after the migration steps), and none needed repair
      expect(byKey(snapshot.departments)).toEqual(byKey(expected.departments));
      expect(byKey(snapshot.processes)).toEqual(byKey(expected.processes));
      expect(byKey(snapshot.assessments)).toEqual(byKey(expected.assessments));
      expect(snapshot.catalogue).toEqual(expected.catalogue);
      expect(snapshot.meta).toEqual(expected.meta);
      expect(issues).toEqual([]);
      expect(repository.database.verno).toBe(databaseVersions[databaseVersions.length - 1].version);
      // and the app goes on writing into it: a new writer claim, a changed record
      await repository.claimWriter('today');
      await repository.saveProcess({ ...expected.processes[0], name: 'nach dem Öffnen geändert', revision: expected.processes[0].revision + 1 });
      expect((await repository.loadProcess(expected.processes[0].id))?.name).toBe('nach dem Öffnen geändert');
      expect(await repository.database.meta.get(writerClaimKey)).toMatchObject({ tabId: 'today' });
      repository.close();
    });
  }
});
