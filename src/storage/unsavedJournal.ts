// The unsaved journal's text: the changes a page could not store before it went, stamped with the
// schema version that wrote them, and read back for the next claim through the same upgrades
// (migrate) and checks (restore) as every stored or imported record, so that a page of an older
// app version leaves nothing the newer one cannot read.
import { currentSchemaVersion, migrate } from '../domain/migrations';
import { restoreCatalogue, restoreDepartment, restoreProcess, restoreStepAssessment, restoreWorkspaceMeta } from '../domain/restore';
import type { RestoreResult } from '../domain/restore';
import type { WorkspaceChange } from './repository';

interface JournalDocument {
  schemaVersion: number;
  changes: WorkspaceChange[];
}

export function journalText(changes: readonly WorkspaceChange[]): string {
  const journal: JournalDocument = { schemaVersion: currentSchemaVersion, changes: [...changes] };
  return JSON.stringify(journal);
}

/** The journal as written: a list of changes (the first shipped form, version 1) or a stamped one. */
function parsedJournal(text: string): { schemaVersion: unknown; changes: unknown[] } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (Array.isArray(parsed)) return { schemaVersion: 1, changes: parsed };
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { schemaVersion, changes } = parsed as { schemaVersion?: unknown; changes?: unknown };
  return Array.isArray(changes) ? { schemaVersion, changes } : undefined;
}

const asObject = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const valueOf = <T>(result: RestoreResult<T>): T[] => (result.ok ? [result.value] : []);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
const strings = (value: unknown): string[] => listOf(value).filter((item): item is string => typeof item === 'string');

/**
 * The saves of a journal as a workspace document (each record at most once: the autosave keeps one
 * change a record), brought to the current schema; the removals need no upgrade.
 */
function upgradedSaves(schemaVersion: number, changes: readonly unknown[]): Record<string, unknown> | undefined {
  const departments: unknown[] = [];
  const processes: unknown[] = [];
  const assessments: unknown[] = [];
  let catalogue: unknown;
  let meta: unknown;
  for (const raw of changes) {
    const change = asObject(raw);
    if (change.kind === 'department') departments.push(change.record);
    else if (change.kind === 'process') processes.push(change.record);
    else if (change.kind === 'assessments') assessments.push(...listOf(change.records));
    else if (change.kind === 'catalogue') catalogue = change.record;
    else if (change.kind === 'meta') meta = change.record;
  }
  const upgraded = migrate({ schemaVersion, departments, processes, assessments, catalogue, meta });
  return upgraded.ok ? upgraded.doc : undefined;
}


/**
 * The changes of a journal at the current schema, each record checked as a stored one is; none for
 * an unreadable journal or one of a newer app version (that page's next claim takes it).
 */
export function journalChanges(text: string | null | undefined): WorkspaceChange[] {
  if (!text) return [];
  const journal = parsedJournal(text);
  if (!journal || typeof journal.schemaVersion !== 'number') return [];
  const saves = upgradedSaves(journal.schemaVersion, journal.changes);
  if (!saves) return [];
  // removals first: the autosave keeps one change a record, so a removal and a save never share a
  // record, and a removed process's step records are saved only after it came back (its save
  // replaced the removal); a removal first keeps what the saves bring
  const changes: WorkspaceChange[] = [];
  for (const raw of journal.changes) {
    const change = asObject(raw);
    if (change.kind === 'removeDepartment' && typeof change.id === 'string') changes.push({ kind: 'removeDepartment', id: change.id });
    else if (change.kind === 'removeProcess' && typeof change.id === 'string') changes.push({ kind: 'removeProcess', id: change.id });
    else if (change.kind === 'removeAssessments' && typeof change.processId === 'string') {
      changes.push({ kind: 'removeAssessments', processId: change.processId, stepIds: strings(change.stepIds) });
    }
  }
  for (const record of listOf(saves.departments)) for (const value of valueOf(restoreDepartment(record))) changes.push({ kind: 'department', record: value });
  for (const record of listOf(saves.processes)) for (const value of valueOf(restoreProcess(record))) changes.push({ kind: 'process', record: value });
  const assessments = listOf(saves.assessments).flatMap((record) => valueOf(restoreStepAssessment(record)));
  if (assessments.length > 0) changes.push({ kind: 'assessments', records: assessments });
  if (saves.catalogue !== undefined) for (const value of valueOf(restoreCatalogue(saves.catalogue))) changes.push({ kind: 'catalogue', record: value });
  if (saves.meta !== undefined) for (const value of valueOf(restoreWorkspaceMeta(saves.meta))) changes.push({ kind: 'meta', record: value });
  return changes;
}
