// Tests of the toasts in jsdom: the live region is there before any message and holds the messages
// alone (their buttons sit outside it, so a screen reader reads "„X“ wurde gelöscht." without the
// buttons' names); a toast waits while the pointer is on it; a toast with undo takes a focus that
// was lost (the deleted item had it) after a key press, never after a click and never one a user
// still has somewhere; closed with the focus on it, it hands the focus to the main region.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n';
import { ToastRegion } from './ToastRegion';
import type { ToastView } from './ToastRegion';

const deleted: ToastView = { id: 't-1', message: '„Gewerbeanmeldung“ wurde gelöscht.', canUndo: true, durationMs: 8_000 };

function Page({ toasts, onUndo = () => undefined }: { toasts: ToastView[]; onUndo?: (id: string) => void }) {
  return (
    <>
      <main tabIndex={-1}>
        <input aria-label="Suche" />
      </main>
      <ToastRegion toasts={toasts} onUndo={onUndo} onDismiss={() => undefined} />
    </>
  );
}

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

describe('ToastRegion live region', () => {
  it('given no toast yet, then the live region is on the page already, empty: a message put in later is read', () => {
    render(<Page toasts={[]} />);
    const live = screen.getByRole('region', { name: 'Meldungen' }).querySelector('[aria-live]');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toBeEmptyDOMElement();
  });

  it('given a toast with undo, then its message alone is in the live region; "Rückgängig" and "Meldung schließen" are beside it in the region "Meldungen"', () => {
    render(<Page toasts={[deleted]} />);
    const live = screen.getByText(deleted.message).closest<HTMLElement>('[aria-live]');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live?.textContent).toBe(deleted.message);
    const region = screen.getByRole('region', { name: 'Meldungen' });
    for (const name of ['Rückgängig', 'Meldung schließen']) expect(live?.contains(within(region).getByRole('button', { name }))).toBe(false);
  });
});

describe('ToastRegion time', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given the pointer on a toast\'s message, then the toast waits; the pointer gone, it closes after its time', () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    render(<ToastRegion toasts={[{ ...deleted, durationMs: 1_000 }]} onUndo={() => undefined} onDismiss={onDismiss} />);

    fireEvent.pointerOver(screen.getByText(deleted.message), { pointerType: 'mouse' });
    act(() => vi.advanceTimersByTime(5_000));
    expect(onDismiss).not.toHaveBeenCalled();

    // out of the window: React tells every element on the way that the pointer left it
    fireEvent.pointerLeave(screen.getByText(deleted.message), { pointerType: 'mouse' });
    act(() => vi.advanceTimersByTime(1_000));
    expect(onDismiss).toHaveBeenCalledWith('t-1');
  });

  it('given a finger\'s tap on a toast\'s message, then the toast does not wait for it: it closes after its time', () => {
    // a touch tour: a tap meant for an answer under the toast held the toast open until the next tap elsewhere
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    render(<ToastRegion toasts={[{ ...deleted, durationMs: 1_000 }]} onUndo={() => undefined} onDismiss={onDismiss} />);

    fireEvent.pointerOver(screen.getByText(deleted.message), { pointerType: 'touch' });
    fireEvent.mouseOver(screen.getByText(deleted.message));
    act(() => vi.advanceTimersByTime(1_000));

    expect(onDismiss).toHaveBeenCalledWith('t-1');
  });
});

describe('ToastRegion focus', () => {
  it('given the focus fell to the main region, when a toast with undo comes, then "Rückgängig" has the focus; undone and gone, the main region has it', async () => {
    const onUndo = vi.fn();
    const { rerender } = render(<Page toasts={[]} onUndo={onUndo} />);
    act(() => screen.getByRole('main').focus());
    fireEvent.keyDown(document.body, { key: 'Enter' });

    rerender(<Page toasts={[deleted]} onUndo={onUndo} />);
    const undo = screen.getByRole('button', { name: 'Rückgängig' });
    expect(undo).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    expect(onUndo).toHaveBeenCalledWith('t-1');
    rerender(<Page toasts={[]} onUndo={onUndo} />);
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('given the focus on the page itself, when a toast with undo comes, then "Rückgängig" has the focus', () => {
    const { rerender } = render(<Page toasts={[]} />);
    expect(document.body).toHaveFocus();
    fireEvent.keyDown(document.body, { key: 'Enter' });
    rerender(<Page toasts={[deleted]} />);
    expect(screen.getByRole('button', { name: 'Rückgängig' })).toHaveFocus();
  });

  it('given a deletion by mouse, when a toast with undo comes, then the focus stays where it fell: a later Space acts on nothing unseen', () => {
    const { rerender } = render(<Page toasts={[]} />);
    act(() => screen.getByRole('main').focus());
    fireEvent.pointerDown(document.body);
    rerender(<Page toasts={[deleted]} />);
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('given the focus in a field, when a toast comes, then the focus stays there; a toast without undo never takes it', () => {
    const { rerender } = render(<Page toasts={[]} />);
    act(() => screen.getByRole('textbox', { name: 'Suche' }).focus());
    fireEvent.keyDown(document.body, { key: 'Enter' });
    rerender(<Page toasts={[deleted]} />);
    expect(screen.getByRole('textbox', { name: 'Suche' })).toHaveFocus();

    rerender(<Page toasts={[]} />);
    act(() => screen.getByRole('main').focus());
    rerender(<Page toasts={[{ ...deleted, id: 't-2', canUndo: false }]} />);
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
