import { describe, expect, it } from 'vitest';
import type { Department, Process, StepAssessment } from './assessment';
import { createDefaultCatalogue, keptCatalogueVersions } from './criteria';
import {
  restoreCatalogue,
  restoreDepartment,
  restoreProcess,
  restoreSnapshot,
  restoreStepAssessment,
  restoreWorkspaceMeta,
} from './restore';

const t1 = '2024-03-01T08:00:00.000Z';
const t2 = '2024-03-02T09:30:00.000Z';

const department: Department = { id: 'd-1', createdAt: t1, updatedAt: t2, revision: 2, name: 'Personal und Organisation', code: 'Amt 10' };
const process: Process = {
  id: 'p-1',
  createdAt: t1,
  updatedAt: t2,
  revision: 3,
  departmentId: 'd-1',
  name: 'Gewerbeanmeldung',
  lotse: 'Frau Öztürk',
  description: 'Anmeldung eines Gewerbes',
  status: 'workshop',
  diagramXml: '<definitions/>',
};
const assessment: StepAssessment = {
  processId: 'p-1',
  stepId: 'Task_1',
  answers: { R: 4, Mb: 2, Vm: true, Lf: 3 },
  quantities: { volume: 1200, period: 'yearly', minutesPerCase: 15, errorRate: 0.1 },
  notes: 'Prüfung €',
  notApplicable: false,
  alreadyAutomated: false,
  updatedAt: t2,
  revision: 1,
};

