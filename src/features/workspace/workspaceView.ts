// The workspace list as the screen shows it: departments in order of their code (the order of every
// choice of a department as well), each with the processes that match the search, sorted as chosen.
// The search finds what the user sees or types in the common German ways: without regard to case,
// "ss" for "ß", "ae", "oe", "ue" for the umlauts, any dash for the one in a department's title, and
// runs of spaces as one. Names sort word by word, so that a copy comes before its numbered copies.
// A new process's department is preselected as the one used last: where the latest Amt or process
// was created. Pure: data in, groups out.
import type { Department, Process } from '../../domain/assessment';
import { departmentTitle } from '../../domain/recordNames';
import { processStatuses } from '../../domain/assessment';
import { collapsedName } from '../../domain/recordNames';
import type { WorkspaceSort } from '../../state/appState';

export interface DepartmentGroup {
  /** null: processes whose department no longer exists (listed last, never hidden) */
  department: Department | null;
  processes: Process[];
}

/**
 * Text as the search compares it: lower case, "ß" as "ss" (so "BUSSGELD", the capitals of
 * "Bußgeld", finds it), every dash as "-", runs of white space as one.
 */
function searchable(text: string): string {
  return collapsedName(text).toLocaleLowerCase('de').replace(/ß/g, 'ss').replace(/\p{Pd}/gu, '-');
}

const umlautSpellings: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * Whether a text holds the query. Umlauts in the text are found also as typed without them
 * ("fuehrung" finds "Führung"); an umlaut typed is not taken for "ue" in the text, which would
 * find "Steuer" for "ü".
 */
function matcherOf(query: string): ((text: string) => boolean) | undefined {
  const needle = searchable(query);
  if (needle === '') return undefined;
  return (text) => {
    const haystack = searchable(text);
    return haystack.includes(needle) || haystack.replace(/[äöü]/g, (umlaut) => umlautSpellings[umlaut]).includes(needle);
  };
}

/** The words of a name: its runs of letters and digits. */
function wordsOf(name: string): string[] {
  return name.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * Names compared word by word, a name first that ends where the other goes on: "X (Kopie)" before
 * "X (Kopie 2)", which a comparison letter by letter puts the other way round (a space sorts before
 * ")"). Names of the same words are compared as a whole.
 */
function compareNames(collator: Intl.Collator): (a: string, b: string) => number {
  return (a, b) => {
    const aWords = wordsOf(a);
    const bWords = wordsOf(b);
    for (let index = 0; index < Math.min(aWords.length, bWords.length); index++) {
      const order = collator.compare(aWords[index], bWords[index]);
      if (order !== 0) return order;
    }
    return aWords.length - bWords.length || collator.compare(a, b);
  };
}

function compareProcesses(sort: WorkspaceSort, collator: Intl.Collator): (a: Process, b: Process) => number {
  const compareName = compareNames(collator);
  const byName = (a: Process, b: Process) => compareName(a.name, b.name);
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
  const compare = (a: string, b: string) => collator.compare(collapsedName(a), collapsedName(b));
  return [...departments].sort((a, b) => compare(a.code, b.code) || compare(a.name, b.name));
}

/** The choices of a department field (a process's department, an import's target), in the list's order. */
export function departmentOptions(departments: readonly Department[], locale: string): { value: string; label: string }[] {
  return orderDepartments(departments, locale).map((department) => ({ value: department.id, label: departmentTitle(department) }));
}

/**
 * The department a new process most likely belongs to: the one created last, or the one of the
 * process created last, whichever was created later (an Amt just created; the Amt just worked in).
 * Read from the records' creation times, so nothing is stored for it. `undefined` without
 * departments; a process whose department is gone does not count.
 */
export function lastUsedDepartmentId(departments: readonly Department[], processes: readonly Process[]): string | undefined {
  const known = new Set(departments.map((department) => department.id));
  const uses = [
    ...departments.map((department) => ({ id: department.id, at: department.createdAt })),
    ...processes.filter((process) => known.has(process.departmentId)).map((process) => ({ id: process.departmentId, at: process.createdAt })),
  ];
  // on a tie the later in the list: a process over its department, created with it by an import
  const last = uses.reduce<{ id: string; at: string } | undefined>((latest, use) => (latest && latest.at > use.at ? latest : use), undefined);
  return last?.id;
}

/**
 * Groups processes by department. With a search query, a process is listed when the query occurs
 * in its name, Lotse or description, or in its department's title, code or name; departments without a
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
  const matchesText = matcherOf(query);
  const byDepartment = new Map<string, Process[]>();
  for (const process of processes) {
    const list = byDepartment.get(process.departmentId);
    if (list) list.push(process);
    else byDepartment.set(process.departmentId, [process]);
  }
  const ordered = orderDepartments(departments, locale);
  const matches = (process: Process) => matchesText === undefined || [process.name, process.lotse, process.description].some(matchesText);
  const groups: DepartmentGroup[] = [];
  for (const department of ordered) {
    const own = byDepartment.get(department.id) ?? [];
    byDepartment.delete(department.id);
    let shown = own;
    if (matchesText) {
      shown = [departmentTitle(department), `${department.code} ${department.name}`].some(matchesText) ? own : own.filter(matches);
      if (shown.length === 0) continue;
    }
    groups.push({ department, processes: [...shown].sort(compareProcesses(sort, collator)) });
  }
  const homeless = [...byDepartment.values()].flat().filter(matches);
  if (homeless.length > 0) groups.push({ department: null, processes: homeless.sort(compareProcesses(sort, collator)) });
  return groups;
}
