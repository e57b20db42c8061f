// Shows what the autosave reports, nothing more: "gespeichert" only when the last change is
// stored, "speichert…" while changes wait or are written (also while the modeller still holds an
// edit it has not handed on), and the error in words when a write failed. A screen reader hears a
// failed write and the first save after it, from a live region that is always there (a region made
// live in the same update as its text is not announced by every screen reader); the routine saves
// of every answer stay on the screen (and in the status, to be read) without interrupting.
import { useState } from 'react';
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
  // the last settled state shown, and whether it is news: every failure, and the first save after one
  const [settled, setSettled] = useState<{ state: 'saved' | 'error'; news: boolean }>();
  if (state === 'saved' || state === 'error') {
    const news = state === 'error' || settled?.state === 'error';
    if (settled?.state !== state || (news && !settled.news)) setSettled({ state, news });
  } else if (settled?.news) {
    setSettled({ state: settled.state, news: false });
  }
  const announced = settled?.state === state && settled.news;
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
    <>
      <p className={`save-status save-status--${state}`} role="status" aria-live="off" title={status.error?.message}>
        <span className="save-status__icon" aria-hidden="true">
          {state === 'saved' ? '✓' : state === 'error' ? '!' : '…'}
        </span>
        {text}
      </p>
      <span className="visually-hidden" aria-live="polite">
        {announced ? text : ''}
      </span>
    </>
  );
}
