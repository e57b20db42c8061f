// Keeps the catalogue's unsaved edits when the tab stops writing: the edits live in the store's
// catalogue draft while the user is on any screen (the settings form fills them in again), and a
// new store after a takeover has no draft. Mounted with the app, so the values typed are kept for
// the tab's banner (recovery/lostInput) whether the settings are open then or not: the fields whose
// typed text reads as another value than the stored one, named as the form names them, as typed.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../domain/criteria';
import type { UiLanguage } from '../../i18n/uiLocale';
import { useAppStore } from '../../state/AppStoreProvider';
import { useInputKeptIfTabStops } from '../recovery/lostInput';
import type { LostField } from '../recovery/lostInput';
import { catalogueGroups, fieldNameInGroup } from './catalogueFields';
import type { CatalogueField } from './catalogueFields';
import { catalogueToForm, formMatches } from './catalogueForm';
import type { CatalogueFormValues } from './catalogueForm';

function changedFields(t: TFunction, values: CatalogueFormValues, catalogue: Catalogue, language: UiLanguage): LostField[] {
  const shown = catalogueToForm(catalogue, language);
  const changed = (field: CatalogueField) => {
    const typed = values[field.id] ?? '';
    return typed !== shown[field.id] && !formMatches({ ...shown, [field.id]: typed }, catalogue, language);
  };
  return catalogueGroups.flatMap((group) => group.fields.filter(changed).map((field) => ({ label: fieldNameInGroup(t, field, group), value: values[field.id] ?? '' })));
}

export function CatalogueDraftRescue() {
  const { t } = useTranslation('settings');
  const draft = useAppStore((state) => state.session.catalogueDraft);
  const catalogue = useAppStore((state) => state.document.catalogue);
  const fields = draft ? changedFields(t, draft.values, catalogue, draft.language) : [];
  useInputKeptIfTabStops(fields.length > 0 ? { title: t('catalogue.title'), fields } : undefined);
  return null;
}
