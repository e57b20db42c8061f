// Test support for the bpmn tests (never imported by the app): a small BPMN file written from a
// list of flow nodes, drawn in one row (events 36 × 36 at y 122, activities 100 × 80 at y 100), so
// a test names only the elements it is about. Pure strings: usable in the unit and browser projects.

export interface TestNode {
  id: string;
  /** local name of the BPMN element; default 'task' */
  type?: string;
  name?: string;
  /** XML written first inside the element, e.g. its extensionElements */
  content?: string;
  /** the nodes inside a collapsed sub-process, drawn on a plane of their own */
  children?: TestNode[];
}

export interface TestFlow {
  id: string;
  from: string;
  to: string;
}

export interface TestDiagram {
  nodes: TestNode[];
  flows?: TestFlow[];
  /** further namespaces declared on bpmn:definitions, by prefix */
  namespaces?: Record<string, string>;
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function isEvent(node: TestNode): boolean {
  return (node.type ?? 'task').endsWith('Event');
}

function layout(nodes: TestNode[]): Map<string, Bounds> {
  const bounds = new Map<string, Bounds>();
  let x = 100;
  for (const node of nodes) {
    if (isEvent(node)) {
      bounds.set(node.id, { x, y: 122, width: 36, height: 36 });
      x += 100;
    } else {
      bounds.set(node.id, { x, y: 100, width: 100, height: 80 });
      x += 150;
    }
  }
  return bounds;
}

function elementXml(node: TestNode, flows: TestFlow[]): string {
  const tag = `bpmn:${node.type ?? 'task'}`;
  const name = node.name === undefined ? '' : ` name="${escapeXml(node.name)}"`;
  const inner = [
    node.content ?? '',
    ...flows.filter((flow) => flow.to === node.id).map((flow) => `<bpmn:incoming>${flow.id}</bpmn:incoming>`),
    ...flows.filter((flow) => flow.from === node.id).map((flow) => `<bpmn:outgoing>${flow.id}</bpmn:outgoing>`),
    ...(node.children ?? []).map((child) => elementXml(child, [])),
  ].join('');
  return inner ? `<${tag} id="${node.id}"${name}>${inner}</${tag}>` : `<${tag} id="${node.id}"${name} />`;
}

function shapeXml(node: TestNode, { x, y, width, height }: Bounds): string {
  const expanded = node.children ? ' isExpanded="false"' : '';
  return `<bpmndi:BPMNShape id="${node.id}_di" bpmnElement="${node.id}"${expanded}><dc:Bounds x="${x}" y="${y}" width="${width}" height="${height}" /></bpmndi:BPMNShape>`;
}

function edgeXml(flow: TestFlow, bounds: Map<string, Bounds>): string {
  const source = bounds.get(flow.from);
  const target = bounds.get(flow.to);
  if (!source || !target) throw new Error(`flow ${flow.id} joins a node that is not in the row`);
  const start = `<di:waypoint x="${source.x + source.width}" y="${source.y + source.height / 2}" />`;
  const end = `<di:waypoint x="${target.x}" y="${target.y + target.height / 2}" />`;
  return `<bpmndi:BPMNEdge id="${flow.id}_di" bpmnElement="${flow.id}">${start}${end}</bpmndi:BPMNEdge>`;
}

function diagramXml(diagramId: string, planeId: string, rootId: string, nodes: TestNode[], flows: TestFlow[]): string {
  const bounds = layout(nodes);
  const shapes = nodes.map((node) => shapeXml(node, bounds.get(node.id)!));
  const edges = flows.map((flow) => edgeXml(flow, bounds));
  return [
    `  <bpmndi:BPMNDiagram id="${diagramId}">`,
    `    <bpmndi:BPMNPlane id="${planeId}" bpmnElement="${rootId}">`,
    ...[...shapes, ...edges].map((line) => `      ${line}`),
    '    </bpmndi:BPMNPlane>',
    '  </bpmndi:BPMNDiagram>',
  ].join('\n');
}

/** One process "Process_1" with the nodes in the given order and the flows between them. */
export function testDiagramXml({ nodes, flows = [], namespaces = {} }: TestDiagram): string {
  const declarations = Object.entries({
    bpmn: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
    bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
    dc: 'http://www.omg.org/spec/DD/20100524/DC',
    ...(flows.length > 0 ? { di: 'http://www.omg.org/spec/DD/20100524/DI' } : {}),
    ...namespaces,
  }).map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`);
  const subProcesses = nodes.filter((node) => node.children);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<bpmn:definitions ${declarations.join(' ')} id="Defs" targetNamespace="http://example.org">`,
    '  <bpmn:process id="Process_1" isExecutable="false">',
    ...nodes.map((node) => `    ${elementXml(node, flows)}`),
    ...flows.map((flow) => `    <bpmn:sequenceFlow id="${flow.id}" sourceRef="${flow.from}" targetRef="${flow.to}" />`),
    '  </bpmn:process>',
    diagramXml('Diagram_1', 'Plane_1', 'Process_1', nodes, flows),
    ...subProcesses.map((node) => diagramXml(`Diagram_${node.id}`, `Plane_${node.id}`, node.id, node.children ?? [], [])),
    '</bpmn:definitions>',
  ].join('\n');
}
