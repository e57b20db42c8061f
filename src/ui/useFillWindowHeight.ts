// Keeps an element's CSS variable `--fill-height` at the height left in the window below the
// element's top edge (in the page, not the scrolled view), less a gap: the editor's canvas takes
// the rest of the window, however tall the header, toolbar, heatmap legend or notices above it
// are. Measured again when the window resizes and when the page's height changes (something above
// appeared, wrapped or went away). The element's CSS decides what to do with it (height, minimum).
import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';

export function useFillWindowHeight(ref: RefObject<HTMLElement | null>, bottomGapPx: number): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const height = Math.max(0, Math.floor(window.innerHeight - top - bottomGapPx));
      const value = `${height}px`;
      if (element.style.getPropertyValue('--fill-height') !== value) element.style.setProperty('--fill-height', value);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref, bottomGapPx]);
}
