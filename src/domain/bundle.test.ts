import { describe, expect, it } from 'vitest';
import type { Department, Process, StepAssessment } from './assessment';
import { applyMerge, createBundle, mergedNames, mergePlan, parseBundle } from './bundle';
import type { MergeDecision } from './bundle';
import { createDefaultCatalogue } from './criteria';
import { nameKey } from './recordNames';
import type { WorkspaceSnapshot } from './recordSchemas';
import { testAssessment } from './testing/fixtures';

const created = '2024-05-02T10:00:00.000Z';
const changed = '2024-05-03T11:15:00.000Z';

function department(id: string, name: string): Department {
  return { id, createdAt: created, updatedAt: changed, revision: 1, name, code: `Amt ${id}` };
}

function process(id: string, departmentId: string, name: string): Process {
  return {
    id,
    createdAt: created,
    updatedAt: changed,
    revision: 2,
    departmentId,
    name,
    lotse: 'Jürgen Weiß',
    description: 'Gebühr 25 € – Größe „groß“',
    status: 'draft',
    diagramXml: `<bpmn:definitions id="${id}"><bpmn:task name="Prüfen &amp; Übertragen"/></bpmn:definitions>`,
  };
}

function assessment(processId: string, stepId: string, notes = 'Übertrag in Fachverfahren, 3 € Porto'): StepAssessment {
  return testAssessment(stepId, {
    processId,
    answers: { R: 4, Mb: 2, Er: false },
    quantities: { volume: 250, period: 'monthly', minutesPerCase: 12.5 },
    notes,
    updatedAt: changed,
  });
}

function sampleSnapshot(): WorkspaceSnapshot {
  return {
    departments: [department('d-2', 'Ordnungsamt'), department('d-1', 'Bürgerbüro')],
    processes: [process('p-2', 'd-2', 'Sondernutzung'), process('p-1', 'd-1', 'Gewerbeanmeldung'), process('p-3', 'd-1', 'Meldebescheinigung')],
    assessments: [assessment('p-1', 'Task_B'), assessment('p-1', 'Task_A'), assessment('p-2', 'Task_A'), assessment('p-3', 'Task_X')],
    catalogue: createDefaultCatalogue(),
    meta: { lastBackupAt: created, sampleSeeded: true },
  };
}

const options = { appVersion: '0.1.0', createdAt: '2024-06-01T12:00:00.000Z' };

describe('createBundle', () => {
  it('wraps the workspace in a versioned envelope', () => {
    // given / when
    const envelope = JSON.parse(createBundle(sampleSnapshot(), options));
    // then
    expect(envelope).toMatchObject({ type: 'prozesslotse-backup', schemaVersion: 1, appVersion: '0.1.0', createdAt: options.createdAt, scope: 'workspace' });
    expect(envelope.data.processes.map((p: Process) => p.id)).toEqual(['p-1', 'p-2', 'p-3']);
  });

  it('for chosen processes holds their departments and assessments only, and no meta', () => {
    // given / when
    const envelope = JSON.parse(createBundle(sampleSnapshot(), { ...options, processIds: ['p-2'] }));
    // then
    expect(envelope.scope).toBe('processes');
    expect(envelope.data.processes.map((p: Process) => p.id)).toEqual(['p-2']);
    expect(envelope.data.departments.map((d: Department) => d.id)).toEqual(['d-2']);
    expect(envelope.data.assessments).toEqual([assessment('p-2', 'Task_A')]);
    expect(envelope.data.meta).toEqual({});
  });
});

