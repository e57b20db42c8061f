// Tests of the kept date formats: the same language and options give the same format object, and
// it formats as a format made on the spot does.
import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from './dateTimeFormat';

describe('dateTimeFormat', () => {
  it('given the same language and options twice, when asked, then the format made the first time comes back', () => {
    const first = dateTimeFormat('de', { timeStyle: 'short' });

    expect(dateTimeFormat('de', { timeStyle: 'short' })).toBe(first);
  });

  it('given another language or other options, when asked, then each formats as its own Intl.DateTimeFormat does', () => {
    const moment = new Date('2024-05-01T10:00:00.000Z');
    for (const [language, options] of [
      ['de', { timeStyle: 'short' }],
      ['en', { timeStyle: 'short' }],
      ['de', { dateStyle: 'medium', timeStyle: 'short' }],
    ] as const) {
      expect(dateTimeFormat(language, options).format(moment)).toBe(new Intl.DateTimeFormat(language, options).format(moment));
    }
  });
});
