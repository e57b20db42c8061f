// StepNameField when the page is left while a name is typed: no blur comes then, and the typed name
// is committed all the same, before the listeners that the canvas and the autosave added earlier.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepNameField } from './StepNameField';

function renderField(onRename: (name: string) => boolean) {
  render(<StepNameField label="Name" stepId="Task_1" name="Antrag prüfen" editPending={false} onRename={onRename} />);
}

function typeName(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: text } });
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
}

describe('StepNameField, when the page is left while a name is typed', () => {
  const removals: (() => void)[] = [];
  afterEach(() => {
    setVisibility('visible');
    for (const remove of removals.splice(0)) remove();
  });

  /** a capture listener added before the field mounts, as the canvas's is; records the renames it saw */
  function listenBefore(target: Window | Document, type: string, renames: { mock: { calls: unknown[][] } }) {
    const seen: number[] = [];
    const listener = () => seen.push(renames.mock.calls.length);
    target.addEventListener(type, listener, { capture: true });
    removals.push(() => target.removeEventListener(type, listener, { capture: true }));
    return seen;
  }

  it('given a new name typed, when the page is left (pagehide), then the step is renamed to it without the spaces around it, before the listeners added earlier run', () => {
    // given
    const onRename = vi.fn(() => true);
    const seenByCanvas = listenBefore(window, 'pagehide', onRename);
    renderField(onRename);
    typeName('  Antrag prüfen und ablegen ');
    // when
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    // then
    expect(onRename).toHaveBeenCalledExactlyOnceWith('Antrag prüfen und ablegen');
    expect(seenByCanvas).toEqual([1]);
  });

  it('given a new name typed, when the document is hidden, then the step is renamed before the document’s listeners added earlier run', () => {
    // given
    const onRename = vi.fn(() => true);
    const seenByCanvas = listenBefore(document, 'visibilitychange', onRename);
    renderField(onRename);
    typeName('Antrag ablegen');
    // when
    setVisibility('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    // then
    expect(onRename).toHaveBeenCalledExactlyOnceWith('Antrag ablegen');
    expect(seenByCanvas).toEqual([1]);
  });

  it('given a new name typed, when the page is about to be left (beforeunload) and then left (pagehide), then the step is renamed once', () => {
    // given
    const onRename = vi.fn(() => true);
    renderField(onRename);
    typeName('Antrag ablegen');
    // when
    act(() => {
      window.dispatchEvent(new Event('beforeunload'));
      window.dispatchEvent(new Event('pagehide'));
    });
    // then
    expect(onRename).toHaveBeenCalledExactlyOnceWith('Antrag ablegen');
  });
});
