// The settings screen: the UI language, and a region where the workspace settings of the scoring
// method (catalogue, weights, thresholds) are mounted by the feature that owns them.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

export interface SettingsScreenProps {
  /** further settings sections (e.g. the criteria catalogue), rendered below the language */
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
      {children}
    </div>
  );
}
