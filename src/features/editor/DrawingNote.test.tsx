// Tests of the note while a diagram is drawn: none for a quick drawing, the note once it takes a while.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { DrawingNote, drawingNoteAfterMs } from './DrawingNote';

beforeEach(async () => {
  await i18n.changeLanguage('de');
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('DrawingNote', () => {
  it('given a drawing that takes a while, then the canvas says so once the time has passed, and not before', () => {
    // a QA tour: a 2.9 MB model left the canvas empty for 4.5 to 6 s without a word
    render(<DrawingNote />);
    expect(screen.queryByRole('status')).toBeNull();

    act(() => vi.advanceTimersByTime(drawingNoteAfterMs - 1));
    expect(screen.queryByRole('status')).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByRole('status')).toHaveTextContent('Das Diagramm wird gezeichnet …');
  });
});
