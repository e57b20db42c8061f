// The hostile backup bundles of tests/fixtures/hostile (scripts/make-hostile-corpus.mjs) through the
// restore path: parseBundle, then, only when it accepts, replaceAll into a Dexie database
// (fake-indexeddb). A refused bundle leaves every stored record as it was (all tables compared);
// an accepted one is stored and read back exactly, with no prototype polluted. The corpus's big
// generated bundles go through the app's restore end to end; here they are built in the test.
import { afterEach, describe, expect, test } from 'vitest';
import { createBundle, parseBundle } from '../domain/bundle';
import { createDefaultCatalogue } from '../domain/criteria';
import type { WorkspaceSnapshot } from '../domain/recordSchemas';
import manifest from '../../tests/fixtures/hostile/manifest.json';
import { createDexieRepository } from './dexieRepository';
import type { DexieRepository } from './dexieRepository';

interface BundleEntry {
  file: string;
  kind: string;
  expect: { refused?: string; restored?: { records?: number } };
}

const committed = import.meta.glob<string>('../../tests/fixtures/hostile/bundles/*.json', { query: '?raw', import: 'default', eager: true });
const bundles = (manifest.files as (BundleEntry & { generated?: boolean })[]).filter((entry) => entry.kind === 'bundle' && !entry.generated);
function readBundle(file: string): string {
  const text = committed[`../../tests/fixtures/hostile/${file}`];
  if (text === undefined) throw new Error(`${file} is not in the corpus`);
  return text;
}

let opened: DexieRepository[] = [];
let counter = 0;

/** A database holding a small workspace of its own, so "unchanged" means something. */
async function seededRepository(): Promise<DexieRepository> {
  counter += 1;
  const repository = createDexieRepository(`hostile-bundles-${counter}-${Math.random().toString(36).slice(2)}`, { onReadIssue: () => {} });
  opened.push(repository);
  const stamp = '2024-05-02T10:00:00.000Z';
  await repository.replaceAll({
    departments: [{ id: 'd-own', createdAt: stamp, updatedAt: stamp, revision: 1, name: 'Ordnungsamt', code: '32' }],
    processes: [
      { id: 'p-own', createdAt: stamp, updatedAt: stamp, revision: 3, departmentId: 'd-own', name: 'Sondernutzung', lotse: 'Frau Özdemir', description: '', status: 'draft', diagramXml: '<bpmn:definitions/>' },
    ],
    assessments: [
      { processId: 'p-own', stepId: 'Task_1', answers: { R: 5 }, quantities: {}, notes: 'eigene Notiz', notApplicable: false, alreadyAutomated: false, updatedAt: stamp, revision: 1 },
    ],
    catalogue: (await repository.snapshot()).catalogue,
    meta: { sampleSeeded: true },
  });
  return repository;
}

/** Every key and row of every table, read past the repository (raw Dexie tables). */
async function dump(repository: DexieRepository): Promise<string> {
  const tables = await Promise.all(
    repository.database.tables.map(async (table) => [table.name, await table.toCollection().primaryKeys(), await table.toArray()]),
  );
  return JSON.stringify(tables);
}

/** The restore path: only a bundle that parses is written. */
async function restore(repository: DexieRepository, text: string) {
  const result = parseBundle(text);
  if (result.ok) await repository.replaceAll(result.snapshot);
  return result;
}

/** Records in key order, as the repository reads them back. */
function inKeyOrder(snapshot: WorkspaceSnapshot): WorkspaceSnapshot {
  const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const key = (assessment: { processId: string; stepId: string }) => `${assessment.processId}\u0000${assessment.stepId}`;
  return {
    ...snapshot,
    departments: byId(snapshot.departments),
    processes: byId(snapshot.processes),
    assessments: [...snapshot.assessments].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
  };
}

function numbersIn(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'number') found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => numbersIn(item, found));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => numbersIn(item, found));
  return found;
}

function expectNoForeignPrototypes(snapshot: WorkspaceSnapshot): void {
  const records = [...snapshot.departments, ...snapshot.processes, ...snapshot.assessments, snapshot.meta, snapshot.catalogue];
  for (const record of records) {
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(record)).not.toContain('__proto__');
  }
  for (const assessment of snapshot.assessments) expect(Object.getPrototypeOf(assessment.answers)).toBe(Object.prototype);
}

afterEach(() => {
  for (const repository of opened) repository.close();
  opened = [];
});

