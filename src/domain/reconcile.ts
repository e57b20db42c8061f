// Matches stored step answers to the diagram's current steps by BPMN element id. New steps get a
// fresh assessment; answers of steps that left the file are kept as orphans ("entfernte
// Schritte"), never dropped, and come back unchanged when the step returns (undo). A step that
// left with nothing recorded leaves no orphan: its blank record is dropped (a fresh one is made if
// it returns). A step whose type changed since the last reconcile and whose record is still as
// made for its old type takes the defaults of its new type (a service or script task starts as
// "already automated"). Steps of the
// file's other views keep their answers as they are: they are not shown, but not removed either.
// Pure and O(n).
import { automatedByType, createStepAssessment, holdsOnlyPresets, isBlankAssessment, nowIso, shownSteps, touch } from './assessment';
import type { Step, StepAssessment } from './assessment';

export interface ReconcileResult {
  /** the assessment of every step on the view shown, keyed by element id */
  active: Map<string, StepAssessment>;
  /** the assessments of steps on another view of the file: kept, neither listed nor orphaned */
  inOtherViews: StepAssessment[];
  /** every orphaned assessment of the process, the ones orphaned just now included */
  orphans: StepAssessment[];
  /** fresh assessments made for shown steps that had none */
  created: StepAssessment[];
  /** assessments whose step left the file just now (orphanedAt newly set) */
  orphaned: StepAssessment[];
  /** assessments whose step came back (orphanedAt cleared) */
  restored: StepAssessment[];
  /** every record that must be saved: created, orphaned, restored, renamed and retyped ones */
  changed: StepAssessment[];
  /** step ids whose blank record must be removed: the step left the file and nothing was recorded for it */
  dropped: string[];
}

function withoutOrphanMark(record: StepAssessment): StepAssessment {
  const copy = { ...record };
  delete copy.orphanedAt;
  return copy;
}

/**
 * Reconciles the stored assessments of one process with the steps read from its file: those on the
 * view shown and those marked `inOtherView`. Records of other processes in `stored` are not this
 * process's business and are left out of the result. `now` stamps newly orphaned records.
 * `shownBefore`: the steps of the last reconcile, whose types tell a step whose type changed since.
 */
export function reconcile(
  processId: string,
  steps: readonly Step[],
  stored: Iterable<StepAssessment>,
  now: string = nowIso(),
  shownBefore: readonly Step[] = [],
): ReconcileResult {
  const byStepId = new Map<string, StepAssessment>();
  for (const record of stored) {
    if (record.processId === processId && !byStepId.has(record.stepId)) byStepId.set(record.stepId, record);
  }

  const active = new Map<string, StepAssessment>();
  const otherViews = new Map<string, StepAssessment>();
  const created: StepAssessment[] = [];
  const restored: StepAssessment[] = [];
  const changed: StepAssessment[] = [];

  const typeBefore = new Map(shownBefore.map((step) => [step.id, step.type]));

  /**
   * keeps a step's stored record in `into`, with its orphan mark cleared, its name brought up to
   * date (the last name it had, when it has none now), and its type's default taken when its type
   * changed and nothing was recorded
   */
  const keep = (step: Step, previous: StepAssessment, into: Map<string, StepAssessment>) => {
    const comesBack = previous.orphanedAt !== undefined;
    // a name taken away (undo of the naming, an emptied label) leaves the last name the step had:
    // the removed steps' list names a step by it, and showed the element id instead
    const renamed = step.name.trim() !== '' && previous.lastKnownName !== step.name;
    const oldType = typeBefore.get(step.id);
    const retyped =
      oldType !== undefined &&
      oldType !== step.type &&
      previous.alreadyAutomated !== automatedByType(step.type) &&
      holdsOnlyPresets(previous, oldType);
    if (!comesBack && !renamed && !retyped) {
      into.set(step.id, previous);
      return;
    }
    const base = comesBack ? withoutOrphanMark(previous) : previous;
    const changes: Partial<StepAssessment> = {};
    if (renamed) changes.lastKnownName = step.name;
    if (retyped) changes.alreadyAutomated = automatedByType(step.type);
    const updated = touch(base, changes);
    into.set(step.id, updated);
    if (comesBack) restored.push(updated);
    changed.push(updated);
  };

  for (const step of shownSteps(steps)) {
    if (active.has(step.id)) continue;
    const previous = byStepId.get(step.id);
    if (previous) {
      keep(step, previous, active);
      continue;
    }
    const fresh = createStepAssessment(processId, step);
    active.set(step.id, fresh);
    created.push(fresh);
    changed.push(fresh);
  }
  // a step of another view gets its record when its view is shown
  for (const step of steps) {
    if (!step.inOtherView || active.has(step.id) || otherViews.has(step.id)) continue;
    const previous = byStepId.get(step.id);
    if (previous) keep(step, previous, otherViews);
  }

  const orphans: StepAssessment[] = [];
  const orphaned: StepAssessment[] = [];
  const dropped: string[] = [];
  for (const [stepId, record] of byStepId) {
    if (active.has(stepId) || otherViews.has(stepId)) continue;
    if (record.orphanedAt !== undefined) {
      orphans.push(record);
      continue;
    }
    if (isBlankAssessment(record)) {
      dropped.push(stepId);
      continue;
    }
    const marked = touch(record, { orphanedAt: now });
    orphans.push(marked);
    orphaned.push(marked);
    changed.push(marked);
  }

  return { active, inOtherViews: [...otherViews.values()], orphans, created, orphaned, restored, changed, dropped };
}
