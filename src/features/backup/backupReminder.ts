// When the workspace reminds the user to make a backup: when it holds work that no backup holds.
// With no backup, that is anything changed after it was made (a process, a department, a step's
// answers, the criteria catalogue); the untouched first-start sample and records only created are
// not work. With a backup, it is anything saved after it, once that backup is 14 days old or older.
// Pure, so the rule is tested without a clock: what it needs of the records is summed up first.
import type { StepAssessment } from '../../domain/assessment';
import type { Catalogue } from '../../domain/criteria';

export const backupReminderDays = 14;

const dayMs = 24 * 60 * 60 * 1000;

/** What the reminder needs to know of a set of records. */
export interface WorkSummary {
  /** something was changed after it was made: a record past its first revision, a step with answers, an edited catalogue */
  changed: boolean;
  /** when the latest record that counts was saved (ms since 1970); undefined when there is none */
  lastSavedAt: number | undefined;
}

/** A record of the workspace as far as the reminder looks at it. */
interface Stamped {
  updatedAt: string;
  revision: number;
}

export const noWork: WorkSummary = { changed: false, lastSavedAt: undefined };

/** Records that could not be read: counted as changed just now, so the reminder errs on the side of one too many. */
export const unreadableWork: WorkSummary = { changed: true, lastSavedAt: Number.POSITIVE_INFINITY };

/** An ISO 8601 time in ms since 1970; undefined when missing or unreadable. */
function timeOf(iso: string | undefined): number | undefined {
  const time = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isNaN(time) ? undefined : time;
}

function latest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

/** Both summaries as one. */
export function joinWork(a: WorkSummary, b: WorkSummary): WorkSummary {
  return { changed: a.changed || b.changed, lastSavedAt: latest(a.lastSavedAt, b.lastSavedAt) };
}

/**
 * The work in the records the store always holds: departments and processes count as changed past
 * their first revision (every change of a process counts it up, the first answer under a catalogue
 * version included) and as saved when last updated, creation included; the catalogue counts as
 * changed past its first version.
 */
export function recordWork(departments: readonly Stamped[], processes: readonly Stamped[], catalogue: Pick<Catalogue, 'version' | 'updatedAt'>): WorkSummary {
  let work: WorkSummary = { changed: catalogue.version > 1, lastSavedAt: timeOf(catalogue.updatedAt) };
  for (const records of [departments, processes]) {
    for (const record of records) work = joinWork(work, { changed: record.revision > 1, lastSavedAt: timeOf(record.updatedAt) });
  }
  return work;
}

/** Whether a step record holds anything the user gave it: an answer, a quantity, a note, a building block, "not applicable". */
function holdsAnswers(record: StepAssessment): boolean {
  return (
    Object.keys(record.answers).length > 0 ||
    Object.keys(record.quantities).length > 0 ||
    record.notes.trim() !== '' ||
    record.buildingBlock !== undefined ||
    record.notApplicable
  );
}

/**
 * The work in step records: those past their first revision or holding answers. The blank records
 * that opening a process makes for its steps are neither changed nor counted as saved.
 */
export function stepWork(records: Iterable<StepAssessment>): WorkSummary {
  let work = noWork;
  for (const record of records) {
    if (record.revision > 1 || holdsAnswers(record)) work = joinWork(work, { changed: true, lastSavedAt: timeOf(record.updatedAt) });
  }
  return work;
}

/**
 * Whether work could make a backup due at `now`: there is no backup, or the last one (ISO 8601) is
 * `days` days old or older. When not, no record needs to be looked at.
 */
export function backupMayBeDue(lastBackupAt: string | undefined, now: Date, days: number = backupReminderDays): boolean {
  const last = timeOf(lastBackupAt);
  return last === undefined || now.getTime() - last >= days * dayMs;
}

/**
 * True when the workspace holds work no backup holds: with no backup, when something was changed;
 * with a backup `days` days old or older at `now`, when a record was saved after it.
 */
export function backupDue(lastBackupAt: string | undefined, work: WorkSummary, now: Date, days: number = backupReminderDays): boolean {
  if (!backupMayBeDue(lastBackupAt, now, days)) return false;
  const last = timeOf(lastBackupAt);
  if (last === undefined) return work.changed;
  return work.lastSavedAt !== undefined && work.lastSavedAt > last;
}
