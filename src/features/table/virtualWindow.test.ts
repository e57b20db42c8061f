// Tests for measuring the steps table's rows: a row just rendered is not measured by reading the
// page's layout (that laid out the freshly opened diagram in the middle of React's commit); the
// ResizeObserver's entry gives the height, with the estimate where there is none.
import { describe, expect, it } from 'vitest';
import { Virtualizer, observeElementRect, observeElementOffset } from '@tanstack/react-virtual';
import { estimateRowHeight, measureRowWithFallback } from './virtualWindow';

function virtualizer(): Virtualizer<HTMLDivElement, HTMLTableRowElement> {
  return new Virtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: 10,
    getScrollElement: () => null,
    estimateSize: estimateRowHeight,
    getItemKey: (index) => `step-${index}`,
    scrollToFn: () => undefined,
    observeElementRect,
    observeElementOffset,
  });
}

/** a row at `index` whose height reads count how often the page's layout was asked for */
function row(index: number, height: number): { element: HTMLTableRowElement; layoutReads: () => number } {
  const element = document.createElement('tr');
  element.dataset.index = String(index);
  let reads = 0;
  const read = () => {
    reads += 1;
    return height;
  };
  Object.defineProperty(element, 'offsetHeight', { get: read });
  element.getBoundingClientRect = () => {
    reads += 1;
    return new DOMRect(0, 0, 100, height);
  };
  return { element, layoutReads: () => reads };
}

function resizeEntry(element: HTMLTableRowElement, blockSize: number): ResizeObserverEntry {
  const size = { blockSize, inlineSize: 100 };
  return { target: element, borderBoxSize: [size], contentBoxSize: [size], devicePixelContentBoxSize: [size], contentRect: new DOMRect(0, 0, 100, blockSize) };
}

describe('measureRowWithFallback', () => {
  it('given a row just rendered, when measured, then it keeps the estimate and reads no layout', () => {
    const { element, layoutReads } = row(3, 57);

    expect(measureRowWithFallback(element, undefined, virtualizer())).toBe(estimateRowHeight());
    expect(layoutReads()).toBe(0);
  });

  it('given a row measured before, when rendered again, then it keeps its measured height and reads no layout', () => {
    const instance = virtualizer();
    const { element, layoutReads } = row(3, 57);
    instance.getTotalSize();
    instance.resizeItem(3, 57);

    expect(measureRowWithFallback(element, undefined, instance)).toBe(57);
    expect(layoutReads()).toBe(0);
  });

  it("given the ResizeObserver's entry, when measured, then the row gets the entry's height", () => {
    const { element } = row(3, 57);

    expect(measureRowWithFallback(element, resizeEntry(element, 63), virtualizer())).toBe(63);
  });

  it('given an entry without a height (no layout, a hidden table), when measured, then the estimate stands', () => {
    const { element } = row(3, 0);

    expect(measureRowWithFallback(element, resizeEntry(element, 0), virtualizer())).toBe(estimateRowHeight());
  });
});
