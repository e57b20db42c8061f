// The notice of a tab that does not write: why it only reads (another tab edits, another tab took
// over, the writer refused to hand over, or the storage refused this tab's claim), that the writer's changes appear here by themselves,
// and "Hier bearbeiten" to take over. Shown only then, as an alert, so it is announced when it appears.
// Below it, as long as the user keeps them, the inputs of dialogs the tab lost when it stopped
// writing (lostInput), said to be unsaved and shown to be copied.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useTabSession, useTabState } from '../../state/TabSessionProvider';
import type { TabState } from '../../state/tabCoordination';
import { Button } from '../../ui/Button';
import { useLostInput } from './lostInput';
import type { LostInput } from './lostInput';
import './lostInput.css';
import './recovery.css';

const refusalReasons = new Set(['quota', 'closed']);

function noticeKey(tab: TabState): string | undefined {
  if (tab.handingOver) return 'readOnly.handingOver';
  if (tab.role !== 'reader') return undefined;
  if (tab.reason === 'refused') return 'readOnly.refused';
  if (tab.reason === 'takenOver') return 'readOnly.takenOver';
  if (tab.reason === 'claimRefused') return 'readOnly.claimRefused';
  return 'readOnly.otherTab';
}

function LostInputNotice({ input, onDismiss }: { input: LostInput; onDismiss: () => void }) {
  const { t } = useTranslation('common');
  return (
    <section className="lost-input" aria-labelledby={`lost-input-${input.id}`}>
      <p id={`lost-input-${input.id}`} className="lost-input__title">
        {t('lostInput.title', { dialog: input.title })}
      </p>
      <p role="alert">{t('lostInput.text')}</p>
      <dl className="lost-input__fields">
        {input.fields.map((field) => (
          <div key={field.label}>
            <dt>{field.label}</dt>
            <dd>{field.value || t('lostInput.empty')}</dd>
          </div>
        ))}
      </dl>
      <Button size="small" onClick={onDismiss} aria-label={t('lostInput.dismissOf', { dialog: input.title })}>
        {t('lostInput.dismiss')}
      </Button>
    </section>
  );
}

export interface TabStatusBannerProps {
  takeOverRef?: Ref<HTMLButtonElement>;
}

export function TabStatusBanner({ takeOverRef }: TabStatusBannerProps) {
  const { t } = useTranslation('trust');
  const session = useTabSession();
  const tab = useTabState();
  const key = noticeKey(tab);
  const reason = refusalReasons.has(tab.refusedKind ?? '') ? (tab.refusedKind as string) : 'unknown';
  const canTakeOver = tab.role === 'reader' && session !== null;
  const lost = useLostInput();
  if (!key && lost.inputs.length === 0) return null;
  return (
    <div className="tab-banner">
      {key ? (
        <p className="tab-banner__text" role="alert">
          {tab.role === 'reader' ? <strong>{t('readOnly.title')} </strong> : null}
          {t(key, { reason: t(`readOnly.reasons.${reason}`) })}
        </p>
      ) : null}
      {canTakeOver ? (
        <Button ref={takeOverRef} variant="primary" onClick={() => void session.takeOver()} disabled={tab.takingOver}>
          {tab.takingOver ? t('readOnly.takingOver') : t('readOnly.takeOver')}
        </Button>
      ) : null}
      {lost.inputs.map((input) => (
        <LostInputNotice key={input.id} input={input} onDismiss={() => lost.dismiss(input.id)} />
      ))}
    </div>
  );
}
