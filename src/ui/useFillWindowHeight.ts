// Keeps an element's CSS variable `--fill-height` at the height left in the window below the
// element's top edge (in the page, not the scrolled view), less a gap: the editor's canvas takes
// the rest of the window, however tall the header, toolbar, heatmap legend or notices above it
// are. Inside an element shown full screen, the screen is that element's box and its scrolled
// content the page. Measured again when the window resizes, when the page's height changes
// (something above appeared, wrapped or went away; full screen: the height of the full-screen
// element's children) and when full screen begins or ends. The element's CSS decides what to do
// with it (height, minimum).
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
    // What grows or shrinks with the content above the element: the page, or, full screen, the
    // full-screen element's children (the full-screen element keeps the screen's size). Their
    // height also follows the height set here, so a change is measured in the next frame: measured
    // at once, it would resize what the observer watches within its own notification (Chromium
    // reports that as a "ResizeObserver loop" error).
    let nextFrame: number | undefined;
    const observer = new ResizeObserver(() => {
      nextFrame ??= requestAnimationFrame(() => {
        nextFrame = undefined;
        measure();
      });
    });
    const observeContent = () => {
      observer.disconnect();
      observer.observe(document.body);
      for (const child of fullscreenAround()?.children ?? []) observer.observe(child);
    };
    const onFullscreenChange = () => {
      observeContent();
      measure();
    };
    measure();
    observeContent();
    window.addEventListener('resize', measure);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      observer.disconnect();
      if (nextFrame !== undefined) cancelAnimationFrame(nextFrame);
      window.removeEventListener('resize', measure);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [ref, bottomGapPx]);
}
