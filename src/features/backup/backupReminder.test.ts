// Tests of the backup reminder rule: with no backup, only work counts (the untouched sample, records
// only created and the blank step records of an opened process do not; a change, an answered step,
// an edited catalogue do); with a backup, its age (13 days 23 hours, exactly 14 days, a month) and
// whether anything was saved after it.
import { describe, expect, it } from 'vitest';
import { createDepartment, createProcess, createStepAssessment } from '../../domain/assessment';
import type { Department, Process, StepAssessment } from '../../domain/assessment';
import { createDefaultCatalogue } from '../../domain/criteria';
import { backupDue, backupMayBeDue, joinWork, noWork, recordWork, stepWork, unreadableWork } from './backupReminder';
import type { WorkSummary } from './backupReminder';

const now = new Date('2026-11-28T12:00:00.000Z');
const created = '2026-10-01T08:00:00.000Z';

function stamped<T extends { createdAt: string; updatedAt: string; revision: number }>(record: T, changes: Partial<T> = {}): T {
  return { ...record, createdAt: created, updatedAt: created, ...changes };
}

/** the first-start sample as seeded: one department, one process, both in their first revision */
const sampleDepartment: Department = stamped(createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' }));
const sampleProcess: Process = stamped(createProcess({ departmentId: sampleDepartment.id, name: 'Gewerbeanmeldung', diagramXml: '<x/>' }));
/** the blank record opening the sample makes for a step */
const blankStep: StepAssessment = { ...createStepAssessment(sampleProcess.id, { id: 'Task_1', type: 'bpmn:UserTask', name: 'Antrag prüfen' }), updatedAt: created };

function workOf(processes: Process[], steps: StepAssessment[] = [], catalogue = createDefaultCatalogue()): WorkSummary {
  return joinWork(recordWork([sampleDepartment], processes, catalogue), stepWork(steps));
}

describe('backupDue with no backup', () => {
  it('given the untouched sample, opened once, when asked, then no backup is due', () => {
    expect(backupDue(undefined, workOf([sampleProcess], [blankStep]), now)).toBe(false);
  });

  it('given processes and departments only created, when asked, then no backup is due', () => {
    const another = stamped(createProcess({ departmentId: sampleDepartment.id, name: 'Urlaubsantrag', diagramXml: '<x/>' }), { updatedAt: '2026-11-27T08:00:00.000Z' });
    expect(backupDue(undefined, workOf([sampleProcess, another]), now)).toBe(false);
  });

  it('given an answered step, when asked, then a backup is due', () => {
    const answered = { ...blankStep, answers: { R: 4 as const }, revision: 2, updatedAt: '2026-11-27T08:00:00.000Z' };
    expect(backupDue(undefined, workOf([sampleProcess], [answered]), now)).toBe(true);
  });

  it('given a step imported with answers in its first revision, when asked, then a backup is due', () => {
    expect(backupDue(undefined, workOf([sampleProcess], [{ ...blankStep, notes: 'Gebühr prüfen' }]), now)).toBe(true);
  });

  it('given the sample renamed (its second revision), when asked, then a backup is due', () => {
    const renamed = stamped(sampleProcess, { name: 'Gewerbe anmelden', revision: 2, updatedAt: '2026-11-27T08:00:00.000Z' });
    expect(backupDue(undefined, workOf([renamed]), now)).toBe(true);
  });

  it('given the criteria catalogue edited, when asked, then a backup is due', () => {
    const catalogue = { ...createDefaultCatalogue(), version: 2, updatedAt: '2026-11-27T08:00:00.000Z' };
    expect(backupDue(undefined, workOf([sampleProcess], [], catalogue), now)).toBe(true);
  });

  it('given an unreadable backup date and work, when asked, then a backup is due as if there was none', () => {
    expect(backupDue('yesterday', { changed: true, lastSavedAt: undefined }, now)).toBe(true);
    expect(backupDue('yesterday', noWork, now)).toBe(false);
  });
});

describe('backupDue with a backup', () => {
  /** work saved long before any of the backups below */
  const oldWork: WorkSummary = { changed: true, lastSavedAt: Date.parse('2026-10-02T08:00:00.000Z') };

  it('given the last backup 13 days and 23 hours ago and a change since, when asked, then none is due yet', () => {
    expect(backupDue('2026-11-14T13:00:00.000Z', { changed: true, lastSavedAt: Date.parse('2026-11-28T11:00:00.000Z') }, now)).toBe(false);
  });

  it('given the last backup exactly 14 days ago and a change since, when asked, then one is due', () => {
    expect(backupDue('2026-11-14T12:00:00.000Z', { changed: true, lastSavedAt: Date.parse('2026-11-20T08:00:00.000Z') }, now)).toBe(true);
  });

  it('given the last backup a month ago and nothing saved since, when asked, then none is due', () => {
    expect(backupDue('2026-10-28T12:00:00.000Z', oldWork, now)).toBe(false);
  });

  it('given the last backup a month ago and a step answered since, when asked, then one is due', () => {
    const answered = { ...blankStep, answers: { R: 4 as const }, revision: 2, updatedAt: '2026-11-20T08:00:00.000Z' };
    expect(backupDue('2026-10-28T12:00:00.000Z', workOf([sampleProcess], [answered]), now)).toBe(true);
  });

  it('given the last backup a month ago and a process created since, when asked, then one is due', () => {
    const another = stamped(createProcess({ departmentId: sampleDepartment.id, name: 'Urlaubsantrag', diagramXml: '<x/>' }), { createdAt: '2026-11-20T08:00:00.000Z', updatedAt: '2026-11-20T08:00:00.000Z' });
    expect(backupDue('2026-10-28T12:00:00.000Z', workOf([sampleProcess, another]), now)).toBe(true);
  });

  it('given the last backup a month ago and only blank step records made since, when asked, then none is due', () => {
    expect(backupDue('2026-10-28T12:00:00.000Z', workOf([sampleProcess], [{ ...blankStep, updatedAt: '2026-11-20T08:00:00.000Z' }]), now)).toBe(false);
  });

  it('given records that could not be read and an old backup, when asked, then one is due', () => {
    expect(backupDue('2026-10-28T12:00:00.000Z', unreadableWork, now)).toBe(true);
  });
});

describe('backupMayBeDue', () => {
  it('given no backup or one 14 days old or older, when asked, then work could make one due; a fresh one not', () => {
    expect(backupMayBeDue(undefined, now)).toBe(true);
    expect(backupMayBeDue('2026-11-14T12:00:00.000Z', now)).toBe(true);
    expect(backupMayBeDue('2026-11-14T13:00:00.000Z', now)).toBe(false);
  });
});