describe('restoring hostile backup bundles', () => {
  test('given the corpus, then it holds refused and restorable bundles', () => {
    expect(bundles.filter((entry) => entry.expect.refused).length).toBeGreaterThanOrEqual(7);
    expect(bundles.filter((entry) => entry.expect.restored).length).toBeGreaterThanOrEqual(5);
  });

  test.each(bundles.filter((entry) => entry.expect.refused).map((entry) => [entry.file, entry.expect.refused] as const))(
    'given %s, when it is restored, then it is refused as %s and nothing stored changes',
    async (file, code) => {
      const repository = await seededRepository();
      const before = await dump(repository);

      const result = await restore(repository, readBundle(file));

      expect(result).toMatchObject({ ok: false, error: code });
      expect(await dump(repository)).toBe(before);
    },
  );

  test.each(bundles.filter((entry) => entry.expect.restored).map((entry) => [entry.file] as const))(
    'given %s, when it is restored, then it is stored and read back as parsed, with no prototype touched',
    async (file) => {
      const repository = await seededRepository();

      const result = await restore(repository, readBundle(file));

      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expectNoForeignPrototypes(result.snapshot);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
      const stored = await repository.snapshot();
      expect(inKeyOrder(stored)).toEqual(inKeyOrder(result.snapshot));
    },
    30_000,
  );

  test('given __proto__ keys on the envelope, the data, a record and its answers, when restored, then the records hold only their own fields', () => {
    const result = parseBundle(readBundle('bundles/proto-keys.json'));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [department] = result.snapshot.departments;
    expect(department).toEqual({ id: '00000000-0000-4000-8000-000000000001', createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z', revision: 1, name: 'Bürgeramt', code: 'Amt 33' });
    expect(result.snapshot.assessments[0].answers).toEqual({ R: 4, Id: 3 });
    expect('polluted' in department).toBe(false);
  });

  test('given negative counts, 1e999, a text for a number and a revision of -3, when restored, then every bad value is removed or repaired and said so', () => {
    const result = parseBundle(readBundle('bundles/negative-and-overflowing-numbers.json'));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [assessment] = result.snapshot.assessments;
    // R -1 (levels are 1–5), Mb -2 (a count ≥ 0) and Ap 0 (≥ 1) go; Id 3 stays
    expect(assessment.answers).toEqual({ Id: 3 });
    // volume -120, minutesPerCase "NaN", errorRate 7 (a share ≤ 1) and reworkMinutes 1e999 (Infinity) go
    expect(assessment.quantities).toEqual({ period: 'monthly' });
    expect(assessment.revision).toBeGreaterThanOrEqual(1);
    expect(numbersIn(result.snapshot).every((number) => Number.isFinite(number) && number >= 0)).toBe(true);
    expect(result.repairs.length).toBeGreaterThanOrEqual(8);
  });

  test('given markup in every text field, when restored, then each text is kept exactly as written', () => {
    const raw = JSON.parse(readBundle('bundles/html-in-every-field.json')) as { data: WorkspaceSnapshot };
    const result = parseBundle(readBundle('bundles/html-in-every-field.json'));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [department] = result.snapshot.departments;
    const [process] = result.snapshot.processes;
    expect(department.name).toBe(raw.data.departments[0].name);
    expect(department.name).toContain('<img src="/__pwned-img" onerror=');
    expect(process.name).toBe(raw.data.processes[0].name);
    expect(process.lotse).toBe(raw.data.processes[0].lotse);
    expect(process.description).toBe(raw.data.processes[0].description);
    expect(process.diagramXml).toBe(raw.data.processes[0].diagramXml);
    expect(result.snapshot.assessments[0].notes).toBe(raw.data.assessments[0].notes);
  });

  test('given a 10,000-record backup with umlauts and € in every text, when restored, then all 10,000 records come back with every character', async () => {
    const stamp = '2025-03-01T09:00:00.000Z';
    const record = { createdAt: stamp, updatedAt: stamp, revision: 1 };
    const departments = Array.from({ length: 20 }, (_, index) => ({ ...record, id: `d-${index}`, name: `Amt für Straßenbau und Grünflächen ${index} – Größe €`, code: `Ä${index}` }));
    const processes = Array.from({ length: 400 }, (_, index) => ({
      ...record,
      id: `p-${index}`,
      departmentId: `d-${index % 20}`,
      name: `Überprüfung der Gebühr ${index} €`,
      lotse: 'Jürgen Weiß',
      description: 'Äußerst häufig: Gebühren über 1.000 € prüfen.',
      status: 'draft' as const,
      diagramXml: `<bpmn:definitions name="Öffnung ${index} €"/>`,
    }));
    const assessments = Array.from({ length: 9_580 }, (_, index) => ({
      processId: `p-${index % 400}`,
      stepId: `Task_${Math.floor(index / 400)}`,
      answers: {},
      quantities: {},
      notes: `Notiz ${index}: Maßnahme kostet 12,50 € – übermäßig häufig.`,
      notApplicable: false,
      alreadyAutomated: false,
      updatedAt: stamp,
      revision: 1,
    }));
    const backup: WorkspaceSnapshot = { departments, processes, assessments, catalogue: createDefaultCatalogue(), meta: {} };
    const repository = await seededRepository();

    await restore(repository, createBundle(backup, { appVersion: '0.1.0' }));

    const stored = await repository.snapshot();
    expect(stored.departments.length + stored.processes.length + stored.assessments.length).toBe(10_000);
    expect(inKeyOrder(stored)).toEqual(inKeyOrder(backup));
    // the workspace's own records are gone: a restore replaces, it does not mix
    expect(stored.processes.some((process) => process.id === 'p-own')).toBe(false);
  }, 60_000);

  test('given a 5 MB name, a 10 MB note and 100,000 nested arrays under an unknown key, when restored, then the texts come back whole and the unknown key is dropped', async () => {
    const name = `${'Ü'.repeat(5 * 1024 * 1024 - 1)}€`;
    const notes = '€ü'.repeat(5 * 1024 * 1024);
    const text = readBundle('bundles/html-in-every-field.json')
      .replace('"name": "Prozess <script>window.__pwned=1;alert(1)</script>"', `"name": "${name}"`)
      .replace('"notes": "${window.__pwned=1}"', `"notes": "${notes}"`)
      .replace('"meta": {}', `"meta": {"deep": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const repository = await seededRepository();

    const result = await restore(repository, text);

    expect(result.ok).toBe(true);
    const stored = await repository.snapshot();
    expect(stored.processes[0].name).toBe(name);
    expect(stored.assessments[0].notes).toBe(notes);
    expect(stored.meta).toEqual({});
  }, 30_000);
});