describe('parseBundle', () => {
  it('round trip: bundle -> parse -> bundle is identical, umlauts and € intact', () => {
    // given
    const first = createBundle(sampleSnapshot(), options);
    // when
    const parsed = parseBundle(first);
    // then
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scope).toBe('workspace');
    expect(parsed.repairs).toEqual([]);
    expect(createBundle(parsed.snapshot, { appVersion: parsed.appVersion, createdAt: parsed.createdAt })).toBe(first);
    expect(parsed.snapshot.processes.find((p) => p.id === 'p-1')?.description).toBe('Gebühr 25 € – Größe „groß“');
    expect(parsed.snapshot.assessments[0].notes).toBe('Übertrag in Fachverfahren, 3 € Porto');
  });

  it('round trip keeps which answers a building block filled and which the user cleared', () => {
    // given "Dokument drucken" filled Mb 1; the user gave R 4 and cleared Id
    const snapshot = sampleSnapshot();
    const printed = { ...snapshot.assessments[0], buildingBlock: 'print', answers: { R: 4 as const, Mb: 1 }, prefilled: ['Mb' as const], cleared: ['Id' as const] };
    snapshot.assessments[0] = printed;
    // when
    const parsed = parseBundle(createBundle(snapshot, options));
    // then
    expect(parsed.ok && parsed.repairs).toEqual([]);
    expect(parsed.ok && parsed.snapshot.assessments.find((record) => record.processId === printed.processId && record.stepId === printed.stepId)).toEqual(printed);
  });

  it('round trip of a processes bundle keeps its scope', () => {
    const first = createBundle(sampleSnapshot(), { ...options, processIds: ['p-1', 'p-3'] });
    const parsed = parseBundle(first);
    expect(parsed.ok && parsed.scope).toBe('processes');
    expect(parsed.ok && parsed.snapshot.assessments).toHaveLength(3);
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseBundle(`\uFEFF${createBundle(sampleSnapshot(), options)}`).ok).toBe(true);
  });

  it('parses a 10,000-assessment bundle with umlauts and € in every note', () => {
    // given 10 processes with 1,000 assessed steps each
    const snapshot = sampleSnapshot();
    snapshot.processes = Array.from({ length: 10 }, (_, index) => process(`p-${index}`, 'd-1', `Vorgang ${index} – Überprüfung`));
    snapshot.assessments = snapshot.processes.flatMap((p) =>
      Array.from({ length: 1000 }, (_, step) => assessment(p.id, `Activity_${step}`, `Schritt ${step}: Gebühr ${step} € für Änderung`)),
    );
    const text = createBundle(snapshot, options);
    // when
    const parsed = parseBundle(text);
    // then
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.snapshot.assessments).toHaveLength(10_000);
    const found = parsed.snapshot.assessments.find((a) => a.processId === 'p-7' && a.stepId === 'Activity_999');
    expect(found?.notes).toBe('Schritt 999: Gebühr 999 € für Änderung');
  });

  it('keeps __proto__ keys of a hostile bundle out of every prototype', () => {
    // given a bundle whose data and records carry __proto__ and constructor keys
    const text = createBundle(sampleSnapshot(), options)
      .replace('"data":{', '"data":{"__proto__":{"polluted":"yes"},')
      .replace('"answers":{', '"answers":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},');
    // when
    const parsed = parseBundle(text);
    // then
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed.ok && (parsed.snapshot.assessments[0].answers as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports repairs it made, e.g. an out-of-range answer', () => {
    const text = createBundle(sampleSnapshot(), options).replace('"R":4', '"R":9');
    const parsed = parseBundle(text);
    expect(parsed.ok && parsed.repairs.length).toBe(1);
    expect(parsed.ok && parsed.snapshot.assessments[0].answers.R).toBeUndefined();
  });

  it('says which process and step each repair corrected', () => {
    // given a bundle whose answer of p-1's step Task_A is out of range
    const snapshot = sampleSnapshot();
    const text = createBundle(snapshot, options).replace('"R":4', '"R":9');
    // when
    const parsed = parseBundle(text);
    // then
    const gewerbe = snapshot.processes.find((p) => p.id === 'p-1');
    expect(parsed.ok && parsed.repaired).toEqual([{ kind: 'assessment', position: 1, processName: gewerbe?.name, step: 'Task_A' }]);
  });

  it('names an assessment left out because its process is not in the backup', () => {
    // given a bundle with one more assessment, of a process the backup does not hold
    const envelope = JSON.parse(createBundle(sampleSnapshot(), options));
    const text = JSON.stringify({ ...envelope, data: { ...envelope.data, assessments: [...envelope.data.assessments, assessment('p-gone', 'Task_Z')] } });
    // when
    const parsed = parseBundle(text);
    // then
    expect(parsed.ok && parsed.snapshot.assessments.map((a) => a.processId)).not.toContain('p-gone');
    expect(parsed.ok && parsed.repaired).toEqual([{ kind: 'assessment', position: 5, step: 'Task_Z', processMissing: true }]);
  });

  describe('refuses a backup whose records do not fit together', () => {
    const envelope = JSON.parse(createBundle(sampleSnapshot(), options));
    const withData = (data: Record<string, unknown>) => JSON.stringify({ ...envelope, data: { ...envelope.data, ...data } });
    const [firstProcess, ...otherProcesses] = envelope.data.processes;

    it('unknownDepartment: a process whose department is not in the backup, naming the process', () => {
      for (const text of [
        withData({ processes: [{ ...firstProcess, departmentId: 'does-not-exist' }, ...otherProcesses] }),
        withData({ departments: [] }),
      ]) {
        expect(parseBundle(text)).toMatchObject({ ok: false, error: 'unknownDepartment', record: { kind: 'process', position: 1, name: firstProcess.name } });
      }
    });

    it('brokenDiagram: a process whose diagram the caller\'s check finds fault with, naming the process; no check, no refusal', () => {
      // given a check that finds fault with one diagram only
      const faulty = '<bpmn:definitions><oops';
      const diagramProblem = (xml: string) => (xml === faulty ? 'not well-formed XML at 1:18' : undefined);
      const text = withData({ processes: [firstProcess, { ...otherProcesses[0], diagramXml: faulty }, otherProcesses[1]] });
      // when / then
      expect(parseBundle(text, { diagramProblem })).toEqual({
        ok: false,
        error: 'brokenDiagram',
        detail: 'processes[1].diagramXml: not well-formed XML at 1:18',
        record: { kind: 'process', position: 2, name: otherProcesses[0].name },
        field: 'diagramXml',
      });
      expect(parseBundle(createBundle(sampleSnapshot(), options), { diagramProblem }).ok).toBe(true);
      expect(parseBundle(text).ok).toBe(true);
    });

    it('unnamedProcess: a process whose name is empty or only spaces', () => {
      for (const name of ['', '   ']) {
        const text = withData({ processes: [firstProcess, { ...otherProcesses[0], name }] });
        expect(parseBundle(text)).toMatchObject({ ok: false, error: 'unnamedProcess', record: { kind: 'process', position: 2 } });
      }
    });
  });

  describe('error codes', () => {
    const valid = createBundle(sampleSnapshot(), options);

    it('tooLarge: over the byte limit, counting UTF-8 bytes', () => {
      // given 100 "ä" = 200 UTF-8 bytes
      const text = `"${'ä'.repeat(100)}"`;
      // when / then: 202 bytes > 150, although the string has 102 characters
      expect(parseBundle(text, { maxBytes: 150 })).toMatchObject({ ok: false, error: 'tooLarge' });
      expect(parseBundle(valid, { maxBytes: 100 })).toMatchObject({ ok: false, error: 'tooLarge' });
    });

    it('notJson: empty, XML, words, malformed JSON', () => {
      for (const text of ['', '   ', '<?xml version="1.0"?><definitions/>', 'Hallo', '{"type": x}', '{"a":1}}', '[1,,2]', '{"a" 1}']) {
        expect(parseBundle(text)).toMatchObject({ ok: false, error: 'notJson' });
      }
    });

    it('truncated: cut anywhere inside a valid bundle', () => {
      for (const length of [1, 30, Math.floor(valid.length / 2), valid.length - 1]) {
        expect(parseBundle(valid.slice(0, length))).toMatchObject({ ok: false, error: 'truncated' });
      }
      for (const text of ['{"a":"abc', '{"a":"\\u00', '{"a":tr', '[1,', '{"a":1.', '{"a"', '[[[[']) {
        expect(parseBundle(text)).toMatchObject({ ok: false, error: 'truncated' });
      }
    });

    it('wrongType: JSON that is not a backup of this app', () => {
      for (const text of ['[]', '42', '"prozesslotse-backup"', '{"type":"excalidraw","schemaVersion":1}', '{"schemaVersion":1,"data":{}}']) {
        expect(parseBundle(text)).toMatchObject({ ok: false, error: 'wrongType' });
      }
    });

    it('futureVersion: a bundle of a newer schema', () => {
      const text = valid.replace('"schemaVersion":1', '"schemaVersion":2');
      expect(parseBundle(text)).toEqual({ ok: false, error: 'futureVersion', detail: '2' });
    });

    it('invalid: a broken envelope or a record that cannot be restored', () => {
      const envelope = JSON.parse(valid);
      const broken = [
        { ...envelope, schemaVersion: 'eins' },
        { ...envelope, schemaVersion: 0 },
        { ...envelope, scope: 'alles' },
        { ...envelope, createdAt: 'heute' },
        { ...envelope, data: [] },
        { ...envelope, data: { ...envelope.data, processes: [{ ...envelope.data.processes[0], departmentId: null }] } },
        { ...envelope, data: { ...envelope.data, departments: [envelope.data.departments[0], envelope.data.departments[0]] } },
      ];
      for (const candidate of broken) {
        expect(parseBundle(JSON.stringify(candidate))).toMatchObject({ ok: false, error: 'invalid' });
      }
    });

    it('invalid: says which record and field are broken, or which field of the envelope', () => {
      const envelope = JSON.parse(valid);
      const [firstProcess, ...otherProcesses] = envelope.data.processes;
      const cases: [unknown, Record<string, unknown>][] = [
        [{ ...envelope, schemaVersion: 0 }, { record: { kind: 'envelope' }, field: 'schemaVersion' }],
        [{ ...envelope, schemaVersion: '1' }, { record: { kind: 'envelope' }, field: 'schemaVersion' }],
        [{ ...envelope, createdAt: 'gestern' }, { record: { kind: 'envelope' }, field: 'createdAt' }],
        [
          { ...envelope, data: { ...envelope.data, processes: [firstProcess, { ...otherProcesses[0], id: '' }] } },
          { record: { kind: 'process', position: 2, name: otherProcesses[0].name }, field: 'id' },
        ],
        [
          { ...envelope, data: { ...envelope.data, departments: [{ ...envelope.data.departments[0], name: 7 }] } },
          { record: { kind: 'department', position: 1 }, field: 'name' },
        ],
      ];
      for (const [candidate, where] of cases) {
        expect(parseBundle(JSON.stringify(candidate))).toMatchObject({ ok: false, error: 'invalid', ...where });
      }
    });
  });
});

