// The toast region connected to the store: translates each toast's message and offers its undo.
// While an element is shown full screen (the editor's "Vollbild"), the region is put into it: the
// rest of the page is not on the screen then.
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAppActions, useAppStore } from '../state/AppStoreProvider';
import { ToastRegion } from '../ui/ToastRegion';
import { useFullscreenElement } from '../ui/useFullscreen';

export function StoreToasts() {
  const { t } = useTranslation('common');
  const toasts = useAppStore((state) => state.session.toasts);
  const { undoToast, dismissToast } = useAppActions();
  const fullscreenElement = useFullscreenElement();
  const region = (
    <ToastRegion
      toasts={toasts.map((toast) => ({ id: toast.id, message: t(toast.messageKey, toast.values), canUndo: Boolean(toast.undo), durationMs: toast.durationMs }))}
      onUndo={undoToast}
      onDismiss={dismissToast}
    />
  );
  return fullscreenElement ? createPortal(region, fullscreenElement) : region;
}
