// Failed writes are never shown as saved (issue 5, guarantee 2), in the real browser. A full
// storage: IndexedDB put/add throw QuotaExceededError in the page; the status says what failed and
// what to do, never "gespeichert" while writes fail; the edit stays on screen, is retried, and is
// stored once writing works again. A lost connection: the app's open connections are closed from
// outside; the next edit reopens the database and is stored.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readStore } from './support/storedRecords';

/**
 * Records every save state shown, read from the indicator's modifier class (save-status--…), and
 * keeps every database connection the page opens, so the test can close them.
 */
function recordSaveStates(): void {
  const connections: IDBDatabase[] = [];
  (window as unknown as { connections: IDBDatabase[] }).connections = connections;
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    const request = open.apply(this, args);
    request.addEventListener('success', () => connections.push(request.result));
    return request;
  };
  const log: string[] = [];
  (window as unknown as { saveStates: string[] }).saveStates = log;
  new MutationObserver(() => {
    const element = document.querySelector('.app-header [role="status"].save-status');
    const state = /save-status--(\w+)/.exec(element?.className ?? '')?.[1] ?? 'none';
    if (log[log.length - 1] !== state) log.push(state);
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
}

/** Makes IndexedDB writes fail as on a full disk; window.repairWrites undoes it. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const saved = { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add };
    (window as unknown as { repairWrites: () => void }).repairWrites = () => {
      IDBObjectStore.prototype.put = saved.put;
      IDBObjectStore.prototype.add = saved.add;
    };
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
}

async function storedStatus(page: Page): Promise<string> {
  const rows = await readStore<{ status: string }[]>(page, 'processes');
  return rows[0].status;
}

test('a write that fails is never shown as saved; the edit stays and is stored once writing works again', async ({ page }) => {
  await page.addInitScript(recordSaveStates);
  await page.goto('/');
  const status = page.getByRole('banner').getByRole('status');
  const select = page.getByRole('main').getByRole('combobox', { name: /^Status von/ });
  await expect(status).toHaveText(/^\W*gespeichert/);

  // given the storage is full
  await fillStorage(page);
  const from = await page.evaluate(() => (window as unknown as { saveStates: string[] }).saveStates.length);
  // when the user edits
  await select.selectOption('workshop');
  // then the status says what failed and what to do, and the edit stays on screen, not stored
  await expect(status).toContainText('Nicht gespeichert: Der Speicherplatz des Browsers ist voll.');
  await expect(status).toContainText('bitte Platz schaffen');
  await expect(select).toHaveValue('workshop');
  expect(await storedStatus(page)).toBe('draft');
  // and through the retries it never claims "gespeichert"
  await page.waitForTimeout(1_500);
  const shown = await page.evaluate((index) => (window as unknown as { saveStates: string[] }).saveStates.slice(index), from);
  expect(shown).toContain('error');
  expect(shown).not.toContain('saved');
  // when there is room again, a retry stores the kept edit
  await page.evaluate(() => (window as unknown as { repairWrites: () => void }).repairWrites());
  await expect(status).toHaveText(/^\W*gespeichert/, { timeout: 10_000 });
  expect(await storedStatus(page)).toBe('workshop');

  // when the connection to the database is lost (closed from outside)
  await page.evaluate(() => {
    for (const connection of (window as unknown as { connections: IDBDatabase[] }).connections) connection.close();
  });
  await select.selectOption('assessed');
  // then the app opens it again and stores the edit
  await expect(status).toHaveText(/^\W*gespeichert/, { timeout: 10_000 });
  expect(await storedStatus(page)).toBe('assessed');
});
