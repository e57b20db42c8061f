// The backup bundle: the whole workspace or chosen processes as one JSON file in a versioned
// envelope, the parser that turns such a file back into a restored snapshot (or a specific error
// naming the record and field at fault; a process without a name, without its department in the
// backup or, when the caller gives a diagram check, with a diagram that is no readable BPMN is
// refused too), and the merge of an imported snapshot into an existing workspace, where
// every process that already exists waits for the user's decision: keep both, replace or skip; a
// department the workspace already has under the same code and name is taken as that department;
// every process the merge brings gets a name free in its department; and the plan says, for every
// process that exists, when each version was last changed and which is newer, and whether the
// backup's catalogue, which a merge does not take over, would score differently.
import * as z from 'zod';
import { newId } from './assessment';
import type { Department, Process, StepAssessment } from './assessment';
import type { Catalogue } from './criteria';
import { currentSchemaVersion, migrate } from './migrations';
import { firstFreeName, nameKey } from './recordNames';
import { isoDateTimeSchema } from './recordSchemas';
import type { WorkspaceSnapshot } from './recordSchemas';
import { assessmentKey, restoreSnapshot } from './restore';
import type { RecordPlace } from './restore';

export const bundleType = 'prozesslotse-backup';
/** the media type of a bundle file */
export const bundleMimeType = 'application/json';
/** 100 MiB: far above a large workspace, low enough to refuse absurd files before parsing */
export const defaultMaxBundleBytes = 100 * 1024 * 1024;

export const bundleScopes = ['workspace', 'processes'] as const;
export type BundleScope = (typeof bundleScopes)[number];

export interface BundleEnvelope {
  type: typeof bundleType;
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  scope: BundleScope;
  data: WorkspaceSnapshot;
}

export type BundleErrorCode =
  | 'tooLarge'
  | 'notJson'
  /** XML, such as a BPMN file, where a backup was asked for: told apart by the caller, as the domain reads no XML */
  | 'xmlFile'
  | 'truncated'
  | 'wrongType'
  | 'futureVersion'
  | 'invalid'
  /** a process refers to a department the backup does not hold */
  | 'unknownDepartment'
  /** a process's name is empty or only spaces */
  | 'unnamedProcess'
  /** a process's diagram is no readable BPMN (found by the caller's `diagramProblem`) */
  | 'brokenDiagram';

/**
 * What is wrong with a process's diagram XML, in technical words (e.g. `not well-formed XML at
 * 1:18`), or undefined when it can be opened. The domain reads no XML: the caller gives the check.
 */
export type DiagramProblem = (diagramXml: string) => string | undefined;

/**
 * A part of a backup as a person can be told about it: the envelope, a record by its position in
 * its list (from 1) and, where the file gives it, its name, or the catalogue or workspace facts.
 */
export type BundleRecord =
  | { kind: 'envelope' }
  | { kind: 'department' | 'process'; position: number; name?: string }
  /** `processMissing`: the backup holds no process with the assessment's process id */
  | { kind: 'assessment'; position: number; processName?: string; step?: string; processMissing?: boolean }
  | { kind: 'catalogue' }
  | { kind: 'meta' };

export type ParseBundleResult =
  | {
      ok: true;
      snapshot: WorkspaceSnapshot;
      scope: BundleScope;
      appVersion: string;
      createdAt: string;
      /** repairs restore made (defaults filled, bad values removed), in technical words */
      repairs: string[];
      /** the records those repairs changed, for the user to see */
      repaired: BundleRecord[];
    }
  | {
      ok: false;
      error: BundleErrorCode;
      /** the technical detail, e.g. `processes[0].id: Too small` */
      detail?: string;
      /** the part of the backup at fault, when known */
      record?: BundleRecord;
      /** the failing field of that part, e.g. `id` or `schemaVersion` */
      field?: string;
    };

export interface CreateBundleOptions {
  appVersion: string;
  /** back up only these processes, with their departments and assessments */
  processIds?: readonly string[];
  /** ISO 8601; defaults to now */
  createdAt?: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const envelopeSchema = z.object({
  appVersion: z.string(),
  createdAt: isoDateTimeSchema,
  scope: z.enum(bundleScopes),
  data: z.custom<Record<string, unknown>>(isPlainObject, 'expected an object'),
});

function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** A copy with object keys sorted and undefined values left out, so equal data gives equal JSON. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareText)) {
    const entry = (value as Record<string, unknown>)[key];
    if (entry !== undefined) sorted[key] = canonical(entry);
  }
  return sorted;
}

