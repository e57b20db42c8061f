// One strict pass over a BPMN file's text (saxes, a conformant streaming XML parser), before
// bpmn-moddle reads it: whether it is well-formed XML (with the line and column of the first fault)
// and not nested deeper than a model can be, and the facts the import check decides on: the root,
// the top-level elements, pools, ids, labels, diagrams and what they draw. It builds no DOM, so
// checking a large file costs a fraction of parsing it into a document.
import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';

export const bpmnModelNs = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** True when a file's root element is BPMN's `definitions`: what makes the file a BPMN model. */
export function isBpmnDefinitions(root: Pick<BpmnFileFacts['root'], 'namespace' | 'localName'>): boolean {
  return root.namespace === bpmnModelNs && root.localName === 'definitions';
}
export const bpmnDiNs = 'http://www.omg.org/spec/BPMN/20100524/DI';

/**
 * Deepest element nesting read. A real model nests a few dozen levels; bpmn-moddle and bpmn-js
 * walk the tree recursively, so a file nested 100,000 deep would overflow their stacks. Browsers'
 * own XML parser (libxml2) stops at the same depth.
 */
export const maxNestingDepth = 256;

/** Local names of every BPMN flow node (tasks, sub-processes, call activities, events, gateways). */
export const flowNodeNames = new Set([
  'task', 'userTask', 'manualTask', 'serviceTask', 'scriptTask', 'sendTask', 'receiveTask', 'businessRuleTask',
  'subProcess', 'transaction', 'adHocSubProcess', 'callActivity',
  'startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent', 'boundaryEvent',
  'exclusiveGateway', 'inclusiveGateway', 'parallelGateway', 'eventBasedGateway', 'complexGateway',
]);

/**
 * Ids that name a property of every JavaScript object (`__proto__`, `constructor`, `toString` …):
 * bpmn-js keeps elements in plain objects keyed by id and silently loses elements with these ids.
 */
const reservedIds = new Set(Object.getOwnPropertyNames(Object.prototype));

export interface ScannedElement {
  localName: string;
  /** the `id` attribute, '' without one */
  id: string;
  /** the `name` attribute as written, '' without one */
  name: string;
}

/** A pool: a participant of a top-level collaboration. */
export interface ScannedParticipant {
  /** the `id` attribute, '' without one */
  id: string;
  /** the `name` attribute as written, '' without one */
  name: string;
  /** the `processRef` attribute, '' without one */
  processRef: string;
  /** id of the top-level collaboration that holds it */
  collaboration: string;
}

export interface ScannedDiagram {
  /** the BPMNDiagram's `id`, '' without one */
  id: string;
  name: string;
  /** position of the diagram's plane among all BPMNPlane elements of the file; undefined without a plane */
  planeIndex?: number;
  /** the plane's `bpmnElement`, '' without one */
  planeElement: string;
  /** the `bpmnElement` of each shape the plane draws, in document order */
  shapeElements: string[];
}

export interface BpmnFileFacts {
  root: { namespace: string; localName: string; qualifiedName: string };
  /** the root's children in the BPMN model namespace, in document order */
  topLevel: ScannedElement[];
  /** the participants of every top-level collaboration with an id, in document order */
  participants: ScannedParticipant[];
  /** ids that are reserved names of JavaScript objects, each once */
  reservedIds: string[];
  /**
   * elements whose id an earlier element already has (the parser leaves them out), the first such
   * id, and those of them in the BPMN model namespace in document order (their names say which
   * steps are missing)
   */
  duplicateIds: { count: number; first: string; modelElements: ScannedElement[] };
  /** the first label (name, category value, annotation text) longer than the scan's limit */
  firstLongLabel?: string;
  diagrams: ScannedDiagram[];
  /** the `bpmnElement` of every shape in any diagram */
  drawn: Set<string>;
  /** every flow node with an id, in document order */
  flowNodes: ScannedElement[];
}

export type BpmnFileScan =
  | { ok: true; facts: BpmnFileFacts }
  | { ok: false; problem: 'malformed' | 'tooDeep'; line: number; column: number };

/** Thrown inside the parser's handlers to stop at the first fault. */
class ScanStop extends Error {
  constructor(readonly problem: 'malformed' | 'tooDeep') {
    super(problem);
  }
}

