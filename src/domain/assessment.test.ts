import { describe, expect, it } from 'vitest';
import { createProcess, createStepAssessment, touch } from './assessment';

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
});
