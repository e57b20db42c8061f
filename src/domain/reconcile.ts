// Matches stored step answers to the diagram's current steps by BPMN element id. New steps get a
// fresh assessment; answers of steps that left the diagram are kept as orphans ("entfernte
// Schritte"), never dropped, and come back unchanged when the step returns (undo). Pure and O(n).
import { createStepAssessment, nowIso, touch } from './assessment';
import type { Step, StepAssessment } from './assessment';

export interface ReconcileResult {
  /** the assessment of every current step, keyed by element id */
  active: Map<string, StepAssessment>;
  /** every orphaned assessment of the process, the ones orphaned just now included */
  orphans: StepAssessment[];
  /** fresh assessments made for steps that had none */
  created: StepAssessment[];
  /** assessments whose step left the diagram just now (orphanedAt newly set) */
  orphaned: StepAssessment[];
  /** assessments whose step came back (orphanedAt cleared) */
  restored: StepAssessment[];
  /** every record that must be saved: created, orphaned, restored and renamed ones */
  changed: StepAssessment[];
}

function withoutOrphanMark(record: StepAssessment): StepAssessment {
  const copy = { ...record };
  delete copy.orphanedAt;
  return copy;
}

/**
 * Reconciles the stored assessments of one process with its current steps. Records of other
 * processes in `stored` are not this process's business and are left out of the result. `now`
 * stamps newly orphaned records.
 */
export function reconcile(processId: string, steps: readonly Step[], stored: Iterable<StepAssessment>, now: string = nowIso()): ReconcileResult {
  const byStepId = new Map<string, StepAssessment>();
  for (const record of stored) {
    if (record.processId === processId && !byStepId.has(record.stepId)) byStepId.set(record.stepId, record);
  }

  const active = new Map<string, StepAssessment>();
  const created: StepAssessment[] = [];
  const restored: StepAssessment[] = [];
  const changed: StepAssessment[] = [];

  for (const step of steps) {
    if (active.has(step.id)) continue;
    const previous = byStepId.get(step.id);
    if (!previous) {
      const fresh = createStepAssessment(processId, step);
      active.set(step.id, fresh);
      created.push(fresh);
      changed.push(fresh);
      continue;
    }
    const comesBack = previous.orphanedAt !== undefined;
    const renamed = previous.lastKnownName !== step.name;
    if (!comesBack && !renamed) {
      active.set(step.id, previous);
      continue;
    }
    const base = comesBack ? withoutOrphanMark(previous) : previous;
    const updated = touch(base, renamed ? { lastKnownName: step.name } : {});
    active.set(step.id, updated);
    if (comesBack) restored.push(updated);
    changed.push(updated);
  }

  const orphans: StepAssessment[] = [];
  const orphaned: StepAssessment[] = [];
  for (const [stepId, record] of byStepId) {
    if (active.has(stepId)) continue;
    if (record.orphanedAt !== undefined) {
      orphans.push(record);
      continue;
    }
    const marked = touch(record, { orphanedAt: now });
    orphans.push(marked);
    orphaned.push(marked);
    changed.push(marked);
  }

  return { active, orphans, created, orphaned, restored, changed };
}
