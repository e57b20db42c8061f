import { describe, expect, it } from 'vitest';
import { currentSchemaVersion, migrate, migrations } from './migrations';
import type { Migration, VersionedDocument } from './migrations';

/** A workspace document as schema version 1 stores it (the shape the first release writes). */
function storedVersion1Document(): VersionedDocument {
  return {
    schemaVersion: 1,
    departments: [{ id: 'd-1', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', revision: 1, name: 'Bürgerbüro', code: 'Amt 33' }],
    processes: [],
    assessments: [],
    meta: {},
  };
}

// Test-only steps: version 2 splits the code "Amt 33" into a number, version 3 adds a colour.
const testMigrations: Migration[] = [
  {
    fromVersion: 2,
    description: 'departments get a colour',
    up: (doc) => ({ ...doc, departments: (doc.departments as object[]).map((department) => ({ ...department, colour: 'grey' })) }),
  },
  {
    fromVersion: 1,
    description: 'department code becomes a number',
    up: (doc) => ({
      ...doc,
      departments: (doc.departments as { code: string }[]).map(({ code, ...rest }) => ({ ...rest, number: Number(code.replace('Amt ', '')) })),
    }),
  },
];

describe('migrate', () => {
  it('leaves a document of the current version as it is', () => {
    // given
    const doc = storedVersion1Document();
    // when
    const result = migrate(doc);
    // then
    expect(result).toEqual({ ok: true, doc, applied: [] });
  });

  it('runs every step from the stored version to the target, in order, and sets the version', () => {
    // given a stored version 1 document and a registry listed out of order
    const doc = storedVersion1Document();
    // when
    const result = migrate(doc, { migrations: testMigrations, targetVersion: 3 });
    // then
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applied).toEqual([1, 2]);
    expect(result.doc.schemaVersion).toBe(3);
    expect(result.doc.departments).toEqual([
      { id: 'd-1', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', revision: 1, name: 'Bürgerbüro', number: 33, colour: 'grey' },
    ]);
  });

  it('does not change the stored document it was given', () => {
    const doc = storedVersion1Document();
    migrate(doc, { migrations: testMigrations, targetVersion: 3 });
    expect(doc).toEqual(storedVersion1Document());
  });

  it('refuses a document written by a newer version', () => {
    expect(migrate({ schemaVersion: currentSchemaVersion + 1 })).toEqual({
      ok: false,
      error: 'futureVersion',
      detail: `${currentSchemaVersion + 1} > ${currentSchemaVersion}`,
    });
  });

  it('refuses when a step on the way is missing', () => {
    const result = migrate(storedVersion1Document(), { migrations: [testMigrations[0]], targetVersion: 3 });
    expect(result).toEqual({ ok: false, error: 'missingMigration', detail: '1 -> 2' });
  });

  it('refuses versions that are not whole numbers of at least 1', () => {
    for (const schemaVersion of [0, -1, 1.5, Number.NaN]) {
      expect(migrate({ schemaVersion })).toMatchObject({ ok: false, error: 'invalidVersion' });
    }
  });

  it('has a shipped step for every version below the current one', () => {
    for (let version = 1; version < currentSchemaVersion; version++) {
      expect(migrations.filter((migration) => migration.fromVersion === version)).toHaveLength(1);
    }
    expect(migrations.every((migration) => migration.fromVersion >= 1 && migration.fromVersion < currentSchemaVersion)).toBe(true);
  });
});
