// The criteria catalogue section of the settings: every weight, threshold and setting as a labelled
// input with its unit and default, grouped with a plain explanation. Saving checks all values first
// and stores nothing while one is wrong (inline messages, focus on the first); a stored change
// counts the catalogue version up; the processes last scored with an earlier version are named
// under it (ScoredEarlierNotice), and the earlier versions are listed with what each changed
// (CatalogueHistory). Reset to the defaults asks first. Edits not yet saved are kept
// for the session (the store's catalogue draft): leaving the screen and coming back fills them in
// again, and closing or reloading the page asks first; when the tab stops writing, the app's
// CatalogueDraftRescue keeps them for the tab's banner. A tab that only reads shows the values in
// disabled fields.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createDefaultCatalogue } from '../../domain/criteria';
import type { CatalogueWeights } from '../../domain/criteria';
import { useAppActions, useAppStore, useAppStoreApi } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { WriteControls } from '../../ui/readOnly';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid';
import { formatCatalogueNumber } from '../../i18n/catalogueFormats';
import { uiLanguage } from '../../i18n/uiLocale';
import { catalogueGroups, fieldLabel, shownDefault } from './catalogueFields';
import type { CatalogueGroup } from './catalogueFields';
import { catalogueToForm, formMatches, parseCatalogueForm } from './catalogueForm';
import type { CatalogueFormValues, FieldError } from './catalogueForm';
import { catalogueVersionText } from './catalogueVersion';
import { CatalogueHistory } from './CatalogueHistory';
import { CatalogueNumberField } from './CatalogueNumberField';
import { ScoredEarlierNotice } from './ScoredEarlierNotice';
import './settings.css';

interface Errors {
  fields: Map<string, FieldError>;
  groups: Map<keyof CatalogueWeights, FieldError>;
}

const noErrors: Errors = { fields: new Map(), groups: new Map() };

const inputId = (fieldId: string) => `catalogue-${fieldId.replace(/\./g, '-')}`;
const groupErrorId = (group: string) => `catalogue-group-error-${group}`;

export interface CatalogueSettingsProps {
  /** the link that opens a process, for the processes last scored with an earlier version */
  processHref?: (id: string) => string;
}

