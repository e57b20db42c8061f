// One number of the criteria catalogue: a label, the input with its unit beside it, the default
// as a hint and an inline error that screen readers hear with the field (shown once the field is
// left or the catalogue saved). Weights carry their group's name in the accessible name, as the
// same criterion appears in several groups: the input is named "label, group" (aria-label), as a
// hidden part of the label was heard apart from it, "Medienbrüche (Mb) , …" (Chromium sets an
// absolutely positioned element's text apart with spaces).
import { useTranslation } from 'react-i18next';

export interface CatalogueNumberFieldProps {
  id: string;
  label: string;
  /** added to the accessible name (not shown), e.g. the weight group */
  groupName?: string;
  unit: string;
  hint: string;
  value: string;
  error?: string;
  /** id of a group message that makes this input invalid too (weights summing to 0) */
  invalidGroupId?: string;
  onChange: (value: string) => void;
  /** the field left: its value is checked then, not only when the catalogue is saved */
  onBlur?: () => void;
}

export function CatalogueNumberField({ id, label, groupName, unit, hint, value, error, invalidGroupId, onChange, onBlur }: CatalogueNumberFieldProps) {
  const unitId = `${id}-unit`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [unitId, hintId, error ? errorId : '', invalidGroupId ?? ''].filter(Boolean).join(' ');
  const { t } = useTranslation('settings');
  return (
    <div className="field catalogue-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="catalogue-field__control">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="field__input"
          value={value}
          aria-label={groupName ? t('catalogue.nameInGroup', { label, group: groupName }) : undefined}
          aria-invalid={error || invalidGroupId ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
        <span id={unitId} className="catalogue-field__unit">
          {unit}
        </span>
      </div>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
