// The toast region connected to the store: translates each toast's message and offers its undo.
import { useTranslation } from 'react-i18next';
import { useAppActions, useAppStore } from '../state/AppStoreProvider';
import { ToastRegion } from '../ui/ToastRegion';

export function StoreToasts() {
  const { t } = useTranslation('common');
  const toasts = useAppStore((state) => state.session.toasts);
  const { undoToast, dismissToast } = useAppActions();
  return (
    <ToastRegion
      toasts={toasts.map((toast) => ({ id: toast.id, message: t(toast.messageKey, toast.values), canUndo: Boolean(toast.undo), durationMs: toast.durationMs }))}
      onUndo={undoToast}
      onDismiss={dismissToast}
    />
  );
}
