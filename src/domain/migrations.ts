// Upgrades of stored or imported workspace documents by schema version: one function a step, in a
// registry that lists every step the app ever shipped. Both the database upgrade (db.ts) and the
// backup import (bundle.ts) run documents through `migrate` before `restore` validates them.
// Schema version 1 is the first shipped version, so the registry is still empty.

export const currentSchemaVersion = 1;

/**
 * A workspace as stored or exchanged at some schema version: the tables of a snapshot
 * (departments, processes, assessments, catalogue, meta) in the shape of that version.
 */
export interface VersionedDocument {
  schemaVersion: number;
  [table: string]: unknown;
}

export interface Migration {
  /** the version this step reads; it returns the document at fromVersion + 1 */
  fromVersion: number;
  /** what changed, in one line */
  description: string;
  /** must not mutate its input (it gets a private copy, but keep steps pure) */
  up(doc: VersionedDocument): VersionedDocument;
}

/** Every migration step the app ever shipped, oldest first. */
export const migrations: readonly Migration[] = [];

export type MigrationErrorCode =
  /** schemaVersion is not a whole number of at least 1 */
  | 'invalidVersion'
  /** written by a newer app than this one */
  | 'futureVersion'
  /** no step is registered for one of the versions on the way */
  | 'missingMigration';

export type MigrationResult =
  | { ok: true; doc: VersionedDocument; applied: number[] }
  | { ok: false; error: MigrationErrorCode; detail?: string };

export interface MigrateOptions {
  /** the registry to use; tests inject their own */
  migrations?: readonly Migration[];
  /** the version to reach; defaults to currentSchemaVersion */
  targetVersion?: number;
}

/** Brings a document up to the target version, one registered step at a time. */
export function migrate(doc: VersionedDocument, options: MigrateOptions = {}): MigrationResult {
  const registry = options.migrations ?? migrations;
  const target = options.targetVersion ?? currentSchemaVersion;
  const version = doc.schemaVersion;
  if (!Number.isInteger(version) || version < 1) return { ok: false, error: 'invalidVersion', detail: String(version) };
  if (version > target) return { ok: false, error: 'futureVersion', detail: `${version} > ${target}` };

  const steps: Migration[] = [];
  for (let from = version; from < target; from++) {
    const step = registry.find((migration) => migration.fromVersion === from);
    if (!step) return { ok: false, error: 'missingMigration', detail: `${from} -> ${from + 1}` };
    steps.push(step);
  }
  if (steps.length === 0) return { ok: true, doc, applied: [] };

  let current: VersionedDocument = structuredClone(doc);
  for (const step of steps) {
    current = { ...step.up(current), schemaVersion: step.fromVersion + 1 };
  }
  return { ok: true, doc: current, applied: steps.map((step) => step.fromVersion) };
}