function sortedSnapshot(snapshot: WorkspaceSnapshot): WorkspaceSnapshot {
  return {
    departments: [...snapshot.departments].sort((a, b) => compareText(a.id, b.id)),
    processes: [...snapshot.processes].sort((a, b) => compareText(a.id, b.id)),
    assessments: [...snapshot.assessments].sort((a, b) => compareText(a.processId, b.processId) || compareText(a.stepId, b.stepId)),
    catalogue: snapshot.catalogue,
    meta: snapshot.meta,
  };
}

/** The chosen processes with their departments and assessments, the workspace's catalogue, no meta. */
function selectProcesses(snapshot: WorkspaceSnapshot, processIds: readonly string[]): WorkspaceSnapshot {
  const chosen = new Set(processIds);
  const processes = snapshot.processes.filter((process) => chosen.has(process.id));
  const departmentIds = new Set(processes.map((process) => process.departmentId));
  return {
    departments: snapshot.departments.filter((department) => departmentIds.has(department.id)),
    processes,
    assessments: snapshot.assessments.filter((assessment) => chosen.has(assessment.processId)),
    catalogue: snapshot.catalogue,
    meta: {},
  };
}

/** Serialises a snapshot (or chosen processes of it) as a backup bundle: stable, sorted JSON. */
export function createBundle(snapshot: WorkspaceSnapshot, options: CreateBundleOptions): string {
  const scope: BundleScope = options.processIds ? 'processes' : 'workspace';
  const data = options.processIds ? selectProcesses(snapshot, options.processIds) : snapshot;
  const envelope = {
    type: bundleType,
    schemaVersion: currentSchemaVersion,
    appVersion: options.appVersion,
    createdAt: options.createdAt ?? new Date().toISOString(),
    scope,
    data: canonical(sortedSnapshot(data)),
  };
  return JSON.stringify(envelope);
}

/** UTF-8 length of a string, counted without allocating the encoded bytes. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function exceeds(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return utf8Length(text) > maxBytes;
}

type JsonShape = 'complete' | 'truncated' | 'invalid';
type Expectation = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'commaOrClose' | 'done';

const strictNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const numberPrefix = /-?\d*(?:\.\d*)?(?:[eE][+-]?\d*)?/y;
const hexDigit = /[0-9a-fA-F]/;
const escapable = '"\\/bfnrtu';

/** Scans a JSON string literal starting at the opening quote; returns the index after it. */
function scanString(text: string, start: number): number | 'truncated' | 'invalid' {
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') return index + 1;
    if (char.charCodeAt(0) < 0x20) return 'invalid';
    if (char === '\\') {
      const escaped = text[index + 1];
      if (escaped === undefined) return 'truncated';
      if (!escapable.includes(escaped)) return 'invalid';
      if (escaped === 'u') {
        for (let digit = 2; digit < 6; digit++) {
          const hex = text[index + digit];
          if (hex === undefined) return 'truncated';
          if (!hexDigit.test(hex)) return 'invalid';
        }
        index += 6;
        continue;
      }
      index += 2;
      continue;
    }
    index++;
  }
  return 'truncated';
}

/**
 * Tells a cut-off JSON text (a valid beginning of some JSON document) from a malformed one.
 * Iterative, so deeply nested input cannot overflow the stack.
 */
