// A labelled text input or text area with an optional hint and an inline error message that
// screen readers hear with the field (aria-describedby, aria-invalid).
import { useId } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'search' | 'date';
  /** the latest day a date field accepts (YYYY-MM-DD) */
  max?: string;
  autoFocus?: boolean;
  className?: string;
  spellCheck?: boolean;
}

export function TextField({ label, value, onChange, hint, error, required, multiline, rows = 3, type = 'text', max, autoFocus, className, spellCheck }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'data-autofocus': autoFocus ? true : undefined,
    spellCheck,
  };
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={rows} className="field__input" onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} max={max} className="field__input" onChange={(event) => onChange(event.target.value)} />
      )}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
