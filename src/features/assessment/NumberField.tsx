// A text input for a number (count or quantity) that is validated before it is passed on: the
// typed text is checked on blur or Enter by the domain's parser; valid input (an empty field
// means unanswered) is committed, invalid input stays in the field with an inline message
// (aria-invalid + aria-describedby) and is never committed. Once a message shows, it is re-checked
// on every keystroke so it disappears as soon as the input is right. A refused entry is handed to
// `onKeptDraftChange`, so that the field can show it again (with its message) after the step was
// left and chosen again, instead of losing it without a word. A valid entry is also committed
// while it is typed, after a short pause, and at once when the page is hidden or left within the
// pause (useCommitOnPageLeave), as every other change is saved as it is made: a reload before the
// field is left keeps it. The field keeps the text as typed until it is left. In a tab
// that only reads, the field is read-only: it shows the stored value and stays focusable, to be read.
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseResult } from '../../domain/inputValidation';
import { useReadOnly } from '../../ui/readOnly';
import { useCommitOnPageLeave } from '../../ui/useCommitOnPageLeave';

/** how long typing must pause before a valid entry is committed without leaving the field */
export const typingPauseMs = 600;

/** Commits typed text without leaving the field: only a valid value that differs from the stored one. */
function commitIfValid(text: string, value: number | undefined, parse: NumberFieldProps['parse'], onCommit: NumberFieldProps['onCommit']) {
  const result = parse(text);
  if (result.ok && result.value !== value) onCommit(result.value);
}

export interface NumberFieldProps {
  /** the label's content: text, or text with markup such as a formula symbol (FormulaLabel) */
  label: ReactNode;
  /** a longer explanation shown under the label, e.g. the criterion's question */
  hint?: string;
  /** unit shown after the input, e.g. "Minuten" */
  unit?: string;
  /** the stored value; undefined = unanswered */
  value: number | undefined;
  /** how a stored value is written into the input */
  display: (value: number) => string;
  /** validation of the typed text; empty text must give { ok: true, value: undefined } */
  parse: (raw: string) => ParseResult<number>;
  /** called with a valid new value, or undefined when the field was emptied */
  onCommit: (value: number | undefined) => void;
  /** a refused entry typed here earlier and not stored: shown again with its message */
  keptDraft?: string;
  /** told each refused entry, and undefined once the field holds a stored value again */
  onKeptDraftChange?: (draft: string | undefined) => void;
}

export function NumberField({ label, hint, unit, value, display, parse, onCommit, keptDraft, onKeptDraftChange }: NumberFieldProps) {
  const { t } = useTranslation('assessment');
  const readOnly = useReadOnly();
  const inputId = useId();
  const errorId = useId();
  const unitId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState<string | null>(keptDraft ?? null);
  const [errorKey, setErrorKey] = useState<string | null>(() => {
    if (keptDraft === undefined) return null;
    const kept = parse(keptDraft);
    return kept.ok ? null : kept.errorKey;
  });

  const commit = () => {
    if (draft === null) return;
    const result = parse(draft);
    if (!result.ok) {
      setErrorKey(result.errorKey);
      onKeptDraftChange?.(draft);
      return;
    }
    setErrorKey(null);
    setDraft(null);
    onKeptDraftChange?.(undefined);
    if (result.value !== value) onCommit(result.value);
  };

  // the latest parse and commit for the pause's timer: a parent passes new functions on each render,
  // and a pause restarted by every render of the panel came late
  const latest = useRef({ parse, onCommit });
  useLayoutEffect(() => {
    latest.current = { parse, onCommit };
  });

  // a valid entry is committed once typing pauses; a refused one waits for the field to be left,
  // where its message shows
  useEffect(() => {
    if (draft === null) return undefined;
    const timer = window.setTimeout(() => commitIfValid(draft, value, latest.current.parse, latest.current.onCommit), typingPauseMs);
    return () => window.clearTimeout(timer);
  }, [draft, value]);

  // a reload or a closed tab within the pause would end it unseen: the valid entry is committed then
  useCommitOnPageLeave(() => {
    if (draft !== null) commitIfValid(draft, value, parse, onCommit);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  };

  const describedBy = [hint ? hintId : null, unit ? unitId : null, errorKey ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className="assessment-field">
      <label className="assessment-field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <p className="assessment-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="assessment-field__row">
        <input
          id={inputId}
          className="assessment-field__input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          readOnly={readOnly}
          value={draft ?? (value === undefined ? '' : display(value))}
          aria-invalid={errorKey ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setDraft(event.target.value);
            if (errorKey) {
              const result = parse(event.target.value);
              setErrorKey(result.ok ? null : result.errorKey);
            }
          }}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        {unit && (
          <span className="assessment-field__unit" id={unitId}>
            {unit}
          </span>
        )}
      </div>
      {errorKey && (
        <p className="assessment-field__error" id={errorId} role="alert">
          {t(errorKey)}
        </p>
      )}
    </div>
  );
}
