// The catalogue's versions on the settings page, folded under their count: each version's line
// (number and date), and the values it changed against the version before it, or, for the oldest
// one kept, where it differs from the method's defaults. Shown once the catalogue has kept an
// earlier version.
import { useTranslation } from 'react-i18next';
import { isPristineCatalogue } from '../../domain/criteria';
import type { Catalogue } from '../../domain/criteria';
import { formatCatalogueNumber } from '../../i18n/catalogueFormats';
import { uiLanguage } from '../../i18n/uiLocale';
import { fieldNameInGroup } from './catalogueFields';
import type { CatalogueField, UnitKind } from './catalogueFields';
import { catalogueHistory } from './catalogueHistory';
import type { CatalogueHistoryEntry } from './catalogueHistory';
import { catalogueVersionText } from './catalogueVersion';

/** the units a changed value is shown with */
const valueUnits: ReadonlySet<UnitKind> = new Set(['percent', 'eur', 'days', 'hours']);

function ChangesOfVersion({ entry }: { entry: CatalogueHistoryEntry }) {
  const { t, i18n } = useTranslation('settings');
  const language = uiLanguage(i18n.language);
  const { comparedWith, changes } = entry;
  // a value with the unit a reader says with it ("60 %", "75.000 €"); weights, points, levels,
  // shares and counts are plain numbers, which their names explain
  const shown = (field: CatalogueField, value: number) => {
    const number = formatCatalogueNumber(value, language);
    return valueUnits.has(field.unit) ? t(`catalogue.history.value.${field.unit}`, { value: number }) : number;
  };
  const lead =
    comparedWith.kind === 'version'
      ? t(changes.length > 0 ? 'catalogue.history.changedFrom' : 'catalogue.history.unchangedFrom', { version: comparedWith.version })
      : t(changes.length > 0 ? 'catalogue.history.fromDefaults' : 'catalogue.history.asDefaults');
  return (
    <>
      <p>{lead}</p>
      {changes.length > 0 ? (
        <ul>
          {changes.map(({ field, group, from, to }) => (
            <li key={field.id}>
              {t('catalogue.history.change', { name: fieldNameInGroup(t, field, group), from: shown(field, from), to: shown(field, to) })}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function CatalogueHistory({ catalogue }: { catalogue: Catalogue }) {
  const { t, i18n } = useTranslation('settings');
  const language = uiLanguage(i18n.language);
  const entries = catalogueHistory(catalogue);
  const oldest = entries.at(-1);
  if (!oldest) return null;
  return (
    <details className="catalogue-history">
      <summary>{t('catalogue.history.title', { count: entries.length })}</summary>
      <p className="catalogue-history__intro">{t('catalogue.history.intro')}</p>
      <ul className="catalogue-history__list">
        {entries.map((entry) => {
          const text = catalogueVersionText(t, entry.version, language);
          return (
            <li key={entry.version.version}>
              <p className="catalogue-history__version">{entry.current ? t('catalogue.history.current', { text }) : text}</p>
              {/* the method's defaults: the version's line says so already */}
              {isPristineCatalogue(entry.version) ? null : <ChangesOfVersion entry={entry} />}
            </li>
          );
        })}
      </ul>
      {oldest.version.version > 1 ? <p className="catalogue-history__intro">{t('catalogue.history.notKept', { version: oldest.version.version })}</p> : null}
    </details>
  );
}
