// The editor screen in a tab that only reads: the diagram is shown in the reader (no palette), the
// toolbar's edits are disabled while its view, search and exports work, the heatmap is drawn, and
// the process data can be read but not saved.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../../app/app.css';
import { i18n } from '../../i18n/i18n';
import { renderSampleEditor } from './testSampleEditor';

let dispose: (() => void) | undefined;

beforeEach(async () => {
  await i18n.changeLanguage('de');
  await page.viewport(1366, 768);
});

afterEach(() => {
  cleanup();
  dispose?.();
  dispose = undefined;
  vi.restoreAllMocks();
});

async function openReadOnly() {
  const editor = await renderSampleEditor({ readOnly: true });
  dispose = editor.dispose;
  const canvas = screen.getByRole('application');
  await waitFor(() => expect(canvas.querySelector('.djs-shape')).not.toBeNull());
  return { ...editor, canvas };
}

describe('the editor in a tab that only reads', () => {
  it('shows the diagram without the palette; disables the toolbar edits; keeps the view, search and export', async () => {
    const { canvas } = await openReadOnly();
    const toolbar = screen.getByRole('toolbar', { name: 'Diagramm bearbeiten' });

    expect(canvas.querySelector('.djs-palette')).toBeNull();
    expect(within(toolbar).getByRole('button', { name: 'Aufgabe anfügen' })).toBeDisabled();
    expect(within(toolbar).getByRole('button', { name: 'Aktionen' })).toBeDisabled();
    expect(within(toolbar).getByRole('button', { name: 'Rückgängig' })).toHaveAttribute('aria-disabled', 'true');
    for (const name of ['Vergrößern', 'Verkleinern', 'Ganzes Diagramm', 'Element suchen', 'Exportieren']) expect(within(toolbar).getByRole('button', { name })).toBeEnabled();
  });

  it('draws the heatmap chosen', async () => {
    const user = userEvent.setup();
    const { canvas } = await openReadOnly();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Heatmap' }), 'ds');

    await waitFor(() => expect(canvas.querySelectorAll('.pl-heat-badge').length).toBeGreaterThan(0));
  });

  it('shows the process data with its fields disabled and no way to save them', async () => {
    const user = userEvent.setup();
    await openReadOnly();

    await user.click(screen.getByRole('button', { name: 'Prozessdaten' }));

    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: /Teilnehmende/ })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Speichern' })).toBeDisabled();
  });
});
