// The import check foresees, from the parse alone, what the editor's modeller will report of each
// view: for every view of every real-world fixture under ../shared/fixtures/bpmn, the check's
// warnings (the file's and the view's) hold every warning the editor gives after drawing that view as
// the editor opens it (BpmnCanvas: importView, the described import warnings,
// openViewUndrawnWarning), and the view's own are exactly those the file's do not say already: the
// warnings of bpmn-js's importer (an association to an element not drawn …) and the shapes it leaves
// undrawn.
import { describe, expect, test } from 'vitest';
import { openViewUndrawnWarning, importView } from './diagramViews';
import { describeImportWarnings, prepareImport, skippedDuplicatesIn } from './importDiagram';
import type { ImportWarning } from './importDiagram';
import { mountModeler } from './testing/mountModeler';

const fixtureRoot = '../../../shared/fixtures/bpmn/';
const fixtures = import.meta.glob<string>('../../../shared/fixtures/bpmn/**/*.bpmn', { query: '?raw', import: 'default' });
const names = Object.keys(fixtures).map((path) => path.slice(fixtureRoot.length));

/** What the editor warns of after drawing the view `viewId` (undefined: the file's one view, opened as the editor opens it). */
async function editorWarnings(xml: string, viewId: string | undefined): Promise<ImportWarning[]> {
  const { modeler, destroy } = await mountModeler({ width: 1000, height: 700 });
  try {
    const described = describeImportWarnings(await importView(modeler, xml, viewId), () => skippedDuplicatesIn(xml));
    const undrawn = openViewUndrawnWarning(modeler, described);
    return undrawn ? [...described, undrawn] : described;
  } finally {
    destroy();
  }
}

/** The editor's undrawn-shapes warning of the view. */
async function editorWarning(xml: string, viewId: string | undefined): Promise<ImportWarning | undefined> {
  return (await editorWarnings(xml, viewId)).find((warning) => warning.kind === 'undrawnShapes');
}

