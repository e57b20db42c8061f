import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, describeStorageError } from './storageErrors';

function named(name: string, message = ''): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('classifyStorageError', () => {
  it('recognises a full storage in every browser\'s spelling', () => {
    const spellings: unknown[] = [
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      named('NS_ERROR_DOM_QUOTA_REACHED'),
      new Dexie.AbortError('Transaction aborted', new DOMException('quota', 'QuotaExceededError')),
      new Dexie.QuotaExceededError('quota'),
      Object.assign(named('Error', 'legacy'), { code: 22 }),
      named('UnknownError', 'Component returned failure code: 0x80630001 (NS_ERROR_DOM_QUOTA_REACHED)'),
      new Dexie.BulkError('1 of 2 operations failed', [named('QuotaExceededError')]),
    ];
    expect(spellings.map(classifyStorageError)).toEqual(spellings.map(() => 'quota'));
  });

  it('recognises a lost connection', () => {
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(classifyStorageError(new Dexie.AbortError('aborted', named('InvalidStateError', 'The database connection is closing.')))).toBe('closed');
  });

  it('recognises a database that belongs to a newer version', () => {
    expect(classifyStorageError(named('SchemaOutdatedError'))).toBe('outdated');
  });

  it('recognises that another tab has taken over writing, also inside an aborted transaction', () => {
    expect(classifyStorageError(named('WriterFencedError'))).toBe('takenOver');
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', named('WriterFencedError')))).toBe('takenOver');
  });

  it('recognises a browser whose settings do not allow this site to store data, also as the text the recovery screen receives', () => {
    const chromium = new DOMException('The user denied permission to access the database.', 'UnknownError');
    const firefox = new DOMException('The operation is insecure.', 'SecurityError');
    const refusals: unknown[] = [
      chromium,
      new Dexie.UnknownError(chromium.message, chromium),
      new Dexie.OpenFailedError(firefox),
      `${chromium.name}: ${chromium.message}`,
      `OpenFailedError: ${new Dexie.OpenFailedError(firefox).message}`,
    ];
    expect(refusals.map(classifyStorageError)).toEqual(refusals.map(() => 'denied'));
    expect(classifyStorageError('UnknownError: Internal error opening backing store for indexedDB.open.')).toBe('unknown');
  });

  it('calls everything else unknown, including non-errors and an AbortError without a quota cause', () => {
    for (const error of [new Dexie.AbortError('aborted'), named('DataCloneError'), 'kaputt', undefined, null]) {
      expect(classifyStorageError(error)).toBe('unknown');
    }
  });

  it('describes the whole chain in one line', () => {
    expect(describeStorageError(new Dexie.AbortError('Transaction aborted', new DOMException('disk full', 'QuotaExceededError')))).toBe(
      'AbortError: Transaction aborted <- QuotaExceededError: disk full',
    );
  });
});
