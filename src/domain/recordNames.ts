// When two departments or two processes count as the same to a person reading the list: names
// are compared trimmed, with runs of spaces as one (the form names are stored in) and without
// regard to case. A department is
// taken when another one has the same code and name; a process name is taken when another process
// of the same department bears it. Also: the first free name of a numbered series (copies), and
// the name a copy's name was made from, so that a copy of a copy is numbered in the same series;
// and the title every screen and export gives a department ("Amt 10 – Personal und Organisation");
// and the processes of one department whose names differ only in an addition in brackets.
import type { Department, Process } from './assessment';

/** A department as every screen and export names it: "Amt 10 – Personal und Organisation"; only the name when there is no code. */
export function departmentTitle(department: Pick<Department, 'name' | 'code'>): string {
  return department.code ? `${department.code} – ${department.name}` : department.name;
}

/** A name as it is stored and shown: trimmed, runs of white space as one space ("Amt  51 " is "Amt 51"). */
export function collapsedName(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The form of a name in which "Amt 32 " and "amt  32" are the same. */
export function nameKey(text: string): string {
  return collapsedName(text).toLocaleLowerCase('de');
}

function sameDepartment(a: Pick<Department, 'name' | 'code'>, b: Pick<Department, 'name' | 'code'>): boolean {
  return nameKey(a.name) === nameKey(b.name) && nameKey(a.code) === nameKey(b.code);
}

/**
 * The other department that already has these code and name, if any. `original`: the department
 * being renamed, left out; when its code and name stay as they are, nothing counts as taken (so a
 * department stored twice before can still be saved unchanged).
 */
export function takenDepartment(
  departments: readonly Department[],
  fields: Pick<Department, 'name' | 'code'>,
  original?: Department,
): Department | undefined {
  if (original && sameDepartment(original, fields)) return undefined;
  return departments.find((department) => department.id !== original?.id && sameDepartment(department, fields));
}

/**
 * The other process of the department that already bears this name, if any. `original`: the
 * process being edited, left out; when its name and department stay as they are, nothing counts as
 * taken.
 */
export function takenProcessName(
  processes: readonly Process[],
  fields: Pick<Process, 'name' | 'departmentId'>,
  original?: Pick<Process, 'id' | 'name' | 'departmentId'>,
): Process | undefined {
  const key = nameKey(fields.name);
  if (original && original.departmentId === fields.departmentId && nameKey(original.name) === key) return undefined;
  return processes.find((process) => process.id !== original?.id && process.departmentId === fields.departmentId && nameKey(process.name) === key);
}

/**
 * The first of `nameFor(1)`, `nameFor(2)`, … that is none of `taken` (compared as `nameKey` does).
 * Among `taken.length + 1` different names one is free, so the search ends there.
 */
export function firstFreeName(nameFor: (number: number) => string, taken: readonly string[]): string {
  const keys = new Set(taken.map(nameKey));
  let number = 1;
  while (number <= taken.length && keys.has(nameKey(nameFor(number)))) number++;
  return nameFor(number);
}

/** A name of a numbered series made from `base`: the first (1) and the ones after it (2, 3, …). */
export type SeriesName = (base: string, number: number) => string;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The name `name` was made from by `seriesName` ("X" for "X (Kopie)" or "X (Kopie 3)"), or `name`
 * itself when it is no such name. The series' wording comes from `seriesName` alone (any language).
 */
export function seriesBase(name: string, seriesName: SeriesName): string {
  const baseMarker = '\u0000';
  const numberMarker = 987_654_321;
  const patternOf = (text: string) => escapeRegExp(text).replace(baseMarker, '(.+)').replace(String(numberMarker), '\\d+');
  const match = new RegExp(`^(?:${patternOf(seriesName(baseMarker, 1))}|${patternOf(seriesName(baseMarker, numberMarker))})$`, 'u').exec(name);
  return match?.[1] ?? match?.[2] ?? name;
}

/**
 * A process's name without the addition in brackets at its end ("Gewerbeanmeldung" for
 * "Gewerbeanmeldung (2)" or "Gewerbeanmeldung (aus Sicherung)"), by which copies, imports and
 * restored processes of one name are told apart, in the form nameKey compares.
 */
function nameWithoutAddition(name: string): string {
  return nameKey(name.replace(/\s*\([^()]*\)\s*$/u, '')) || nameKey(name);
}

/**
 * The processes that share a department and a name but for an addition in brackets at its end: in
 * groups of two or more, each in the order given, the groups in the order of their first process.
 * Such processes may describe one workflow (handed in by two Lotsen, or imported twice), which a
 * sum over them would count more than once.
 */
export function namesakeGroups<T extends Pick<Process, 'name' | 'departmentId'>>(processes: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const process of processes) {
    const key = `${process.departmentId}\u0000${nameWithoutAddition(process.name)}`;
    const group = groups.get(key);
    if (group) group.push(process);
    else groups.set(key, [process]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
