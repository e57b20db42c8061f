// Calendar days written as YYYY-MM-DD (a process's workshop date, the accessibility statement's
// dates): which texts are one, and the instant that shows that day in UTC. One rule for the forms,
// the restore of stored records and the views, so a day that one accepts the others read the same.
import * as z from 'zod';

/** A day that exists, as YYYY-MM-DD (no 31 February; 29 February only in leap years). */
export const calendarDaySchema = z.iso.date();

export function isCalendarDay(text: string): boolean {
  return calendarDaySchema.safeParse(text).success;
}

/**
 * Midnight UTC of the day, for formatting with `timeZone: 'UTC'` (the day stays that day wherever
 * the user is); undefined for a text that is not a calendar day. Years 0-99 stay themselves, where
 * Date.UTC would move them to 1900-1999.
 */
export function calendarDayInstant(day: string): Date | undefined {
  if (!isCalendarDay(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number);
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, date);
  return instant;
}
