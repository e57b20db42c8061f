// One element shown full screen through the browser's Fullscreen API (the editor on a workshop's
// projector): whether the browser offers it, whether the element is full screen now (kept in step
// with the browser, so Esc and the browser's own controls count too), a toggle, and the browser's
// refusal of the last request. Leaving the screen ends the full screen by itself: the browser ends
// it when the element leaves the document.
import { useCallback, useEffect, useState } from 'react';
import type { RefObject } from 'react';

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
  const [active, setActive] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);
  const supported = document.fullscreenEnabled === true;

  useEffect(() => {
    const element = ref.current;
    const follow = () => setActive(element !== null && document.fullscreenElement === element);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, [ref]);

  const toggle = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    setRefusal(null);
    const request = document.fullscreenElement === element ? document.exitFullscreen() : element.requestFullscreen();
    request.catch((reason: unknown) => setRefusal(reason ?? new Error('refused')));
  }, [ref]);

  return { supported, active, toggle, refusal };
}
