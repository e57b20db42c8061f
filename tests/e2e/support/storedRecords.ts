// Reads the app's database ("prozesslotse") straight from IndexedDB in the page, as it is stored,
// for specs that check what the app wrote. Shared by the specs in tests/e2e/.
import type { Page } from '@playwright/test';

/**
 * The records of one object store: all of them, the one stored under `key`, or, with `index`, all
 * that the index holds for `key`.
 */
export async function readStore<T>(page: Page, store: string, query: { key?: string; index?: string } = {}): Promise<T> {
  const records: unknown = await page.evaluate(
    async ({ storeName, key, index }) => {
      const request = <R,>(pending: IDBRequest<R>) =>
        new Promise<R>((resolve, reject) => {
          pending.onsuccess = () => resolve(pending.result);
          pending.onerror = () => reject(pending.error);
        });
      const db = await request(indexedDB.open('prozesslotse'));
      try {
        const objectStore = db.transaction(storeName).objectStore(storeName);
        if (key === undefined) return await request(objectStore.getAll());
        return await request(index === undefined ? objectStore.get(key) : objectStore.index(index).getAll(key));
      } finally {
        db.close();
      }
    },
    { storeName: store, key: query.key, index: query.index },
  );
  return records as T;
}
