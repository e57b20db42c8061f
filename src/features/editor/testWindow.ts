// Test helpers for the editor's browser tests of the layout in the window: whether an element is
// wholly inside the window, and waiting for frames (a scroll event, a layout effect) to pass.
import { expect } from 'vitest';

/** The element is wholly inside the window. */
export function expectInWindow(element: Element): void {
  const box = element.getBoundingClientRect();
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(window.innerWidth);
}

/** Resolves after `count` animation frames. */
export function frames(count = 3): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}
