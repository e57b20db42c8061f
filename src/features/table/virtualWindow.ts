// How the steps table windows its rows with @tanstack/react-virtual: the estimated row height,
// and measuring that reads no layout of its own and falls back to sensible sizes where there is
// no layout. jsdom (unit tests) reports every size as 0; the stock virtualiser would then render
// no rows (viewport 0) or every row (rows of height 0). Here a viewport without a height counts
// as `fallbackViewport` and a row without a height as `rowHeightEstimate`, so tests see the window
// a 640 px viewport would show.
import { measureElement, observeElementRect } from '@tanstack/react-virtual';
import type { Rect, Virtualizer } from '@tanstack/react-virtual';

/**
 * px: one row with its answer selects at the default text size (a 2rem select, 0.25rem padding
 * above and below, a 1px line). Rows are measured; a row whose height differs from this makes
 * the window render again, so the estimate is the height most rows have.
 */
const rowHeightEstimate = 41;

/** the viewport assumed while the scroll container has no measured height */
const fallbackViewport: Rect = { width: 1024, height: 640 };

/** px kept clear under the sticky header when scrolling a row into view */
export const stickyHeaderHeight = 56;

export function estimateRowHeight(): number {
  return rowHeightEstimate;
}

export function observeRectWithFallback(
  instance: Virtualizer<HTMLDivElement, HTMLTableRowElement>,
  onRect: (rect: Rect) => void,
): (() => void) | undefined {
  return observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : fallbackViewport));
}

/**
 * A row's height. A row just rendered (no ResizeObserver entry yet) keeps the height it had or the
 * estimate: reading its height there would lay out the whole page, a freshly opened diagram
 * included, in the middle of React's commit (1,000 steps: 50 ms when a process opens). The
 * virtualiser's ResizeObserver reports the real height after the frame's layout.
 */
export function measureRowWithFallback(
  element: HTMLTableRowElement,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, HTMLTableRowElement>,
): number {
  if (!entry) return instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(element))) ?? rowHeightEstimate;
  const size = measureElement(element, entry, instance);
  return size > 0 ? size : rowHeightEstimate;
}
