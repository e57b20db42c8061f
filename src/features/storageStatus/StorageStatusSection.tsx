// The storage part of the settings: whether the browser keeps the data persistently (with a
// button to ask again), the space used of the quota with a warning above 80 %, and the date of
// the last backup ("noch nie" until one is made). Reads the figures afresh when shown.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { formatShare } from '../../i18n/figureFormats';
import { uiLanguage } from '../../i18n/uiLocale';
import { formatDateTime } from '../settings/formatDateTime';
import { formatBytes } from './formatBytes';
import { useStorageStatus, useStorageStatusStore } from './StorageStatusProvider';
import './storageStatus.css';

export function StorageStatusSection() {
  const { t, i18n } = useTranslation('settings');
  const language = uiLanguage(i18n.language);
  const store = useStorageStatusStore();
  const status = useStorageStatus();
  const lastBackupAt = useAppStore((state) => state.document.meta.lastBackupAt);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    void store.startOrRefresh();
  }, [store]);

  const share = status.usedShare === null ? '' : formatShare(status.usedShare, language);
  const usage =
    status.usage !== null && status.quota !== null
      ? t('storage.usage.value', { usage: formatBytes(status.usage, language), quota: formatBytes(status.quota, language), share })
      : t('storage.usage.unknown');

  async function askAgain() {
    if (asking) return;
    setAsking(true);
    try {
      await store.requestPersistence();
    } finally {
      setAsking(false);
    }
  }

  return (
    <section className="settings__section" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('storage.title')}</h2>
      <p>{t('storage.intro')}</p>
      {status.nearlyFull ? (
        <p className="storage-warning" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('storage.usage.nearlyFull', { share })}
        </p>
      ) : null}
      <dl className="storage-facts">
        <div>
          <dt>{t('storage.persistence.label')}</dt>
          <dd>{t(`storage.persistence.${status.persistence}`)}</dd>
        </div>
        <div>
          <dt>{t('storage.usage.label')}</dt>
          <dd>{usage}</dd>
        </div>
        <div>
          <dt>{t('storage.backup.label')}</dt>
          <dd>{lastBackupAt ? formatDateTime(lastBackupAt, language) : t('storage.backup.never')}</dd>
        </div>
      </dl>
      <div className="storage-actions">
        {status.persistence === 'notGranted' ? (
          <Button onClick={() => void askAgain()} aria-disabled={asking || undefined} aria-describedby="storage-request-hint">
            {t('storage.persistence.request')}
          </Button>
        ) : null}
        <Button onClick={() => void store.refresh()}>{t('storage.refresh')}</Button>
      </div>
      {status.persistence === 'notGranted' ? (
        <p id="storage-request-hint" className="field__hint">
          {t('storage.persistence.requestHint')}
        </p>
      ) : null}
    </section>
  );
}
