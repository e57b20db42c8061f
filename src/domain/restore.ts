// The one door for anything loaded or imported: every record read from storage or from a backup
// passes through these functions. They validate against the zod schemas of the current version,
// fill defaults, repair what can be repaired (each repair is recorded as a note, and a snapshot
// says which records were repaired) and reject what cannot with a specific error code, the failing
// field and, in a snapshot, the record's place. The output holds only known keys, built fresh, so
// hostile keys such as `__proto__` or `constructor` never reach the app.
import type * as z from 'zod';
import type { Department, Process, StepAssessment } from './assessment';
import { createDefaultCatalogue, criterionCodes, keptCatalogueVersions } from './criteria';
import type { Catalogue } from './criteria';
import {
  catalogueSchema,
  catalogueVersionSchema,
  departmentSchema,
  isoDateTimeSchema,
  processSchema,
  stepAssessmentSchema,
  workspaceMetaSchema,
} from './recordSchemas';
import type { WorkspaceMeta, WorkspaceSnapshot } from './recordSchemas';

export type RestoreErrorCode =
  /** the input is not a JSON object */
  | 'notAnObject'
  /** a field is missing or wrong and has no safe default */
  | 'invalid'
  /** two records share an id (or a process/step pair) */
  | 'duplicateId';

/** The lists and parts a workspace snapshot is made of. */
export type SnapshotPart = 'departments' | 'processes' | 'assessments' | 'catalogue' | 'meta';

/** Where a record sits in the snapshot given to restoreSnapshot: its part and, in a list, its index. */
export interface RecordPlace {
  part: SnapshotPart;
  index?: number;
}

/** Why a record or snapshot could not be restored. */
export interface RestoreFailure {
  ok: false;
  error: RestoreErrorCode;
  detail?: string;
  /** the path of the failing field inside its record, e.g. `answers.R` */
  field?: string;
  /** the record that failed, when restoreSnapshot knows it */
  place?: RecordPlace;
}

export type RestoreResult<T> = { ok: true; value: T; repairs: string[] } | RestoreFailure;

/** A restored list or snapshot, with the places of the records a repair changed, each once, in order. */
type PlacedRestoreResult<T> = { ok: true; value: T; repairs: string[]; repairedRecords: RecordPlace[] } | RestoreFailure;

export type SnapshotRestoreResult = PlacedRestoreResult<WorkspaceSnapshot>;

type Path = readonly PropertyKey[];
type PlainObject = Record<string, unknown>;

/** How to repair a field that failed validation: set it, or remove it (undefined); `action` says what else it did. */
interface Fix {
  path: Path;
  value: unknown;
  action?: string;
}

/** Given the failing path and the record, returns a fix, or undefined when it cannot be repaired. */
type FixFinder = (path: Path, record: PlainObject) => Fix | undefined;

