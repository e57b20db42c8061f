// A labelled select with an optional hint: the one way the app offers a choice from a short list.
import { useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  hint?: string;
  className?: string;
  /** hides the label visually but keeps it for screen readers */
  hideLabel?: boolean;
  /** accessible name when it should say more than the visible label (must contain it) */
  ariaLabel?: string;
  disabled?: boolean;
}

export function SelectField({ label, value, options, onChange, hint, className, hideLabel, ariaLabel, disabled }: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        className="field__input"
        value={value}
        aria-label={ariaLabel}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
