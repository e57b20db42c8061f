// Tests of the loaded model's view list (listDiagramViews, real bpmn-js): a view is named by a
// person's name only (the diagram's, the shown element's or its pools'), never by a technical id,
// and the list says the same as the import check's list of the file (prepareImport); and the
// warning for shapes of the open view that bpmn-js leaves undrawn without a word.
import { describe, expect, test } from 'vitest';
import { findDiagram, listDiagramViews, openViewUndrawnWarning } from './diagramViews';
import { prepareImport } from './importDiagram';
import { mountModeler } from './testing/mountModeler';
import { poolViewsXml } from './testing/poolViewsXml';
import multipleDiagramsXml from '../../../shared/fixtures/bpmn/bpmn-io/bpmn-js_multiple-diagrams.bpmn?raw';

const fixtureRoot = '../../../shared/fixtures/bpmn/';
const fixtures = import.meta.glob<string>('../../../shared/fixtures/bpmn/**/*.bpmn', { query: '?raw', import: 'default' });
/** the fixtures whose picker offers several views (importDiagram.fixtures.browser.test.ts) */
const severalViews = [
  'bpmn-io/bpmn-js_multiple-diagrams.bpmn',
  'miwg/ADONIS-17_B.2.0-export.bpmn',
  'miwg/EnterpriseArchitect-12_B.1.0-roundtrip.bpmn',
  'miwg/Reference_C.4.0.bpmn',
  'miwg/Reference_C.5.0.bpmn',
];

describe('listDiagramViews', () => {
  test('given the bpmn-js fixture of two unnamed processes with a diagram each, then neither view has a name', async () => {
    const { modeler } = await mountModeler({ xml: multipleDiagramsXml });

    expect(listDiagramViews(modeler)).toEqual([
      { id: 'BPMNDiagram_2', rootElementId: 'Process_2', shapeCount: 3 },
      { id: 'BPMNDiagram_1', rootElementId: 'Process_1', shapeCount: 4 },
    ]);
  });

  test('given views of an unnamed collaboration and unnamed processes, then they are named by their pools, or not at all', async () => {
    const { modeler } = await mountModeler({ xml: poolViewsXml });

    expect(listDiagramViews(modeler)).toEqual([
      { id: 'Diagram_Bestellung', name: 'Kunde, Pizzeria', rootElementId: 'Collaboration_0abc', shapeCount: 3 },
      { id: 'Diagram_Backen', name: 'Pizzeria', rootElementId: 'Process_Pizzeria', shapeCount: 1 },
      { id: '#3', rootElementId: 'Process_1', shapeCount: 2 },
    ]);
  });

  test.each(severalViews)('given fixture %s, then the loaded model lists the views the import check listed', async (name) => {
    const prepared = await prepareImport(await fixtures[fixtureRoot + name](), name);
    if (!prepared.ok) throw new Error(`refused: ${prepared.code}`);
    const { modeler } = await mountModeler({ xml: prepared.xml });

    expect(listDiagramViews(modeler)).toEqual(prepared.diagrams);
  });

  test('given the views named by their pools, then the import check lists the same', async () => {
    const prepared = await prepareImport(poolViewsXml);
    if (!prepared.ok) throw new Error(`refused: ${prepared.code}`);
    const { modeler } = await mountModeler({ xml: prepared.xml });

    expect(prepared.diagrams.map((view) => view.name)).toEqual(['Kunde, Pizzeria', 'Pizzeria', undefined]);
    expect(listDiagramViews(modeler)).toEqual(prepared.diagrams);
  });
});

describe('openViewUndrawnWarning', () => {
  test('given ADONIS\'s view "B.2.0", whose expanded call activities draw the called process in place, then one warning names the shapes bpmn-js left out', async () => {
    const { modeler } = await mountModeler({ xml: await fixtures[`${fixtureRoot}miwg/ADONIS-17_B.2.0-export.bpmn`]() });
    const view = listDiagramViews(modeler).find((candidate) => candidate.name === 'B.2.0');
    const diagram = view && findDiagram(modeler, view.id);
    if (!diagram) throw new Error('no view "B.2.0"');
    await modeler.open(diagram);

    const warning = openViewUndrawnWarning(modeler, []);

    // SOURCES.md: 94 flow nodes, 3 in the other view, 83 drawn in this one (importDiagram.fixtures
    // .browser.test.ts): 8 flow nodes of the called process are left out, each with a shape here
    expect(warning).toMatchObject({ kind: 'undrawnShapes', count: 8 });
    expect(warning?.message).toMatch(/^8 Elemente \(z\. B\. „.+“\) sind in diesem Diagramm des Modells gezeichnet, werden hier aber nicht angezeigt/);
    // a shape an import warning names already is not counted twice
    expect(openViewUndrawnWarning(modeler, [{ kind: 'unknownDi', message: '', elementId: warning?.elementId }])?.count).toBe(7);
  });

  test.each(['bpmn-io/examples_pizza-collaboration.bpmn', 'bpmn-io/bpmn-js_multiple-diagrams.bpmn'])('given %s, whose shapes bpmn-js draws all, then there is no such warning', async (name) => {
    const { modeler } = await mountModeler({ xml: await fixtures[fixtureRoot + name]() });

    expect(openViewUndrawnWarning(modeler, [])).toBeUndefined();
  });
});
