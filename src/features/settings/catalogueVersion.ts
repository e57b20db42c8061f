// The one line that names a catalogue: "Version 3, geändert am 5. Mai 2025, 14:03", or, for the
// catalogue a workspace starts with, "Version 1, Standardwerte der Methode".
import type { TFunction } from 'i18next';
import type { Catalogue } from '../../domain/criteria';
import type { UiLanguage } from '../assessment/formatters';
import { formatDateTime } from './formatDateTime';

/** True for a catalogue never changed since the workspace began (its date is the epoch). */
export function isPristineCatalogue(catalogue: Catalogue): boolean {
  return Date.parse(catalogue.updatedAt) === 0;
}

export function catalogueVersionText(t: TFunction, catalogue: Catalogue, language: UiLanguage): string {
  return isPristineCatalogue(catalogue)
    ? t('settings:catalogue.versionDefault', { version: catalogue.version })
    : t('settings:catalogue.version', { version: catalogue.version, date: formatDateTime(catalogue.updatedAt, language) });
}
