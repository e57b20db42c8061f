// The export menu's layout in a real browser (app.css): at 1,366 px every item takes one line, the
// open list stays inside the window wherever its button stands, and items that have to wrap in a
// narrow window are left-aligned like the others.
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { page } from 'vitest/browser';
import { i18n } from '../../i18n/i18n';
import '../../app/app.css';
import { ExportMenu } from './ExportMenu';

const extraKeys = ['report', 'csv', 'xlsx', 'bpmnScores'] as const;

async function openMenu(justify: 'flex-start' | 'flex-end') {
  const extraItems = extraKeys.map((key) => ({ id: key, label: i18n.t(`exchange:menu.${key}`), onSelect: () => undefined }));
  render(
    <div className="toolbar" style={{ justifyContent: justify }}>
      <ExportMenu onExport={() => undefined} extraItems={extraItems} />
    </div>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Exportieren' }));
  return Array.from(document.querySelectorAll<HTMLButtonElement>('.export-menu__list .button'));
}

/** The boxes of the lines a button's text takes. */
function textLines(button: HTMLButtonElement): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(button);
  const lines = new Map<number, DOMRect>();
  for (const rect of range.getClientRects()) if (rect.width > 0) lines.set(Math.round(rect.top), rect);
  return [...lines.values()];
}

afterEach(cleanup);

describe('ExportMenu layout', () => {
  test.each([
    ['at the toolbar’s start', 'flex-start'],
    ['at the window’s right edge', 'flex-end'],
  ] as const)('given a 1,366 px wide window and the button %s, then every item takes one line inside the window', async (_, justify) => {
    await page.viewport(1366, 768);
    const items = await openMenu(justify);

    expect(items).toHaveLength(3 + extraKeys.length);
    expect(screen.getByRole('button', { name: 'Schritttabelle als Excel-Arbeitsmappe (.xlsx)' })).toBeVisible();
    for (const item of items) expect(textLines(item)).toHaveLength(1);
    const list = document.querySelector('.export-menu__list')!.getBoundingClientRect();
    expect(list.left).toBeGreaterThanOrEqual(0);
    expect(list.right).toBeLessThanOrEqual(window.innerWidth);
  });

  test('given a window too narrow for the longest item, then wrapped items start at the left edge as the others do', async () => {
    await page.viewport(280, 600);
    const items = await openMenu('flex-start');

    const wrapped = items.filter((item) => textLines(item).length > 1);
    expect(wrapped.length).toBeGreaterThan(0);
    const start = textLines(items[0])[0].left;
    for (const item of items) for (const line of textLines(item)) expect(line.left).toBeCloseTo(start, 0);
  });
});
