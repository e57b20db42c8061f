import { describe, expect, it } from 'vitest';
import { answersMovedTo, createProcess, createStepAssessment, touch } from './assessment';

describe('assessment factories', () => {
  it('gives a new process a UUID, timestamps and revision 1', () => {
    // given / when
    const p = createProcess({ departmentId: 'd', name: 'Gewerbeanmeldung', diagramXml: '<x/>' });
    // then
    expect(p.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(p.revision).toBe(1);
    expect(p.createdAt).toBe(p.updatedAt);
    expect(p.status).toBe('draft');
  });

  it('starts service and script tasks as already automated, others not', () => {
    expect(createStepAssessment('p', { id: 's', type: 'bpmn:ServiceTask', name: 'x' }).alreadyAutomated).toBe(true);
    expect(createStepAssessment('p', { id: 's', type: 'bpmn:ScriptTask', name: 'x' }).alreadyAutomated).toBe(true);
    expect(createStepAssessment('p', { id: 's', type: 'bpmn:UserTask', name: 'x' }).alreadyAutomated).toBe(false);
  });

  it('counts the revision up on touch', () => {
    const p = createProcess({ departmentId: 'd', name: 'a', diagramXml: '' });
    const q = touch(p, { name: 'b' });
    expect(q.revision).toBe(2);
    expect(q.name).toBe('b');
    expect(p.name).toBe('a');
  });

  it('moves what was recorded for a removed step to another, which keeps its id, name, time and revision', () => {
    const orphan = {
      ...createStepAssessment('p', { id: 'old', type: 'bpmn:UserTask', name: 'Alt' }),
      answers: { R: 4 as const },
      quantities: { volume: 40 },
      buildingBlock: 'scan',
      prefilled: ['Mb' as const],
      notes: 'Notiz',
      notApplicable: true,
      orphanedAt: '2026-11-30T10:00:00.000Z',
      lastKnownName: 'Alt',
      revision: 7,
    };
    const target = { ...createStepAssessment('p', { id: 'new', type: 'bpmn:ServiceTask', name: 'Neu' }), lastKnownName: 'Neu', revision: 2 };

    const moved = answersMovedTo(orphan, target);

    expect(moved).toEqual({
      processId: 'p',
      stepId: 'new',
      answers: { R: 4 },
      quantities: { volume: 40 },
      buildingBlock: 'scan',
      prefilled: ['Mb'],
      notes: 'Notiz',
      notApplicable: true,
      alreadyAutomated: false,
      lastKnownName: 'Neu',
      updatedAt: target.updatedAt,
      revision: 2,
    });
  });
});