function classifyJson(text: string): JsonShape {
  const containers: ('{' | '[')[] = [];
  let expect: Expectation = 'value';
  let index = 0;
  const afterValue = (): Expectation => (containers.length > 0 ? 'commaOrClose' : 'done');
  while (true) {
    while (index < text.length && ' \t\n\r'.includes(text[index])) index++;
    if (index >= text.length) return expect === 'done' ? 'complete' : 'truncated';
    const char = text[index];
    if (expect === 'done') return 'invalid';
    if (expect === 'colon') {
      if (char !== ':') return 'invalid';
      index++;
      expect = 'value';
      continue;
    }
    if (expect === 'commaOrClose') {
      const open = containers[containers.length - 1];
      if (char === ',') expect = open === '{' ? 'key' : 'value';
      else if ((char === '}' && open === '{') || (char === ']' && open === '[')) {
        containers.pop();
        expect = afterValue();
      } else return 'invalid';
      index++;
      continue;
    }
    if (expect === 'keyOrClose' || expect === 'key') {
      if (expect === 'keyOrClose' && char === '}') {
        containers.pop();
        index++;
        expect = afterValue();
        continue;
      }
      if (char !== '"') return 'invalid';
      const end = scanString(text, index);
      if (typeof end !== 'number') return end;
      index = end;
      expect = 'colon';
      continue;
    }
    // expect is 'value' or 'valueOrClose'
    if (expect === 'valueOrClose' && char === ']') {
      containers.pop();
      index++;
      expect = afterValue();
    } else if (char === '{' || char === '[') {
      containers.push(char);
      index++;
      expect = char === '{' ? 'keyOrClose' : 'valueOrClose';
    } else if (char === '"') {
      const end = scanString(text, index);
      if (typeof end !== 'number') return end;
      index = end;
      expect = afterValue();
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      numberPrefix.lastIndex = index;
      const match = numberPrefix.exec(text);
      const literal = match ? match[0] : '';
      index += literal.length;
      if (index >= text.length) return containers.length > 0 || !strictNumber.test(literal) ? 'truncated' : 'complete';
      if (!strictNumber.test(literal)) return 'invalid';
      expect = afterValue();
    } else {
      const word = ['true', 'false', 'null'].find((candidate) => candidate[0] === char);
      if (!word) return 'invalid';
      const rest = text.slice(index, index + word.length);
      if (rest !== word) return word.startsWith(rest) && index + rest.length >= text.length ? 'truncated' : 'invalid';
      index += word.length;
      expect = afterValue();
    }
  }
}

