// What one browser tab keeps for itself across a reload, in the tab's session storage (one JSON
// value under one key): it survives a reload of the tab, not a new tab, and never leaves the
// origin. Storage that is missing, refused (private mode, blocked), full or holding text that is
// not JSON is not an error here: read gives undefined and write keeps nothing. What is read is
// unchecked: the caller validates it.
export interface TabMemory {
  /** the value last written, parsed; undefined when there is none or it cannot be read */
  read(): unknown;
  write(value: unknown): void;
}

/** the tab's session storage; reading `sessionStorage` itself throws where storage is blocked */
const tabSessionStorage = (): Storage => globalThis.sessionStorage;

export function createTabMemory(key: string, storage: () => Storage = tabSessionStorage): TabMemory {
  return {
    read() {
      try {
        const text = storage().getItem(key);
        return text === null ? undefined : (JSON.parse(text) as unknown);
      } catch {
        return undefined;
      }
    },
    write(value) {
      try {
        storage().setItem(key, JSON.stringify(value));
      } catch {
        // refused or full: the tab's view is a convenience, the workspace is stored apart
      }
    },
  };
}
