import { describe, expect, it } from 'vitest';
import { createDefaultCatalogue } from '../domain/criteria';
import { databaseDumpFormat, dumpDatabase, loadDatabaseDump } from './databaseDump';
import type { DatabaseDump } from './databaseDump';
import { createDexieRepository } from './dexieRepository';

const t1 = '2024-03-01T09:00:00.000Z';

function freshName(): string {
  return `dump-test-${Math.random().toString(36).slice(2)}`;
}

describe('database dumps', () => {
  it('a dumped database loads back into the same stores, indexes, keys and values', async () => {
    // given a database the repository wrote
    const name = freshName();
    const repository = createDexieRepository(name);
    await repository.claimWriter('tab');
    await repository.replaceAll({
      departments: [{ id: 'd-1', createdAt: t1, updatedAt: t1, revision: 1, name: 'Kämmerei', code: '20' }],
      processes: [{ id: 'p-1', createdAt: t1, updatedAt: t1, revision: 1, departmentId: 'd-1', name: 'Hundesteuer', lotse: '', description: '', status: 'draft', diagramXml: '<x/>' }],
      assessments: [{ processId: 'p-1', stepId: 'A', answers: { R: 1 }, quantities: {}, notes: '€', notApplicable: false, alreadyAutomated: false, updatedAt: t1, revision: 1 }],
      catalogue: createDefaultCatalogue(),
      meta: {},
    });
    repository.close();
    // when it is dumped, loaded under another name and dumped again
    const dump = await dumpDatabase(name, 1);
    const copy = freshName();
    await loadDatabaseDump(JSON.parse(JSON.stringify(dump)) as DatabaseDump, copy);
    // then both dumps are the same, and the copy reads as the original
    expect(await dumpDatabase(copy, 1)).toEqual(dump);
    expect(dump.nativeVersion).toBe(10);
    expect(dump.stores.map((store) => [store.name, store.rows.length])).toEqual([
      ['assessments', 1],
      ['catalogue', 1],
      ['departments', 1],
      ['meta', 2],
      ['processes', 1],
    ]);
    const reader = createDexieRepository(copy);
    expect((await reader.loadAssessments('p-1'))[0].notes).toBe('€');
    reader.close();
  });

  it('refuses to load into a database that exists, and anything that is not a dump', async () => {
    const name = freshName();
    const existing = createDexieRepository(name);
    await existing.saveMeta({});
    existing.close();
    const dump: DatabaseDump = { format: databaseDumpFormat, schemaVersion: 1, nativeVersion: 20, stores: [{ name: 'meta', keyPath: null, autoIncrement: false, indexes: [], rows: [] }] };
    await expect(loadDatabaseDump(dump, name)).rejects.toThrow();
    await expect(loadDatabaseDump({ ...dump, format: 'etwas' } as unknown as DatabaseDump, freshName())).rejects.toThrow('Not a database dump');
  });
});
