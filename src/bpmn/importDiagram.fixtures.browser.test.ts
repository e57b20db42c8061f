// Every real-world fixture under ../shared/fixtures/bpmn goes through prepareImport and the Modeler.
// Expected numbers come from ../shared/fixtures/bpmn/SOURCES.md (FN, warn, noShape, DI and the
// round-trip table's "warnings" and "rendered"); where the open view shows fewer flow nodes than
// the file holds, the comment derives the number from SOURCES.md.
import { describe, expect, test } from 'vitest';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Modeler from 'bpmn-js/lib/Modeler';
import { prepareImport } from './importDiagram';
import { exportBpmn } from './exportDiagram';
import { flowNodeNames } from './scanBpmnFile';
import { mountModeler } from './testing/mountModeler';

const fixtureRoot = '../../../shared/fixtures/bpmn/';
const fixtures = import.meta.glob<string>('../../../shared/fixtures/bpmn/**/*.bpmn', { query: '?raw', import: 'default' });

interface Expectation {
  /** flow nodes drawn in the file's first view (shapes, no labels, no drill-down plane roots) */
  flowNodes: number;
  /** SOURCES.md "warn": bpmn-moddle warnings */
  parserWarnings: number;
  /** one extra warning when flow nodes have no shape in any diagram (SOURCES.md noShape > 0) */
  notShown?: boolean;
  /** one extra warning per diagram of pools that pointed at a process and was corrected */
  repairedDiagrams?: number;
  /** SOURCES.md round-trip table "warnings": the Modeler's import warnings */
  modelerWarnings: number;
  /** SOURCES.md round-trip table "rendered": everything in the element registry */
  rendered?: number;
  /** SOURCES.md round-trip: "no count changes" */
  keptWhole: boolean;
  /** views offered by the picker; default 1 (diagrams of collapsed sub-processes are drill-down planes) */
  views?: number;
  /** flow nodes per view, where the file has several views */
  flowNodesPerView?: number[];
  autoLayout?: boolean;
}

