// Lays out a BPMN file without diagram interchange (BPMNDI) with bpmn-auto-layout, and owns what the
// layouter needs but real files leave out. The layouter follows a flow node's own <incoming> and
// <outgoing> lists, which BPMN makes optional (IBM tools omit them): without them it sees no flow
// at all, stacks every node in one column and draws no sequence flow. So the lists are completed
// from the sequence flows' sourceRef / targetRef first. References written as a QName whose prefix
// is bound to the file's own targetNamespace (IBM Process Designer: `attachedToRef="ns:id"`) name an
// element of the file, but bpmn-moddle looks them up verbatim and drops them; they are resolved to
// the plain id. Afterwards it lists what the layouter left undrawn (pools, lanes, connections,
// annotations), so the user can be told.
import { layoutProcess } from 'bpmn-auto-layout';
import { bpmnDiNs, bpmnModelNs, flowNodeNames } from './scanBpmnFile';
import type { ScannedElement } from './scanBpmnFile';

/** Elements bpmn-js draws that are not flow nodes (those are reported as not shown, elsewhere). */
const drawnOtherThanFlowNodes = new Set([
  'participant', 'lane', 'sequenceFlow', 'messageFlow', 'association', 'dataInputAssociation', 'dataOutputAssociation',
  'textAnnotation', 'group', 'dataObjectReference', 'dataStoreReference',
]);

/** Children a flow node's <incoming> / <outgoing> come after, in the schema's order. */
const beforeIncoming = new Set(['documentation', 'extensionElements', 'auditing', 'monitoring', 'categoryValueRef', 'incoming']);
const beforeOutgoing = new Set([...beforeIncoming, 'outgoing']);

export interface LayoutWithoutDi {
  xml: string;
  /** the QName references (as written in the file) that were resolved to an element of the file */
  resolvedReferences: Set<string>;
  /** elements other than flow nodes that the layout does not draw, in document order */
  notLaidOut: ScannedElement[];
}

function modelElements(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagNameNS(bpmnModelNs, '*'));
}

/**
 * Replaces each of `candidates` (references bpmn-moddle could not resolve) that is a QName in the
 * file's own namespace naming an element of the file by that element's id, in attributes and in
 * reference elements (`<incoming>ns:id</incoming>`). Returns the references resolved.
 */
function resolveOwnNamespaceReferences(doc: Document, candidates: ReadonlySet<string>): Set<string> {
  const resolved = new Set<string>();
  if (candidates.size === 0) return resolved;
  const ownNamespace = doc.documentElement.getAttribute('targetNamespace');
  const elements = Array.from(doc.getElementsByTagName('*'));
  const ids = new Set(elements.map((element) => element.getAttribute('id')).filter((id) => id !== null));
  const localId = (element: Element, value: string): string | undefined => {
    if (!candidates.has(value)) return undefined;
    const colon = value.indexOf(':');
    const id = value.slice(colon + 1);
    if (colon <= 0 || !ids.has(id) || element.lookupNamespaceURI(value.slice(0, colon)) !== ownNamespace) return undefined;
    resolved.add(value);
    return id;
  };
  for (const element of elements) {
    for (const attribute of Array.from(element.attributes)) {
      const id = localId(element, attribute.value);
      if (id !== undefined) attribute.value = id;
    }
    if (element.childElementCount === 0) {
      const id = localId(element, (element.textContent ?? '').trim());
      if (id !== undefined) element.textContent = id;
    }
  }
  return resolved;
}

/** Adds `<incoming>` / `<outgoing>` (in the schema's place) where a flow node does not list a flow. */
function completeFlowLists(doc: Document): boolean {
  const byId = new Map(modelElements(doc).map((element) => [element.getAttribute('id') ?? '', element]));
  let changed = false;
  const list = (nodeId: string, listName: 'incoming' | 'outgoing', flowId: string) => {
    const node = byId.get(nodeId);
    if (!node || !flowNodeNames.has(node.localName)) return;
    const children = Array.from(node.children).filter((child) => child.namespaceURI === bpmnModelNs);
    if (children.some((child) => child.localName === listName && (child.textContent ?? '').trim() === flowId)) return;
    const reference = doc.createElementNS(bpmnModelNs, node.prefix ? `${node.prefix}:${listName}` : listName);
    reference.textContent = flowId;
    const comesBefore = listName === 'incoming' ? beforeIncoming : beforeOutgoing;
    node.insertBefore(reference, Array.from(node.children).find((child) => !comesBefore.has(child.localName)) ?? null);
    changed = true;
  };
  for (const flow of modelElements(doc).filter((element) => element.localName === 'sequenceFlow')) {
    const flowId = flow.getAttribute('id');
    if (!flowId) continue;
    list(flow.getAttribute('sourceRef') ?? '', 'outgoing', flowId);
    list(flow.getAttribute('targetRef') ?? '', 'incoming', flowId);
  }
  return changed;
}

/** Elements (not flow nodes) of the laid-out file that no shape or edge draws. */
function listNotLaidOut(xml: string): ScannedElement[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const drawn = new Set(
    Array.from(doc.getElementsByTagNameNS(bpmnDiNs, '*'))
      .filter((element) => element.localName === 'BPMNShape' || element.localName === 'BPMNEdge')
      .map((element) => element.getAttribute('bpmnElement')),
  );
  return modelElements(doc)
    .filter((element) => drawnOtherThanFlowNodes.has(element.localName) && element.id !== '' && !drawn.has(element.id))
    .map((element) => ({ localName: element.localName, id: element.id, name: element.getAttribute('name') ?? '' }));
}

/**
 * Lays out the well-formed BPMN file `xml`, which has no BPMNDI; `unresolvedReferences` are the
 * references bpmn-moddle reported as unresolved when it parsed the file.
 */
export async function layoutWithoutDi(xml: string, unresolvedReferences: ReadonlySet<string>): Promise<LayoutWithoutDi> {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const resolvedReferences = resolveOwnNamespaceReferences(doc, unresolvedReferences);
  const listsCompleted = completeFlowLists(doc);
  const prepared = resolvedReferences.size > 0 || listsCompleted ? new XMLSerializer().serializeToString(doc) : xml;
  const laidOut = await layoutProcess(prepared);
  return { xml: laidOut, resolvedReferences, notLaidOut: listNotLaidOut(laidOut) };
}
