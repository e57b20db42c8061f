// Keeps what gets the focus clear of a header that sticks to the top of its scroll container: the
// container's scroll-padding-top follows the header's height (measured again when it changes, e.g.
// a long step name wraps), so the browser scrolls a focused field below the header instead of
// leaving it under it (WCAG 2.4.7: the focus stays visible). A header that does not stick (the
// stylesheet lets it scroll away in a very low window) keeps no room. The scroll container is the
// header's nearest ancestor that scrolls vertically; its padding is restored when the header goes.
import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';
import { scrollContainerOf } from './scrollContainer';

export function useStickyHeaderClearance(headerRef: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const header = headerRef.current;
    const container = header ? scrollContainerOf(header) : null;
    if (!header || !container) return undefined;
    const before = container.style.scrollPaddingTop;
    const measure = () => {
      const sticks = getComputedStyle(header).position === 'sticky';
      container.style.scrollPaddingTop = sticks ? `${Math.ceil(header.getBoundingClientRect().height)}px` : before;
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(header);
    // the window's height decides whether the header sticks, also where its own size stays
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
      container.style.scrollPaddingTop = before;
    };
  }, [headerRef]);
}
