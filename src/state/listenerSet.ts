// The subscribe / notify pair of the app's small observable stores (tab coordination, tab session,
// storage status): listeners added, told of a change in the order they came, removed by the
// function subscribe returns, and all dropped when their store stops.
export interface ListenerSet<Args extends unknown[]> {
  /** adds a listener; the returned function removes it */
  subscribe(listener: (...args: Args) => void): () => void;
  notify(...args: Args): void;
  clear(): void;
}

export function createListenerSet<Args extends unknown[] = []>(): ListenerSet<Args> {
  const listeners = new Set<(...args: Args) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify(...args) {
      for (const listener of listeners) listener(...args);
    },
    clear() {
      listeners.clear();
    },
  };
}
