// Tests of the loaded model's view list (listDiagramViews, real bpmn-js): a view is named by a
// person's name only (the diagram's, the shown element's or its pools'), never by a technical id,
// and the list says the same as the import check's list of the file (prepareImport).
import { describe, expect, test } from 'vitest';
import { listDiagramViews } from './diagramViews';
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