describe('restore of single records', () => {
  it('passes a valid department through unchanged, without repairs', () => {
    // given / when
    const result = restoreDepartment(department);
    // then
    expect(result).toEqual({ ok: true, value: department, repairs: [] });
  });

  it('fills defaults: missing code, missing revision', () => {
    // given a department written without code and revision
    const raw = { id: 'd-1', createdAt: t1, updatedAt: t2, name: 'Bürgerbüro' };
    // when
    const result = restoreDepartment(raw);
    // then
    expect(result.ok && result.value).toEqual({ id: 'd-1', createdAt: t1, updatedAt: t2, revision: 1, name: 'Bürgerbüro', code: '' });
  });

  it('fills defaults of a step assessment: notes, flags, answers, quantities', () => {
    // given
    const raw = { processId: 'p-1', stepId: 'Task_1', updatedAt: t2 };
    // when
    const result = restoreStepAssessment(raw);
    // then
    expect(result).toEqual({
      ok: true,
      value: { processId: 'p-1', stepId: 'Task_1', answers: {}, quantities: {}, notes: '', notApplicable: false, alreadyAutomated: false, updatedAt: t2, revision: 1 },
      repairs: [],
    });
  });

  it('drops out-of-range answers and records a repair for each', () => {
    // given R = 7 (levels are 1..5), Lf = 2 (only 1, 3, 5), Mb = -1 (a count ≥ 0), Ap = 0 (count ≥ 1), Id = 3 valid
    const raw = { ...assessment, answers: { R: 7, Lf: 2, Mb: -1, Ap: 0, Id: 3 } };
    // when
    const result = restoreStepAssessment(raw);
    // then
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.answers).toEqual({ Id: 3 });
    expect(result.repairs).toHaveLength(4);
    expect(result.repairs.some((note) => note.startsWith('assessment.answers.R:'))).toBe(true);
  });

  it('drops NaN, infinite and negative quantities and an error rate above 1', () => {
    // given
    const raw = { ...assessment, quantities: { volume: Number.NaN, minutesPerCase: -5, reworkMinutes: Number.POSITIVE_INFINITY, errorRate: 1.5, reviewMinutes: 3 } };
    // when
    const result = restoreStepAssessment(raw);
    // then
    expect(result.ok && result.value.quantities).toEqual({ reviewMinutes: 3 });
    expect(result.ok && result.repairs).toHaveLength(4);
  });

  it('replaces a non-object answers field by {} and an unknown building block by nothing', () => {
    const result = restoreStepAssessment({ ...assessment, answers: 'R=5', buildingBlock: 'teleport' });
    expect(result.ok && result.value.answers).toEqual({});
    expect(result.ok && result.value.buildingBlock).toBeUndefined();
    expect(result.ok && result.repairs).toHaveLength(2);
  });

  it('keeps the lists of pre-filled and cleared answers; a record without them stays valid', () => {
    // given "Dokument scannen" filled R and Mb; the user cleared Id
    const raw = { ...assessment, answers: { R: 5, Mb: 1 }, buildingBlock: 'scan', prefilled: ['R', 'Mb'], cleared: ['Id'] };
    // when
    const result = restoreStepAssessment(raw);
    // then
    expect(result).toEqual({ ok: true, value: raw, repairs: [] });
    expect(restoreStepAssessment(assessment)).toEqual({ ok: true, value: assessment, repairs: [] });
  });

  it('drops from the pre-filled list unknown codes, codes without an answer and repeats, each with a note', () => {
    // given "Xy" is no criterion, Sp has no answer, R is named twice
    const raw = { ...assessment, answers: { R: 5, Mb: 1 }, prefilled: ['R', 'Xy', 'Sp', 'Mb', 'R'] };
    // when
    const result = restoreStepAssessment(raw);
    // then the answers stay; only what the list says wrongly goes
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.answers).toEqual({ R: 5, Mb: 1 });
    expect(result.value.prefilled).toEqual(['R', 'Mb']);
    expect(result.repairs).toEqual([expect.stringMatching(/^assessment\.prefilled: .*; dropped "Xy", "Sp", "R"$/)]);
  });

  it('drops a pre-filled code whose answer is dropped, and cleared codes that have an answer', () => {
    // given R = 7 is out of range and dropped; Mb is answered, so it cannot have been cleared
    const raw = { ...assessment, answers: { R: 7, Mb: 1 }, prefilled: ['R'], cleared: ['Mb', 'Id'] };
    // when
    const result = restoreStepAssessment(raw);
    // then
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.answers).toEqual({ Mb: 1 });
    expect(result.value).not.toHaveProperty('prefilled');
    expect(result.value.cleared).toEqual(['Id']);
  });

  it('removes a pre-filled or cleared list that is not a list', () => {
    const result = restoreStepAssessment({ ...assessment, prefilled: 'R', cleared: { R: true } });
    expect(result.ok && result.value).not.toHaveProperty('prefilled');
    expect(result.ok && result.value).not.toHaveProperty('cleared');
    expect(result.ok && result.repairs).toHaveLength(2);
  });

  it('repairs a bad status to draft and a bad revision to 1, with notes', () => {
    // given
    const raw = { ...process, status: 'fertig', revision: -2 };
    // when
    const result = restoreProcess(raw);
    // then
    expect(result.ok && result.value.status).toBe('draft');
    expect(result.ok && result.value.revision).toBe(1);
    expect(result.ok && result.repairs).toHaveLength(2);
  });

  it('repairs a broken createdAt from updatedAt and both broken to the epoch', () => {
    const one = restoreProcess({ ...process, createdAt: 'gestern' });
    expect(one.ok && one.value.createdAt).toBe(t2);
    const both = restoreProcess({ ...process, createdAt: 42, updatedAt: undefined });
    expect(both.ok && [both.value.createdAt, both.value.updatedAt]).toEqual(['1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z']);
  });

  it('rejects what cannot be repaired with a specific code and the failing path', () => {
    expect(restoreProcess({ ...process, departmentId: undefined })).toMatchObject({ ok: false, error: 'invalid', detail: expect.stringContaining('process.departmentId') });
    expect(restoreProcess({ ...process, diagramXml: 17 })).toMatchObject({ ok: false, error: 'invalid' });
    expect(restoreDepartment({ ...department, id: '' })).toMatchObject({ ok: false, error: 'invalid' });
    expect(restoreStepAssessment({ ...assessment, stepId: undefined })).toMatchObject({ ok: false, error: 'invalid' });
    expect(restoreDepartment('Amt 10')).toEqual({ ok: false, error: 'notAnObject', detail: 'department' });
    expect(restoreDepartment(null)).toMatchObject({ ok: false, error: 'notAnObject' });
    expect(restoreDepartment([department])).toMatchObject({ ok: false, error: 'notAnObject' });
  });

  it('strips unknown keys and never lets __proto__ or constructor keys pollute prototypes', () => {
    // given JSON with hostile keys at the top level and inside answers
    const raw: unknown = JSON.parse(
      JSON.stringify({ ...assessment, answers: { R: 5 } })
        .replace('{', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},')
        .replace('"answers":{', '"answers":{"__proto__":{"R":1,"polluted":"yes"},'),
    );
    // when
    const result = restoreStepAssessment(raw);
    // then
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value)).not.toContain('__proto__');
    expect(Object.keys(result.value)).not.toContain('constructor');
    expect(result.value.answers).toEqual({ R: 5 });
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((result.value as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the caller\'s raw object unchanged while repairing', () => {
    const raw = { ...assessment, answers: { R: 9 } };
    restoreStepAssessment(raw);
    expect(raw.answers).toEqual({ R: 9 });
  });

  it('fills a catalogue\'s missing or broken values from the default catalogue', () => {
    // given a catalogue with a negative weight, a missing settings block and a too-short tuple
    const defaults = createDefaultCatalogue();
    const raw = {
      ...defaults,
      version: 4,
      weights: { ...defaults.weights, dsNeed: { Mb: -1, Id: 0.4 } },
      thresholds: { ...defaults.thresholds, mbLevels: [1, 3] },
      settings: undefined,
    };
    // when
    const result = restoreCatalogue(raw);
    // then
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.version).toBe(4);
    expect(result.value.weights.dsNeed).toEqual({ Mb: 0.6, Id: 0.4 });
    expect(result.value.thresholds.mbLevels).toEqual([1, 3, 4, 5]);
    expect(result.value.settings).toEqual({ workingDaysPerYear: 200, hoursPerDay: 7.8, fteCostPerYear: 70_000, realisationFactor: 0.8, discretionCap: 50 });
    expect(result.repairs).toHaveLength(3);
  });

  it('keeps a catalogue\'s earlier versions, leaves out the ones that cannot be read and of too many keeps the newest', () => {
    const defaults = createDefaultCatalogue();
    const earlier = (version: number) => ({ ...defaults, version, updatedAt: new Date(Date.UTC(2026, 0, version)).toISOString() });
    const readable = restoreCatalogue({ ...defaults, version: 3, history: [earlier(1), earlier(2)] });
    expect(readable.ok && readable.value.history?.map((entry) => entry.version)).toEqual([1, 2]);
    expect(readable.ok && readable.repairs).toEqual([]);

    const broken = restoreCatalogue({ ...defaults, version: 4, history: [earlier(1), { ...earlier(2), weights: 'schwer' }, earlier(3)] });
    expect(broken.ok && broken.value.history?.map((entry) => entry.version)).toEqual([1, 3]);
    expect(broken.ok && broken.value.version).toBe(4);
    expect(broken.ok && broken.repairs).toHaveLength(1);

    const many = Array.from({ length: keptCatalogueVersions + 5 }, (_, index) => earlier(index + 1));
    const trimmed = restoreCatalogue({ ...defaults, version: many.length + 1, history: many });
    expect(trimmed.ok && trimmed.value.history?.map((entry) => entry.version)).toEqual(many.slice(5).map((entry) => entry.version));

    const notAList = restoreCatalogue({ ...defaults, version: 2, history: 'alles' });
    expect(notAList.ok && notAList.value).not.toHaveProperty('history');
  });

  it('drops a broken lastBackupAt of the workspace meta', () => {
    const result = restoreWorkspaceMeta({ lastBackupAt: 'bald', sampleSeeded: true });
    expect(result).toMatchObject({ ok: true, value: { sampleSeeded: true } });
    expect(result.ok && result.repairs).toHaveLength(1);
  });
});

