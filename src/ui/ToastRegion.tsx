// The live region for short messages ("Prozess gelöscht") with an optional undo button. Each toast
// closes itself after its time, but waits while the pointer or the keyboard focus is on it, so
// nobody loses the undo button while reaching for it. A toast that offers undo takes a focus that
// was lost (the deleted item had it, and the focus fell to the page or its main region) when the
// action came from the keyboard, so a keyboard user reaches "Rückgängig" at once; when it closes
// with the focus on it, the focus goes to the main region, not to the page's start.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { lastInputWasKeyboard } from './inputModality';
import { mainRegion } from './mainRegion';

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

function ToastItem({ toast, onUndo, onDismiss }: { toast: ToastView; onUndo: (id: string) => void; onDismiss: (id: string) => void }) {
  const { t } = useTranslation('common');
  const [paused, setPaused] = useState(false);
  const focusInside = useRef(false);
  const hovered = useRef(false);

  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(() => onDismiss(toast.id), toast.durationMs);
    return () => window.clearTimeout(timer);
  }, [paused, toast.id, toast.durationMs, onDismiss]);

  const undoRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const focused = document.activeElement;
    const focusLost = focused === null || focused === document.body || focused === mainRegion();
    if (focusLost && lastInputWasKeyboard()) undoRef.current?.focus();
    return () => {
      if (focusInside.current) mainRegion()?.focus();
    };
  }, []);

  const update = () => setPaused(focusInside.current || hovered.current);

  return (
    <div
      className="toast"
      onMouseEnter={() => {
        hovered.current = true;
        update();
      }}
      onMouseLeave={() => {
        hovered.current = false;
        update();
      }}
      onFocus={() => {
        focusInside.current = true;
        update();
      }}
      onBlur={() => {
        focusInside.current = false;
        update();
      }}
    >
      <p className="toast__message">{toast.message}</p>
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

export function ToastRegion({ toasts, onUndo, onDismiss }: ToastRegionProps) {
  const { t } = useTranslation('common');
  return (
    <section className="toast-region" aria-live="polite" aria-label={t('toast.region')}>
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} onUndo={onUndo} onDismiss={onDismiss} />
      ))}
    </section>
  );
}
