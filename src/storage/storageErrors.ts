// Classifies errors from IndexedDB / Dexie into what the user needs to know: the storage is full
// (in every browser's spelling), the connection to the database was lost, the database belongs to
// a newer app version (another tab upgraded it), another tab has taken over writing, the browser
// does not allow this site to store data (its settings, or an IT policy), or something else.
// Dexie wraps the browser's error (`inner`), so the whole chain is searched; an error already
// written down as text ("Name: message", as the recovery screen receives it) is classified too.
// It also owns the two errors the repository throws for the outdated and taken-over cases.

/** Another tab became the writer after this one claimed: this write was refused, nothing stored. */
export class WriterFencedError extends Error {
  constructor() {
    super('Another tab has taken over writing; this write was refused and nothing was stored.');
    this.name = 'WriterFencedError';
  }
}

/** The database belongs to a newer app version (opened by, or upgraded in, another tab). */
export class SchemaOutdatedError extends Error {
  readonly reason: 'newerDatabase' | 'changedElsewhere';

  constructor(reason: 'newerDatabase' | 'changedElsewhere') {
    super(
      reason === 'newerDatabase'
        ? 'The stored database has a newer schema than this app; reload to update.'
        : 'Another tab upgraded or deleted the database; this tab stopped writing. Reload.',
    );
    this.name = 'SchemaOutdatedError';
    this.reason = reason;
  }
}

export type StorageErrorKind = 'quota' | 'closed' | 'outdated' | 'takenOver' | 'denied' | 'unknown';

/** Kinds a retry cannot cure: this tab must stop writing (reload, or leave writing to another tab). */
export const permanentStorageErrorKinds: ReadonlySet<StorageErrorKind> = new Set(['outdated', 'takenOver']);

const quotaNames = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** legacy DOMException codes: 22 QUOTA_EXCEEDED_ERR; 1014 Firefox's NS_ERROR_DOM_QUOTA_REACHED */
const quotaCodes = new Set([22, 1014]);
const closedNames = new Set(['DatabaseClosedError', 'InvalidStateError']);
/**
 * How browsers refuse a site the storage their settings block: Chromium's "UnknownError: The user
 * denied permission to access the database.", Firefox's SecurityError (also named inside the
 * message of the Dexie error that wraps it).
 */
const deniedName = 'SecurityError';
const deniedMessages = ['denied permission to access', deniedName];

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** The error and every error it wraps (Dexie's inner, cause, a BulkError's failures); a text as the message of an error. */
function errorChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  const queue: unknown[] = [error];
  const seen = new Set<unknown>();
  while (queue.length > 0) {
    const next = queue.shift();
    if (typeof next === 'string') {
      chain.push({ message: next });
      continue;
    }
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    const candidate = next as ErrorLike;
    chain.push(candidate);
    queue.push(candidate.inner, candidate.cause);
    if (Array.isArray(candidate.failures)) queue.push(...candidate.failures);
  }
  return chain;
}

export function classifyStorageError(error: unknown): StorageErrorKind {
  const chain = errorChain(error);
  const isQuota = (entry: ErrorLike) =>
    (typeof entry.name === 'string' && quotaNames.has(entry.name)) ||
    (typeof entry.code === 'number' && quotaCodes.has(entry.code)) ||
    (typeof entry.message === 'string' && entry.message.includes('NS_ERROR_DOM_QUOTA_REACHED'));
  if (chain.some(isQuota)) return 'quota';
  if (chain.some((entry) => entry.name === 'SchemaOutdatedError')) return 'outdated';
  if (chain.some((entry) => entry.name === 'WriterFencedError')) return 'takenOver';
  const isDenied = ({ name, message }: ErrorLike) =>
    name === deniedName || (typeof message === 'string' && deniedMessages.some((words) => message.includes(words)));
  if (chain.some(isDenied)) return 'denied';
  if (chain.some((entry) => typeof entry.name === 'string' && closedNames.has(entry.name))) return 'closed';
  return 'unknown';
}

/** A one-line technical description, for the status's details (not the user-facing message). */
export function describeStorageError(error: unknown): string {
  const chain = errorChain(error);
  if (chain.length === 0) return String(error);
  // Dexie appends the inner error's message to its own; the chain lists it once
  const firstLine = (text: unknown) => (typeof text === 'string' ? text.split('\n')[0] : '');
  return chain.map((entry) => [firstLine(entry.name), firstLine(entry.message)].filter((part) => part !== '').join(': ')).join(' <- ');
}
