// The notice of a tab that does not write: why it only reads (another tab edits, another tab took
// over, or the writer refused to hand over), that the writer's changes appear here by themselves,
// and "Hier bearbeiten" to take over. Shown only then, as an alert, so it is announced when it appears.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useTabSession, useTabState } from '../../state/TabSessionProvider';
import type { TabState } from '../../state/tabCoordination';
import { Button } from '../../ui/Button';
import './recovery.css';

const refusalReasons = new Set(['quota', 'closed']);

function noticeKey(tab: TabState): string | undefined {
  if (tab.handingOver) return 'readOnly.handingOver';
  if (tab.role !== 'reader') return undefined;
  if (tab.reason === 'refused') return 'readOnly.refused';
  if (tab.reason === 'takenOver') return 'readOnly.takenOver';
  return 'readOnly.otherTab';
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
  if (!key) return null;
  return (
    <div className="tab-banner">
      <p className="tab-banner__text" role="alert">
        {tab.role === 'reader' ? <strong>{t('readOnly.title')} </strong> : null}
        {t(key, { reason: t(`readOnly.reasons.${reason}`) })}
      </p>
      {canTakeOver ? (
        <Button ref={takeOverRef} variant="primary" onClick={() => void session.takeOver()} disabled={tab.takingOver}>
          {tab.takingOver ? t('readOnly.takingOver') : t('readOnly.takeOver')}
        </Button>
      ) : null}
    </div>
  );
}