/** A text field of a record as the file holds it, when it is a non-blank string. */
function textOf(record: unknown, key: string): string | undefined {
  if (!isPlainObject(record)) return undefined;
  const text = record[key];
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

function entryOf(tables: Record<string, unknown>, part: string, index: number): unknown {
  const list = tables[part];
  return Array.isArray(list) ? list[index] : undefined;
}

/** The record at a place of the backup's data, named from the file as far as the file allows. */
function describeRecord(tables: Record<string, unknown>, place: RecordPlace): BundleRecord | undefined {
  const { part, index } = place;
  if (part === 'catalogue' || part === 'meta') return { kind: part };
  if (index === undefined) return undefined;
  const entry = entryOf(tables, part, index);
  const position = index + 1;
  if (part === 'departments') return { kind: 'department', position, name: textOf(entry, 'name') };
  if (part === 'processes') return { kind: 'process', position, name: textOf(entry, 'name') };
  const processId = textOf(entry, 'processId');
  const processes = Array.isArray(tables.processes) ? tables.processes : [];
  const process: unknown = processId === undefined ? undefined : processes.find((candidate) => textOf(candidate, 'id') === processId);
  const record: BundleRecord = { kind: 'assessment', position, processName: textOf(process, 'name'), step: textOf(entry, 'lastKnownName') ?? textOf(entry, 'stepId') };
  return process === undefined ? { ...record, processMissing: true } : record;
}

/**
 * What a backup must hold beyond each record's schema: every process named and in one of the
 * backup's departments. Checked for backups only: the local database is read as it is, so a
 * workspace stored before stays readable.
 */
function processProblem(snapshot: WorkspaceSnapshot): Extract<ParseBundleResult, { ok: false }> | undefined {
  const departmentIds = new Set(snapshot.departments.map((department) => department.id));
  for (const [index, process] of snapshot.processes.entries()) {
    const position = index + 1;
    if (nameKey(process.name) === '') {
      return { ok: false, error: 'unnamedProcess', detail: `processes[${index}].name`, record: { kind: 'process', position }, field: 'name' };
    }
    if (!departmentIds.has(process.departmentId)) {
      return {
        ok: false,
        error: 'unknownDepartment',
        detail: `processes[${index}].departmentId: ${process.departmentId}`,
        record: { kind: 'process', position, name: process.name },
        field: 'departmentId',
      };
    }
  }
  return undefined;
}

/** The first process whose diagram `diagramProblem` finds fault with, refused naming the process. */
function diagramProblemOf(snapshot: WorkspaceSnapshot, diagramProblem: DiagramProblem): Extract<ParseBundleResult, { ok: false }> | undefined {
  for (const [index, process] of snapshot.processes.entries()) {
    const problem = diagramProblem(process.diagramXml);
    if (problem === undefined) continue;
    return {
      ok: false,
      error: 'brokenDiagram',
      detail: `processes[${index}].diagramXml: ${problem}`,
      record: { kind: 'process', position: index + 1, name: process.name },
      field: 'diagramXml',
    };
  }
  return undefined;
}

export interface ParseBundleOptions {
  maxBytes?: number;
  /** checks each process's diagram; a backup with one it finds fault with is refused as a whole */
  diagramProblem?: DiagramProblem;
}

/**
 * Reads a backup bundle: size, JSON, envelope type, schema version, envelope, migration, restore
 * of every record, then the processes' names and departments and, given `diagramProblem`, their
 * diagrams. Nothing here writes anywhere; a refused file changes nothing.
 */
export function parseBundle(text: string, options: ParseBundleOptions = {}): ParseBundleResult {
  const maxBytes = options.maxBytes ?? defaultMaxBundleBytes;
  if (exceeds(text, maxBytes)) return { ok: false, error: 'tooLarge', detail: `> ${maxBytes} bytes` };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: 'notJson', detail: 'empty' };

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const shape = classifyJson(body);
    return { ok: false, error: shape === 'truncated' ? 'truncated' : 'notJson', detail: error instanceof Error ? error.message : undefined };
  }

  if (!isPlainObject(parsed) || parsed.type !== bundleType) return { ok: false, error: 'wrongType' };
  const schemaVersion = parsed.schemaVersion;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return { ok: false, error: 'invalid', detail: 'schemaVersion', record: { kind: 'envelope' }, field: 'schemaVersion' };
  }
  if (schemaVersion > currentSchemaVersion) return { ok: false, error: 'futureVersion', detail: String(schemaVersion) };

  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const field = issue.path.map(String).join('.');
    return { ok: false, error: 'invalid', detail: `${field}: ${issue.message}`, record: { kind: 'envelope' }, field };
  }
  const migrated = migrate({ ...envelope.data.data, schemaVersion });
  if (!migrated.ok) return { ok: false, error: migrated.error === 'futureVersion' ? 'futureVersion' : 'invalid', detail: migrated.detail };
  const tables: Record<string, unknown> = { ...migrated.doc };
  delete tables.schemaVersion;
  const restored = restoreSnapshot(tables);
  if (!restored.ok) {
    return {
      ok: false,
      error: 'invalid',
      detail: [restored.error, restored.detail].filter(Boolean).join(': '),
      record: restored.place && describeRecord(tables, restored.place),
      field: restored.field,
    };
  }
  const problem = processProblem(restored.value) ?? (options.diagramProblem && diagramProblemOf(restored.value, options.diagramProblem));
  if (problem) return problem;

  return {
    ok: true,
    snapshot: restored.value,
    scope: envelope.data.scope,
    appVersion: envelope.data.appVersion,
    createdAt: envelope.data.createdAt,
    repairs: restored.repairs,
    repaired: restored.repairedRecords.flatMap((place) => describeRecord(tables, place) ?? []),
  };
}

export type MergeDecision = 'keepBoth' | 'replace' | 'skip';

export interface MergeConflict {
  processId: string;
  existing: Process;
  incoming: Process;
  /** the same process with the same assessments: skipping loses nothing */
  identical: boolean;
  /** when the workspace's version was last changed (process or answers), ISO 8601 */
  existingChangedAt: string;
  /** when the backup's version was last changed (process or answers), ISO 8601 */
  incomingChangedAt: string;
  /** which version was changed later; `same` for the same time */
  newer: 'existing' | 'incoming' | 'same';
}

export interface MergePlan {
  /** incoming processes whose id already exists: each needs a decision */
  conflicts: MergeConflict[];
  /** incoming processes that are new to the workspace */
  newProcessIds: string[];
  /** the backup's catalogue scores otherwise than the workspace's; a merge keeps the workspace's */
  catalogueDiffers: boolean;
}

