// Shared by the trust specs (hostile files, CSP, accessibility, keyboard): watchers that notice
// injected script (a global flag, dialogs, requests for the payloads' bait URLs, CSP violations,
// uncaught errors), a record of every request, and a digest of everything stored in IndexedDB.
import { expect } from '@playwright/test';
import type { BrowserContext, Page, Request } from '@playwright/test';

/** The flag every payload of the hostile corpus sets if it ever runs. */
const pwnedFlag = '__pwned';

export interface Watch {
  /** every request the context made (pages and service worker) */
  requests: Request[];
  dialogs: string[];
  pageErrors: string[];
}

declare global {
  interface Window {
    __securityViolations?: { directive: string; blockedURI: string; sample: string; source: string }[];
    __pwned?: unknown;
  }
}

/**
 * Starts watching a context: records requests (including the service worker's), dismisses and
 * records dialogs, records uncaught errors, and makes every page record its CSP violations.
 */
export async function watchContext(context: BrowserContext): Promise<Watch> {
  const watch: Watch = { requests: [], dialogs: [], pageErrors: [] };
  context.on('request', (request) => watch.requests.push(request));
  const watchPage = (page: Page) => {
    page.on('dialog', (dialog) => {
      watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  await context.addInitScript(() => {
    window.__securityViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__securityViolations?.push({
        directive: event.violatedDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
  return watch;
}

/** Requests that left the app's origin, or that fetched a payload's bait URL (/__pwned-…). */
export function suspiciousRequests(watch: Watch, appOrigin: string): string[] {
  return watch.requests
    .map((request) => request.url())
    .filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      return new URL(url).origin !== appOrigin || url.includes(pwnedFlag);
    });
}

export interface NothingRanOptions {
  /**
   * The page parsed SVG or XHTML with on… attributes through DOMParser (the import check of a
   * hostile file): Chromium reports those attributes as blocked (script-src-attr, "inline") although
   * a parsed document never runs script. Only such reports are then accepted.
   */
  blockedHandlers?: boolean;
}

/** Nothing injected ran, asked, fetched or was blocked on this page; clears the recorded violations. */
export async function expectNothingRan(page: Page, watch: Watch, options: NothingRanOptions = {}): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    violations: window.__securityViolations?.splice(0) ?? [],
    // elements a payload would bring along if it were ever parsed as HTML
    injected: document.querySelectorAll('[onerror], [onload], iframe, script:not([src]), a[href^="javascript:"], img[src*="__pwned"]').length,
  }));
  expect(state.pwned, 'a payload set window.__pwned').toBeUndefined();
  const violations = options.blockedHandlers
    ? state.violations.filter((violation) => violation.directive !== 'script-src-attr' || violation.blockedURI !== 'inline')
    : state.violations;
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
  expect(state.injected, 'elements from a payload in the DOM').toBe(0);
  expect(watch.dialogs, 'dialogs opened by a payload').toEqual([]);
  expect(suspiciousRequests(watch, new URL(page.url()).origin), 'requests to other origins or bait URLs').toEqual([]);
}

/**
 * SHA-256 of every record in every IndexedDB database of the page's origin (read with the raw
 * IndexedDB API, stores and keys in order), and the number of records.
 */
export async function databaseDigest(page: Page): Promise<{ digest: string; records: number }> {
  return page.evaluate(async () => {
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const names = (await indexedDB.databases()).map((info) => info.name ?? '').sort();
    const dump: unknown[] = [];
    let records = 0;
    for (const name of names) {
      const open = indexedDB.open(name);
      const db = await request(open);
      const storeNames = Array.from(db.objectStoreNames).sort();
      const stores: unknown[] = [];
      if (storeNames.length > 0) {
        const tx = db.transaction(storeNames, 'readonly');
        for (const storeName of storeNames) {
          const store = tx.objectStore(storeName);
          const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
          records += values.length;
          stores.push([storeName, keys, values]);
        }
      }
      db.close();
      dump.push([name, db.version, stores]);
    }
    const bytes = new TextEncoder().encode(JSON.stringify(dump));
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return { digest: Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join(''), records };
  });
}

/** Waits until the autosave has nothing pending (the header's save status is not "speichert …"). */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByText('speichert …')).toHaveCount(0, { timeout: 10_000 });
}
