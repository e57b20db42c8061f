// Shows what the autosave reports, nothing more: "gespeichert" only when the last change is
// stored, "speichert…" while changes wait or are written (also while the modeller still holds an
// edit it has not handed on), and the error in words when a write failed.
import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from '../i18n/dateTimeFormat';

export interface SaveStatusView {
  state: 'saved' | 'pending' | 'saving' | 'error';
  lastSavedAt?: string | number | Date;
  error?: { kind: string; message: string };
}

export interface SaveStatusIndicatorProps {
  status: SaveStatusView;
  /** an edit not yet handed to the autosave (the modeller's debounce): never "gespeichert" meanwhile */
  unreportedEdit?: boolean;
}

export function SaveStatusIndicator({ status, unreportedEdit = false }: SaveStatusIndicatorProps) {
  const { t, i18n } = useTranslation('common');
  const time =
    status.lastSavedAt !== undefined
      ? dateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(status.lastSavedAt))
      : undefined;
  const state = status.state === 'saved' && unreportedEdit ? 'pending' : status.state;
  let text: string;
  switch (state) {
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
    <p className={`save-status save-status--${state}`} role="status" title={status.error?.message}>
      <span className="save-status__icon" aria-hidden="true">
        {state === 'saved' ? '✓' : state === 'error' ? '!' : '…'}
      </span>
      {text}
    </p>
  );
}
