// Test support: what several browser tabs share, in memory. A lock manager that grants one lock
// as the Web Locks spec says (ifAvailable, steal, a queue, abort while waiting) and broadcast
// channels that deliver a message to every other channel later, as BroadcastChannel does.
import type { ChannelLike, LockManagerLike } from './tabCoordination';

interface Waiter {
  callback: (lock: unknown) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

/** One lock shared by all tabs, granted as the Web Locks spec says. */
export function createLockHub() {
  let held: Waiter | undefined;
  const waiting: Waiter[] = [];

  function grant(entry: Waiter): void {
    held = entry;
    Promise.resolve(entry.callback({ name: 'lock' })).then(
      (value) => {
        if (held === entry) {
          held = undefined;
          const next = waiting.shift();
          if (next) grant(next);
        }
        entry.resolve(value);
      },
      (error: unknown) => entry.reject(error),
    );
  }

  const manager: LockManagerLike = {
    request(_name, options, callback) {
      return new Promise((resolve, reject) => {
        const entry: Waiter = { callback, resolve, reject };
        if (options.steal) {
          const previous = held;
          held = undefined;
          previous?.reject(abortError());
          grant(entry);
        } else if (options.ifAvailable && (held || waiting.length > 0)) {
          Promise.resolve(callback(null)).then(resolve, reject);
        } else if (!held && waiting.length === 0) {
          grant(entry);
        } else {
          waiting.push(entry);
          options.signal?.addEventListener('abort', () => {
            const index = waiting.indexOf(entry);
            if (index >= 0) {
              waiting.splice(index, 1);
              reject(abortError());
            }
          });
        }
      });
    },
  };
  return { manager };
}

/** Channels of one name: a message reaches every other channel, later, as BroadcastChannel does. */
export function createChannelHub() {
  const channels = new Set<Set<(event: MessageEvent) => void>>();
  return {
    open(): ChannelLike {
      const listeners = new Set<(event: MessageEvent) => void>();
      channels.add(listeners);
      return {
        postMessage(message) {
          for (const other of channels) {
            if (other === listeners) continue;
            setTimeout(() => {
              for (const listener of other) listener(new MessageEvent('message', { data: structuredClone(message) }));
            }, 0);
          }
        },
        addEventListener: (_type, listener) => listeners.add(listener),
        removeEventListener: (_type, listener) => listeners.delete(listener),
      };
    },
  };
}
