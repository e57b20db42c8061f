// The one line that names a catalogue: "Version 3, geändert am 5. Mai 2025, 14:03", or, for the
// catalogue a workspace starts with, "Version 1, Standardwerte der Methode".
import type { TFunction } from 'i18next';
import { isPristineCatalogue } from '../../domain/criteria';
import type { CatalogueVersion } from '../../domain/criteria';
import type { UiLanguage } from '../../i18n/uiLocale';
import { formatDateTime } from './formatDateTime';

export function catalogueVersionText(t: TFunction, catalogue: CatalogueVersion, language: UiLanguage): string {
  return isPristineCatalogue(catalogue)
    ? t('settings:catalogue.versionDefault', { version: catalogue.version })
    : t('settings:catalogue.version', { version: catalogue.version, date: formatDateTime(catalogue.updatedAt, language) });
}
