// Tests of the backup reminder rule: only work counts (the untouched sample and records only created
// do not; a renamed or answered process, a renamed department, an edited catalogue do), and with
// work, whether there is a backup and how old it is (13 days 23 hours, exactly 14 days, a month).
import { describe, expect, it } from 'vitest';
import { createDepartment, createProcess } from '../../domain/assessment';
import type { Department, Process } from '../../domain/assessment';
import { createDefaultCatalogue } from '../../domain/criteria';
import { backupDue, workspaceChanged } from './backupReminder';

const now = new Date('2026-11-28T12:00:00.000Z');

/** the first-start sample as seeded: one department, one process, both in their first revision */
const sampleDepartment: Department = createDepartment({ code: 'Amt 32', name: 'Ordnungsamt' });
const sampleProcess: Process = createProcess({ departmentId: sampleDepartment.id, name: 'Gewerbeanmeldung', diagramXml: '<x/>' });

describe('workspaceChanged', () => {
  it('given the untouched sample, then nothing was changed', () => {
    expect(workspaceChanged([sampleDepartment], [sampleProcess], createDefaultCatalogue())).toBe(false);
  });

  it('given processes and departments only created, then nothing was changed', () => {
    const another = createProcess({ departmentId: sampleDepartment.id, name: 'Urlaubsantrag', diagramXml: '<x/>' });
    const amt10 = createDepartment({ code: 'Amt 10', name: 'Personal und Organisation' });
    expect(workspaceChanged([sampleDepartment, amt10], [sampleProcess, another], createDefaultCatalogue())).toBe(false);
  });

  it('given a process in its second revision (renamed, modelled, or its first step answered), then the workspace was changed', () => {
    expect(workspaceChanged([sampleDepartment], [sampleProcess, { ...sampleProcess, id: 'p-2', revision: 2 }], createDefaultCatalogue())).toBe(true);
  });

  it('given a renamed department, then the workspace was changed', () => {
    expect(workspaceChanged([{ ...sampleDepartment, revision: 2 }], [sampleProcess], createDefaultCatalogue())).toBe(true);
  });

  it('given the criteria catalogue edited, then the workspace was changed', () => {
    expect(workspaceChanged([sampleDepartment], [sampleProcess], { ...createDefaultCatalogue(), version: 2 })).toBe(true);
  });
});

describe('backupDue', () => {
  it('given nothing changed, then no backup is due, with no backup or an old one', () => {
    expect(backupDue(undefined, false, now)).toBe(false);
    expect(backupDue('2026-10-28T12:00:00.000Z', false, now)).toBe(false);
  });

  it('given work and no backup (or an unreadable date), then a backup is due', () => {
    expect(backupDue(undefined, true, now)).toBe(true);
    expect(backupDue('yesterday', true, now)).toBe(true);
  });

  it('given work and the last backup 13 days and 23 hours ago, then none is due yet', () => {
    expect(backupDue('2026-11-14T13:00:00.000Z', true, now)).toBe(false);
  });

  it('given work and the last backup exactly 14 days or a month ago, then one is due', () => {
    expect(backupDue('2026-11-14T12:00:00.000Z', true, now)).toBe(true);
    expect(backupDue('2026-10-28T12:00:00.000Z', true, now)).toBe(true);
  });

  it('given a shorter period, then it is the one judged by', () => {
    expect(backupDue('2026-11-25T12:00:00.000Z', true, now, 3)).toBe(true);
    expect(backupDue('2026-11-25T12:00:00.000Z', true, now, 4)).toBe(false);
  });
});
