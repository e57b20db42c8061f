// Keeps an element's CSS variable `--fill-height` at the height left in the window below the
// element's top edge (in the page, not the scrolled view), less a gap: the editor's canvas takes
// the rest of the window, however tall the header, toolbar, heatmap legend or notices above it
// are. Inside an element shown full screen, the screen is that element's box and its scrolled
// content the page. Measured again when the window resizes, when something above the element
// appears, wraps, grows, shrinks or goes away, and when full screen begins or ends. The element's
// CSS decides what to do with it (height, minimum).
import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';

export function useFillWindowHeight(ref: RefObject<HTMLElement | null>, bottomGapPx: number): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const fullscreenAround = () => (document.fullscreenElement?.contains(element) ? document.fullscreenElement : null);
    const measure = () => {
      const frame = fullscreenAround();
      const top = frame
        ? element.getBoundingClientRect().top - frame.getBoundingClientRect().top + frame.scrollTop
        : element.getBoundingClientRect().top + window.scrollY;
      const room = frame ? frame.clientHeight : window.innerHeight;
      const height = Math.max(0, Math.floor(room - top - bottomGapPx));
      const value = `${height}px`;
      if (element.style.getPropertyValue('--fill-height') !== value) element.style.setProperty('--fill-height', value);
    };
    // What moves the element's top edge: the elements above it (the siblings before it and before
    // each of its ancestors, up to the page's body or the full-screen element) growing, shrinking,
    // coming or going. None of them follows the height set here, so each change is measured in the
    // frame that shows it, after that frame's layout; observing the page itself, whose height does
    // follow it, made Chromium report a "ResizeObserver loop" when that height changed within the
    // notification. An element coming or going only renews what is observed: every element newly
    // observed is reported in the next notification, which measures. (Measured at once, in the
    // mutation's callback, each element React added while the editor opened made the page, the
    // diagram included, be laid out before the frame's own layout: docs/benchmarks.md, tenth
    // session.)
    const resizeObserver = new ResizeObserver(measure);
    const observeAbove = () => {
      resizeObserver.disconnect();
      mutationObserver.disconnect();
      const root = fullscreenAround() ?? document.body;
      for (let node: Element = element; node !== root && node.parentElement; node = node.parentElement) {
        mutationObserver.observe(node.parentElement, { childList: true });
        for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) resizeObserver.observe(sibling);
      }
    };
    const mutationObserver = new MutationObserver(observeAbove);
    const onFullscreenChange = () => {
      observeAbove();
      measure();
    };
    measure();
    observeAbove();
    window.addEventListener('resize', measure);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      resizeObserver.disconnect();
      mutationObserver.disconnect();
      window.removeEventListener('resize', measure);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [ref, bottomGapPx]);
}
