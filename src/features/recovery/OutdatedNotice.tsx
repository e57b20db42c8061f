// The stop sign of a tab whose database a newer app version has converted (in another tab, or
// before this page was loaded): this tab no longer saves, and reloading is the way on. As a modal
// dialog over the screens, or as the whole page when nothing could be loaded.
import { useTranslation } from 'react-i18next';
import { useTabState } from '../../state/TabSessionProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

export interface OutdatedNoticeProps {
  /** 'dialog': over the screens, shown only while the tab is outdated; 'page': the whole page */
  mode: 'dialog' | 'page';
  onReload?: () => void;
}

const reloadPage = () => window.location.reload();

export function OutdatedNotice({ mode, onReload = reloadPage }: OutdatedNoticeProps) {
  const { t } = useTranslation('trust');
  const tab = useTabState();
  const reload = (
    <Button variant="primary" onClick={onReload} data-autofocus>
      {t('outdated.reload')}
    </Button>
  );
  if (mode === 'page') {
    return (
      <main className="recovery" role="alert">
        <h1>{t('outdated.title')}</h1>
        <p>{t('outdated.text')}</p>
        <p>{t('outdated.advice')}</p>
        {reload}
      </main>
    );
  }
  // Escape does not close it: the tab cannot be used any more
  return (
    <Dialog open={tab.role === 'outdated'} title={t('outdated.title')} onClose={() => undefined} actions={reload}>
      <p>{t('outdated.text')}</p>
      <p>{t('outdated.advice')}</p>
    </Dialog>
  );
}
