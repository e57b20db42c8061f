// The import summary of the real-world fixtures under ../shared/fixtures/bpmn: every warning
// prepareImport writes for them has a known kind (none ends up as
// 'other', the kind of a bpmn-moddle or bpmn-js message the import does not know), and the groups count what the parser itself reported (bpmn-moddle's own warnings, read
// apart from prepareImport) and what ../shared/fixtures/bpmn/SOURCES.md measured (noShape); where the
// parser leaves out more than the warnings name (what an element with a taken id holds), the summary
// says so.
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, test } from 'vitest';
import { summarizeImportWarnings } from '../domain/importWarningSummary';
import { i18n } from '../i18n/i18n';
import { prepareImport } from './importDiagram';

const fixtureRoot = '../../../shared/fixtures/bpmn/';
const fixtures = import.meta.glob<string>('../../../shared/fixtures/bpmn/**/*.bpmn', { query: '?raw', import: 'default' });
const fixtureNames = Object.keys(fixtures).map((path) => path.slice(fixtureRoot.length));

async function readFixture(name: string): Promise<string> {
  const load = fixtures[`${fixtureRoot}${name}`];
  if (!load) throw new Error(`no fixture ${name}`);
  return load();
}

/** what prepareImport warns about the fixture, by group */
async function summaryOf(xml: string, name: string) {
  const prepared = await prepareImport(xml, name);
  if (!prepared.ok) throw new Error(`${name} refused: ${prepared.code}`);
  return summarizeImportWarnings(prepared.warnings);
}

/** bpmn-moddle's own warnings about the file whose message matches `pattern` */
async function parserWarnings(xml: string, pattern: RegExp): Promise<number> {
  const { warnings } = await new BpmnModdle().fromXML(xml);
  return warnings.filter((warning) => pattern.test(warning.message)).length;
}

describe('import summary of the real-world fixtures', () => {
  test('the fixtures are there', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(34);
  });

  test('no warning of any fixture is left without a kind', { timeout: 120_000 }, async () => {
    const unknown: string[] = [];
    let warned = 0;
    for (const name of fixtureNames) {
      const prepared = await prepareImport(await readFixture(name), name);
      if (!prepared.ok) continue;
      warned += prepared.warnings.length;
      for (const warning of prepared.warnings) if (warning.kind === 'other') unknown.push(`${name}: ${warning.message}`);
    }
    expect(warned).toBeGreaterThan(61);
    expect(unknown).toEqual([]);
  });

  test('the 40-diagram Unstable Angina file: the elements with a taken id and the references to them, as the parser counts them', async () => {
    const name = 'large/UnstableAngina_CP-UA-CHE_40-diagrams.bpmn';
    const xml = await readFixture(name);
    const duplicates = await parserWarnings(xml, /nested error: duplicate ID </);
    const dangling = await parserWarnings(xml, /^unresolved reference </);
    // SOURCES.md: 61 warnings in all, every one of them of these two kinds
    expect(duplicates + dangling).toBe(61);

    expect(await summaryOf(xml, name)).toEqual([
      { group: 'duplicateIds', count: duplicates },
      { group: 'brokenReferences', count: dangling },
    ]);
  });

  test('the 40-diagram Unstable Angina file: the parser leaves out more elements than have a taken id, and the summary says that what they hold goes with them', async () => {
    const name = 'large/UnstableAngina_CP-UA-CHE_40-diagrams.bpmn';
    const xml = await readFixture(name);
    const duplicates = await parserWarnings(xml, /nested error: duplicate ID </);
    const withId = new DOMParser().parseFromString(xml, 'application/xml').querySelectorAll('[id]').length;
    const { elementsById } = await new BpmnModdle().fromXML(xml);

    // the elements with a taken id, and the sub-processes' steps and flows inside them
    expect(withId - Object.keys(elementsById).length).toBeGreaterThan(duplicates);
    const [{ group, count }] = await summaryOf(xml, name);
    expect(i18n.getFixedT('de', 'import')(`summary.${group}`, { count })).toMatch(/^\d+ Elemente mit doppelter ID wurden nicht übernommen, mit allem, was darin steht/);
    expect(i18n.getFixedT('en', 'import')(`summary.${group}`, { count })).toMatch(/^\d+ elements with a duplicate id were left out, with everything inside them/);
  });

  test('Reference B.2.0: the 3 flow nodes without a shape (SOURCES.md noShape) and the declared encoding', async () => {
    const name = 'miwg/Reference_B.2.0.bpmn';

    expect(await summaryOf(await readFixture(name), name)).toEqual([
      { group: 'notShown', count: 3 },
      { group: 'encoding', count: 1 },
    ]);
  });

  test('Bizagi: the vendor elements BPMN does not know, apart from the references the parser removed', async () => {
    const name = 'miwg/Bizagi-2.8_B.2.0-roundtrip.bpmn';
    const xml = await readFixture(name);
    const vendor = await parserWarnings(xml, /nested error: unknown type </);
    const dangling = await parserWarnings(xml, /^unresolved reference </);
    expect(vendor).toBeGreaterThan(0);

    expect(await summaryOf(xml, name)).toEqual([
      { group: 'brokenReferences', count: dangling },
      { group: 'vendorExtras', count: vendor, missingElsewhere: true },
    ]);
  });
});
