// The export menu's keyboard behaviour in jsdom (menu-button pattern): Tab moves through the button
// and its items with the list open, and the list closes as soon as the focus leaves the button and
// its items, forwards or backwards, so it never covers the controls the focus has moved on to.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { ExportMenu } from './ExportMenu';

beforeEach(async () => {
  await i18n.changeLanguage('de');
});

function renderMenu() {
  render(
    <div>
      <button type="button">Davor</button>
      <ExportMenu onExport={() => undefined} extraItems={[{ id: 'report', label: 'Bericht', onSelect: () => undefined }]} />
      <select aria-label="Heatmap">
        <option>Aus</option>
      </select>
    </div>,
  );
  return screen.getByRole('button', { name: /Exportieren/ });
}

describe('ExportMenu keyboard', () => {
  it('given the open menu, when Tab moves through its items, then it stays open', async () => {
    const user = userEvent.setup();
    const button = renderMenu();
    await user.click(button);

    await user.tab();
    await user.tab();

    expect(screen.getByRole('button', { name: 'Bild als SVG' })).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('list')).toBeInTheDocument();
  });

  it('given the open menu, when Tab moves past its last item, then the menu closes', async () => {
    const user = userEvent.setup();
    const button = renderMenu();
    await user.click(button);

    for (let i = 0; i < 5; i += 1) await user.tab();

    expect(screen.getByRole('combobox', { name: 'Heatmap' })).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('given the open menu, when Shift+Tab moves back before its button, then the menu closes', async () => {
    const user = userEvent.setup();
    const button = renderMenu();
    await user.click(button);

    await user.tab({ shift: true });

    expect(screen.getByRole('button', { name: 'Davor' })).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
