// When the workspace reminds the user to make a backup: never made one, or the last one is 14 days
// old or older. Pure, so the rule is tested without a clock.

export const backupReminderDays = 14;

const dayMs = 24 * 60 * 60 * 1000;

/** True when no backup was made or the last one (ISO 8601) is `days` days old or older at `now`. */
export function backupDue(lastBackupAt: string | undefined, now: Date, days: number = backupReminderDays): boolean {
  if (lastBackupAt === undefined) return true;
  const last = Date.parse(lastBackupAt);
  if (Number.isNaN(last)) return true;
  return now.getTime() - last >= days * dayMs;
}
