// The steps table's header row by keyboard, in a real browser at a laptop's window sizes (1366 ×
// 768, and 1280 × 720 at device scale 1.5): every sort button tabbed to, forward or back, lies
// wholly inside the table's scroller and clear of the sticky "Schritt" column. Before, Chromium's
// own focus scrolling of the sticky header cells left "Vollständigkeit" cut off at the right and
// "Lane" … "Baustein" under the "Schritt" column.
/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, onTestFinished, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { cdp, page, userEvent } from 'vitest/browser';
import '../../i18n/i18n';
import '../../app/app.css';
import { testStep } from '../../domain/testing/fixtures';
import { StepsTable } from './StepsTable';

afterEach(cleanup);

/** Renders the page at `scale` device pixels per CSS pixel until the test finishes. */
async function emulateDeviceScale(scale: number): Promise<void> {
  const session = cdp();
  await session.send('Emulation.setDeviceMetricsOverride', { width: 0, height: 0, deviceScaleFactor: scale, mobile: false });
  onTestFinished(async () => {
    await session.send('Emulation.clearDeviceMetricsOverride');
  });
}

/** Where the focused sort button lies if it is not wholly between the sticky column and the scroller's right edge; nothing if it does. */
function misplacedFocus(): string[] {
  const button = document.activeElement as HTMLElement;
  if (!button.matches('.steps-table__sort')) return [`focus on ${button.tagName} "${button.textContent ?? ''}", not a sort button`];
  const scroller = button.closest<HTMLElement>('.steps-table__scroller');
  const stuck = scroller?.querySelector<HTMLElement>('.steps-table__header.steps-table__cell--name');
  if (!scroller || !stuck) throw new Error('no scroller or sticky column');
  const box = button.getBoundingClientRect();
  const name = button.closest('th')?.getAttribute('title') ?? button.textContent ?? '';
  if (stuck.contains(button)) return [];
  // half a device pixel: scroll offsets snap to device pixels at device scale 1.5
  const slack = 0.5;
  const left = stuck.getBoundingClientRect().right;
  const right = scroller.getBoundingClientRect().left + scroller.clientLeft + scroller.clientWidth;
  return box.left < left - slack || box.right > right + slack ? [`${name}: ${Math.round(box.left)}-${Math.round(box.right)} outside ${Math.round(left)}-${Math.round(right)}`] : [];
}

describe('StepsTable header by keyboard', () => {
  test.each([
    [1366, 768, 1],
    [1280, 720, 1.5],
  ])('given a %i × %i window at device scale %d, when Tab and Shift+Tab go through the sort buttons, then each lies wholly in view beside the sticky column', async (width, height, scale) => {
    // given the table with ten steps across the window, wider than it
    await page.viewport(width, height);
    await emulateDeviceScale(scale);
    expect(window.devicePixelRatio).toBe(scale);
    const steps = Array.from({ length: 10 }, (_, index) => testStep(`s${index}`, { name: `Schritt ${index}`, order: index, lane: 'Sachbearbeitung' }));
    render(<StepsTable steps={steps} assessments={new Map()} scores={new Map()} onSelect={() => undefined} onAnswer={() => undefined} language="de" />);
    const buttons = screen.getAllByRole('columnheader').map((header) => header.querySelector('button') as HTMLButtonElement);
    expect(buttons).toHaveLength(16);
    buttons[0].focus();

    // when Tab goes to each sort button in turn
    const misplaced: string[] = [];
    for (const button of buttons.slice(1)) {
      await userEvent.keyboard('{Tab}');
      expect(button).toHaveFocus();
      misplaced.push(...misplacedFocus());
    }
    // and on into the rows and back with Shift+Tab
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toHaveAttribute('data-step-id', 's0');
    for (const button of [...buttons].reverse()) {
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      expect(button).toHaveFocus();
      misplaced.push(...misplacedFocus());
    }

    // then none was cut off or under the sticky column
    expect(misplaced).toEqual([]);
  });
});