const expectations: Record<string, Expectation> = {
  // first view = the 3-shape "Collapsed Call Activity" process; second view "B.2.0": FN 94 − 3 in the
  // first view − 8 nodes of the called process drawn inside expanded call activities (bpmn-js does not
  // draw those, as for Reference_B.2.0 whose round-trip drops the same 8 shapes, 99 → 91) = 83
  'miwg/ADONIS-17_B.2.0-export.bpmn': { flowNodes: 3, parserWarnings: 0, modelerWarnings: 0, rendered: 8, keptWhole: true, views: 2, flowNodesPerView: [3, 83] },
  'miwg/ARIS-10_C.1.0-export.bpmn': { flowNodes: 21, parserWarnings: 0, modelerWarnings: 0, rendered: 66, keptWhole: true },
  'miwg/Bizagi-2.8_B.2.0-roundtrip.bpmn': { flowNodes: 94, parserWarnings: 11, modelerWarnings: 11, rendered: 256, keptWhole: false },
  // FN 29 − 3 in the second view (the called process) − 3 called-process shapes bpmn-js drops (37 → 34)
  'miwg/EnterpriseArchitect-12_B.1.0-roundtrip.bpmn': { flowNodes: 23, parserWarnings: 1, modelerWarnings: 1, rendered: 77, keptWhole: false, views: 2, flowNodesPerView: [23, 3] },
  'miwg/IBM-BlueworksLive-2014_A.2.0-export_NO-DI.bpmn': { flowNodes: 8, parserWarnings: 0, modelerWarnings: 0, keptWhole: false, autoLayout: true },
  // SOURCES.md's 2 parser warnings are the 2 boundary events' hosts, named with the prefix of the
  // file's own namespace; prepareImport resolves them before the layout, so all FN 10 are drawn
  'miwg/IBM-ProcessDesigner-8.0.1_A.3.0-export_NO-DI.bpmn': { flowNodes: 10, parserWarnings: 0, modelerWarnings: 0, keptWhole: false, autoLayout: true },
  'miwg/Reference_A.1.0.bpmn': { flowNodes: 5, parserWarnings: 1, modelerWarnings: 1, rendered: 12, keptWhole: true },
  'miwg/Reference_A.4.1.bpmn': { flowNodes: 17, parserWarnings: 0, modelerWarnings: 0, rendered: 49, keptWhole: true },
  // FN 29 − noShape 3 − 3 called-process shapes drawn inside an expanded call activity (34 → 31)
  'miwg/Reference_B.1.0.bpmn': { flowNodes: 23, parserWarnings: 1, notShown: true, modelerWarnings: 1, rendered: 77, keptWhole: false },
  // FN 94 − noShape 3 − 8 called-process shapes drawn inside expanded call activities (99 → 91)
  'miwg/Reference_B.2.0.bpmn': { flowNodes: 83, parserWarnings: 1, notShown: true, modelerWarnings: 1, rendered: 226, keptWhole: false },
  'miwg/Reference_C.1.0.bpmn': { flowNodes: 21, parserWarnings: 0, modelerWarnings: 0, rendered: 66, keptWhole: true },
  // 4 views of one model: each of the 40 flow nodes is drawn in exactly one of them
  'miwg/Reference_C.4.0.bpmn': { flowNodes: 23, parserWarnings: 0, modelerWarnings: 0, rendered: 70, keptWhole: true, views: 4 },
  'miwg/Reference_C.5.0.bpmn': { flowNodes: 31, parserWarnings: 0, modelerWarnings: 0, rendered: 132, keptWhole: true, views: 2 },
  'miwg/Reference_C.9.0.bpmn': { flowNodes: 25, parserWarnings: 0, modelerWarnings: 0, rendered: 65, keptWhole: true },
  // FN 108 − noShape 90 (five processes without any diagram)
  'miwg/Trisotech-WM-12.6_C.8.0-export.bpmn': { flowNodes: 18, parserWarnings: 2, notShown: true, modelerWarnings: 2, rendered: 64, keptWhole: true },
  // the diagram of the pools points at a process holding only a group (SOURCES.md: empty canvas);
  // prepareImport points it at the pools' collaboration (one warning), so all FN 94 are drawn. The
  // Modeler then warns twice: two data input associations read from a data object and a data store
  // that have no shape. The second diagram is the drill-down plane of the collapsed sub-process
  // "Collapsed Call Activity", not a view.
  'miwg/VisualParadigm-11.1_B.2.0-roundtrip.bpmn': { flowNodes: 94, parserWarnings: 0, repairedDiagrams: 1, modelerWarnings: 2, keptWhole: false },
  'bpmn-io/bpmn-js_complex.bpmn': { flowNodes: 107, parserWarnings: 1, modelerWarnings: 1, rendered: 390, keptWhole: true },
  'bpmn-io/bpmn-js_drilldown-collaboration-subprocesses.bpmn': { flowNodes: 29, parserWarnings: 0, modelerWarnings: 0, rendered: 59, keptWhole: true },
  'bpmn-io/bpmn-js_event-subprocess-icons.bpmn': { flowNodes: 98, parserWarnings: 0, modelerWarnings: 0, rendered: 165, keptWhole: true },
  'bpmn-io/bpmn-js_kitchen-sink.bpmn': { flowNodes: 78, parserWarnings: 0, modelerWarnings: 0, rendered: 113, keptWhole: true },
  // two processes with a diagram each: 7 flow nodes in all
  'bpmn-io/bpmn-js_multiple-diagrams.bpmn': { flowNodes: 3, parserWarnings: 0, modelerWarnings: 0, rendered: 6, keptWhole: true, views: 2 },
  'bpmn-io/bpmn-js_wrong-di-order.bpmn': { flowNodes: 30, parserWarnings: 0, modelerWarnings: 0, rendered: 68, keptWhole: true },
  'bpmn-io/examples_pizza-collaboration.bpmn': { flowNodes: 18, parserWarnings: 0, modelerWarnings: 0, rendered: 58, keptWhole: true },
  'bpmn-io/examples_starter-diagram.bpmn': { flowNodes: 6, parserWarnings: 0, modelerWarnings: 0, rendered: 20, keptWhole: true },
  'camunda/examples_job-announcement.bpmn': { flowNodes: 9, parserWarnings: 0, modelerWarnings: 0, rendered: 27, keptWhole: true },
  'camunda/examples_loan-granting.bpmn': { flowNodes: 10, parserWarnings: 0, modelerWarnings: 0, rendered: 27, keptWhole: true },
  'camunda/modeler_import-warnings.bpmn': { flowNodes: 2, parserWarnings: 3, modelerWarnings: 6, rendered: 3, keptWhole: false },
  'camunda/modeler_lint-errors.bpmn': { flowNodes: 20, parserWarnings: 0, modelerWarnings: 0, rendered: 43, keptWhole: true },
  // FN 3 − the task with an illegal id that the parser drops (flow_nodes 3 → 2)
  'camunda/modeler_xss.bpmn': { flowNodes: 2, parserWarnings: 4, modelerWarnings: 4, rendered: 3, keptWhole: false },
  'camunda/platform_invoice.v2.bpmn': { flowNodes: 10, parserWarnings: 0, modelerWarnings: 0, rendered: 37, keptWhole: true },
  // FN 1555 − 32 duplicates the parser drops (flow_nodes 1555 → 1523)
  'large/UnstableAngina_CP-UA-CHE_40-diagrams.bpmn': { flowNodes: 1523, parserWarnings: 61, modelerWarnings: 61, rendered: 4427, keptWhole: false },
  'large/UnstableAngina_Diagnosis-validation-CCU-7west.bpmn': { flowNodes: 162, parserWarnings: 0, modelerWarnings: 0, rendered: 484, keptWhole: true },
  'large/bpmn-js-integration_complex.bpmn': { flowNodes: 158, parserWarnings: 0, modelerWarnings: 0, rendered: 388, keptWhole: false },
  'large/bpmn-visualization_model-complete-semantic.bpmn': { flowNodes: 217, parserWarnings: 2, modelerWarnings: 2, rendered: 378, keptWhole: false },
};

