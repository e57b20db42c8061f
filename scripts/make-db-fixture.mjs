// Writes tests/fixtures/db/v<current schema version>.json: a workspace stored by TODAY's code
// (repository, writer claim, one autosave batch) in an in-memory IndexedDB, dumped exactly as
// stored. Run it once per schema version, while that version is current, and commit the file:
// src/storage/databaseFixtures.test.ts then opens every stored version with the code of the day.
// An existing fixture is never overwritten (it was made by the code of its time) unless --force.
//   node scripts/make-db-fixture.mjs [--force]
import 'fake-indexeddb/auto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';

/** a fixed time in March 2024, so the fixture's records do not depend on when it was made */
const t = (day, hour = 9) => new Date(Date.UTC(2024, 2, day, hour, 15)).toISOString();

const server = await createServer({
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
  server: { middlewareMode: true, hmr: false, ws: false },
});
try {
  const load = (path) => server.ssrLoadModule(path);
  const { createDexieRepository } = await load('/src/storage/dexieRepository.ts');
  const { dumpDatabase } = await load('/src/storage/databaseDump.ts');
  const { currentSchemaVersion } = await load('/src/domain/migrations.ts');
  const { createDefaultCatalogue } = await load('/src/domain/criteria.ts');
  const { sampleDiagramXml } = await load('/src/bpmn/sample/sampleDiagram.ts');

  const target = `tests/fixtures/db/v${currentSchemaVersion}.json`;
  if (existsSync(target) && !process.argv.includes('--force')) {
    console.error(`${target} exists: it was written by the code of schema version ${currentSchemaVersion}. Use --force to replace it.`);
    process.exit(1);
  }

  const catalogue = createDefaultCatalogue();
  catalogue.version = 3;
  catalogue.updatedAt = t(20);
  catalogue.weights.as = { R: 0.4, Id: 0.2, Is: 0.2, Va: 0.2 };

  const departments = [
    { id: '5b0c4a52-0c4e-4b8e-9b3e-0d6f0a1c2e01', createdAt: t(1), updatedAt: t(2), revision: 2, name: 'Ordnungsamt – Gewerbe', code: 'Amt 32' },
    { id: '5b0c4a52-0c4e-4b8e-9b3e-0d6f0a1c2e02', createdAt: t(3), updatedAt: t(3), revision: 1, name: 'Bürgerbüro (Außenstelle Süd)', code: '' },
  ];
  const processes = [
    {
      id: '9e1f7b10-3d52-4c7a-8a61-6b2f1e0c4d01',
      createdAt: t(1),
      updatedAt: t(12, 14),
      revision: 7,
      departmentId: departments[0].id,
      name: 'Gewerbeanmeldung',
      lotse: 'Frau Öztürk',
      description: 'Vom Papierformular bis zur Bescheinigung; Gebühr 26 €.',
      status: 'assessed',
      diagramXml: sampleDiagramXml,
      workshopDate: '2024-03-14',
      participants: 'Sachbearbeitung, IT, Lotsin',
      ozgLevel: 2,
      ozgTarget: 4,
      catalogueVersion: 3,
    },
    {
      id: '9e1f7b10-3d52-4c7a-8a61-6b2f1e0c4d02',
      createdAt: t(5),
      updatedAt: t(5),
      revision: 1,
      departmentId: departments[1].id,
      name: 'Meldebescheinigung <ausstellen> & „versenden“',
      lotse: '',
      description: '',
      status: 'draft',
      diagramXml: sampleDiagramXml,
    },
  ];
  const record = (processId, stepId, fields, day) => ({
    processId,
    stepId,
    answers: {},
    quantities: {},
    notes: '',
    notApplicable: false,
    alreadyAutomated: false,
    updatedAt: t(day),
    revision: 1,
    ...fields,
  });
  const [p1, p2] = processes.map((process) => process.id);
  const assessments = [
    record(p1, 'Task_DatenAbtippen', { answers: { R: 5, Id: 1, Is: 4, Mb: 2, Sp: 5, Va: 4, Ex: 2, Sa: 3, Ap: 2, St: 1, Vm: true, Do: 2, Lf: 3, Er: false }, quantities: { volume: 1200, period: 'yearly', minutesPerCase: 12.5, errorRate: 0.08, reworkMinutes: 20, reviewMinutes: 3, mediaBreakMinutes: 4 }, buildingBlock: 'dataEntry', notes: 'Abtippen aus dem Formular – Medienbruch; Umlaute äöüß €', revision: 4 }, 10),
    record(p1, 'Task_AntragEntgegennehmen', { answers: { R: 2, Id: 1 }, quantities: { volume: 25, period: 'weekly' }, revision: 2 }, 11),
    record(p1, 'Task_GebuehrKassieren', { notApplicable: true, notes: 'Bargeld bleibt' }, 11),
    record(p1, 'Task_MeldungUebermitteln', { alreadyAutomated: true }, 12),
    record(p1, 'Task_Entfernt', { answers: { R: 3 }, orphanedAt: t(12, 15), lastKnownName: 'Akte anlegen (entfernt)' }, 12),
    record(p2, 'Task_FormularAusfuellen', { answers: { Mb: 0 } }, 13),
  ];
  const meta = { sampleSeeded: true, lastBackupAt: t(15, 17) };

  const repository = createDexieRepository('fixture');
  await repository.claimWriter('fixture-tab');
  await repository.replaceAll({ departments, processes, assessments: assessments.slice(0, 4), catalogue, meta });
  // the rest as the autosave writes it: one batch of changes in one transaction
  await repository.applyChanges([
    { kind: 'assessments', records: assessments.slice(4) },
    { kind: 'department', record: { ...departments[1], name: 'Bürgerbüro (Außenstelle Süd)', revision: 1 } },
  ]);
  repository.close();

  const dump = await dumpDatabase('fixture', currentSchemaVersion);
  mkdirSync('tests/fixtures/db', { recursive: true });
  writeFileSync(target, `${JSON.stringify(dump, null, 1)}\n`);
  console.log(`wrote ${target}: ${dump.stores.map((store) => `${store.name} ${store.rows.length}`).join(', ')}`);
} finally {
  await server.close();
}