function groupByProcess(assessments: readonly StepAssessment[]): Map<string, StepAssessment[]> {
  const groups = new Map<string, StepAssessment[]>();
  for (const assessment of assessments) {
    const group = groups.get(assessment.processId);
    if (group) group.push(assessment);
    else groups.set(assessment.processId, [assessment]);
  }
  return groups;
}

function processDigest(process: Process, assessments: readonly StepAssessment[] = []): string {
  const sorted = [...assessments].sort((a, b) => compareText(assessmentKey(a), assessmentKey(b)));
  return JSON.stringify(canonical({ process, assessments: sorted }));
}

/** When a process or any of its answers was last changed: the latest of their `updatedAt`. */
function changedAt(process: Process, assessments: readonly StepAssessment[] = []): string {
  let latest = process.updatedAt;
  for (const assessment of assessments) if (Date.parse(assessment.updatedAt) > Date.parse(latest)) latest = assessment.updatedAt;
  return latest;
}

function newerOf(existing: string, incoming: string): MergeConflict['newer'] {
  const difference = Date.parse(existing) - Date.parse(incoming);
  if (difference === 0) return 'same';
  return difference > 0 ? 'existing' : 'incoming';
}

/** What of a catalogue decides the scores: weights, thresholds and settings, not version or date. */
function scoringDigest({ weights, thresholds, settings }: Catalogue): string {
  return JSON.stringify(canonical({ weights, thresholds, settings }));
}

/**
 * Lists the incoming processes that already exist (same id), each with when either version was
 * last changed, and those that are new, and whether the incoming catalogue would score them
 * otherwise than the workspace's.
 */
export function mergePlan(existing: WorkspaceSnapshot, incoming: WorkspaceSnapshot): MergePlan {
  const existingById = new Map(existing.processes.map((process) => [process.id, process]));
  const existingAssessments = groupByProcess(existing.assessments);
  const incomingAssessments = groupByProcess(incoming.assessments);
  const catalogueDiffers = scoringDigest(existing.catalogue) !== scoringDigest(incoming.catalogue);
  const plan: MergePlan = { conflicts: [], newProcessIds: [], catalogueDiffers };
  for (const process of incoming.processes) {
    const current = existingById.get(process.id);
    if (!current) {
      plan.newProcessIds.push(process.id);
      continue;
    }
    const ownExisting = existingAssessments.get(process.id);
    const ownIncoming = incomingAssessments.get(process.id);
    const identical = processDigest(current, ownExisting) === processDigest(process, ownIncoming);
    const existingChangedAt = changedAt(current, ownExisting);
    const incomingChangedAt = changedAt(process, ownIncoming);
    plan.conflicts.push({
      processId: process.id,
      existing: current,
      incoming: process,
      identical,
      existingChangedAt,
      incomingChangedAt,
      newer: newerOf(existingChangedAt, incomingChangedAt),
    });
  }
  return plan;
}

/** A department's code and name as a person reads them: spaces trimmed and folded, case ignored. */
function departmentKey(department: Department): string {
  return JSON.stringify([nameKey(department.code), nameKey(department.name)]);
}

/**
 * The incoming departments that are one of the workspace's under another id (made separately in
 * each browser): incoming id -> the id of the workspace's department with the same code and name.
 */
function sameDepartments(existing: readonly Department[], incoming: readonly Department[]): Map<string, string> {
  const existingIds = new Set(existing.map((department) => department.id));
  const byKey = new Map<string, string>();
  for (const department of existing) {
    const key = departmentKey(department);
    if (!byKey.has(key)) byKey.set(key, department.id);
  }
  const same = new Map<string, string>();
  for (const department of incoming) {
    const match = byKey.get(departmentKey(department));
    if (match !== undefined && !existingIds.has(department.id)) same.set(department.id, match);
  }
  return same;
}

/** The name of the `number`th copy of a process named `name` (1 for the first). */
export type CopyName = (name: string, number: number) => string;

/** An incoming process the merge takes, in the department and under the name it will have. */
interface TakenProcess {
  backedUp: Process;
  decision: Exclude<MergeDecision, 'skip'> | 'new';
  process: Process;
}

/**
 * The incoming processes a merge takes, in order, each in its department in the workspace and
 * under a name no other process of that department bears: its own name when that is free, else
 * the first free copy name; a copy kept beside the existing process is always named as a copy.
 */
