// The import check's parse and a stored process's parse made ahead, imported into the editor's
// modeller instead of a second parse: the modeller must end up exactly as if it had parsed the XML
// itself (elements, warnings, ids, export).
import { describe, expect, onTestFinished, test, vi } from 'vitest';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Modeler from 'bpmn-js/lib/Modeler';
import { importView } from './diagramViews';
import { exportBpmn } from './exportDiagram';
import { prepareImport } from './importDiagram';
import { parseAhead, plainParser, takeParsedImport } from './parsedImport';
import { mountModeler } from './testing/mountModeler';

const fixtures = import.meta.glob<string>('../../../shared/fixtures/bpmn/**/*.bpmn', { query: '?raw', import: 'default' });

async function fixture(path: string): Promise<string> {
  return fixtures[`../../../shared/fixtures/bpmn/${path}`]();
}

function elementIds(modeler: Modeler): string[] {
  return modeler
    .get<ElementRegistry>('elementRegistry')
    .getAll()
    .map((element) => element.id)
    .sort();
}

/** Imports the XML twice: once by parsing it, once from the import check's parse; returns both modellers. */
async function importBothWays(path: string, diagramId?: string) {
  const prepared = await prepareImport(await fixture(path));
  if (!prepared.ok) throw new Error(`fixture ${path} did not pass the check: ${prepared.code}`);
  const parsed = await takeParsedImport(prepared.xml);
  if (!parsed) throw new Error(`the check of ${path} kept no parse`);
  const { modeler: fromXml } = await mountModeler();
  const { modeler: fromParse } = await mountModeler();
  const xmlWarnings = await importView(fromXml, prepared.xml, diagramId);
  const parseWarnings = await importView(fromParse, prepared.xml, diagramId, parsed);
  return { fromXml, fromParse, xmlWarnings, parseWarnings };
}

function messages(warnings: unknown[]): string[] {
  return warnings.map((warning) => String((warning as { message?: unknown }).message));
}

describe('an imported file is parsed once', () => {
  test('given a checked file, when the editor imports its parse, then elements, warnings and export equal a parse of the XML', async () => {
    const { fromXml, fromParse, xmlWarnings, parseWarnings } = await importBothWays('bpmn-io/examples_pizza-collaboration.bpmn');
    expect(elementIds(fromParse)).toEqual(elementIds(fromXml));
    expect(messages(parseWarnings)).toEqual(messages(xmlWarnings));
    expect(await exportBpmn(fromParse)).toBe(await exportBpmn(fromXml));
  });

  test('given a file with several views, when its parse is imported with a chosen view, then that view as from the XML', async () => {
    // SOURCES.md: 4 views of one model
    const path = 'miwg/Reference_C.4.0.bpmn';
    const prepared = await prepareImport(await fixture(path));
    if (!prepared.ok) throw new Error('fixture rejected');
    const view = prepared.diagrams[prepared.diagrams.length - 1].id;
    const { fromXml, fromParse } = await importBothWays(path, view);
    expect(elementIds(fromParse)).toEqual(elementIds(fromXml));
    expect(elementIds(fromParse)).not.toEqual(elementIds((await importBothWays(path)).fromParse));
  });

  test('given a file with parser warnings, when its parse is imported, then the same warnings in the same order', async () => {
    // SOURCES.md: 11 parser warnings, 11 modeller warnings
    const { xmlWarnings, parseWarnings } = await importBothWays('miwg/Bizagi-2.8_B.2.0-roundtrip.bpmn');
    expect(xmlWarnings).toHaveLength(11);
    expect(messages(parseWarnings)).toEqual(messages(xmlWarnings));
  });

  test('given an imported parse, when a task is added, then it gets an id no parsed element has', async () => {
    const { fromParse } = await importBothWays('bpmn-io/examples_pizza-collaboration.bpmn');
    const registry = fromParse.get<ElementRegistry>('elementRegistry');
    const parsedIds = new Set(registry.getAll().map((element) => element.id));
    const moddle = fromParse.get<{ ids: { assigned(id: string): unknown } }>('moddle');
    for (const id of parsedIds) if (!id.endsWith('_label') && !id.endsWith('_plane')) expect(moddle.ids.assigned(id)).toBeTruthy();
    const modeling = fromParse.get<{ createShape(shape: unknown, position: { x: number; y: number }, parent: unknown): { id: string } }>('modeling');
    const elementFactory = fromParse.get<{ createShape(attrs: { type: string }): unknown }>('elementFactory');
    const participant = registry.filter((element) => element.type === 'bpmn:Participant')[0];
    const task = modeling.createShape(elementFactory.createShape({ type: 'bpmn:Task' }), { x: 400, y: 150 }, participant);
    expect(parsedIds.has(task.id)).toBe(false);
  });

  test('given a parse kept for one XML, when another XML is imported, then the parse is not used and stays for its own XML', async () => {
    const prepared = await prepareImport(await fixture('bpmn-io/examples_pizza-collaboration.bpmn'));
    if (!prepared.ok) throw new Error('fixture rejected');
    expect(takeParsedImport(`${prepared.xml}\n`)).toBeUndefined();
    expect(takeParsedImport(prepared.xml)).toBeDefined();
    expect(takeParsedImport(prepared.xml)).toBeUndefined();
  });

  test('given a stored document parsed ahead, when the modeller takes the parse, then it imports as from the XML', async () => {
    const xml = await fixture('bpmn-io/examples_pizza-collaboration.bpmn');
    parseAhead(xml);
    const parsed = await takeParsedImport(xml);
    if (!parsed) throw new Error('no parse kept');
    const { modeler: fromXml } = await mountModeler();
    const { modeler: fromParse } = await mountModeler();

    await importView(fromXml, xml, undefined);
    await importView(fromParse, xml, undefined, parsed);

    expect(elementIds(fromParse)).toEqual(elementIds(fromXml));
    expect(takeParsedImport(xml)).toBeUndefined();
  });

  test('given XML that does not parse, when parsed ahead, then nothing is kept and the modeller parses it itself', async () => {
    parseAhead('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="P"');

    expect(await takeParsedImport('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="P"')).toBeUndefined();
  });

  test('given a parse kept for an XML, when the same XML is parsed ahead again, then it is not parsed a second time', async () => {
    const prepared = await prepareImport(await fixture('bpmn-io/examples_pizza-collaboration.bpmn'));
    if (!prepared.ok) throw new Error('fixture rejected');
    const parse = vi.spyOn(plainParser(), 'fromXML');
    onTestFinished(() => parse.mockRestore());

    parseAhead(prepared.xml);

    expect(parse).not.toHaveBeenCalled();
    expect(await takeParsedImport(prepared.xml)).toBeDefined();
  });

  test('given a file without layout, when checked, then its laid-out XML has no kept parse (it is parsed when opened)', async () => {
    const prepared = await prepareImport(await fixture('miwg/IBM-BlueworksLive-2014_A.2.0-export_NO-DI.bpmn'));
    if (!prepared.ok) throw new Error('fixture rejected');
    expect(prepared.autoLayout).toBe(true);
    expect(takeParsedImport(prepared.xml)).toBeUndefined();
  });
});
