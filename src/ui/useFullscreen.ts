// Full screen through the browser's Fullscreen API: which element is shown full screen now (kept in
// step with the browser, so Esc and the browser's own controls count too), and, for one element
// (the editor on a workshop's projector), whether the browser offers it, whether that element is
// full screen, a toggle, and the browser's refusal of the last request. Leaving the screen ends
// the full screen by itself: the browser ends it when the element leaves the document.
import { useCallback, useState, useSyncExternalStore } from 'react';
import type { RefObject } from 'react';

function subscribeToFullscreen(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/** The element shown full screen now, or null. */
export function useFullscreenElement(): Element | null {
  return useSyncExternalStore(subscribeToFullscreen, () => document.fullscreenElement ?? null);
}

export interface Fullscreen {
  /** the browser offers full screen here (not, for example, in a frame that does not allow it) */
  supported: boolean;
  /** the element is shown full screen now */
  active: boolean;
  /** asks for full screen, or ends it */
  toggle(): void;
  /** why the browser refused the last request; null when it did not */
  refusal: unknown;
}

export function useFullscreen(ref: RefObject<HTMLElement | null>): Fullscreen {
  const active = useSyncExternalStore(subscribeToFullscreen, () => ref.current !== null && document.fullscreenElement === ref.current);
  const [refusal, setRefusal] = useState<unknown>(null);

  const toggle = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    setRefusal(null);
    const request = document.fullscreenElement === element ? document.exitFullscreen() : element.requestFullscreen();
    request.catch((reason: unknown) => setRefusal(reason ?? new Error('refused')));
  }, [ref]);

  return {
    supported: document.fullscreenEnabled === true,
    active,
    toggle,
    refusal,
  };
}
