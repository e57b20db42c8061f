// The form in which the administration fills in the accessibility statement: organisation,
// compliance status, non-accessible content, preparation and its dates, contact and enforcement
// body. Saving checks every detail first and stores nothing while one is wrong (inline messages,
// focus on the first). When the tab stops writing while it is open, the changed details are kept
// for the tab's banner to show (recovery/lostInput).
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accessibilityStatementSchema, complianceStatuses } from '../../domain/recordSchemas';
import type { AccessibilityStatement, ComplianceStatus } from '../../domain/recordSchemas';
import { uiLanguage } from '../../i18n/uiLocale';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid';
import { useInputKeptIfTabStops } from '../recovery/lostInput';
import { formatDay } from '../settings/formatDateTime';
import { checkStatement } from './statementForm';
import type { StatementError, StatementField, StatementTextField } from './statementForm';

export interface AccessibilityStatementFormProps {
  initial: AccessibilityStatement;
  /** today as YYYY-MM-DD: no date may lie after it */
  today: string;
  onSave: (statement: AccessibilityStatement) => void;
  onCancel: () => void;
}

/** every detail, in the order the schema lists them, which is the order the form shows them in */
const statementFields: readonly StatementField[] = accessibilityStatementSchema.keyof().options;

export function AccessibilityStatementForm({ initial, today, onSave, onCancel }: AccessibilityStatementFormProps) {
  const { t, i18n } = useTranslation('legal');
  const [values, setValues] = useState<AccessibilityStatement>(initial);
  const [errors, setErrors] = useState<Map<StatementField, StatementError>>(new Map());
  const [message, setMessage] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  /** a detail as the form shows it: the status by its option's label, a date as a day */
  const shownValue = (field: StatementField): string => {
    if (field === 'status') return t(`edit.statusOptions.${values.status}`);
    if (field === 'preparedOn' || field === 'reviewedOn') return formatDay(values[field], uiLanguage(i18n.language));
    return values[field];
  };
  const changed = statementFields.filter((field) => values[field] !== initial[field]);
  useInputKeptIfTabStops(changed.length > 0 ? { title: t('title'), fields: changed.map((field) => ({ label: t(`edit.${field}`), value: shownValue(field) })) } : undefined);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);

  const set = (field: StatementField, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (errors.has(field)) {
      const next = new Map(errors);
      next.delete(field);
      setErrors(next);
    }
  };
  const errorText = (field: StatementField) => {
    const error = errors.get(field);
    return error ? t(error.key, error.values) : undefined;
  };
  const text = (field: StatementTextField, options: { multiline?: boolean; hint?: string } = {}) => (
    <TextField label={t(`edit.${field}`)} value={values[field]} onChange={(value) => set(field, value)} error={errorText(field)} rows={4} {...options} />
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = checkStatement(values, today);
    if (!result.ok) {
      setErrors(result.errors);
      setMessage(t('edit.invalid'));
      focusFirstInvalid();
      return;
    }
    onSave(result.statement);
  }

  return (
    <form ref={formRef} className="legal__form" noValidate onSubmit={submit} aria-labelledby="legal-edit-title">
      <h2 id="legal-edit-title">{t('edit.title')}</h2>
      <p>{t('edit.intro')}</p>
      {text('organisation')}
      <fieldset className="legal__status-choice">
        <legend className="field__label">{t('edit.status')}</legend>
        {complianceStatuses.map((status: ComplianceStatus) => (
          <label key={status} className="legal__radio">
            <input type="radio" name="compliance-status" value={status} checked={values.status === status} onChange={() => set('status', status)} />
            {t(`edit.statusOptions.${status}`)}
          </label>
        ))}
      </fieldset>
      {text('nonAccessibleContent', { multiline: true, hint: t('edit.nonAccessibleHint') })}
      {text('preparationMethod', { multiline: true, hint: t('edit.preparationHint') })}
      <TextField type="date" className="legal__date" label={t('edit.preparedOn')} value={values.preparedOn} max={today} error={errorText('preparedOn')} onChange={(value) => set('preparedOn', value)} />
      <TextField type="date" className="legal__date" label={t('edit.reviewedOn')} value={values.reviewedOn} max={today} error={errorText('reviewedOn')} onChange={(value) => set('reviewedOn', value)} />
      {text('contactEmail')}
      {text('contactPhone')}
      {text('contactAddress', { multiline: true })}
      {text('enforcementBody', { multiline: true, hint: t('edit.enforcementHint') })}
      <p role="status" className="legal__form-status">
        {message}
      </p>
      <div className="legal__actions">
        <Button type="submit" variant="primary">
          {t('edit.save')}
        </Button>
        <Button onClick={onCancel}>{t('edit.cancel')}</Button>
      </div>
    </form>
  );
}
