// The method page (#/method): the published scoring method as readable sections with their
// formulas, stating the numbers of the workspace's current catalogue, then every weight, threshold
// and setting of that catalogue beside its default, changed values marked in words.
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../domain/criteria';
import { useAppStore } from '../../state/AppStoreProvider';
import { formatCatalogueNumber } from '../../i18n/catalogueFormats';
import { uiLanguage } from '../../i18n/uiLocale';
import type { UiLanguage } from '../../i18n/uiLocale';
import { catalogueGroups, fieldLabel, shownDefault, shownValue } from '../settings/catalogueFields';
import type { CatalogueGroup } from '../settings/catalogueFields';
import { catalogueVersionText } from '../settings/catalogueVersion';
import { TableScroll } from '../../ui/TableScroll';
import { methodDescription } from './methodDescription';
import './method.css';

export interface MethodScreenProps {
  settingsHref: string;
}

export function MethodScreen({ settingsHref }: MethodScreenProps) {
  const { t, i18n } = useTranslation('settings');
  const language = uiLanguage(i18n.language);
  const catalogue = useAppStore((state) => state.document.catalogue);
  const sections = methodDescription(t, catalogue, language);

  return (
    <article className="method">
      <div className="screen-head">
        <h1>{t('methodPage.title')}</h1>
        <p className="screen-head__lead">{t('methodPage.lead')}</p>
      </div>
      {sections.map((section) => (
        <section key={section.id} className="method__section" aria-labelledby={`method-${section.id}`}>
          <h2 id={`method-${section.id}`}>{section.title}</h2>
          <p>{section.text}</p>
          {section.formula ? (
            <p className="method__formula">
              <span className="method__formula-label">{t('methodPage.formula')}: </span>
              <code>{section.formula}</code>
            </p>
          ) : null}
        </section>
      ))}
      <section className="method__section" aria-labelledby="method-workspace-values">
        <h2 id="method-workspace-values">{t('methodPage.workspaceValues.title')}</h2>
        <p className="method__version">{catalogueVersionText(t, catalogue, language)}</p>
        <p>{t('methodPage.workspaceValues.text')}</p>
        <p>
          <a href={settingsHref}>{t('methodPage.workspaceValues.change')}</a>
        </p>
        {catalogueGroups.map((group) => (
          <CatalogueTable key={group.id} group={group} catalogue={catalogue} language={language} />
        ))}
      </section>
    </article>
  );
}

function CatalogueTable({ group, catalogue, language }: { group: CatalogueGroup; catalogue: Catalogue; language: UiLanguage }) {
  const { t } = useTranslation('settings');
  return (
    <TableScroll label={t(group.titleKey)}>
      <table className="method__table">
        <caption>{t(group.titleKey)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('methodPage.columns.name')}</th>
            <th scope="col" className="num">
              {t('methodPage.columns.value')}
            </th>
            <th scope="col">{t('methodPage.columns.unit')}</th>
            <th scope="col" className="num">
              {t('methodPage.columns.default')}
            </th>
          </tr>
        </thead>
        <tbody>
          {group.fields.map((field) => {
            const value = shownValue(field, catalogue);
            const standard = shownDefault(field);
            return (
              <tr key={field.id}>
                <th scope="row">{fieldLabel(t, field)}</th>
                <td className="num">
                  {formatCatalogueNumber(value, language)}
                  {value !== standard ? <strong className="method__changed"> ({t('methodPage.changed')})</strong> : null}
                </td>
                <td className="method__unit">{t(`catalogue.units.${field.unit}`)}</td>
                <td className="num">{formatCatalogueNumber(standard, language)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