function takenProcesses(
  existing: WorkspaceSnapshot,
  incoming: WorkspaceSnapshot,
  decisions: ReadonlyMap<string, MergeDecision>,
  copyName: CopyName,
): TakenProcess[] {
  const existingIds = new Set(existing.processes.map((process) => process.id));
  const sameDepartment = sameDepartments(existing.departments, incoming.departments);
  let named: Pick<Process, 'id' | 'departmentId' | 'name'>[] = [...existing.processes];
  const taken: TakenProcess[] = [];
  for (const backedUp of incoming.processes) {
    const decision = existingIds.has(backedUp.id) ? (decisions.get(backedUp.id) ?? 'skip') : 'new';
    if (decision === 'skip') continue;
    const departmentId = sameDepartment.get(backedUp.departmentId) ?? backedUp.departmentId;
    if (decision === 'replace') named = named.filter((candidate) => candidate.id !== backedUp.id);
    const takenNames = named.filter((candidate) => candidate.departmentId === departmentId).map((candidate) => candidate.name);
    const nameIsFree = decision !== 'keepBoth' && !takenNames.some((name) => nameKey(name) === nameKey(backedUp.name));
    const name = nameIsFree ? backedUp.name : firstFreeName((number) => copyName(backedUp.name.trim(), number), takenNames);
    const process = { ...backedUp, departmentId, name };
    named.push(process);
    taken.push({ backedUp, decision, process });
  }
  return taken;
}

/**
 * The name each incoming process will bear after `applyMerge` with these decisions, by its id in
 * the backup: what the dialog promises before anything is written.
 */
export function mergedNames(
  existing: WorkspaceSnapshot,
  incoming: WorkspaceSnapshot,
  decisions: ReadonlyMap<string, MergeDecision>,
  copyName: CopyName,
): Map<string, string> {
  return new Map(takenProcesses(existing, incoming, decisions, copyName).map(({ backedUp, process }) => [backedUp.id, process.name]));
}

/**
 * Merges an imported snapshot into the workspace. New processes are added with their
 * assessments; a process that exists follows its decision, and without a decision it is skipped:
 * nothing is overwritten without asking. keepBoth gives the incoming copy a new id (its
 * assessments re-keyed) and a copy name from `copyName`, so the two can be told apart. Every
 * process taken bears a name free in its department (as `mergedNames` says).
 * An incoming department with the code and name of one of the workspace's is that department: its
 * processes go there. Other new departments come along when a taken process needs them or when
 * they hold no incoming process at all. The workspace's own catalogue and meta are kept.
 */
export function applyMerge(
  existing: WorkspaceSnapshot,
  incoming: WorkspaceSnapshot,
  decisions: ReadonlyMap<string, MergeDecision>,
  copyName: CopyName,
): WorkspaceSnapshot {
  const incomingAssessments = groupByProcess(incoming.assessments);
  const sameDepartment = sameDepartments(existing.departments, incoming.departments);
  let processes = [...existing.processes];
  let assessments = [...existing.assessments];
  const takenDepartmentIds = new Set<string>();

  for (const { backedUp, decision, process } of takenProcesses(existing, incoming, decisions, copyName)) {
    const own = incomingAssessments.get(backedUp.id) ?? [];
    takenDepartmentIds.add(process.departmentId);
    if (decision === 'new') {
      processes.push(process);
      assessments.push(...own);
    } else if (decision === 'replace') {
      processes = processes.map((candidate) => (candidate.id === process.id ? process : candidate));
      assessments = assessments.filter((assessment) => assessment.processId !== process.id);
      assessments.push(...own);
    } else {
      const copyId = newId();
      processes.push({ ...process, id: copyId });
      assessments.push(...own.map((assessment) => ({ ...assessment, processId: copyId })));
    }
  }

  const existingDepartmentIds = new Set(existing.departments.map((department) => department.id));
  const incomingProcessDepartments = new Set(incoming.processes.map((process) => process.departmentId));
  const addedDepartments = incoming.departments.filter(
    (department) =>
      !existingDepartmentIds.has(department.id) &&
      !sameDepartment.has(department.id) &&
      (takenDepartmentIds.has(department.id) || !incomingProcessDepartments.has(department.id)),
  );

  return {
    departments: [...existing.departments, ...addedDepartments],
    processes,
    assessments,
    catalogue: existing.catalogue,
    meta: existing.meta,
  };
}
