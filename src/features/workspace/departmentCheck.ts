// The one check of a department as typed, used by the department dialog and by the import
// dialog's new department: a Bezeichnung is required, and Kürzel and Bezeichnung together must not
// be another department's (compared as recordNames does: trimmed, without regard to case); the
// fields are stored in the form recordNames compares them in.
import type { Department } from '../../domain/assessment';
import { collapsedName, takenDepartment } from '../../domain/recordNames';

/** A department's fields as typed, not yet trimmed. */
export interface DepartmentInput {
  name: string;
  code: string;
}

export type DepartmentProblem = { kind: 'nameMissing' } | { kind: 'taken'; existing: Department };

/**
 * What keeps the typed department from being stored, if anything. `original`: the department
 * being renamed (it may keep its own code and name).
 */
export function checkDepartment(input: DepartmentInput, departments: readonly Department[], original?: Department): DepartmentProblem | undefined {
  if (input.name.trim() === '') return { kind: 'nameMissing' };
  const existing = takenDepartment(departments, input, original);
  return existing ? { kind: 'taken', existing } : undefined;
}

/**
 * The fields as they are stored: trimmed, runs of white space as one space, as the list shows them
 * and the duplicate check compares them ("Amt  51" is stored as "Amt 51").
 */
export function trimmedDepartment(input: DepartmentInput): DepartmentInput {
  return { name: collapsedName(input.name), code: collapsedName(input.code) };
}