describe('restoreSnapshot', () => {
  const snapshot = {
    departments: [department],
    processes: [process],
    assessments: [assessment],
    catalogue: createDefaultCatalogue(),
    meta: { sampleSeeded: true },
  };

  it('restores a valid snapshot unchanged', () => {
    expect(restoreSnapshot(snapshot)).toEqual({ ok: true, value: snapshot, repairs: [], repairedRecords: [] });
  });

  it('fills a missing catalogue and meta, notes the catalogue', () => {
    const result = restoreSnapshot({ departments: [department], processes: [process], assessments: [] });
    expect(result.ok && result.value.catalogue).toEqual(createDefaultCatalogue());
    expect(result.ok && result.value.meta).toEqual({});
    expect(result.ok && result.repairs).toHaveLength(1);
  });

  it('removes assessments of processes that are not in the snapshot, with a note', () => {
    const stray = { ...assessment, processId: 'p-gone' };
    const result = restoreSnapshot({ ...snapshot, assessments: [assessment, stray] });
    expect(result.ok && result.value.assessments).toEqual([assessment]);
    expect(result.ok && result.repairs).toEqual(['assessments: 1 assessment(s) of processes not in the snapshot removed']);
  });

  it('lists a removed assessment among the repaired records, once, in order', () => {
    // given a stray assessment first, a repaired one second and a stray and repaired one third
    const stray = { ...assessment, processId: 'p-gone' };
    const repairedAnswer = { ...assessment, stepId: 'Task_2', answers: { R: 9 } };
    const strayAndRepaired = { ...stray, stepId: 'Task_3', answers: { R: 9 } };
    // when
    const result = restoreSnapshot({ ...snapshot, assessments: [stray, repairedAnswer, strayAndRepaired] });
    // then
    expect(result.ok && result.repairedRecords).toEqual([
      { part: 'assessments', index: 0 },
      { part: 'assessments', index: 1 },
      { part: 'assessments', index: 2 },
    ]);
  });

  it('rejects two processes with the same id, and two records for one step', () => {
    expect(restoreSnapshot({ ...snapshot, processes: [process, { ...process, name: 'Kopie' }] })).toEqual({ ok: false, error: 'duplicateId', detail: 'p-1' });
    expect(restoreSnapshot({ ...snapshot, assessments: [assessment, assessment] })).toEqual({ ok: false, error: 'duplicateId', detail: 'p-1 / Task_1' });
  });

  it('rejects the whole snapshot when one record cannot be restored, naming it', () => {
    const result = restoreSnapshot({ ...snapshot, processes: [process, { id: 'p-2' }] });
    expect(result).toMatchObject({ ok: false, error: 'invalid', detail: expect.stringMatching(/^processes\[1\]\.departmentId: /) });
  });

  it('names the place and field of the record that cannot be restored, and the places of the records it repaired', () => {
    expect(restoreSnapshot({ ...snapshot, processes: [process, { ...process, id: 'p-2', diagramXml: 7 }] })).toMatchObject({
      ok: false,
      place: { part: 'processes', index: 1 },
      field: 'diagramXml',
    });
    const repaired = restoreSnapshot({ ...snapshot, assessments: [assessment, { ...assessment, stepId: 'Task_2', answers: { R: 9 } }] });
    expect(repaired.ok && repaired.repairedRecords).toEqual([{ part: 'assessments', index: 1 }]);
  });

  it('rejects a list that is not a list', () => {
    expect(restoreSnapshot({ ...snapshot, processes: { 0: process } })).toMatchObject({ ok: false, error: 'invalid' });
  });
});
