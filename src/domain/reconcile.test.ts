// Pins how stored answers follow the diagram: kept, created, orphaned (or dropped when blank),
// restored and renamed, and kept as they are for the steps of the file's other views.
import { describe, expect, it } from 'vitest';
import { createStepAssessment } from './assessment';
import type { Step, StepAssessment } from './assessment';
import { reconcile } from './reconcile';

const step = (id: string, name = `Schritt ${id}`, order = 0): Step => ({ id, name, type: 'bpmn:UserTask', order });

function storedFor(s: Step, extra: Partial<StepAssessment> = {}): StepAssessment {
  return { ...createStepAssessment('p', s), answers: { R: 4 }, notes: `Notiz ${s.id}`, ...extra };
}

const now = '2026-03-01T10:00:00.000Z';

describe('reconcile', () => {
  it('keeps unchanged answers as they are and saves nothing', () => {
    // given
    const a = storedFor(step('a'));
    // when
    const result = reconcile('p', [step('a')], [a], now);
    // then
    expect(result.active.get('a')).toBe(a);
    expect(result.changed).toEqual([]);
    expect(result.orphans).toEqual([]);
  });

  it('gives a new step a fresh, open assessment and reports it as created', () => {
    const serviceTask: Step = { ...step('svc'), type: 'bpmn:ServiceTask' };
    const result = reconcile('p', [step('new', 'Neu'), serviceTask], [], now);
    const fresh = result.active.get('new')!;
    expect(fresh.processId).toBe('p');
    expect(fresh.answers).toEqual({});
    expect(fresh.lastKnownName).toBe('Neu');
    expect(result.active.get('svc')!.alreadyAutomated).toBe(true);
    expect(result.created.map((r) => r.stepId)).toEqual(['new', 'svc']);
    expect(result.changed.map((r) => r.stepId)).toEqual(['new', 'svc']);
  });

  it('keeps the answers of a deleted step as an orphan, never drops them', () => {
    const gone = storedFor(step('gone', 'Akte prüfen'));
    const result = reconcile('p', [], [gone], now);
    expect(result.active.size).toBe(0);
    expect(result.orphaned).toHaveLength(1);
    const orphan = result.orphaned[0];
    expect(orphan.orphanedAt).toBe(now);
    expect(orphan.answers).toEqual({ R: 4 });
    expect(orphan.notes).toBe('Notiz gone');
    expect(orphan.lastKnownName).toBe('Akte prüfen');
    expect(orphan.revision).toBe(gone.revision + 1);
    expect(result.orphans).toEqual([orphan]);
    expect(result.changed).toEqual([orphan]);
  });

  it('drops the blank record of a deleted step instead of orphaning it, and keeps one with anything recorded', () => {
    const blank = createStepAssessment('p', step('blank'));
    const clearedAnswer = { ...createStepAssessment('p', step('cleared')), answers: { R: undefined } };
    const noteOnly = { ...createStepAssessment('p', step('note')), notes: 'Rückfrage' };
    const service = createStepAssessment('p', { ...step('svc'), type: 'bpmn:ServiceTask' });
    const notApplicable = { ...createStepAssessment('p', step('na')), notApplicable: true };
    const quantity = { ...createStepAssessment('p', step('qty')), quantities: { volume: 120 } };
    const block = { ...createStepAssessment('p', step('block')), buildingBlock: 'formular' };

    const result = reconcile('p', [], [blank, clearedAnswer, noteOnly, service, notApplicable, quantity, block], now);

    expect(result.dropped).toEqual(['blank', 'cleared']);
    expect(result.orphaned.map((record) => record.stepId)).toEqual(['note', 'svc', 'na', 'qty', 'block']);
    expect(result.changed.map((record) => record.stepId)).toEqual(['note', 'svc', 'na', 'qty', 'block']);
  });

  it('lists an already orphaned record again without changing it', () => {
    const old = storedFor(step('old'), { orphanedAt: '2026-01-01T00:00:00.000Z' });
    const result = reconcile('p', [], [old], now);
    expect(result.orphans).toEqual([old]);
    expect(result.orphaned).toEqual([]);
    expect(result.changed).toEqual([]);
  });

  it('restores the answers when the step comes back (undo)', () => {
    const old = storedFor(step('back'), { orphanedAt: '2026-01-01T00:00:00.000Z', revision: 3 });
    const result = reconcile('p', [step('back')], [old], now);
    const back = result.active.get('back')!;
    expect(back).not.toHaveProperty('orphanedAt');
    expect(back.answers).toEqual({ R: 4 });
    expect(back.revision).toBe(4);
    expect(result.restored).toEqual([back]);
    expect(result.changed).toEqual([back]);
    expect(result.orphans).toEqual([]);
  });

  it('keeps the answers of a renamed step and records its new name', () => {
    const a = storedFor(step('a', 'Alt'));
    const result = reconcile('p', [step('a', 'Neu')], [a], now);
    const renamed = result.active.get('a')!;
    expect(renamed.lastKnownName).toBe('Neu');
    expect(renamed.answers).toEqual({ R: 4 });
    expect(result.changed).toEqual([renamed]);
    expect(result.created).toEqual([]);
  });

  it('keeps the last name of a step whose name is taken away, so that it is still named once removed', () => {
    const a = storedFor(step('a', 'Antrag prüfen'));
    const unnamed = reconcile('p', [step('a', '')], [a], now);
    expect(unnamed.active.get('a')?.lastKnownName).toBe('Antrag prüfen');
    expect(unnamed.changed).toEqual([]);

    const removed = reconcile('p', [], [unnamed.active.get('a')!], now);
    expect(removed.orphans.map((orphan) => orphan.lastKnownName)).toEqual(['Antrag prüfen']);
  });

  it('leaves records of other processes out', () => {
    const foreign = { ...storedFor(step('x')), processId: 'other' };
    const result = reconcile('p', [step('x')], [foreign], now);
    expect(result.created.map((r) => r.processId)).toEqual(['p']);
    expect(result.orphans).toEqual([]);
  });

  it('keeps the answers of a step on another view of the file as they are: not shown, not orphaned, nothing saved', () => {
    // given an answered step that the file still holds, on a view other than the one shown
    const other = storedFor(step('other', 'Akte prüfen'));
    // when
    const result = reconcile('p', [step('shown'), { ...step('other', 'Akte prüfen'), inOtherView: true }], [other], now);
    // then
    expect([...result.active.keys()]).toEqual(['shown']);
    expect(result.inOtherViews).toEqual([other]);
    expect(result.inOtherViews[0]).toBe(other);
    expect(result.orphans).toEqual([]);
    expect(result.orphaned).toEqual([]);
    expect(result.changed.map((r) => r.stepId)).toEqual(['shown']);
  });

  it('gives a step on another view no record until its view is shown', () => {
    const result = reconcile('p', [{ ...step('other'), inOtherView: true }], [], now);
    expect(result.active.size).toBe(0);
    expect(result.inOtherViews).toEqual([]);
    expect(result.created).toEqual([]);
    expect(result.changed).toEqual([]);
  });

  it('takes the orphan mark off a step that is on another view of the file', () => {
    // given answers wrongly marked orphaned while another view was shown
    const marked = storedFor(step('other'), { orphanedAt: '2026-01-01T00:00:00.000Z' });
    // when
    const result = reconcile('p', [{ ...step('other'), inOtherView: true }], [marked], now);
    // then
    const kept = result.inOtherViews[0];
    expect(kept).not.toHaveProperty('orphanedAt');
    expect(kept.answers).toEqual({ R: 4 });
    expect(result.orphans).toEqual([]);
    expect(result.restored).toEqual([kept]);
    expect(result.changed).toEqual([kept]);
  });

  it('counts a step both shown and marked as on another view as shown', () => {
    const a = storedFor(step('a'));
    const result = reconcile('p', [{ ...step('a'), inOtherView: true }, step('a')], [a], now);
    expect(result.active.get('a')).toBe(a);
    expect(result.inOtherViews).toEqual([]);
  });

  it('gives a blank step whose type changed to or from a service or script task the default of its new type', () => {
    // given blank records made for a task, a service task and a script task, the latter two renamed since
    const task = step('task', 'Bescheid versenden');
    const service: Step = { ...step('service'), type: 'bpmn:ServiceTask' };
    const script: Step = { ...step('script'), type: 'bpmn:ScriptTask' };
    const stored = [createStepAssessment('p', task), { ...createStepAssessment('p', service), revision: 2 }, createStepAssessment('p', script)];
    // when the task becomes a service task, the service task a user task and the script task a service task
    const steps: Step[] = [{ ...task, type: 'bpmn:ServiceTask' }, step('service'), { ...script, type: 'bpmn:ServiceTask' }];
    const result = reconcile('p', steps, stored, now, [task, service, script]);
    // then the first two take their new type's default, the third keeps its own (the same)
    expect(result.active.get('task')!.alreadyAutomated).toBe(true);
    expect(result.active.get('task')!.revision).toBe(2);
    expect(result.active.get('service')!.alreadyAutomated).toBe(false);
    expect(result.active.get('service')!.revision).toBe(3);
    expect(result.active.get('script')).toBe(stored[2]);
    expect(result.changed.map((r) => r.stepId)).toEqual(['task', 'service']);
  });

  it('keeps what the user recorded for a step whose type changed', () => {
    // given a task marked automated by the user, a service task the user unmarked, and an answered task
    const marked = { ...createStepAssessment('p', step('marked')), alreadyAutomated: true };
    const unmarked = { ...createStepAssessment('p', { ...step('unmarked'), type: 'bpmn:ServiceTask' }), alreadyAutomated: false };
    const answered = storedFor(step('answered'));
    const before: Step[] = [step('marked'), { ...step('unmarked'), type: 'bpmn:ServiceTask' }, step('answered')];
    // when the first becomes a user task, the second a task and the third a script task
    const steps: Step[] = [step('marked'), { ...step('unmarked'), type: 'bpmn:Task' }, { ...step('answered'), type: 'bpmn:ScriptTask' }];
    const result = reconcile('p', steps, [marked, unmarked, answered], now, before);
    // then nothing changes
    expect(result.active.get('marked')).toBe(marked);
    expect(result.active.get('unmarked')).toBe(unmarked);
    expect(result.active.get('answered')).toBe(answered);
    expect(result.changed).toEqual([]);
  });

  it('leaves a blank record as it is when the type the steps had before is not known', () => {
    const blank = createStepAssessment('p', step('a'));
    const result = reconcile('p', [{ ...step('a'), type: 'bpmn:ServiceTask' }], [blank], now);
    expect(result.active.get('a')).toBe(blank);
    expect(result.changed).toEqual([]);
  });

  it('handles all cases in one pass', () => {
    // given kept, renamed, deleted, restored and new steps
    const stored = [
      storedFor(step('keep')),
      storedFor(step('rename', 'A')),
      storedFor(step('delete')),
      storedFor(step('restore'), { orphanedAt: '2026-01-01T00:00:00.000Z' }),
    ];
    const steps = [step('keep'), step('rename', 'B'), step('restore'), step('new')];
    // when
    const result = reconcile('p', steps, stored, now);
    // then
    expect([...result.active.keys()]).toEqual(['keep', 'rename', 'restore', 'new']);
    expect(result.changed.map((r) => r.stepId).sort()).toEqual(['delete', 'new', 'rename', 'restore']);
    expect(result.orphans.map((r) => r.stepId)).toEqual(['delete']);
  });
});
