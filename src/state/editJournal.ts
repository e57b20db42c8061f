// The editor's one history of edits, so that "Rückgängig" takes back the last edit whatever it was:
// a change of the diagram (a command of the modeller, whose own command stack does the undoing) or a
// change of a step's assessment (answers, quantities, notes, flags, building block; undone here by
// putting the record's fields back). The journal holds the order of both; the modeller reports each
// of its commands, undos and redos, also those it makes by itself (e.g. an append taken back with
// Escape), and the journal follows them. Notes typed into one step one keystroke after the other
// are one edit.
import { shallow } from 'zustand/vanilla/shallow';
import type { StepAssessment } from '../domain/assessment';

/** The fields of an assessment the user edits; the rest (ids, orphaned, revision) is not taken back. */
const editedFields = ['answers', 'quantities', 'buildingBlock', 'prefilled', 'cleared', 'notes', 'notApplicable', 'alreadyAutomated'] as const;

type EditedFields = Pick<StepAssessment, (typeof editedFields)[number]>;

export type JournalEntry = { kind: 'diagram' } | { kind: 'assessment'; stepId: string; before: EditedFields; after: EditedFields };

/** What an undo or redo asks of its caller: the modeller's undo or redo, or nothing more. */
export type JournalStep = { kind: 'diagram' } | { kind: 'assessment'; stepId: string; fields: EditedFields } | { kind: 'none' };

export interface EditJournal {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** an assessment edit by the user, from the record before to the record after */
  recordAssessment(before: StepAssessment, after: StepAssessment): void;
  /** the modeller ran a command (execute), took one back (undo), redid one (redo) or cleared its history */
  diagram(trigger: 'execute' | 'undo' | 'redo' | 'clear'): void;
  /** the next undo: an assessment's fields to put back (done), or the modeller's undo to run (it reports back) */
  undo(): JournalStep;
  redo(): JournalStep;
  clear(): void;
}

function editedFieldsOf(record: StepAssessment): EditedFields {
  return {
    answers: record.answers,
    quantities: record.quantities,
    buildingBlock: record.buildingBlock,
    prefilled: record.prefilled,
    cleared: record.cleared,
    notes: record.notes,
    notApplicable: record.notApplicable,
    alreadyAutomated: record.alreadyAutomated,
  };
}

function changedFields(before: EditedFields, after: EditedFields): string[] {
  // the fields hold values or flat objects and arrays (answers, quantities, codes)
  return editedFields.filter((field) => !shallow(before[field], after[field]));
}

/** The record with the edited fields given; its ids and bookkeeping stay. */
export function withEditedFields(record: StepAssessment, fields: EditedFields): StepAssessment {
  return { ...record, ...fields };
}

export function createEditJournal(): EditJournal {
  let entries: JournalEntry[] = [];
  // entries before it are done, from it on undone (redo)
  let position = 0;

  const push = (entry: JournalEntry) => {
    entries = [...entries.slice(0, position), entry];
    position = entries.length;
  };

  const isNotesTyping = (entry: JournalEntry | undefined, stepId: string, before: EditedFields, after: EditedFields): entry is Extract<JournalEntry, { kind: 'assessment' }> => {
    if (entry?.kind !== 'assessment' || entry.stepId !== stepId || position !== entries.length) return false;
    const onlyNotes = (fields: string[]) => fields.length === 1 && fields[0] === 'notes';
    return onlyNotes(changedFields(entry.before, entry.after)) && onlyNotes(changedFields(before, after));
  };

  return {
    get canUndo() {
      return position > 0;
    },
    get canRedo() {
      return position < entries.length;
    },
    recordAssessment(beforeRecord, afterRecord) {
      const before = editedFieldsOf(beforeRecord);
      const after = editedFieldsOf(afterRecord);
      if (changedFields(before, after).length === 0) return;
      const last = entries[position - 1];
      if (isNotesTyping(last, afterRecord.stepId, before, after)) {
        entries = [...entries.slice(0, position - 1), { ...last, after }];
        return;
      }
      push({ kind: 'assessment', stepId: afterRecord.stepId, before, after });
    },
    diagram(trigger) {
      if (trigger === 'clear') {
        entries = [];
        position = 0;
      } else if (trigger === 'execute') {
        push({ kind: 'diagram' });
      } else if (trigger === 'undo') {
        // the journal's own undo ends here; one the modeller made by itself takes back its latest command
        const index = entries.slice(0, position).map((entry) => entry.kind).lastIndexOf('diagram');
        if (index < 0) return;
        if (index === position - 1) position -= 1;
        else {
          entries = [...entries.slice(0, index), ...entries.slice(index + 1)];
          position -= 1;
        }
      } else if (entries[position]?.kind === 'diagram') {
        position += 1;
      } else {
        entries = [...entries.slice(0, position), { kind: 'diagram' }, ...entries.slice(position)];
        position += 1;
      }
    },
    undo() {
      const entry = entries[position - 1];
      if (!entry) return { kind: 'none' };
      if (entry.kind === 'diagram') return entry;
      position -= 1;
      return { kind: 'assessment', stepId: entry.stepId, fields: entry.before };
    },
    redo() {
      const entry = entries[position];
      if (!entry) return { kind: 'none' };
      if (entry.kind === 'diagram') return entry;
      position += 1;
      return { kind: 'assessment', stepId: entry.stepId, fields: entry.after };
    },
    clear() {
      entries = [];
      position = 0;
    },
  };
}
