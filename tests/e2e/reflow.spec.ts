// WCAG 2.1 1.4.10 Reflow (BITV 2.0): at 320 × 256 CSS pixels, what a 1,280 × 1,024 screen shows at
// 400 % zoom, no screen scrolls sideways, and neither does the score panel: text and controls wrap
// into the width. Only what needs two dimensions scrolls inside its own box (the BPMN canvas, data
// tables). The score panel's header, sticky in a higher window, scrolls away in one this low, so
// that the question being answered gets the window. Starts from a fresh browser context with the
// sample process.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { openProcess } from './support/editorPage';
import { forEachOtherScreen, gotoWorkspace } from './support/workspacePage';

test.use({ viewport: { width: 320, height: 256 } });

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** the elements that reach beyond the box's right edge, outside boxes that scroll by themselves */
  beyond: string[];
}

/** How far `box` (the page, when absent) is wider than its window, and what sticks out. */
async function overflowOf(page: Page, box?: Locator): Promise<Overflow> {
  const measure = (element: Element | null) => {
    const root = element ?? document.documentElement;
    const right = element ? element.getBoundingClientRect().left + element.clientWidth : root.clientWidth;
    const scrollsAside = (node: Element) => {
      const { overflowX } = getComputedStyle(node);
      return node !== root && (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden');
    };
    const beyond: string[] = [];
    for (const node of Array.from(root.querySelectorAll('*'))) {
      let ancestor = node.parentElement;
      let clipped = false;
      while (ancestor && ancestor !== root) {
        if (scrollsAside(ancestor)) clipped = true;
        ancestor = ancestor.parentElement;
      }
      const rect = node.getBoundingClientRect();
      if (clipped || rect.width === 0 || rect.right <= right + 1) continue;
      const className = typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
      beyond.push(`${node.localName}${className} (right edge ${Math.round(rect.right)})`);
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, beyond: beyond.slice(0, 12) };
  };
  return box ? box.evaluate(measure) : page.evaluate(measure, null);
}

async function expectNoSidewaysScrolling(page: Page, box?: Locator): Promise<void> {
  const overflow = await overflowOf(page, box);
  expect(overflow.beyond, `${overflow.scrollWidth} px of content in ${overflow.clientWidth} px`).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
}

test('the workspace, the settings, the method and the accessibility statement fit 320 pixels', async ({ page }) => {
  await gotoWorkspace(page);
  await expectNoSidewaysScrolling(page);
  await forEachOtherScreen(page, () => expectNoSidewaysScrolling(page));
});

test('the editor fits 320 pixels, and its score panel neither scrolls sideways nor hides the question under its header', async ({ page }) => {
  await gotoWorkspace(page);
  await openProcess(page, 'Gewerbeanmeldung');
  await page.getByRole('button', { name: 'Mit dem ersten Schritt beginnen' }).click();
  const side = page.getByRole('complementary', { name: 'Bewertung des Schritts' });
  await expect(side.getByRole('heading', { level: 2 })).toBeVisible();

  await expectNoSidewaysScrolling(page);
  await expectNoSidewaysScrolling(page, side);

  // the panel's header (step name, "Zurück", "Weiter") would take most of a window this low: it does
  // not stick, and a question reached by keyboard gets the window, with no room kept for the header
  const header = side.locator('.score-panel__header');
  const lastLevel = side.getByRole('radiogroup').last().getByRole('radio').last();
  await lastLevel.focus();
  await expect(lastLevel).toBeInViewport();
  await expect(header).not.toBeInViewport();
  expect(await side.evaluate((element) => getComputedStyle(element).scrollPaddingTop)).toBe('auto');
});
