// The store's toasts while something is shown full screen, in real Chromium: the rest of the page
// is not on the screen then, so the toasts are shown in the full-screen element, and back in the
// page once the full screen ends.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './app.css';
import { i18n } from '../i18n/i18n';
import { renderWithStore } from '../features/settings/storeHarness';
import { StoreToasts } from './StoreToasts';

let dispose: (() => void) | undefined;

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

afterEach(async () => {
  cleanup();
  dispose?.();
  dispose = undefined;
  if (document.fullscreenElement) await document.exitFullscreen();
});

function fullscreenChange(): Promise<void> {
  return new Promise((resolve) => document.addEventListener('fullscreenchange', () => resolve(), { once: true }));
}

const message = 'Hier lässt sich keine Aufgabe anfügen';

describe('StoreToasts', () => {
  it('given an element shown full screen, when a toast comes, then it is shown in that element; after the full screen, in the page', async () => {
    const harness = await renderWithStore(
      <>
        <div data-testid="stage">
          <button type="button" onClick={(event) => void event.currentTarget.parentElement?.requestFullscreen()}>
            full screen
          </button>
        </div>
        <StoreToasts />
      </>,
    );
    dispose = harness.dispose;
    const entered = fullscreenChange();
    await userEvent.click(screen.getByRole('button', { name: 'full screen' }));
    await entered;
    const stage = screen.getByTestId('stage');
    expect(document.fullscreenElement).toBe(stage);

    act(() => {
      harness.store.getState().actions.showToast({ messageKey: 'editor:toolbar.appendTaskImpossible' });
    });
    const toast = await screen.findByText(new RegExp(`^${message}`));
    expect(stage.contains(toast)).toBe(true);
    await expect.element(toast).toBeVisible();

    const ended = fullscreenChange();
    await document.exitFullscreen();
    await ended;
    const inPage = await screen.findByText(new RegExp(`^${message}`));
    expect(stage.contains(inPage)).toBe(false);
    expect(screen.getByRole('region', { name: 'Meldungen' }).contains(inPage)).toBe(true);
  });
});
