// The editor in a short window: at 200 % zoom on a laptop (683 × 384 CSS pixels) the diagram's
// canvas, which takes the mouse wheel to move the diagram, never covers the whole window, so a
// person scrolling the page with the wheel always has some of the page beside the canvas to turn
// the wheel over, and reaches the score panel below the canvas that way. On a laptop's and a
// desktop's window the canvas still takes the rest of the window under what is above it. Starts
// from a fresh browser context with the sample process.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openProcess } from './support/editorPage';
import { gotoWorkspace } from './support/workspacePage';

/** the least share of a short window that the canvas leaves to the page, above or below it: room for the pointer */
const shareLeftToThePage = 0.25;

const canvasRegion = (page: Page) => page.getByRole('region', { name: 'Diagramm', exact: true });

async function windowSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
}

/** How far the page and every box of the editor that scrolls by itself are scrolled. */
async function scrollPositions(page: Page): Promise<number[]> {
  return page.evaluate(() => [window.scrollY, ...[...document.querySelectorAll('main *')].filter((element) => element.scrollHeight > element.clientHeight && ['auto', 'scroll'].includes(getComputedStyle(element).overflowY)).map((element) => element.scrollTop)]);
}

test.describe('at 200 % zoom on a laptop (a window of 683 × 384 pixels)', () => {
  test.use({ viewport: { width: 683, height: 384 } });

  test('the wheel scrolls the page down to the score panel past the canvas, which always leaves part of the window to the page', async ({ page }) => {
    await gotoWorkspace(page);
    await openProcess(page, 'Gewerbeanmeldung');
    const side = page.getByRole('complementary', { name: 'Bewertung des Schritts' });
    await expect(side).toBeAttached();
    const { width, height } = await windowSize(page);
    const bottomOfPage = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(bottomOfPage).toBeGreaterThan(0);

    // a person turns the wheel over the page, and where the canvas comes under the pointer, moves the
    // pointer to the part of the window the canvas leaves, above or below it
    for (let turn = 0; turn < 150 && (await page.evaluate(() => window.scrollY)) < bottomOfPage; turn += 1) {
      const canvas = await canvasRegion(page).boundingBox();
      if (!canvas) throw new Error('the canvas is not shown');
      const above = Math.min(height, Math.max(0, canvas.y));
      const below = height - Math.min(height, Math.max(0, canvas.y + canvas.height));
      expect(above + below, `at scrollY ${await page.evaluate(() => window.scrollY)}: the window's rows beside the canvas`).toBeGreaterThanOrEqual(height * shareLeftToThePage - 1);
      await page.mouse.move(width / 2, above >= below ? above / 2 : height - below / 2);
      const before = await scrollPositions(page);
      await page.mouse.wheel(0, 120);
      // the page or a box on it under the pointer (the score panel, till its end) moves on
      await expect.poll(() => scrollPositions(page)).not.toEqual(before);
    }
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(bottomOfPage - 1);
    await expect(side).toBeInViewport();
  });
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`in a window of ${viewport.width} × ${viewport.height} pixels`, () => {
    test.use({ viewport });

    test('the canvas takes the rest of the window under what is above it, and at least 28rem', async ({ page }) => {
      await gotoWorkspace(page);
      await openProcess(page, 'Gewerbeanmeldung');
      const { height } = await windowSize(page);
      const leastHeight = 28 * 16;
      await expect(async () => {
        const canvas = await canvasRegion(page).boundingBox();
        if (!canvas) throw new Error('the canvas is not shown');
        expect(canvas.height).toBeGreaterThanOrEqual(leastHeight);
        expect(canvas.y + canvas.height).toBeGreaterThanOrEqual(height - 17);
        // the main region's bottom padding (16 px) stays under a canvas taller than its least height
        if (canvas.height > leastHeight + 0.5) expect(canvas.y + canvas.height).toBeLessThanOrEqual(height - 15);
      }).toPass();
    });
  });
}
