// Test support: a Dexie DBCore middleware that records every write request and every transaction's
// options, and can fail chosen writes (e.g. the Nth one with a quota error) the way a full disk or
// a browser would. Used by the storage tests only; attach before the database is first opened.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DbCoreTransactionOptions } from 'dexie';
import type { ProzesslotseDatabase } from './db';

export interface ProbedWrite {
  /** 1-based number of the write since the probe was attached */
  number: number;
  table: string;
  type: DBCoreMutateRequest['type'];
  /** number of records written (put/add) or keys deleted */
  count: number;
}

export interface WriteProbe {
  readonly writes: ProbedWrite[];
  readonly transactions: { stores: string[]; mode: string; options?: DbCoreTransactionOptions }[];
  /** records put into one table, summed over all writes */
  putCount(table: string): number;
  /** fail the write for which this returns an error (checked before the write reaches IndexedDB) */
  failWhen(decide: ((write: ProbedWrite) => unknown) | undefined): void;
}

function countOf(request: DBCoreMutateRequest): number {
  switch (request.type) {
    case 'add':
    case 'put':
      return request.values.length;
    case 'delete':
      return request.keys.length;
    case 'deleteRange':
      return 1;
  }
}

export function attachWriteProbe(db: ProzesslotseDatabase): WriteProbe {
  const writes: ProbedWrite[] = [];
  const transactions: WriteProbe['transactions'] = [];
  let decide: ((write: ProbedWrite) => unknown) | undefined;

  db.use({
    stack: 'dbcore',
    name: 'writeProbe',
    create(down: DBCore): Partial<DBCore> {
      return {
        ...down,
        transaction(stores, mode, options) {
          transactions.push({ stores, mode, options });
          return down.transaction(stores, mode, options);
        },
        table(name: string): DBCoreTable {
          const table = down.table(name);
          return {
            ...table,
            mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
              const write: ProbedWrite = { number: writes.length + 1, table: name, type: request.type, count: countOf(request) };
              writes.push(write);
              const failure = decide?.(write);
              if (failure !== undefined) return Promise.reject(failure);
              return table.mutate(request);
            },
          };
        },
      };
    },
  });

  return {
    writes,
    transactions,
    putCount: (table) => writes.filter((write) => write.table === table && (write.type === 'put' || write.type === 'add')).reduce((sum, write) => sum + write.count, 0),
    failWhen(next) {
      decide = next;
    },
  };
}
