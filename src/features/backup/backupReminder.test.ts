// Tests of the backup reminder rule: never backed up, 13 days 23 hours, exactly 14 days, later.
import { describe, expect, it } from 'vitest';
import { backupDue } from './backupReminder';

const now = new Date('2026-11-28T12:00:00.000Z');

describe('backupDue', () => {
  it('given no backup was ever made, when asked, then a backup is due', () => {
    expect(backupDue(undefined, now)).toBe(true);
  });

  it('given the last backup 13 days and 23 hours ago, when asked, then none is due yet', () => {
    expect(backupDue('2026-11-14T13:00:00.000Z', now)).toBe(false);
  });

  it('given the last backup exactly 14 days ago, when asked, then one is due', () => {
    expect(backupDue('2026-11-14T12:00:00.000Z', now)).toBe(true);
  });

  it('given the last backup a month ago, when asked, then one is due', () => {
    expect(backupDue('2026-10-28T12:00:00.000Z', now)).toBe(true);
  });

  it('given an unreadable date, when asked, then a backup is due', () => {
    expect(backupDue('yesterday', now)).toBe(true);
  });
});
