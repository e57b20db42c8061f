// The assessment model: what a workspace, a department, a process, a step and a step's answers
// are, and factories that make new records with ids, timestamps and revisions; a removed step's
// answers given to another step. Pure TypeScript.
import type { CriterionCode } from './criteria';

/** Fields every stored record carries, so records can travel (backups, merges, later sync). */
export interface RecordMeta {
  /** UUID */
  id: string;
  /** ISO 8601 */
  createdAt: string;
  /** ISO 8601 */
  updatedAt: string;
  /** starts at 1, +1 on every stored change */
  revision: number;
}

export interface Department extends RecordMeta {
  /** e.g. "Personal und Organisation" */
  name: string;
  /** e.g. "Amt 10" */
  code: string;
}

export const processStatuses = ['draft', 'workshop', 'assessed'] as const;
export type ProcessStatus = (typeof processStatuses)[number];

/** OZG maturity model 2.0 levels 0–7 */
export type OzgLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface Process extends RecordMeta {
  departmentId: string;
  name: string;
  /** responsible Digitallotse */
  lotse: string;
  description: string;
  status: ProcessStatus;
  /** BPMN 2.0 XML of the diagram: one field of the process */
  diagramXml: string;
  /** the BPMNDiagram id shown for files with several diagrams; undefined = the first */
  diagramId?: string;
  workshopDate?: string;
  participants?: string;
  ozgLevel?: OzgLevel;
  ozgTarget?: OzgLevel;
  /** version of the criteria catalogue that last scored this process */
  catalogueVersion?: number;
}

/** BPMN element types that are scored as steps (see scoring-method.md, "What is scored"). */
export const stepTypes = [
  'bpmn:Task',
  'bpmn:UserTask',
  'bpmn:ManualTask',
  'bpmn:ServiceTask',
  'bpmn:ScriptTask',
  'bpmn:SendTask',
  'bpmn:ReceiveTask',
  'bpmn:BusinessRuleTask',
  'bpmn:CallActivity',
  'bpmn:SubProcess',
  'bpmn:Transaction',
  'bpmn:AdHocSubProcess',
] as const;
export type StepType = (typeof stepTypes)[number];

export function isStepType(type: string): type is StepType {
  return (stepTypes as readonly string[]).includes(type);
}

/** A step as read from the diagram: not stored, re-read on every diagram change. */
export interface Step {
  /** BPMN element id: the key of the step's answers */
  id: string;
  name: string;
  type: StepType;
  lane?: string;
  pool?: string;
  /** name of the enclosing subprocess, if any */
  parent?: string;
  /** position in process order (sequence flow order from the start event, then the rest) */
  order: number;
  /**
   * set when the step is in the file but not on the view shown (another diagram of the file, or a
   * process no diagram draws): its answers are kept, and it is neither listed, scored nor removed
   */
  inOtherView?: true;
}

/** The steps on the view shown: those read from the file without the ones marked `inOtherView`. */
export function shownSteps(steps: readonly Step[]): Step[] {
  return steps.filter((step) => !step.inOtherView);
}

/** Answer to a 1–5 question; 5 is always the most favourable to digitising or automating. */
export type Level = 1 | 2 | 3 | 4 | 5;

export const periods = ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly', 'yearly'] as const;
export type Period = (typeof periods)[number];

/** Legal form (Formerfordernis): 5 none, 3 replaceable electronically, 1 not replaceable. */
export type LegalForm = 1 | 3 | 5;

/** The answers given for one step. Every criterion is optional: unanswered = undefined. */
export interface Answers {
  // quick check
  R?: Level;
  Id?: Level;
  Is?: Level;
  /** media breaks as a count (0, 1, 2, 3 or more), mapped to a level by the catalogue */
  Mb?: number;
  Sp?: Level;
  // detailed assessment
  Va?: Level;
  /** exception share class as a level: <5% = 5, <10% = 4, <20% = 3, <35% = 2, else 1 */
  Ex?: Level;
  Sa?: Level;
  /** number of applications touched (count) */
  Ap?: number;
  /** number of screens / work steps (count) */
  St?: number;
  /** reached only through remote desktop / terminal server */
  Vm?: boolean;
  Do?: Level;
  Lf?: LegalForm;
  /** discretion reserved to a person */
  Er?: boolean;
}

