// Tests of the kept date formats: the same language and options give the same format object, and
// it formats as a format of the language's UI locale (de-DE, en-GB) made on the spot does. Two
// moments compared are told apart to the second within one minute, and alike within one second.
import { describe, expect, it } from 'vitest';
import { comparableDateTimes, dateTimeFormat } from './dateTimeFormat';

describe('dateTimeFormat', () => {
  it('given the same language and options twice, when asked, then the format made the first time comes back', () => {
    const first = dateTimeFormat('de', { timeStyle: 'short' });

    expect(dateTimeFormat('de', { timeStyle: 'short' })).toBe(first);
  });

  it('given another language or other options, when asked, then each formats as its UI locale does', () => {
    const moment = new Date('2024-05-01T10:00:00.000Z');
    for (const [language, locale, options] of [
      ['de', 'de-DE', { timeStyle: 'short' }],
      ['en', 'en-GB', { timeStyle: 'short' }],
      ['de', 'de-DE', { dateStyle: 'medium', timeStyle: 'short' }],
      ['en', 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }],
    ] as const) {
      expect(dateTimeFormat(language, options).format(moment)).toBe(new Intl.DateTimeFormat(locale, options).format(moment));
    }
  });

  it('given English, when a date and time is formatted, then the day comes before the month and the clock has 24 hours, as in the report', () => {
    const moment = new Date('2024-05-01T15:30:00.000Z');
    const formatted = dateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(moment);

    expect(formatted).toMatch(/^1 May 2024/);
    expect(formatted).toContain('15:30');
    expect(dateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(moment)).toBe('1 May 2024');
  });
});

describe('comparableDateTimes', () => {
  /** a local time on 30 November 2026 */
  const at = (hour: number, minute: number, second = 0, millisecond = 0) => new Date(2026, 10, 30, hour, minute, second, millisecond);

  it('given two moments in different minutes, when compared, then both are shown to the minute', () => {
    expect(comparableDateTimes('de', at(10, 33, 5), at(9, 15, 41))).toEqual(['30.11.2026, 10:33', '30.11.2026, 09:15']);
  });

  it('given two moments in the same minute, when compared, then both are shown to the second, in English too', () => {
    expect(comparableDateTimes('de', at(10, 33, 41), at(10, 33, 5))).toEqual(['30.11.2026, 10:33:41', '30.11.2026, 10:33:05']);
    expect(comparableDateTimes('en', at(10, 33, 41), at(10, 33, 5))).toEqual(['30 Nov 2026, 10:33:41', '30 Nov 2026, 10:33:05']);
  });

  it('given two moments in the same second, when compared, then both are shown alike, to the minute', () => {
    expect(comparableDateTimes('de', at(10, 33, 41, 900), at(10, 33, 41, 100))).toEqual(['30.11.2026, 10:33', '30.11.2026, 10:33']);
  });
});
