// The toasts: short messages ("Prozess gelöscht") with an optional undo button. The messages alone
// are the live region, which is on the page before any message comes (a region made together with
// its text is often not read); their buttons sit beside it, so a screen reader reads the message
// without the buttons' names. Each toast still looks like one box: the messages and the buttons are
// two columns of one grid, a row per toast (ToastRegion.css). Each toast closes itself after its
// time, but waits while the pointer (a mouse's or a pen's, not a finger's tap) or the keyboard focus
// is on it, so nobody loses the undo button while reaching for it. A toast that offers undo takes a focus that was lost (the deleted item had
// it, and the focus fell to the page or its main region) when the action came from the keyboard,
// so a keyboard user reaches "Rückgängig" at once; when it closes with the focus on it, the focus
// goes to the main region, not to the page's start. The toasts never sit on the focused control:
// where they would cover it in their corner (bottom right), they move to the bottom left, and back
// where that would cover it (WCAG 2.4.7; a QA tour: a new Amt's "Umbenennen", tabbed to, and the
// score panel's answers lay under a toast for its six seconds); in the score panel, the whole panel
// counts (a touch tour: the next question's answers lay under the first answer's toast).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { lastInputWasKeyboard } from './inputModality';
import { focusIsFree, mainRegion } from './mainRegion';
import './ToastRegion.css';

export interface ToastView {
  id: string;
  message: string;
  /** shows an undo button when set */
  canUndo: boolean;
  /** how long the toast stays, in milliseconds */
  durationMs: number;
}

export interface ToastRegionProps {
  toasts: readonly ToastView[];
  onUndo: (id: string) => void;
  onDismiss: (id: string) => void;
}

interface ToastControlsProps {
  toast: ToastView;
  /** the pointer is on the toast (its message or its buttons) */
  pointed: boolean;
  onUndo: (id: string) => void;
  onDismiss: (id: string) => void;
}

/** One toast's buttons, and its time: it closes itself unless the pointer or the focus is on it. */
function ToastControls({ toast, pointed, onUndo, onDismiss }: ToastControlsProps) {
  const { t } = useTranslation('common');
  const [focused, setFocused] = useState(false);
  const focusInside = useRef(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  const paused = focused || pointed;

  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(() => onDismiss(toast.id), toast.durationMs);
    return () => window.clearTimeout(timer);
  }, [paused, toast.id, toast.durationMs, onDismiss]);

  useEffect(() => {
    if (focusIsFree() && lastInputWasKeyboard()) undoRef.current?.focus();
    return () => {
      if (focusInside.current) mainRegion()?.focus();
    };
  }, []);

  const focusMoved = (inside: boolean) => {
    focusInside.current = inside;
    setFocused(inside);
  };

  return (
    <div className="toast toast__controls" data-toast-id={toast.id} onFocus={() => focusMoved(true)} onBlur={() => focusMoved(false)}>
      {toast.canUndo ? (
        <Button ref={undoRef} variant="primary" size="small" onClick={() => onUndo(toast.id)}>
          {t('actions.undo')}
        </Button>
      ) : null}
      <Button variant="quiet" size="small" aria-label={t('toast.dismiss')} onClick={() => onDismiss(toast.id)}>
        ×
      </Button>
    </div>
  );
}

type ToastSide = 'end' | 'start';

function overlaps(a: DOMRect, b: { left: number; right: number; top: number; bottom: number }): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The corner the toasts stay clear of the focus in: where they are, unless they cover it there and
 * would not in the other bottom corner (the same box, mirrored across the window). The focus is
 * the focused element, or the area around it marked `data-toast-clear` (the score panel: after an
 * answer the next question lies below the focused one, where a toast would take the next tap).
 */
function sideClearOfFocus(stack: HTMLElement, side: ToastSide): ToastSide {
  const focused = document.activeElement;
  if (!(focused instanceof Element) || focused === document.body || stack.contains(focused)) return side;
  const target = (focused.closest('[data-toast-clear]') ?? focused).getBoundingClientRect();
  const here = stack.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const there = { left: width - here.right, right: width - here.left, top: here.top, bottom: here.bottom };
  return overlaps(target, here) && !overlaps(target, there) ? (side === 'end' ? 'start' : 'end') : side;
}

/** the toast an element belongs to (its message or its buttons), by the id they carry */
function toastIdAt(target: EventTarget): string | null {
  return target instanceof Element ? (target.closest('[data-toast-id]')?.getAttribute('data-toast-id') ?? null) : null;
}

export function ToastRegion({ toasts, onUndo, onDismiss }: ToastRegionProps) {
  const { t } = useTranslation('common');
  const [pointedId, setPointedId] = useState<string | null>(null);
  const [side, setSide] = useState<ToastSide>('end');
  const stackRef = useRef<HTMLDivElement>(null);
  const shown = toasts.length > 0;

  // while toasts are shown, each move of the focus, scroll and new size looks again
  useLayoutEffect(() => {
    if (!shown) return undefined;
    const look = () => {
      if (stackRef.current) setSide((current) => sideClearOfFocus(stackRef.current as HTMLElement, current));
    };
    look();
    document.addEventListener('focusin', look);
    window.addEventListener('scroll', look, true);
    window.addEventListener('resize', look);
    return () => {
      document.removeEventListener('focusin', look);
      window.removeEventListener('scroll', look, true);
      window.removeEventListener('resize', look);
    };
  }, [shown, toasts]);

  // both columns span every toast's row (at least one: a span of none is no span)
  const rows = { gridRow: `1 / span ${Math.max(toasts.length, 1)}` };
  return (
    <section className={`toast-region${side === 'start' ? ' toast-region--start' : ''}`} aria-label={t('toast.region')}>
      <div
        ref={stackRef}
        className="toast-region__stack"
        onPointerOver={(event) => {
          // a finger's tap is no pointer resting on the toast: it must not hold the toast open
          if (event.pointerType !== 'touch') setPointedId(toastIdAt(event.target));
        }}
        onPointerLeave={() => setPointedId(null)}
      >
        <div className="toast-region__messages" style={rows} aria-live="polite">
          {toasts.map((toast) => (
            <p key={toast.id} className="toast toast__message" data-toast-id={toast.id}>
              {toast.message}
            </p>
          ))}
        </div>
        <div className="toast-region__controls" style={rows}>
          {toasts.map((toast) => (
            <ToastControls key={toast.id} toast={toast} pointed={pointedId === toast.id} onUndo={onUndo} onDismiss={onDismiss} />
          ))}
        </div>
      </div>
    </section>
  );
}
