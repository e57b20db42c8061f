// The editor's import notices in jsdom: a few warnings are listed at once, a long list waits behind
// a disclosure that shows every warning, the generated layout is named, and "Hinweise ausblenden"
// asks the caller to close them.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../../i18n/i18n';
import { ImportNotices } from './ImportNotices';

function warningsOf(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `Element Task_${index} ist unbekannt`);
}

/** the notices' region (named by its heading) */
function notices() {
  return screen.getByRole('region');
}

describe('ImportNotices', () => {
  it('lists three warnings at once', () => {
    render(<ImportNotices warnings={warningsOf(3)} autoLayout={false} onDismiss={() => undefined} />);
    expect(within(notices()).getByRole('heading', { name: '3 Hinweise beim Öffnen der Datei' })).toBeVisible();
    const items = within(notices()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(warningsOf(3));
    for (const item of items) expect(item).toBeVisible();
    expect(within(notices()).queryByText(/Alle .* Hinweise zeigen/)).toBeNull();
  });

  it('keeps a long list behind "Alle … Hinweise zeigen", which shows every warning', async () => {
    const user = userEvent.setup({ delay: null });
    const warnings = warningsOf(61);
    render(<ImportNotices warnings={warnings} autoLayout={false} onDismiss={() => undefined} />);
    expect(within(notices()).getByRole('heading', { name: '61 Hinweise beim Öffnen der Datei' })).toBeVisible();
    const items = within(notices()).getAllByRole('listitem', { hidden: true });
    expect(items.map((item) => item.textContent)).toEqual(warnings);
    for (const item of items) expect(item).not.toBeVisible();

    await user.click(within(notices()).getByText('Alle 61 Hinweise zeigen'));
    for (const item of items) expect(item).toBeVisible();
  });

  it('names a generated layout, with or without warnings', () => {
    const { rerender } = render(<ImportNotices warnings={[]} autoLayout onDismiss={() => undefined} />);
    expect(within(notices()).getByRole('heading', { name: 'Diagramm automatisch angeordnet' })).toBeVisible();
    expect(within(notices()).queryByRole('list')).toBeNull();
    rerender(<ImportNotices warnings={warningsOf(1)} autoLayout onDismiss={() => undefined} />);
    expect(within(notices()).getByRole('heading', { name: '1 Hinweis beim Öffnen der Datei' })).toBeVisible();
    expect(within(notices()).getByText(/automatisch angeordnet/)).toBeVisible();
  });

  it('shows nothing without warnings or a generated layout', () => {
    const { container } = render(<ImportNotices warnings={[]} autoLayout={false} onDismiss={() => undefined} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('"Hinweise ausblenden" asks to close them', async () => {
    const user = userEvent.setup({ delay: null });
    const onDismiss = vi.fn();
    render(<ImportNotices warnings={warningsOf(5)} autoLayout={false} onDismiss={onDismiss} />);
    await user.click(within(notices()).getByRole('button', { name: 'Hinweise ausblenden' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
