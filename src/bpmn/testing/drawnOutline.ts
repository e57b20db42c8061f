// Tests' judge of a marking outline (a focus ring, the mark of a chosen entry): drawn solid, at least
// 3 px wide, inside the element's box (where no scrolling or clipping parent cuts it off), in a
// colour of at least 3 : 1 against the ground around it (WCAG 2.1 contrast ratio); and a switch
// to Chromium's forced colours (a Windows contrast theme, dark), undone when the test finishes.
/// <reference types="@vitest/browser-playwright" />
import { expect, onTestFinished } from 'vitest';
import { cdp } from 'vitest/browser';
import { contrastRatio } from '../../../tests/contrastRatio';

/** Expects `element`'s outline drawn solid, 3 px or wider, inside its box, at 3 : 1 or more against each ground colour around it. */
export function expectOutlineInside(element: Element, grounds: string[]): void {
  const style = getComputedStyle(element);
  const width = parseFloat(style.outlineWidth);
  expect(style.outlineStyle).toBe('solid');
  expect(width).toBeGreaterThanOrEqual(3);
  expect(parseFloat(style.outlineOffset)).toBeLessThanOrEqual(-width);
  for (const ground of grounds) expect(contrastRatio(style.outlineColor, ground), `against ${ground}`).toBeGreaterThanOrEqual(3);
}

/** Renders the page in forced colours with a dark theme until the test finishes. */
export async function emulateForcedDarkColours(): Promise<void> {
  const session = cdp();
  await session.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-color-scheme', value: 'dark' },
    ],
  });
  onTestFinished(async () => {
    await session.send('Emulation.setEmulatedMedia', { features: [] });
  });
}
