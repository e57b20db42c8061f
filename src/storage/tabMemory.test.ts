// Tests of the tab's memory over session storage: a value written is read back as it was, and
// storage that holds no JSON, refuses access (private mode, blocked storage) or is full never
// throws: reading gives nothing, writing keeps nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { createTabMemory } from './tabMemory';

const key = 'prozesslotse-view:test';

function refusingStorage(error: DOMException): Storage {
  return {
    length: 0,
    clear: () => undefined,
    key: () => null,
    removeItem: () => undefined,
    getItem: () => {
      throw error;
    },
    setItem: () => {
      throw error;
    },
  };
}

afterEach(() => sessionStorage.clear());

describe('tab memory', () => {
  it('given a value written, when read, then it comes back as it was, from the tab\'s session storage', () => {
    const value = { version: 1, view: { panels: { assessment: false, table: true, figures: true }, heatmapMetric: 'ds' } };

    createTabMemory(key).write(value);

    expect(createTabMemory(key).read()).toEqual(value);
    expect(JSON.parse(sessionStorage.getItem(key) ?? 'null')).toEqual(value);
  });

  it('given nothing stored, or text that is not JSON, when read, then it gives undefined', () => {
    expect(createTabMemory(key).read()).toBeUndefined();

    sessionStorage.setItem(key, '{"version": 1, "view": ');

    expect(createTabMemory(key).read()).toBeUndefined();
  });

  it('given storage that refuses access or is full, when read and written, then nothing throws and nothing is read', () => {
    for (const error of [new DOMException('The operation is insecure.', 'SecurityError'), new DOMException('The quota has been exceeded.', 'QuotaExceededError')]) {
      const memory = createTabMemory(key, () => refusingStorage(error));

      expect(() => memory.write({ version: 1 })).not.toThrow();
      expect(memory.read()).toBeUndefined();
    }
  });

  it('given session storage that cannot even be reached, when read and written, then nothing throws', () => {
    const memory = createTabMemory(key, () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });

    expect(() => memory.write({ version: 1 })).not.toThrow();
    expect(memory.read()).toBeUndefined();
  });
});
