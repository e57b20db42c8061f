// The settings' section on backups: what a backup holds and where it goes, and the backup panel.
import { useTranslation } from 'react-i18next';
import { BackupPanel } from './BackupPanel';

export function BackupSettingsSection() {
  const { t } = useTranslation('exchange');
  return (
    <section className="settings__section" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backup.settingsTitle')}</h2>
      <p>{t('backup.settingsText')}</p>
      <BackupPanel />
    </section>
  );
}
