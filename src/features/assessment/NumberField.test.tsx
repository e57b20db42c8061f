// NumberField's typing pause: a valid entry is committed once typing pauses, and a parent that
// renders again meanwhile (the score panel passes new parse and commit functions on every render)
// does not restart the pause.
import { act, fireEvent, render, screen } from '@testing-library/react';
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
});