describe('the import check names the shapes the editor will leave undrawn', () => {
  test('given the fixture folder, then there are files to compare', () => {
    expect(names.length).toBeGreaterThan(30);
  });

  test.each(names)('given %s, then for each view the check warns of all the editor warns of after drawing it, the view\'s own warnings word for word', async (name) => {
    const prepared = await prepareImport(await fixtures[fixtureRoot + name](), name);
    if (!prepared.ok) throw new Error(`refused: ${prepared.code}`);
    const fileMessages = new Set(prepared.warnings.map((warning) => warning.message));

    for (const view of prepared.diagrams) {
      // the editor opens a file of one view without naming it (ImportDialog passes a view only when there are several)
      const opened = prepared.diagrams.length > 1 ? view.id : undefined;
      const editor = await editorWarnings(prepared.xml, opened);
      expect(prepared.viewWarnings[view.id] ?? [], `view ${view.id}`).toEqual(editor.filter((warning) => !fileMessages.has(warning.message)));
    }
  });

  test('given the Visual Paradigm round trip (B.2.0), then its view names the two data associations to an element that is not drawn, as bpmn-js\'s importer does', async () => {
    const name = 'miwg/VisualParadigm-11.1_B.2.0-roundtrip.bpmn';
    const prepared = await prepareImport(await fixtures[fixtureRoot + name](), name);
    if (!prepared.ok) throw new Error(`refused: ${prepared.code}`);

    const warned = Object.values(prepared.viewWarnings).flat();
    expect(warned.map((warning) => warning.kind).sort()).toEqual(['notYetDrawn', 'notYetDrawn', 'undrawnShapes']);
  });

  test('given pools, a process with lanes that no pool stands for, an activity\'s data input and a process of neither, then only the last one\'s shape is foreseen undrawn, as the editor finds', async () => {
    const shape = (id: string, x: number) => `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="300" width="100" height="80" /></bpmndi:BPMNShape>`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs" targetNamespace="http://example.org">
  <bpmn:collaboration id="Collab"><bpmn:participant id="Pool" name="Amt" processRef="Pooled" /></bpmn:collaboration>
  <bpmn:process id="Pooled"><bpmn:task id="WithInput" name="Antrag prüfen"><bpmn:ioSpecification><bpmn:dataInput id="Input" name="Antrag" /><bpmn:inputSet /><bpmn:outputSet /></bpmn:ioSpecification></bpmn:task></bpmn:process>
  <bpmn:process id="Floating"><bpmn:laneSet id="Lanes"><bpmn:lane id="Lane" name="Poststelle"><bpmn:flowNodeRef>InLane</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet><bpmn:task id="InLane" name="Post öffnen" /></bpmn:process>
  <bpmn:process id="Called"><bpmn:task id="Elsewhere" name="Gebühr buchen" /></bpmn:process>
  <bpmn:collaboration id="Unused" />
  <bpmndi:BPMNDiagram id="View"><bpmndi:BPMNPlane id="Plane" bpmnElement="Collab">
    <bpmndi:BPMNShape id="Pool_di" bpmnElement="Pool" isHorizontal="true"><dc:Bounds x="0" y="0" width="600" height="250" /></bpmndi:BPMNShape>
    ${shape('WithInput', 100)}${shape('Input', 300)}${shape('Lane', 500)}${shape('InLane', 700)}${shape('Elsewhere', 900)}
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
    const prepared = await prepareImport(xml, 'crafted.bpmn');
    if (!prepared.ok) throw new Error(`refused: ${prepared.code}`);

    const foreseen = prepared.viewWarnings[prepared.diagrams[0].id]?.[0];
    expect(foreseen).toMatchObject({ kind: 'undrawnShapes', count: 1, elementId: 'Elsewhere' });
    expect(foreseen).toEqual(await editorWarning(prepared.xml, undefined));
  });

  test('given an annotation tied to a message flow, a boundary event on an activity without a shape and a data association to a data object outside the pool, then the check foresees the importer\'s warnings in its order, as the editor gives them', async () => {
    const shape = (id: string, x: number) => `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="60" width="100" height="80" /></bpmndi:BPMNShape>`;
    const edge = (id: string) => `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="0" y="0" /><di:waypoint x="10" y="10" /></bpmndi:BPMNEdge>`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Defs" targetNamespace="http://example.org">
  <bpmn:collaboration id="Collab">
    <bpmn:participant id="Office" name="Amt" processRef="OfficeProcess" /><bpmn:participant id="Citizen" name="Bürger" />
    <bpmn:messageFlow id="Reply" sourceRef="Check" targetRef="Citizen" />
  </bpmn:collaboration>
  <bpmn:process id="OfficeProcess">
    <bpmn:task id="Check" name="Antrag prüfen"><bpmn:dataInputAssociation id="ReadFile"><bpmn:sourceRef>FileRef</bpmn:sourceRef></bpmn:dataInputAssociation></bpmn:task>
    <bpmn:task id="Unshown" name="Ohne Form" />
    <bpmn:boundaryEvent id="Timer" attachedToRef="Unshown" />
    <bpmn:textAnnotation id="Note"><bpmn:text>Frist beachten</bpmn:text></bpmn:textAnnotation>
    <bpmn:association id="NoteToReply" sourceRef="Note" targetRef="Reply" />
  </bpmn:process>
  <bpmn:process id="Archive"><bpmn:dataObject id="File" /><bpmn:dataObjectReference id="FileRef" name="Akte" dataObjectRef="File" /></bpmn:process>
  <bpmndi:BPMNDiagram id="View"><bpmndi:BPMNPlane id="Plane" bpmnElement="Collab">
    <bpmndi:BPMNShape id="Office_di" bpmnElement="Office" isHorizontal="true"><dc:Bounds x="0" y="0" width="900" height="250" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Citizen_di" bpmnElement="Citizen" isHorizontal="true"><dc:Bounds x="0" y="300" width="900" height="100" /></bpmndi:BPMNShape>
    ${shape('Check', 100)}${shape('Timer', 300)}${shape('Note', 500)}${shape('FileRef', 700)}
    ${edge('Reply')}${edge('ReadFile')}${edge('NoteToReply')}
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
    const prepared = await prepareImport(xml, 'crafted.bpmn');
    if (!prepared.ok) throw new Error(`refused: ${prepared.code}`);
    const fileMessages = new Set(prepared.warnings.map((warning) => warning.message));

    const foreseen = prepared.viewWarnings[prepared.diagrams[0].id] ?? [];
    expect(foreseen.map((warning) => [warning.kind, warning.elementId])).toEqual([
      ['notYetDrawn', 'Timer'],
      ['notYetDrawn', 'ReadFile'],
      ['notYetDrawn', 'NoteToReply'],
      ['undrawnShapes', 'FileRef'],
    ]);
    expect(foreseen).toEqual((await editorWarnings(prepared.xml, undefined)).filter((warning) => !fileMessages.has(warning.message)));
  });

  test.each([
    // SOURCES.md: the called process drawn inside expanded call activities, 8 shapes in B.2.0 and 3 in B.1.0
    ['miwg/ADONIS-17_B.2.0-export.bpmn', 8],
    ['miwg/Reference_B.2.0.bpmn', 8],
    ['miwg/Reference_B.1.0.bpmn', 3],
    ['miwg/EnterpriseArchitect-12_B.1.0-roundtrip.bpmn', 3],
  ])('given %s, then the check warns of %d undrawn shapes in one of its views', async (name, count) => {
    const prepared = await prepareImport(await fixtures[fixtureRoot + name](), name);
    if (!prepared.ok) throw new Error(`refused: ${prepared.code}`);

    const warned = Object.values(prepared.viewWarnings).flat();
    expect(warned.map((warning) => [warning.kind, warning.count])).toEqual([['undrawnShapes', count]]);
  });
});