const epoch = new Date(0).toISOString();
const maxRepairRounds = 4;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy holding only the object's own enumerable keys, as data properties. */
function copyOwn(value: PlainObject): PlainObject {
  const copy: PlainObject = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(copy, key, { value: value[key], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Returns a copy of `record` with the value at `path` set (or removed when value is undefined). */
function setAt(record: PlainObject, path: Path, value: unknown): PlainObject {
  const [head, ...rest] = path;
  const key = String(head);
  const copy = copyOwn(record);
  if (rest.length === 0) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  const child = copy[key];
  if (Array.isArray(child)) {
    const items = [...child];
    const index = Number(rest[0]);
    if (rest.length === 1) items[index] = value;
    else items[index] = setAt(isPlainObject(items[index]) ? (items[index] as PlainObject) : {}, rest.slice(1), value);
    copy[key] = items;
  } else {
    copy[key] = setAt(isPlainObject(child) ? child : {}, rest, value);
  }
  return copy;
}

function pathText(label: string, path: Path): string {
  return [label, ...path.map(String)].join('.');
}

/** Validate, then repair every failing field the fix finder knows, and validate again. */
function restoreWith<T>(schema: z.ZodType<T>, raw: unknown, label: string, findFix: FixFinder): RestoreResult<T> {
  if (!isPlainObject(raw)) return { ok: false, error: 'notAnObject', detail: label };
  // zod reads only the schema's keys and builds a fresh object; repairs work on copies (setAt)
  let record = raw;
  const repairs: string[] = [];
  for (let round = 0; round < maxRepairRounds; round++) {
    const result = schema.safeParse(record);
    if (result.success) return { ok: true, value: result.data, repairs };
    // a fix that mends a whole field (a list) mends all its issues at once: applied and noted once
    const fixed = new Set<string>();
    for (const issue of result.error.issues) {
      const fix = findFix(issue.path, record);
      if (!fix) return { ok: false, error: 'invalid', detail: `${pathText(label, issue.path)}: ${issue.message}`, field: issue.path.map(String).join('.') };
      const where = pathText(label, fix.path);
      if (fixed.has(where)) continue;
      fixed.add(where);
      record = setAt(record, fix.path, fix.value);
      const action = fix.action ?? (fix.value === undefined ? 'removed' : 'replaced by a default');
      repairs.push(`${where}: ${issue.message}; ${action}`);
    }
  }
  return { ok: false, error: 'invalid', detail: label };
}

function isIsoDateTime(value: unknown): value is string {
  return isoDateTimeSchema.safeParse(value).success;
}

/** A broken timestamp takes its sibling's value when that one is valid, else the epoch. */
function timestampFix(path: Path, record: PlainObject): Fix {
  const sibling = path[0] === 'createdAt' ? record.updatedAt : record.createdAt;
  return { path: [path[0]], value: isIsoDateTime(sibling) ? sibling : epoch };
}

/** Fix finder from a table of top-level fields: a value to set, `undefined` to remove, or a function. */
function fixesFrom(table: Record<string, { value: unknown } | ((path: Path, record: PlainObject) => Fix)>): FixFinder {
  return (path, record) => {
    const field = String(path[0]);
    if (!Object.hasOwn(table, field)) return undefined;
    const entry = table[field];
    return typeof entry === 'function' ? entry(path, record) : { path: [field], value: entry.value };
  };
}

/** For a nested object of optional values: a bad entry is removed, a bad container becomes {}. */
function nestedOptional(path: Path): Fix {
  return path.length >= 2 ? { path: path.slice(0, 2), value: undefined } : { path: [path[0]], value: {} };
}

const remove = { value: undefined };
const knownCodes: readonly string[] = criterionCodes;

/**
 * A list of criterion codes that must name answered criteria (`prefilled`) or unanswered ones
 * (`cleared`): unknown, repeated and contradicted codes are dropped, the answers stay as they are;
 * a list left empty, or not a list, is removed.
 */
function codeListFix(field: 'prefilled' | 'cleared', answered: boolean) {
  return (_path: Path, record: PlainObject): Fix => {
    const listed = record[field];
    if (!Array.isArray(listed)) return { path: [field], value: undefined };
    const answers = isPlainObject(record.answers) ? record.answers : {};
    const kept: string[] = [];
    const dropped: string[] = [];
    for (const code of listed) {
      const valid = typeof code === 'string' && knownCodes.includes(code) && !kept.includes(code) && (answers[code] !== undefined) === answered;
      if (valid) kept.push(code);
      else dropped.push(JSON.stringify(code) ?? String(code));
    }
    return { path: [field], value: kept.length > 0 ? kept : undefined, action: `dropped ${dropped.join(', ')}` };
  };
}
const recordMetaFixes = { createdAt: timestampFix, updatedAt: timestampFix, revision: { value: 1 } };

const departmentFixes = fixesFrom({ ...recordMetaFixes, code: { value: '' } });

const processFixes = fixesFrom({
  ...recordMetaFixes,
  lotse: { value: '' },
  description: { value: '' },
  status: { value: 'draft' },
  diagramId: remove,
  workshopDate: remove,
  participants: remove,
  ozgLevel: remove,
  ozgTarget: remove,
  catalogueVersion: remove,
});

const stepAssessmentFixes = fixesFrom({
  updatedAt: () => ({ path: ['updatedAt'], value: epoch }),
  revision: { value: 1 },
  answers: nestedOptional,
  quantities: nestedOptional,
  buildingBlock: remove,
  prefilled: codeListFix('prefilled', true),
  cleared: codeListFix('cleared', false),
  notes: { value: '' },
  notApplicable: { value: false },
  alreadyAutomated: { value: false },
  orphanedAt: remove,
  lastKnownName: remove,
});

const metaFixes = fixesFrom({ lastBackupAt: remove, sampleSeeded: remove, accessibilityStatement: nestedOptional });

/**
 * The catalogue's earlier versions that cannot be read are left out of its history, and of too
 * many only the newest are kept; a history that is not a list is removed.
 */
function catalogueHistoryFix(record: PlainObject): Fix {
  const history = record.history;
  const readable = Array.isArray(history) ? history.filter((entry) => catalogueVersionSchema.safeParse(entry).success).slice(-keptCatalogueVersions) : [];
  return readable.length > 0 ? { path: ['history'], value: readable, action: 'kept only its readable, newest versions' } : { path: ['history'], value: undefined };
}

/** A broken catalogue value takes the default at the same place (or the nearest enclosing one). */
function catalogueFix(path: Path, record: PlainObject): Fix | undefined {
  if (path[0] === 'history') return catalogueHistoryFix(record);
  const defaults: unknown = createDefaultCatalogue();
  for (let depth = path.length; depth > 0; depth--) {
    let value = defaults;
    for (const key of path.slice(0, depth)) value = isPlainObject(value) || Array.isArray(value) ? (value as PlainObject)[String(key)] : undefined;
    if (value !== undefined) return { path: path.slice(0, depth), value };
  }
  return undefined;
}

export function restoreDepartment(raw: unknown, label = 'department'): RestoreResult<Department> {
  return restoreWith(departmentSchema, raw, label, departmentFixes);
}

export function restoreProcess(raw: unknown, label = 'process'): RestoreResult<Process> {
  return restoreWith(processSchema, raw, label, processFixes);
}

export function restoreStepAssessment(raw: unknown, label = 'assessment'): RestoreResult<StepAssessment> {
  return restoreWith(stepAssessmentSchema, raw, label, stepAssessmentFixes);
}

export function restoreCatalogue(raw: unknown, label = 'catalogue'): RestoreResult<Catalogue> {
  return restoreWith(catalogueSchema, raw, label, catalogueFix);
}

export function restoreWorkspaceMeta(raw: unknown, label = 'meta'): RestoreResult<WorkspaceMeta> {
  return restoreWith(workspaceMetaSchema, raw, label, metaFixes);
}

/**
 * Restores each element of a list; the first element that cannot be restored fails the list,
 * naming its place. On success, also the places of the elements a repair changed.
 */
function restoreList<T>(
  raw: unknown,
  part: SnapshotPart,
  restoreOne: (item: unknown, itemLabel: string) => RestoreResult<T>,
): PlacedRestoreResult<T[]> {
  if (raw === undefined) return { ok: true, value: [], repairs: [], repairedRecords: [] };
  if (!Array.isArray(raw)) return { ok: false, error: 'invalid', detail: `${part}: expected a list`, place: { part } };
  const values: T[] = [];
  const repairs: string[] = [];
  const repairedRecords: RecordPlace[] = [];
  for (let index = 0; index < raw.length; index++) {
    const result = restoreOne(raw[index], `${part}[${index}]`);
    if (!result.ok) return { ...result, place: { part, index } };
    values.push(result.value);
    repairs.push(...result.repairs);
    if (result.repairs.length > 0) repairedRecords.push({ part, index });
  }
  return { ok: true, value: values, repairs, repairedRecords };
}

function firstDuplicate(keys: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return undefined;
}

/** The key of a step assessment: its process and step ids, joined by a character ids never hold. */
export function assessmentKey(assessment: Pick<StepAssessment, 'processId' | 'stepId'>): string {
  return `${assessment.processId}\u0000${assessment.stepId}`;
}

/** The order of a snapshot's parts, in which its repaired records are listed. */
const partOrder: readonly SnapshotPart[] = ['departments', 'processes', 'assessments', 'catalogue', 'meta'];

/**
 * Restores a whole workspace (a backup's data or a stored workspace). Every record is restored;
 * any record that cannot be, or two records with one id, reject the whole snapshot. Assessments of
 * a process that is not in the snapshot are dropped (noted, and their places listed among the
 * repaired records); a missing catalogue becomes the default.
 */
export function restoreSnapshot(raw: unknown): SnapshotRestoreResult {
  if (!isPlainObject(raw)) return { ok: false, error: 'notAnObject', detail: 'snapshot' };
  const departments = restoreList(raw.departments, 'departments', restoreDepartment);
  if (!departments.ok) return departments;
  const processes = restoreList(raw.processes, 'processes', restoreProcess);
  if (!processes.ok) return processes;
  const assessments = restoreList(raw.assessments, 'assessments', restoreStepAssessment);
  if (!assessments.ok) return assessments;
  const repairs = [...departments.repairs, ...processes.repairs, ...assessments.repairs];
  const repairedRecords = [departments, processes, assessments].flatMap((list) => list.repairedRecords);

  let catalogue: Catalogue;
  if (raw.catalogue === undefined) {
    catalogue = createDefaultCatalogue();
    repairs.push('catalogue: missing; replaced by the default catalogue');
    repairedRecords.push({ part: 'catalogue' });
  } else {
    const restored = restoreCatalogue(raw.catalogue);
    if (!restored.ok) return { ...restored, place: { part: 'catalogue' } };
    catalogue = restored.value;
    repairs.push(...restored.repairs);
    if (restored.repairs.length > 0) repairedRecords.push({ part: 'catalogue' });
  }
  const meta = restoreWorkspaceMeta(raw.meta ?? {});
  if (!meta.ok) return { ...meta, place: { part: 'meta' } };
  repairs.push(...meta.repairs);
  if (meta.repairs.length > 0) repairedRecords.push({ part: 'meta' });

  const duplicate =
    firstDuplicate(departments.value.map((department) => department.id)) ??
    firstDuplicate(processes.value.map((process) => process.id)) ??
    firstDuplicate(assessments.value.map(assessmentKey));
  if (duplicate !== undefined) return { ok: false, error: 'duplicateId', detail: duplicate.replace('\u0000', ' / ') };

  const processIds = new Set(processes.value.map((process) => process.id));
  const kept: StepAssessment[] = [];
  const droppedIndexes: number[] = [];
  for (const [index, assessment] of assessments.value.entries()) {
    if (processIds.has(assessment.processId)) kept.push(assessment);
    else droppedIndexes.push(index);
  }
  if (droppedIndexes.length > 0) {
    repairs.push(`assessments: ${droppedIndexes.length} assessment(s) of processes not in the snapshot removed`);
    const repairedAssessments = new Set(repairedRecords.filter((place) => place.part === 'assessments').map((place) => place.index));
    const newlyRepaired = droppedIndexes.filter((index) => !repairedAssessments.has(index)).map((index): RecordPlace => ({ part: 'assessments', index }));
    repairedRecords.push(...newlyRepaired);
    repairedRecords.sort((a, b) => partOrder.indexOf(a.part) - partOrder.indexOf(b.part) || (a.index ?? 0) - (b.index ?? 0));
  }

  return {
    ok: true,
    value: { departments: departments.value, processes: processes.value, assessments: kept, catalogue, meta: meta.value },
    repairs,
    repairedRecords,
  };
}