function attribute(tag: SaxesTagNS, name: string): string {
  return tag.attributes[name]?.value ?? '';
}

/** Scans `xml`; labels longer than `maxLabelLength` characters are reported as `firstLongLabel`. */
export function scanBpmnFile(xml: string, maxLabelLength: number): BpmnFileScan {
  const facts: BpmnFileFacts = {
    root: { namespace: '', localName: '', qualifiedName: '' },
    topLevel: [],
    participants: [],
    reservedIds: [],
    duplicateIds: { count: 0, first: '', modelElements: [] },
    diagrams: [],
    drawn: new Set(),
    flowNodes: [],
  };
  const seenIds = new Set<string>();
  const reserved = new Set<string>();
  let depth = 0;
  let collaboration: { id: string; depth: number } | undefined;
  /** the diagram being read, and its first plane once met (open until its end tag) */
  let diagram: { scanned: ScannedDiagram; depth: number; plane?: { depth: number; open: boolean } } | undefined;
  let planes = 0;
  let annotationText: { text: string; depth: number } | undefined;

  const noteLabel = (label: string) => {
    if (facts.firstLongLabel === undefined && label.length > maxLabelLength) facts.firstLongLabel = label;
  };

  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', () => {
    throw new ScanStop('malformed');
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth > maxNestingDepth) throw new ScanStop('tooDeep');
    const id = attribute(tag, 'id');
    const name = attribute(tag, 'name');
    if (tag.attributes.id !== undefined) {
      if (reservedIds.has(id)) reserved.add(id);
      if (!seenIds.has(id)) seenIds.add(id);
      else {
        if (facts.duplicateIds.count++ === 0) facts.duplicateIds.first = id;
        if (tag.uri === bpmnModelNs) facts.duplicateIds.modelElements.push({ localName: tag.local, id, name });
      }
    }
    noteLabel(name);
    if (depth === 1) facts.root = { namespace: tag.uri, localName: tag.local, qualifiedName: tag.name };

    if (tag.uri === bpmnModelNs) {
      if (depth === 2) {
        facts.topLevel.push({ localName: tag.local, id, name });
        if (tag.local === 'collaboration' && id) collaboration = { id, depth };
      }
      if (tag.local === 'participant' && collaboration) {
        facts.participants.push({ id, name, processRef: attribute(tag, 'processRef'), collaboration: collaboration.id });
      }
      if (flowNodeNames.has(tag.local) && id) facts.flowNodes.push({ localName: tag.local, id, name });
      if (tag.local === 'categoryValue') noteLabel(attribute(tag, 'value'));
      if (tag.local === 'text' && !annotationText) annotationText = { text: '', depth };
    } else if (tag.uri === bpmnDiNs) {
      if (tag.local === 'BPMNDiagram' && !diagram) {
        diagram = { scanned: { id, name, planeElement: '', shapeElements: [] }, depth };
        facts.diagrams.push(diagram.scanned);
      } else if (tag.local === 'BPMNPlane') {
        if (diagram && !diagram.plane) {
          diagram.plane = { depth, open: true };
          diagram.scanned.planeIndex = planes;
          diagram.scanned.planeElement = attribute(tag, 'bpmnElement');
        }
        planes += 1;
      } else if (tag.local === 'BPMNShape') {
        const element = attribute(tag, 'bpmnElement');
        if (element) facts.drawn.add(element);
        if (diagram?.plane?.open) diagram.scanned.shapeElements.push(element);
      }
    }
  });
  parser.on('closetag', () => {
    if (annotationText?.depth === depth) {
      noteLabel(annotationText.text);
      annotationText = undefined;
    }
    if (diagram?.plane?.depth === depth) diagram.plane.open = false;
    if (diagram?.depth === depth) diagram = undefined;
    if (collaboration?.depth === depth) collaboration = undefined;
    depth -= 1;
  });
  const addText = (text: string) => {
    if (annotationText) annotationText.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(xml).close();
  } catch (error) {
    if (!(error instanceof ScanStop)) throw error;
    return { ok: false, problem: error.problem, line: parser.line, column: parser.column };
  }
  facts.reservedIds = [...reserved];
  return { ok: true, facts };
}
