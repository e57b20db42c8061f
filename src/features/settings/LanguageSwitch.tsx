// The language choice (Deutsch / English): changes the UI language at once and remembers it.
import { useTranslation } from 'react-i18next';
import { languages } from '../../i18n/i18n';
import type { Language } from '../../i18n/i18n';
import { useAppActions, useAppStore } from '../../state/AppStoreProvider';
import { SelectField } from '../../ui/SelectField';

export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('common');
  const language = useAppStore((state) => state.session.language);
  const { setLanguage } = useAppActions();
  return (
    <SelectField
      label={t('language.label')}
      hideLabel={compact}
      className={compact ? 'language-switch language-switch--compact' : 'language-switch'}
      value={language}
      options={languages.map((value) => ({ value, label: t(`language.${value}`) }))}
      onChange={(value) => setLanguage(value as Language)}
    />
  );
}
