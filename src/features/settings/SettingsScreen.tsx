// The settings screen: the UI language, the storage status (persistence, space used, last
// backup), the workspace's criteria catalogue (weights, thresholds, settings of the scoring
// method), and a region below for further sections mounted by the features that own them.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageStatusSection } from '../storageStatus/StorageStatusSection';
import { CatalogueSettings } from './CatalogueSettings';
import { LanguageSwitch } from './LanguageSwitch';

export interface SettingsScreenProps {
  /** further settings sections, rendered below the catalogue */
  children?: ReactNode;
}

export function SettingsScreen({ children }: SettingsScreenProps) {
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
      <CatalogueSettings />
      {children}
    </div>
  );
}
