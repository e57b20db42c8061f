// Shows what the autosave reports, nothing more: "gespeichert" only when the last change is
// stored, "speichert…" while changes wait or are written, and the error in words when a write failed.
import { useTranslation } from 'react-i18next';

export interface SaveStatusView {
  state: 'saved' | 'pending' | 'saving' | 'error';
  lastSavedAt?: string | number | Date;
  error?: { kind: string; message: string };
}

export interface SaveStatusIndicatorProps {
  status: SaveStatusView;
}

export function SaveStatusIndicator({ status }: SaveStatusIndicatorProps) {
  const { t, i18n } = useTranslation('common');
  const time =
    status.lastSavedAt !== undefined
      ? new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(status.lastSavedAt))
      : undefined;
  let text: string;
  switch (status.state) {
    case 'saved':
      text = time ? t('save.savedAt', { time }) : t('save.saved');
      break;
    case 'pending':
    case 'saving':
      text = t('save.saving');
      break;
    case 'error':
      text = t(`save.errors.${status.error?.kind ?? 'unknown'}`, { defaultValue: t('save.errors.unknown') });
      break;
  }
  return (
    <p className={`save-status save-status--${status.state}`} role="status" title={status.error?.message}>
      <span className="save-status__icon" aria-hidden="true">
        {status.state === 'saved' ? '✓' : status.state === 'error' ? '!' : '…'}
      </span>
      {text}
    </p>
  );
}