/** Quantities for the benefit estimate. Times in minutes; errorRate as a share 0..1. */
export interface Quantities {
  volume?: number;
  period?: Period;
  /** processing time t, minutes per case */
  minutesPerCase?: number;
  /** error rate e, share of cases reworked (0..1) */
  errorRate?: number;
  /** rework time t_r, minutes */
  reworkMinutes?: number;
  /** review time t_a, minutes per case */
  reviewMinutes?: number;
  /** media-break time t_mb, minutes per case spent printing, scanning, re-keying */
  mediaBreakMinutes?: number;
}

/** Everything recorded for one step of one process; stored one record per step. */
export interface StepAssessment {
  processId: string;
  /** BPMN element id */
  stepId: string;
  answers: Answers;
  quantities: Quantities;
  buildingBlock?: string;
  /**
   * codes of the answers the building block filled and the user has not changed since: a block
   * change takes them back (prefill.ts); absent when none, and in records from before it was kept
   */
  prefilled?: CriterionCode[];
  /** codes of the answers the user cleared: no building block fills them again; absent when none */
  cleared?: CriterionCode[];
  notes: string;
  notApplicable: boolean;
  alreadyAutomated: boolean;
  /** set when the step is no longer in the diagram ("entfernte Schritte"); kept, never dropped */
  orphanedAt?: string;
  /** the step's name when last seen in the diagram, shown for orphaned answers */
  lastKnownName?: string;
  updatedAt: string;
  revision: number;
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function newId(): string {
  return crypto.randomUUID();
}

function newMeta(): RecordMeta {
  const now = nowIso();
  return { id: newId(), createdAt: now, updatedAt: now, revision: 1 };
}

export function createDepartment(fields: Pick<Department, 'name' | 'code'>): Department {
  return { ...newMeta(), ...fields };
}

export function createProcess(
  fields: Pick<Process, 'departmentId' | 'name' | 'diagramXml'> & Partial<Pick<Process, 'lotse' | 'description' | 'status'>>,
): Process {
  return { lotse: '', description: '', status: 'draft', ...newMeta(), ...fields };
}

/** Whether a fresh assessment of a step of this BPMN type starts as "already automated" (a service or script task). */
export function automatedByType(type: string): boolean {
  return type === 'bpmn:ServiceTask' || type === 'bpmn:ScriptTask';
}

/** A blank assessment for a step; serviceTask and scriptTask start as "already automated". */
export function createStepAssessment(processId: string, step: Pick<Step, 'id' | 'type' | 'name'>): StepAssessment {
  return {
    processId,
    stepId: step.id,
    answers: {},
    quantities: {},
    notes: '',
    notApplicable: false,
    alreadyAutomated: automatedByType(step.type),
    lastKnownName: step.name,
    updatedAt: nowIso(),
    revision: 1,
  };
}

/**
 * True when nothing was recorded for the step: no answer, quantity, building block or note, and
 * neither "not applicable" nor "already automated" (a pre-fill of the step's type counts as recorded).
 */
export function isBlankAssessment(record: StepAssessment): boolean {
  const unset = (values: object) => Object.values(values).every((value) => value === undefined);
  return (
    unset(record.answers) &&
    unset(record.quantities) &&
    record.buildingBlock === undefined &&
    record.notes.trim() === '' &&
    !record.notApplicable &&
    !record.alreadyAutomated
  );
}

/**
 * True when nothing was recorded for the step but what a fresh assessment of a step of `type`
 * starts with (automatedByType): a preset "already automated" alone counts as nothing recorded.
 */
export function holdsOnlyPresets(record: StepAssessment, type: string): boolean {
  return record.alreadyAutomated === automatedByType(type) && isBlankAssessment({ ...record, alreadyAutomated: false });
}

/**
 * The record of `target` (a step in the diagram with nothing recorded, such as a removed step
 * drawn anew) holding what was recorded for the removed step `orphan`: answers, quantities,
 * building block, notes and flags. The target keeps its id, name, time and revision.
 */
export function answersMovedTo(orphan: StepAssessment, target: StepAssessment): StepAssessment {
  const { processId, stepId, lastKnownName, updatedAt, revision } = target;
  const moved: StepAssessment = { ...orphan, processId, stepId, lastKnownName, updatedAt, revision };
  delete moved.orphanedAt;
  if (lastKnownName === undefined) delete moved.lastKnownName;
  return moved;
}

/** Returns a copy of a record with updatedAt set to now and the revision counted up. */
export function touch<T extends { updatedAt: string; revision: number }>(record: T, changes: Partial<T>): T {
  return { ...record, ...changes, updatedAt: nowIso(), revision: record.revision + 1 };
}
