// What restoring a bundle writes: the whole workspace replaced by the backup (exactly what was
// backed up; the sample never comes back), or the backup merged into the workspace with the
// user's decision for every process that already exists (skipping, chosen beforehand, where the
// backup's version is identical); and whether the workspace holds any work
// a replacement would lose, by the rule the backup reminder follows (the untouched first-start
// sample is none). Pure, on top of the domain's bundle.
import { applyMerge } from '../../domain/bundle';
import type { CopyName, MergeDecision, MergePlan } from '../../domain/bundle';
import type { WorkspaceSnapshot } from '../../domain/recordSchemas';
import { workspaceChanged } from './backupReminder';

export type RestoreMode = 'merge' | 'replace';

export interface RestoreCounts {
  added: number;
  replaced: number;
  keptBoth: number;
  skipped: number;
}

/** A workspace with no department and no process: restoring into it loses nothing. */
export function isEmptyWorkspace(snapshot: WorkspaceSnapshot): boolean {
  return snapshot.departments.length === 0 && snapshot.processes.length === 0;
}

/**
 * A workspace in which nothing was changed after it was made (empty, or the untouched first-start
 * sample; the backup reminder's rule): a backup of a whole workspace replaces it by default.
 */
export function holdsNoWork(snapshot: WorkspaceSnapshot): boolean {
  return !workspaceChanged(snapshot.departments, snapshot.processes, snapshot.catalogue);
}

/**
 * The decisions a merge starts with: "skip" for every existing process whose version in the
 * backup is identical (skipping loses nothing, so there is nothing to decide); none for a process
 * that differs, which the user decides.
 */
export function initialDecisions(plan: MergePlan): Map<string, MergeDecision> {
  return new Map(plan.conflicts.filter((conflict) => conflict.identical).map((conflict) => [conflict.processId, 'skip']));
}

/** The latest of two ISO 8601 times; undefined only when both are. */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/**
 * The workspace to store. `replace` takes the backup as it is, its catalogue included; it counts
 * as backed up when the bundle was made. `merge` adds new processes and follows each decision
 * (no decision: skip; a copy kept beside the existing process, or a process whose name its
 * department already has, is named by `copyName`), keeping the workspace's catalogue and meta.
 */
export function restoredWorkspace(
  mode: RestoreMode,
  current: WorkspaceSnapshot,
  incoming: WorkspaceSnapshot,
  decisions: ReadonlyMap<string, MergeDecision>,
  bundleCreatedAt: string,
  copyName: CopyName,
): WorkspaceSnapshot {
  if (mode === 'merge') return applyMerge(current, incoming, decisions, copyName);
  return {
    ...incoming,
    meta: { ...incoming.meta, sampleSeeded: true, lastBackupAt: later(incoming.meta.lastBackupAt, bundleCreatedAt) },
  };
}

/** How many processes a merge adds, replaces, keeps twice and skips. */
export function restoreCounts(plan: MergePlan, decisions: ReadonlyMap<string, MergeDecision>): RestoreCounts {
  const counts: RestoreCounts = { added: plan.newProcessIds.length, replaced: 0, keptBoth: 0, skipped: 0 };
  for (const conflict of plan.conflicts) {
    const decision = decisions.get(conflict.processId) ?? 'skip';
    if (decision === 'replace') counts.replaced++;
    else if (decision === 'keepBoth') counts.keptBoth++;
    else counts.skipped++;
  }
  return counts;
}
