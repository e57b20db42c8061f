// The one check of a process name as typed, used by the process dialog and the import dialog: a
// name is required, and no other process of the chosen department may bear it already (compared
// as recordNames does: trimmed, without regard to case). The same name in another department is
// fine ("Urlaubsantrag" in every Amt).
import type { TFunction } from 'i18next';
import type { Department, Process } from '../../domain/assessment';
import { takenProcessName } from '../../domain/recordNames';
import { departmentTitle } from '../../domain/recordNames';

export type ProcessNameProblem = { kind: 'nameMissing' } | { kind: 'taken'; existing: Process };

/**
 * What keeps the typed name from being stored, if anything. `original`: the process being edited
 * (it may keep its own name in its own department).
 */
export function checkProcessName(
  fields: Pick<Process, 'name' | 'departmentId'>,
  processes: readonly Process[],
  original?: Pick<Process, 'id' | 'name' | 'departmentId'>,
): ProcessNameProblem | undefined {
  if (fields.name.trim() === '') return { kind: 'nameMissing' };
  const existing = takenProcessName(processes, fields, original);
  return existing ? { kind: 'taken', existing } : undefined;
}

/** The message on the name field, naming the department in which the name is taken. */
export function processNameMessage(t: TFunction, problem: ProcessNameProblem, departments: readonly Department[]): string {
  if (problem.kind === 'nameMissing') return t('workspace:process.nameMissing');
  const department = departments.find((candidate) => candidate.id === problem.existing.departmentId);
  return t('workspace:process.nameTaken', { name: problem.existing.name, department: department ? departmentTitle(department) : t('workspace:department.none') });
}
