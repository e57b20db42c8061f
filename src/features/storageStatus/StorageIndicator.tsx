// The compact storage warning in the app header: asks for persistent storage once on start, and
// shows a link to the settings when the storage is nearly full (above 80 %) or not persistent.
// Shows nothing while all is well or the browser does not tell. Re-reads the usage after saves,
// at most every 30 seconds.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/AppStoreProvider';
import { formatShare } from '../../i18n/figureFormats';
import { uiLanguage } from '../../i18n/uiLocale';
import { useStorageStatus, useStorageStatusStore } from './StorageStatusProvider';
import './storageStatus.css';

const rereadAfterMs = 30_000;

export function StorageIndicator({ settingsHref }: { settingsHref: string }) {
  const { t, i18n } = useTranslation('settings');
  const store = useStorageStatusStore();
  const status = useStorageStatus();
  const lastSavedAt = useAppStore((state) => state.session.saveStatus.lastSavedAt);

  useEffect(() => {
    void store.start();
  }, [store]);

  useEffect(() => {
    if (lastSavedAt) void store.start().then(() => store.refreshIfOlder(rereadAfterMs));
  }, [store, lastSavedAt]);

  if (status.nearlyFull && status.usedShare !== null) {
    return (
      <a className="storage-indicator storage-indicator--warning" href={settingsHref}>
        <span aria-hidden="true">⚠ </span>
        {t('storage.indicator.nearlyFull', { share: formatShare(status.usedShare, uiLanguage(i18n.language)) })}
      </a>
    );
  }
  if (status.persistence === 'notGranted') {
    return (
      <a className="storage-indicator" href={settingsHref}>
        {t('storage.indicator.notPersistent')}
      </a>
    );
  }
  return null;
}
