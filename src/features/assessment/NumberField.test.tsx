// NumberField's typing pause: a valid entry is committed once typing pauses, and a parent that
// renders again meanwhile (the score panel passes new parse and commit functions on every render)
// does not restart the pause; a page left or hidden within the pause gets the valid entry at once.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParseResult } from '../../domain/inputValidation';
import '../../i18n/i18n';
import { NumberField, typingPauseMs } from './NumberField';

function parseCount(raw: string): ParseResult<number> {
  if (raw.trim() === '') return { ok: true, value: undefined };
  const value = Number(raw);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, errorKey: 'validation.notANumber' };
}

function field(onCommit: (value: number | undefined) => void) {
  // new functions on every render, as the score panel passes them
  return <NumberField label="Fallzahl" value={undefined} display={String} parse={(raw) => parseCount(raw)} onCommit={(value) => onCommit(value)} />;
}

/** Holds the stored value as the store does, and reports each commit to the spy. */
function StoredField({ onCommit }: { onCommit: (value: number | undefined) => void }) {
  const [value, setValue] = useState<number>();
  return (
    <NumberField
      label="Fallzahl"
      value={value}
      display={String}
      parse={(raw) => parseCount(raw)}
      onCommit={(next) => {
        onCommit(next);
        setValue(next);
      }}
    />
  );
}

function typeInto(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Fallzahl' }), { target: { value: text } });
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
}

describe('NumberField', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given a valid entry typed, when the parent renders again during the pause, then the entry is still committed when the pause that began with the typing ends', () => {
    // given
    const onCommit = vi.fn();
    const { rerender } = render(field(onCommit));
    fireEvent.change(screen.getByRole('textbox', { name: 'Fallzahl' }), { target: { value: '3' } });
    act(() => {
      vi.advanceTimersByTime(typingPauseMs - 200);
    });
    // when
    rerender(field(onCommit));
    act(() => {
      vi.advanceTimersByTime(250);
    });
    // then
    expect(onCommit).toHaveBeenCalledExactlyOnceWith(3);
  });

  describe('when the page is left within the typing pause', () => {
    afterEach(() => {
      setVisibility('visible');
    });

    it('given a valid entry typed, when the page is left (pagehide), then the entry is committed at once', () => {
      // given
      const onCommit = vi.fn();
      render(<StoredField onCommit={onCommit} />);
      typeInto('3');
      // when
      act(() => {
        window.dispatchEvent(new Event('pagehide'));
      });
      // then
      expect(onCommit).toHaveBeenCalledExactlyOnceWith(3);
      act(() => {
        vi.advanceTimersByTime(typingPauseMs);
      });
      expect(onCommit).toHaveBeenCalledOnce();
    });

    it('given a valid entry typed, when the document is hidden, then the entry is committed at once and the field keeps the text as typed', () => {
      // given
      const onCommit = vi.fn();
      render(<StoredField onCommit={onCommit} />);
      typeInto('2.50');
      // when
      setVisibility('hidden');
      act(() => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
      // then
      expect(onCommit).toHaveBeenCalledExactlyOnceWith(2.5);
      expect(screen.getByRole('textbox', { name: 'Fallzahl' })).toHaveProperty('value', '2.50');
    });

    it('given the page about to be left (beforeunload) and then left (pagehide), then the entry is committed once', () => {
      // given
      const onCommit = vi.fn();
      render(<StoredField onCommit={onCommit} />);
      typeInto('7');
      // when
      act(() => {
        window.dispatchEvent(new Event('beforeunload'));
      });
      act(() => {
        window.dispatchEvent(new Event('pagehide'));
      });
      // then
      expect(onCommit).toHaveBeenCalledExactlyOnceWith(7);
    });

    it('given an entry the parser refuses, when the page is left, then it is not committed and no message shows; a valid one typed next is', () => {
      // given
      const onCommit = vi.fn();
      render(<StoredField onCommit={onCommit} />);
      typeInto('drei');
      // when
      act(() => {
        window.dispatchEvent(new Event('pagehide'));
      });
      // then
      expect(onCommit).not.toHaveBeenCalled();
      expect(screen.queryByRole('alert')).toBeNull();
      // when a valid entry is typed and the page is left again
      typeInto('3');
      act(() => {
        window.dispatchEvent(new Event('pagehide'));
      });
      // then
      expect(onCommit).toHaveBeenCalledExactlyOnceWith(3);
    });
  });
});
