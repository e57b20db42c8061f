// "Sicherung einspielen" in real Chromium at 200 % zoom (640 × 360 CSS px): the dialog opens at
// its title, as every dialog does where focusing its first field would scroll the title away
// (ui/Dialog). Before, the dialog's own focus on its file field, after the dialog's, scrolled the
// title out of sight.
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../app/app.css';
import { i18n } from '../../i18n/i18n';
import { renderWithStore } from '../settings/storeHarness';
import type { StoreHarness } from '../settings/storeHarness';
import { RestoreDialog } from './RestoreDialog';

let harness: StoreHarness | undefined;

beforeEach(async () => {
  await i18n.changeLanguage('de');
  await page.viewport(640, 360);
});

afterEach(() => {
  cleanup();
  harness?.dispose();
  harness = undefined;
});

describe('RestoreDialog in a low window', () => {
  it('given a window at 200 % zoom, when the dialog opens, then it stands at its beginning with its title focused', async () => {
    harness = await renderWithStore(<RestoreDialog onClose={() => undefined} />);
    const title = await screen.findByRole('heading', { name: 'Sicherung einspielen' });
    const dialog = title.closest('dialog');
    if (!dialog) throw new Error('no dialog');

    await waitFor(() => expect(title).toHaveFocus());
    // a frame later nothing has taken the focus or scrolled the dialog
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(title).toHaveFocus();
    expect(dialog.scrollTop).toBe(0);
    expect(title.getBoundingClientRect().top).toBeGreaterThanOrEqual(dialog.getBoundingClientRect().top);
  });
});