describe('mergePlan and applyMerge', () => {
  /** names a copy kept beside the existing process, as the UI passes it in */
  const fromBackup = (name: string, number = 1) => (number === 1 ? `${name} (aus Sicherung)` : `${name} (aus Sicherung ${number})`);

  /** the process names of each department, compared as a person reads them */
  function namesByDepartment(snapshot: WorkspaceSnapshot): string[][] {
    const groups = new Map<string, string[]>();
    for (const p of snapshot.processes) groups.set(p.departmentId, [...(groups.get(p.departmentId) ?? []), nameKey(p.name)]);
    return [...groups.values()];
  }

  // existing: p-1 and p-2 in d-1 / d-2; incoming: p-1 changed, p-2 identical, p-4 new in new d-4
  function incomingSnapshot(): WorkspaceSnapshot {
    const base = sampleSnapshot();
    return {
      departments: [department('d-1', 'Bürgerbüro'), department('d-2', 'Ordnungsamt'), department('d-4', 'Standesamt')],
      processes: [{ ...process('p-1', 'd-1', 'Gewerbeanmeldung (Workshop Mai)'), revision: 5 }, process('p-2', 'd-2', 'Sondernutzung'), process('p-4', 'd-4', 'Eheschließung')],
      assessments: [assessment('p-1', 'Task_A', 'neu bewertet'), assessment('p-2', 'Task_A'), assessment('p-4', 'Task_E')],
      catalogue: { ...base.catalogue, version: 9 },
      meta: {},
    };
  }

  it('lists processes that already exist and says whether they are identical', () => {
    // given / when
    const plan = mergePlan(sampleSnapshot(), incomingSnapshot());
    // then
    expect(plan.conflicts.map((c) => [c.processId, c.identical])).toEqual([
      ['p-1', false],
      ['p-2', true],
    ]);
    expect(plan.conflicts[0].existing.name).toBe('Gewerbeanmeldung');
    expect(plan.conflicts[0].incoming.name).toBe('Gewerbeanmeldung (Workshop Mai)');
    expect(plan.newProcessIds).toEqual(['p-4']);
    expect(plan.catalogueDiffers).toBe(false);
  });

  it('says when each version of a process that exists was last changed, answers included, and which is newer', () => {
    // given p-1 changed later in the workspace (an answer after the process), p-2 later in the backup, p-3 at the same time
    const existing = sampleSnapshot();
    existing.assessments = existing.assessments.map((a) => (a.processId === 'p-1' && a.stepId === 'Task_A' ? { ...a, updatedAt: '2024-05-09T08:00:00.000Z' } : a));
    const incoming = sampleSnapshot();
    incoming.processes = incoming.processes.map((p) => ({ ...p, name: `${p.name} (neu)`, updatedAt: p.id === 'p-2' ? '2024-05-07T08:00:00.000Z' : p.updatedAt }));
    // when
    const plan = mergePlan(existing, incoming);
    // then
    expect(plan.conflicts.map((c) => [c.processId, c.existingChangedAt, c.incomingChangedAt, c.newer])).toEqual([
      ['p-2', changed, '2024-05-07T08:00:00.000Z', 'incoming'],
      ['p-1', '2024-05-09T08:00:00.000Z', changed, 'existing'],
      ['p-3', changed, changed, 'same'],
    ]);
  });

  it('says the backup\'s catalogue differs when a weight, a threshold or a setting does, not for version or date', () => {
    // given catalogues that differ in one value each of what scores, or only in version and date
    const existing = sampleSnapshot();
    const { weights, thresholds, settings } = existing.catalogue;
    const scoredOtherwise = [
      { ...existing.catalogue, weights: { ...weights, dsNeed: { ...weights.dsNeed, Mb: weights.dsNeed.Mb + 0.1 } } },
      { ...existing.catalogue, thresholds: { ...thresholds, automateMinAs: thresholds.automateMinAs + 1 } },
      { ...existing.catalogue, settings: { ...settings, fteCostPerYear: settings.fteCostPerYear + 1 } },
    ];
    const onlyRenumbered = { ...existing.catalogue, version: existing.catalogue.version + 1, updatedAt: changed };
    // when / then
    for (const catalogue of scoredOtherwise) expect(mergePlan(existing, { ...incomingSnapshot(), catalogue }).catalogueDiffers).toBe(true);
    expect(mergePlan(existing, { ...incomingSnapshot(), catalogue: onlyRenumbered }).catalogueDiffers).toBe(false);
  });

  it('replace swaps the process and all its assessments; new processes come with their department', () => {
    // given
    const decisions = new Map<string, MergeDecision>([['p-1', 'replace'], ['p-2', 'skip']]);
    // when
    const merged = applyMerge(sampleSnapshot(), incomingSnapshot(), decisions, fromBackup);
    // then
    expect(merged.processes.find((p) => p.id === 'p-1')?.name).toBe('Gewerbeanmeldung (Workshop Mai)');
    expect(merged.assessments.filter((a) => a.processId === 'p-1')).toEqual([assessment('p-1', 'Task_A', 'neu bewertet')]);
    expect(merged.processes.map((p) => p.id).sort()).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
    expect(merged.departments.map((d) => d.id)).toEqual(['d-2', 'd-1', 'd-4']);
    expect(merged.catalogue.version).toBe(1);
    expect(merged.meta).toEqual({ lastBackupAt: created, sampleSeeded: true });
  });

  it('keepBoth adds the incoming copy under a new UUID and the name the caller gives it, its assessments re-keyed', () => {
    // given
    const existing = sampleSnapshot();
    const incoming = incomingSnapshot();
    const incomingName = incoming.processes[0].name;
    // when
    const merged = applyMerge(existing, incoming, new Map([['p-1', 'keepBoth']]), fromBackup);
    // then
    expect(merged.processes.filter((p) => p.name === incomingName)).toEqual([]);
    const copies = merged.processes.filter((p) => p.name === fromBackup(incomingName));
    expect(copies).toHaveLength(1);
    const copyId = copies[0].id;
    expect(copyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(merged.assessments.filter((a) => a.processId === copyId)).toEqual([{ ...assessment('p-1', 'Task_A', 'neu bewertet'), processId: copyId }]);
    expect(merged.processes.find((p) => p.id === 'p-1')).toEqual(existing.processes[1]);
    expect(merged.assessments.filter((a) => a.processId === 'p-1')).toHaveLength(2);
  });

  it('skips an existing process without a decision: nothing is overwritten without asking', () => {
    // given
    const existing = sampleSnapshot();
    const incoming = incomingSnapshot();
    incoming.processes = incoming.processes.filter((p) => p.id !== 'p-4');
    incoming.departments = incoming.departments.filter((d) => d.id !== 'd-4');
    // when
    const merged = applyMerge(existing, incoming, new Map(), fromBackup);
    // then
    expect(merged).toEqual(existing);
  });

  it('does not bring a department whose only incoming processes were skipped', () => {
    const existing = sampleSnapshot();
    existing.processes.push(process('p-4', 'd-1', 'Eheschließung'));
    const merged = applyMerge(existing, incomingSnapshot(), new Map([['p-4', 'skip']]), fromBackup);
    expect(merged.departments.map((d) => d.id)).toEqual(['d-2', 'd-1']);
  });

  it('takes a department with the same code and name under another id (spaces and case aside) as the workspace\'s own', () => {
    // given a backup from another browser: its "Bürgerbüro" has another id, and another empty department looks like "Ordnungsamt"
    const existing = sampleSnapshot();
    const [ordnungsamt, buergerbuero] = existing.departments;
    const lookalike = (id: string, original: Department): Department => ({
      ...department(id, `  ${original.name.toUpperCase()} `),
      code: original.code.toLowerCase().replace(' ', '   '),
    });
    const incoming: WorkspaceSnapshot = {
      ...incomingSnapshot(),
      departments: [lookalike('d-elsewhere-1', buergerbuero), lookalike('d-elsewhere-2', ordnungsamt)],
      processes: [process('p-1', 'd-elsewhere-1', 'Gewerbeanmeldung'), process('p-3', 'd-elsewhere-1', 'Meldebescheinigung'), process('p-9', 'd-elsewhere-1', 'Fundsache')],
      assessments: [],
    };
    const decisions = new Map<string, MergeDecision>([['p-1', 'replace'], ['p-3', 'keepBoth']]);
    // when
    const merged = applyMerge(existing, incoming, decisions, fromBackup);
    // then no second department, and the replaced, the kept copy and the new process are in the existing one
    expect(merged.departments).toEqual(existing.departments);
    const taken = merged.processes.filter((p) => ['p-1', 'p-9'].includes(p.id) || p.name === fromBackup('Meldebescheinigung'));
    expect(taken.map((p) => p.departmentId)).toEqual([buergerbuero.id, buergerbuero.id, buergerbuero.id]);
  });

  it('gives a new process whose name its department already has a free name, as the preview says', () => {
    // given a backup from another browser: "Gewerbeanmeldung" under another id, in the same department
    const existing = sampleSnapshot();
    const taken = existing.processes.find((p) => p.id === 'p-1') as Process;
    const incoming: WorkspaceSnapshot = {
      ...incomingSnapshot(),
      departments: [existing.departments[1]],
      processes: [process('p-elsewhere', taken.departmentId, ` ${taken.name.toUpperCase()} `)],
      assessments: [],
    };
    // when
    const promised = mergedNames(existing, incoming, new Map(), fromBackup);
    const merged = applyMerge(existing, incoming, new Map(), fromBackup);
    // then
    const added = merged.processes.find((p) => p.id === 'p-elsewhere');
    expect(added?.name).toBe(fromBackup(incoming.processes[0].name.trim()));
    expect(promised.get('p-elsewhere')).toBe(added?.name);
    for (const names of namesByDepartment(merged)) expect(new Set(names).size).toBe(names.length);
  });

  it('keepBoth twice numbers the second copy, as the preview says', () => {
    // given the same backup added twice, each time keeping both
    const existing = sampleSnapshot();
    const incoming = incomingSnapshot();
    const keepBoth = new Map<string, MergeDecision>([['p-1', 'keepBoth']]);
    const once = applyMerge(existing, incoming, keepBoth, fromBackup);
    // when
    const promised = mergedNames(once, incoming, keepBoth, fromBackup);
    const twice = applyMerge(once, incoming, keepBoth, fromBackup);
    // then
    const copies = twice.processes.filter((p) => p.name.startsWith(incoming.processes[0].name));
    expect(copies.map((p) => p.name)).toEqual([fromBackup(incoming.processes[0].name), fromBackup(incoming.processes[0].name, 2)]);
    expect(promised.get('p-1')).toBe(copies[1].name);
    for (const names of namesByDepartment(twice)) expect(new Set(names).size).toBe(names.length);
  });

  it('adds a department whose name matches but whose code does not, as before', () => {
    // given a new process in a department called like an existing one but with another code
    const existing = sampleSnapshot();
    const other: Department = { ...department('d-99', existing.departments[0].name), code: 'Amt 99' };
    const incoming: WorkspaceSnapshot = { ...incomingSnapshot(), departments: [other], processes: [process('p-9', other.id, 'Fundsache')], assessments: [] };
    // when
    const merged = applyMerge(existing, incoming, new Map(), fromBackup);
    // then
    expect(merged.departments).toEqual([...existing.departments, other]);
    expect(merged.processes.find((p) => p.id === 'p-9')?.departmentId).toBe(other.id);
  });
});
