// When the workspace reminds the user to make a backup: when it holds work, and no backup was made
// or the last one is 14 days old or older. Work is anything changed after it was made: a department
// or process past its first revision (every change of a process counts it up, the first answer to
// one of its steps included) or an edited criteria catalogue; the untouched first-start sample and
// records only created are not. Only what the store holds in memory is looked at: reading every
// process's answers from storage for the reminder slowed the opening of a process
// (docs/benchmarks.md, tenth session). Pure, so the rule is tested without a clock.
import type { Catalogue } from '../../domain/criteria';

export const backupReminderDays = 14;

const dayMs = 24 * 60 * 60 * 1000;

/** A record of the workspace as far as the reminder looks at it. */
interface Revised {
  revision: number;
}

/** Whether anything in the workspace was changed after it was made. */
export function workspaceChanged(departments: readonly Revised[], processes: readonly Revised[], catalogue: Pick<Catalogue, 'version'>): boolean {
  return catalogue.version > 1 || departments.some((record) => record.revision > 1) || processes.some((record) => record.revision > 1);
}

/**
 * True when the workspace holds work (`changed`) and no backup was made, or the last one (ISO
 * 8601; an unreadable date counts as none) is `days` days old or older at `now`.
 */
export function backupDue(lastBackupAt: string | undefined, changed: boolean, now: Date, days: number = backupReminderDays): boolean {
  if (!changed) return false;
  const last = lastBackupAt === undefined ? Number.NaN : Date.parse(lastBackupAt);
  return Number.isNaN(last) || now.getTime() - last >= days * dayMs;
}
