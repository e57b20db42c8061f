// Dates in the UI language: a calendar day is shown as that day, in any year; a text that is no
// day is shown as written.
import { describe, expect, it } from 'vitest';
import { formatDay } from './formatDateTime';

describe('formatDay', () => {
  it('given a day, then it is written out in the UI language', () => {
    expect(formatDay('2026-11-28', 'de')).toBe('28. November 2026');
    expect(formatDay('2026-11-28', 'en')).toBe('28 November 2026');
  });

  it('given a day in the year 50, then the year is 50, not 1950', () => {
    const shown = formatDay('0050-02-28', 'de');

    expect(shown).toMatch(/^28\. Februar 0*50$/);
  });

  it('given a text that is no day, then it is shown as written', () => {
    expect(formatDay('2026-02-30', 'de')).toBe('2026-02-30');
  });
});