/** SOURCES.md FN for the files with several views: every flow node sits in one view. */
const totalFlowNodes: Record<string, number> = {
  'miwg/Reference_C.4.0.bpmn': 40,
  'miwg/Reference_C.5.0.bpmn': 37,
  'bpmn-io/bpmn-js_multiple-diagrams.bpmn': 7,
};

interface RegistryEntry {
  id: string;
  x?: number;
  waypoints?: unknown[];
  parent?: unknown;
  labelTarget?: unknown;
  businessObject?: { $instanceOf(type: string): boolean };
}

function drawnFlowNodes(modeler: Modeler): RegistryEntry[] {
  const entries = modeler.get<ElementRegistry>('elementRegistry').getAll() as unknown as RegistryEntry[];
  return entries.filter((entry) => !entry.labelTarget && entry.parent && entry.businessObject?.$instanceOf('bpmn:FlowNode'));
}

function drawnFlowNodeIds(modeler: Modeler): string[] {
  return drawnFlowNodes(modeler).map((entry) => entry.id);
}

function bpmnModelElements(xml: string): Element[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return Array.from(doc.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/MODEL', '*'));
}

function flowNodeIdsInXml(xml: string): string[] {
  return bpmnModelElements(xml)
    .filter((element) => flowNodeNames.has(element.localName) && element.id)
    .map((element) => element.id);
}

function sequenceFlowIdsInXml(xml: string): string[] {
  return bpmnModelElements(xml)
    .filter((element) => element.localName === 'sequenceFlow')
    .map((element) => element.id);
}

/** The model elements that a BPMNEdge of the file draws. */
function edgeTargetsInXml(xml: string): Set<string> {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const edges = doc.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/DI', 'BPMNEdge');
  return new Set(Array.from(edges, (edge) => edge.getAttribute('bpmnElement') ?? ''));
}

test('given the fixture folder, when listed, then every file has an expectation and every expectation a file', () => {
  const found = Object.keys(fixtures).map((path) => path.slice(fixtureRoot.length)).sort();
  expect(found).toEqual(Object.keys(expectations).sort());
});

describe.each(Object.entries(expectations))('fixture %s', (name, expected) => {
  test('prepares, renders its flow nodes and reports its warnings', async () => {
    const text = await fixtures[fixtureRoot + name]();

    const prepared = await prepareImport(text, name);
    if (!prepared.ok) throw new Error(`refused: ${prepared.code} ${prepared.detail ?? ''}`);
    expect(prepared.warnings).toHaveLength(expected.parserWarnings + (expected.notShown ? 1 : 0) + (expected.repairedDiagrams ?? 0));
    expect(prepared.warnings.every((warning) => warning.message.length > 0)).toBe(true);
    expect(prepared.autoLayout).toBe(expected.autoLayout ?? false);
    expect(prepared.diagrams).toHaveLength(expected.views ?? 1);

    const { modeler: bpmn } = await mountModeler({ width: 1000, height: 700 });
    const { warnings } = await bpmn.importXML(prepared.xml);
    expect(warnings).toHaveLength(expected.modelerWarnings);
    expect(drawnFlowNodeIds(bpmn)).toHaveLength(expected.flowNodes);
    if (expected.rendered !== undefined) {
      expect(bpmn.get<ElementRegistry>('elementRegistry').getAll()).toHaveLength(expected.rendered);
    }

    if (expected.views && expected.views > 1) {
      const perView: number[] = [];
      for (const view of prepared.diagrams) {
        await bpmn.open(view.id);
        perView.push(drawnFlowNodeIds(bpmn).length);
      }
      if (expected.flowNodesPerView) expect(perView).toEqual(expected.flowNodesPerView);
      const total = totalFlowNodes[name];
      if (total !== undefined) expect(perView.reduce((sum, count) => sum + count, 0)).toBe(total);
    }
  });
});

const keptWhole = Object.entries(expectations).filter(([, expected]) => expected.keptWhole);

describe.each(keptWhole)('fixture %s, kept whole by bpmn-js', (name) => {
  test('keeps every flow node id through export and re-import', async () => {
    const text = await fixtures[fixtureRoot + name]();
    const prepared = await prepareImport(text, name);
    if (!prepared.ok) throw new Error(`refused: ${prepared.code}`);
    const { modeler: bpmn } = await mountModeler({ width: 1000, height: 700 });
    await bpmn.importXML(prepared.xml);
    const before = drawnFlowNodeIds(bpmn).sort();

    const exported = await exportBpmn(bpmn);
    await bpmn.importXML(exported);

    expect(drawnFlowNodeIds(bpmn).sort()).toEqual(before);
    const inExport = new Set(flowNodeIdsInXml(exported));
    expect(flowNodeIdsInXml(prepared.xml).filter((id) => !inExport.has(id))).toEqual([]);
  });
});

const laidOut = Object.entries(expectations).filter(([, expected]) => expected.autoLayout);

describe.each(laidOut)('fixture %s, laid out automatically', (name) => {
  test('draws every flow node and every sequence flow of the file, keeps each flow as an edge on export, and spreads the nodes out', async () => {
    const text = await fixtures[fixtureRoot + name]();
    const flows = sequenceFlowIdsInXml(text);
    expect(flows.length).toBeGreaterThan(0);
    const prepared = await prepareImport(text, name);
    if (!prepared.ok) throw new Error(`refused: ${prepared.code}`);

    const { modeler: bpmn } = await mountModeler({ width: 1000, height: 700 });
    await bpmn.importXML(prepared.xml);
    const registry = bpmn.get<ElementRegistry>('elementRegistry');
    const exported = await exportBpmn(bpmn);

    expect(drawnFlowNodeIds(bpmn).sort()).toEqual(flowNodeIdsInXml(text).sort());
    expect(flows.filter((id) => !(registry.get(id) as RegistryEntry | undefined)?.waypoints)).toEqual([]);
    const edges = edgeTargetsInXml(exported);
    expect(flows.filter((id) => !edges.has(id))).toEqual([]);
    expect(new Set(drawnFlowNodes(bpmn).map((node) => node.x)).size).toBeGreaterThan(1);
  });
});
