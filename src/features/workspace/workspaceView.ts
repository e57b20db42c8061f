// The workspace list as the screen shows it: departments in order of their code (the order of every
// choice of a department as well), each with the processes that match the search, sorted as chosen.
// Pure: data in, groups out.
import type { Department, Process } from '../../domain/assessment';
import { processStatuses } from '../../domain/assessment';
import type { WorkspaceSort } from '../../state/appState';

export interface DepartmentGroup {
  /** null: processes whose department no longer exists (listed last, never hidden) */
  department: Department | null;
  processes: Process[];
}

/** "Amt 10 – Personal und Organisation"; only the name when there is no code */
export function departmentTitle(department: Pick<Department, 'name' | 'code'>): string {
  return department.code ? `${department.code} – ${department.name}` : department.name;
}

function normalise(text: string): string {
  return text.toLocaleLowerCase('de').normalize('NFC');
}

function compareProcesses(sort: WorkspaceSort, collator: Intl.Collator): (a: Process, b: Process) => number {
  const byName = (a: Process, b: Process) => collator.compare(a.name, b.name);
  switch (sort) {
    case 'name':
      return byName;
    case 'updated':
      return (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byName(a, b);
    case 'created':
      return (a, b) => b.createdAt.localeCompare(a.createdAt) || byName(a, b);
    case 'status':
      return (a, b) => processStatuses.indexOf(a.status) - processStatuses.indexOf(b.status) || byName(a, b);
  }
}

/** Departments in the order every list and choice shows them: by code ("Amt 10" before "Amt 32"), then by name. */
export function orderDepartments(departments: readonly Department[], locale: string): Department[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return [...departments].sort((a, b) => collator.compare(a.code, b.code) || collator.compare(a.name, b.name));
}

/** The choices of a department field (a process's department, an import's target), in the list's order. */
export function departmentOptions(departments: readonly Department[], locale: string): { value: string; label: string }[] {
  return orderDepartments(departments, locale).map((department) => ({ value: department.id, label: departmentTitle(department) }));
}

/**
 * Groups processes by department. With a search query, a process is listed when the query occurs
 * in its name, Lotse or description, or in its department's name or code; departments without a
 * match are left out. Without a query every department is listed, also an empty one.
 * Processes whose department does not exist form a last group, so nothing stored is ever hidden.
 */
export function groupWorkspace(
  departments: readonly Department[],
  processes: readonly Process[],
  query: string,
  sort: WorkspaceSort,
  locale: string,
): DepartmentGroup[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const needle = normalise(query.trim());
  const byDepartment = new Map<string, Process[]>();
  for (const process of processes) {
    const list = byDepartment.get(process.departmentId);
    if (list) list.push(process);
    else byDepartment.set(process.departmentId, [process]);
  }
  const ordered = orderDepartments(departments, locale);
  const matches = (process: Process) => normalise(`${process.name}\n${process.lotse}\n${process.description}`).includes(needle);
  const groups: DepartmentGroup[] = [];
  for (const department of ordered) {
    const own = byDepartment.get(department.id) ?? [];
    byDepartment.delete(department.id);
    let shown = own;
    if (needle) {
      shown = normalise(`${department.code} ${department.name}`).includes(needle) ? own : own.filter(matches);
      if (shown.length === 0) continue;
    }
    groups.push({ department, processes: [...shown].sort(compareProcesses(sort, collator)) });
  }
  const homeless = [...byDepartment.values()].flat().filter((process) => !needle || matches(process));
  if (homeless.length > 0) groups.push({ department: null, processes: homeless.sort(compareProcesses(sort, collator)) });
  return groups;
}