export function CatalogueSettings({ processHref }: CatalogueSettingsProps) {
  const { t, i18n } = useTranslation('settings');
  const language = uiLanguage(i18n.language);
  const catalogue = useAppStore((state) => state.document.catalogue);
  const { updateCatalogue, setCatalogueDraft } = useAppActions();
  const storeApi = useAppStoreApi();
  const formRef = useRef<HTMLFormElement>(null);

  // unsaved edits from an earlier visit, if typed against this catalogue version and language
  const [restored] = useState(() => {
    const draft = storeApi.getState().session.catalogueDraft;
    return draft && draft.version === catalogue.version && draft.language === language ? draft.values : null;
  });
  const [values, setValues] = useState<CatalogueFormValues>(() => ({ ...catalogueToForm(catalogue, language), ...restored }));
  const [basis, setBasis] = useState({ catalogue, language });
  const [errors, setErrors] = useState<Errors>(noErrors);
  const [status, setStatus] = useState(() => (restored ? t('catalogue.status.draftRestored') : ''));
  const [confirmReset, setConfirmReset] = useState(false);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  // the stored catalogue changed (saved, reset, another tab) or the language: show it afresh,
  // keeping typed changes across a language switch
  if (basis.catalogue !== catalogue || basis.language !== language) {
    const untouched = formMatches(values, basis.catalogue, basis.language);
    setBasis({ catalogue, language });
    if (basis.catalogue !== catalogue || untouched) {
      setValues(catalogueToForm(catalogue, language));
      setErrors(noErrors);
    }
  }

  const storedVersion = () => storeApi.getState().document.catalogue.version;

  const unsaved = !formMatches(values, catalogue, language);
  useEffect(() => {
    const kept = storeApi.getState().session.catalogueDraft;
    if (unsaved) setCatalogueDraft({ values, version: catalogue.version, language });
    else if (kept) setCatalogueDraft(null);
  }, [unsaved, values, catalogue.version, language, setCatalogueDraft, storeApi]);
  useEffect(() => {
    if (!unsaved) return undefined;
    // the browser's own question before the page is closed or reloaded with unsaved edits
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);

  function change(fieldId: string, text: string) {
    setValues((previous) => ({ ...previous, [fieldId]: text }));
    if (errors.fields.has(fieldId)) {
      const fields = new Map(errors.fields);
      fields.delete(fieldId);
      setErrors({ ...errors, fields });
    }
  }

  /** a field left: its own error shown (or taken away) at once; nothing is stored */
  function check(fieldId: string) {
    const result = parseCatalogueForm(values, catalogue, language);
    const error = result.ok ? undefined : result.fieldErrors.get(fieldId);
    if (error === errors.fields.get(fieldId)) return;
    const fields = new Map(errors.fields);
    if (error) fields.set(fieldId, error);
    else fields.delete(fieldId);
    setErrors({ ...errors, fields });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = parseCatalogueForm(values, catalogue, language);
    if (!result.ok) {
      setErrors({ fields: result.fieldErrors, groups: result.groupErrors });
      setStatus(t('catalogue.status.invalid', { count: result.fieldErrors.size + result.groupErrors.size }));
      focusFirstInvalid();
      return;
    }
    setErrors(noErrors);
    if (formMatches(values, catalogue, language)) {
      setStatus(t('catalogue.status.unchanged'));
      return;
    }
    updateCatalogue(result.catalogue);
    setStatus(t('catalogue.status.saved', { version: storedVersion() }));
  }

  function discard() {
    setValues(catalogueToForm(catalogue, language));
    setErrors(noErrors);
    setStatus(t('catalogue.status.discarded'));
  }

  /** true (and says so) when the stored catalogue has the defaults already: a reset would change nothing */
  function alreadyDefault(): boolean {
    if (!formMatches(catalogueToForm(createDefaultCatalogue(), language), catalogue, language)) return false;
    setStatus(t('catalogue.status.alreadyDefault'));
    return true;
  }

  function askReset() {
    if (!alreadyDefault()) setConfirmReset(true);
  }

  function reset() {
    setConfirmReset(false);
    // another tab may have reset it meanwhile
    if (alreadyDefault()) return;
    const fresh = createDefaultCatalogue();
    updateCatalogue({ ...catalogue, weights: fresh.weights, thresholds: fresh.thresholds, settings: fresh.settings });
    setStatus(t('catalogue.status.reset', { version: storedVersion() }));
  }

  function renderGroup(group: CatalogueGroup) {
    const weightGroup = weightGroupOf(group);
    const groupError = weightGroup ? errors.groups.get(weightGroup) : undefined;
    const titleId = `catalogue-group-${group.id}`;
    return (
      <fieldset key={group.id} className="catalogue-group" aria-describedby={`${titleId}-text`}>
        <legend id={titleId}>{t(group.titleKey)}</legend>
        <p id={`${titleId}-text`} className="catalogue-group__text">
          {t(group.textKey)}
        </p>
        {groupError ? (
          <p id={groupErrorId(group.id)} className="field__error">
            {t(groupError.key, groupError.values)}
          </p>
        ) : null}
        <div className="catalogue-group__fields">
          {group.fields.map((field) => {
            const error = errors.fields.get(field.id);
            return (
              <CatalogueNumberField
                key={field.id}
                id={inputId(field.id)}
                label={fieldLabel(t, field)}
                groupName={field.weightGroup ? t(group.titleKey) : undefined}
                unit={t(`catalogue.units.${field.unit}`)}
                hint={t('catalogue.defaultValue', { value: formatCatalogueNumber(shownDefault(field), language) })}
                value={values[field.id] ?? ''}
                error={error ? t(error.key, error.values) : undefined}
                invalidGroupId={groupError && field.weightGroup ? groupErrorId(group.id) : undefined}
                onChange={(text) => change(field.id, text)}
                onBlur={() => check(field.id)}
              />
            );
          })}
        </div>
      </fieldset>
    );
  }

  return (
    <section className="settings__section settings__section--wide" aria-labelledby="settings-catalogue">
      <h2 id="settings-catalogue">{t('catalogue.title')}</h2>
      <p className="catalogue-version">{catalogueVersionText(t, catalogue, language)}</p>
      <ScoredEarlierNotice processHref={processHref} />
      <p>{t('catalogue.intro')}</p>
      <CatalogueHistory catalogue={catalogue} />
      <form ref={formRef} noValidate onSubmit={submit} aria-labelledby="settings-catalogue">
        <WriteControls>
          {catalogueGroups.map(renderGroup)}
          <div className="catalogue-actions">
            <Button type="submit" variant="primary">
              {t('catalogue.actions.save')}
            </Button>
            <Button onClick={discard}>{t('catalogue.actions.discard')}</Button>
            <Button variant="danger" onClick={askReset}>
              {t('catalogue.actions.reset')}
            </Button>
          </div>
        </WriteControls>
        <p role="status" className="catalogue-status">
          {status}
        </p>
      </form>
      <ConfirmDialog
        open={confirmReset}
        title={t('catalogue.resetConfirm.title')}
        message={t('catalogue.resetConfirm.message')}
        confirmLabel={t('catalogue.resetConfirm.confirm')}
        danger
        onConfirm={reset}
        onCancel={() => setConfirmReset(false)}
      />
    </section>
  );
}

/** The weight group a form group edits, if any (all its weight fields share it). */
function weightGroupOf(group: CatalogueGroup): keyof CatalogueWeights | undefined {
  return group.fields.find((field) => field.weightGroup)?.weightGroup;
}
