// Set-up for the jsdom unit project: DOM matchers, an in-memory IndexedDB, and a clean DOM per test.
// The project shares one jsdom per worker between test files (`isolate: false` in
// vitest.config.ts), so each file starts here from what a fresh environment would give it: its own
// copies of the app's modules (and of what its `vi.mock` replaces), an empty IndexedDB, empty web
// storage, real timers and no stubs or spies left by the file before. jsdom lays nothing out and has
// no ResizeObserver: components that measure get one that never reports (browser tests measure).
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, vi } from 'vitest';

class UnreportingResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= UnreportingResizeObserver;

vi.resetModules();
const emptyIndexedDb = new IDBFactory();
globalThis.indexedDB = emptyIndexedDb;
Dexie.dependencies.indexedDB = emptyIndexedDb;
localStorage.clear();
sessionStorage.clear();
vi.useRealTimers();
vi.unstubAllGlobals();
vi.restoreAllMocks();

afterEach(() => {
  cleanup();
});
