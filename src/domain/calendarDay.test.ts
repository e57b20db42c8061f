// Calendar days: which texts are one (the forms and the restore use this one rule), and the
// instant a view formats, for leap days and for years below 100.
import { describe, expect, it } from 'vitest';
import { calendarDayInstant, isCalendarDay } from './calendarDay';

describe('isCalendarDay', () => {
  it('given real days as YYYY-MM-DD, then they are days; days that do not exist and other spellings are not', () => {
    expect(['2026-11-28', '2028-02-29', '0050-02-28', '9999-12-31'].map(isCalendarDay)).toEqual([true, true, true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-04-31', '28.11.2026', '2026-1-5', ''].map(isCalendarDay)).toEqual([false, false, false, false, false, false]);
  });
});

describe('calendarDayInstant', () => {
  it('given a day, then it is midnight UTC of that day', () => {
    expect(calendarDayInstant('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it('given a day in a year below 100, then the year stays itself', () => {
    const instant = calendarDayInstant('0050-02-28');

    expect(instant?.getUTCFullYear()).toBe(50);
    expect([instant?.getUTCMonth(), instant?.getUTCDate(), instant?.getUTCHours()]).toEqual([1, 28, 0]);
  });

  it('given a text that is no day, then there is no instant', () => {
    expect(calendarDayInstant('2026-02-30')).toBeUndefined();
    expect(calendarDayInstant('morgen')).toBeUndefined();
  });
});
