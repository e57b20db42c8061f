// The step's name as a text field: the keyboard's way to rename a step, which the canvas offers
// only in its small in-place editor. A typed name is committed on Enter and on leaving the field
// (spaces around it left out; an empty field leaves the step unnamed, as on the canvas), and when
// the page is hidden or left while it is typed (useCommitOnPageLeave: no blur comes then); Escape
// puts back the name the step has. A name changed elsewhere meanwhile (on the canvas, by undo)
// shows at once unless the user is typing here; a committed name stays in the field until the
// diagram's edit has come back as the step's name, so it does not flicker back to the old one.
// In a tab that only reads, the field is read-only: the name is shown, focusable, and not changed.
import { useId, useState, type KeyboardEvent } from 'react';
import { useReadOnly } from '../../ui/readOnly';
import { useCommitOnPageLeave } from '../../ui/useCommitOnPageLeave';

export interface StepNameFieldProps {
  label: string;
  stepId: string;
  /** the step's name as read from the diagram ('' when unnamed) */
  name: string;
  /** true while an edit of the diagram has not yet come back in `name` */
  editPending: boolean;
  /** renames the step; false when it could not be renamed */
  onRename: (name: string) => boolean;
}

/** Text typed, or committed, for one step. */
interface Entry {
  stepId: string;
  text: string;
}

export function StepNameField({ label, stepId, name, editPending, onRename }: StepNameFieldProps) {
  const readOnly = useReadOnly();
  const inputId = useId();
  const [typed, setTyped] = useState<Entry | null>(null);
  /** a committed name, with the step's name when it was committed */
  const [committed, setCommitted] = useState<(Entry & { from: string }) | null>(null);
  const typing = typed?.stepId === stepId ? typed.text : undefined;
  // a committed name shows until the diagram's edit is read back (or was undone meanwhile)
  const awaited = committed?.stepId === stepId && committed.from === name && editPending ? committed.text : undefined;
  // what belongs to another step, or is no longer awaited, goes
  if (typed && typing === undefined) setTyped(null);
  if (committed && awaited === undefined) setCommitted(null);

  const commit = () => {
    if (typing === undefined) return;
    setTyped(null);
    const text = typing.trim();
    if (text === name) return;
    if (onRename(text)) setCommitted({ stepId, text, from: name });
  };
  useCommitOnPageLeave(commit);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && typing !== undefined) {
      event.preventDefault();
      setTyped(null);
    }
  };

  return (
    <div className="assessment-field score-panel__name">
      <label className="assessment-field__label" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        className="assessment-field__input"
        type="text"
        autoComplete="off"
        readOnly={readOnly}
        value={typing ?? awaited ?? name}
        onChange={(event) => setTyped({ stepId, text: event.target.value })}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
