// The settings screen: the UI language, the storage status (persistence, space used, last
// backup), further sections mounted by the features that own them (e.g. backups, which belong
// beside the storage status), and the workspace's criteria catalogue (weights, thresholds and
// settings of the scoring method, with links to the processes scored with an earlier version), the
// longest section, last.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageStatusSection } from '../storageStatus/StorageStatusSection';
import { CatalogueSettings } from './CatalogueSettings';
import { LanguageSwitch } from './LanguageSwitch';

export interface SettingsScreenProps {
  /** further settings sections, rendered after the storage status and before the catalogue */
  children?: ReactNode;
  /** the link that opens a process, for the catalogue's list of processes scored with an earlier version */
  processHref?: (id: string) => string;
}

export function SettingsScreen({ children, processHref }: SettingsScreenProps) {
  const { t } = useTranslation('settings');
  return (
    <div className="settings">
      <div className="screen-head">
        <h1>{t('title')}</h1>
      </div>
      <section className="settings__section" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('language.title')}</h2>
        <p>{t('language.text')}</p>
        <LanguageSwitch />
      </section>
      <StorageStatusSection />
      {children}
      <CatalogueSettings processHref={processHref} />
    </div>
  );
}
