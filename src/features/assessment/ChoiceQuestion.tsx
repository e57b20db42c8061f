// One question of the assessment as a radio group: the criterion's name and question name the
// group, each option shows its one-line description. "Antwort löschen" un-answers it; it stands at
// the question's head, beside the criterion's name, so that Tab from a question's level goes to the
// next question (its clear button, then its levels) and a digit pressed on the way answers the
// question the focus is seen in, not the one left behind. Keyboard: arrow keys move between options
// (native radios); while focus is anywhere in the question, its clear button too, the option's key
// (e.g. 1–5) answers it and Delete / Backspace clears the answer; Home and End do nothing there, so
// the focus stays in view. A level reached by keyboard is scrolled into view with the question
// above it (revealWithQuestion). In a tab that only reads, the options show the answer but are
// disabled, and so is "Antwort löschen": nothing in the question takes the focus, so no key answers.
import { useId, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { useReadOnly } from '../../ui/readOnly';
import { revealWithQuestion } from './revealWithQuestion';

export type ChoiceValue = number | boolean;

export interface ChoiceOption<V extends ChoiceValue> {
  value: V;
  /** short visible label, e.g. "3" or "Ja" */
  label: string;
  /** one-line description of the option, shown beside the label */
  description?: string;
  /** keys (KeyboardEvent.key, lower case) that choose this option while focus is in the question */
  keys: readonly string[];
}

export interface ChoiceQuestionProps<V extends ChoiceValue> {
  label: string;
  question: string;
  options: readonly ChoiceOption<V>[];
  /** the option whose value is answered; undefined = unanswered */
  value: V | undefined;
  onSelect: (value: V) => void;
  onClear: () => void;
  /** visible text of the clear button */
  clearText: string;
  /** accessible name of the clear button (contains clearText and names the criterion) */
  clearLabel: string;
}

export function ChoiceQuestion<V extends ChoiceValue>(props: ChoiceQuestionProps<V>) {
  const { label, question, options, value, onSelect, onClear, clearText, clearLabel } = props;
  const readOnly = useReadOnly();
  const labelId = useId();
  const questionId = useId();
  const groupName = useId();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const labelRef = useRef<HTMLParagraphElement>(null);

  const focusOption = (index: number) => inputs.current[index]?.focus();

  // a level reached by keyboard shows with the question it answers, not under the sticky header
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const radio = event.target;
    if (radio instanceof HTMLInputElement && labelRef.current) revealWithQuestion(radio, labelRef.current, radio.closest('label') ?? radio);
  };

  const clear = () => {
    onClear();
    focusOption(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // the browser scrolled the side panel (and the page) to its top or end with them, the focused
    // level far out of view
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (value !== undefined) clear();
      return;
    }
    const key = event.key.toLowerCase();
    const index = options.findIndex((option) => option.keys.includes(key));
    if (index < 0) return;
    event.preventDefault();
    if (options[index].value !== value) onSelect(options[index].value);
    focusOption(index);
  };

  return (
    <div className="assessment-question" onKeyDown={onKeyDown}>
      <div className="assessment-question__head">
        <p className="assessment-question__label" id={labelId} ref={labelRef}>
          {label}
        </p>
        {/* aria-disabled, not disabled, while unanswered: a disabled button loses the focus (to the
            page) when the panel moves on to a step with this question unanswered */}
        <button type="button" className="assessment-question__clear" onClick={() => value !== undefined && clear()} aria-disabled={value === undefined} disabled={readOnly} aria-label={clearLabel}>
          {clearText}
        </button>
      </div>
      <div role="radiogroup" aria-labelledby={`${labelId} ${questionId}`} onFocus={onFocus}>
        <p className="assessment-question__text" id={questionId}>
          {question}
        </p>
        <div className="assessment-question__options">
          {options.map((option, index) => (
            <label key={String(option.value)} className="assessment-option">
              <input
                ref={(element) => {
                  inputs.current[index] = element;
                }}
                type="radio"
                name={groupName}
                checked={value === option.value}
                disabled={readOnly}
                onChange={() => onSelect(option.value)}
              />
              <span className="assessment-option__value">{option.label}</span>
              {/* the space parts value and description in the radio's name (the flex layout drops it on screen) */}
              {option.description && ' '}
              {option.description && <span className="assessment-option__description">{option.description}</span>}
            </label>
          ))}
        </div>
      </div>
    </div>
  );
}
