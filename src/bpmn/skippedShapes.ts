// What bpmn-js's importer will skip when it draws a view, read from the parsed model before anything
// is drawn, so that the import check can say so as the editor does after drawing (diagramViews,
// undrawnShapes; BpmnCanvas's described import warnings): the warnings its importer gives (an
// association whose source or target is not drawn, a boundary event without its host, a second
// drawing of an element, a drawing of nothing …) and the shapes it leaves out without a warning of
// its own (the steps of a called process drawn inside an expanded call activity, as ADONIS exports
// them). This replays bpmn-js's import (lib/import/Importer.js, BpmnTreeWalker.js, BpmnImporter.js
// of bpmn-js 18) step for step, in its order (what it defers, what it draws first), rather than
// running it: the walk wires lanes into the parse and corrects planes without an element, and the
// editor imports that very parse next (parsedImport.ts). Its warnings have bpmn-js's own messages,
// so that describeImportWarnings turns both into the same text.
import type { ModdleElement } from 'bpmn-moddle';

/** The parts of a bpmn-moddle element the walk reads (absent where the file has none). */
interface WalkedElement extends ModdleElement {
  flowElements?: WalkedElement[];
  laneSets?: WalkedElement[];
  lanes?: WalkedElement[];
  childLaneSet?: WalkedElement;
  artifacts?: WalkedElement[];
  ioSpecification?: { dataInputs?: WalkedElement[]; dataOutputs?: WalkedElement[] };
  participants?: WalkedElement[];
  processRef?: WalkedElement;
  messageFlows?: WalkedElement[];
  dataInputAssociations?: WalkedElement[];
  dataOutputAssociations?: WalkedElement[];
  attachedToRef?: WalkedElement;
  /** one element; a data input association's is a list (bpmn-moddle reads it as many) */
  sourceRef?: WalkedElement | WalkedElement[];
  targetRef?: WalkedElement;
  $parent?: WalkedElement;
}

/** A diagram interchange element: a plane, a shape or an edge. */
interface DiElement {
  $type: string;
  id?: string;
  bpmnElement?: WalkedElement;
}

/** The part of a parsed BPMNDiagram read here. */
export interface ParsedDiagram {
  id?: string;
  plane?: DiElement & { planeElement?: (DiElement & { bpmnElement?: { id?: string; name?: string } })[] };
}

/** The part of the parsed definitions read here. */
export interface ParsedDefinitions {
  rootElements?: ModdleElement[];
  diagrams?: ParsedDiagram[];
}

/** A warning as bpmn-js's importer gives it: its message, and the element it is about. */
export interface ImporterWarning {
  message: string;
  context?: { element?: { id?: string } };
}

/** What bpmn-js's import of a view will report and leave out. */
export interface ForeseenImport {
  /** the importer's warnings, in its order */
  warnings: ImporterWarning[];
  /** the shapes of the view whose elements it will not draw, in document order, as id and name */
  undrawnShapes: { id: string; name?: string }[];
}

/** The element a diagram shows: its plane's own, unless the caller knows better (a repaired plane). */
export type PlaneElementOf = (diagram: ParsedDiagram) => ModdleElement | undefined;

const ownPlaneElement: PlaneElementOf = (diagram) => diagram.plane?.bpmnElement;

function is(element: ModdleElement | undefined, type: string): boolean {
  return element !== undefined && element.$instanceOf(type);
}

/** bpmn-js's name of an element in its messages (lib/import/Util.js, its odd quote included). */
function elementToString(element: { $type: string; id?: string } | undefined): string {
  return element ? `<${element.$type}${element.id ? ` id="${element.id}` : ''}" />` : '<null>';
}

/**
 * The diagrams bpmn-js draws for `diagram`: the diagram, then those of the sub-processes of its
 * process or of its collaboration's processes (Importer.js, getDiagramsToImport).
 */
function diagramsToImport(definitions: ParsedDefinitions, diagram: ParsedDiagram, planeElementOf: PlaneElementOf): ParsedDiagram[] | undefined {
  if (!diagram.plane) return undefined;
  const shown = planeElementOf(diagram) as WalkedElement | undefined;
  let root = shown;
  if (!is(shown, 'bpmn:Process') && !is(shown, 'bpmn:Collaboration')) {
    while (root && !is(root, 'bpmn:Process')) root = root.$parent;
  }
  const collaboration = is(root, 'bpmn:Collaboration')
    ? root
    : ((definitions.rootElements ?? []) as WalkedElement[]).find(
        (element) => is(element, 'bpmn:Collaboration') && (element.participants ?? []).some((participant) => participant.processRef === root),
      );
  const roots = collaboration ? [...(collaboration.participants ?? []).map((participant) => participant.processRef), collaboration] : [root];
  const children = new Set<ModdleElement>();
  const addAll = (elements: readonly (WalkedElement | undefined)[]) =>
    elements.forEach((element) => {
      if (!element) return;
      children.add(element);
      addAll(element.flowElements ?? []);
    });
  addAll(roots);
  const diagrams = [diagram];
  const handled = [shown];
  for (const other of definitions.diagrams ?? []) {
    if (!other.plane) continue;
    const element = other === diagram ? shown : planeElementOf(other);
    if (element && children.has(element) && !handled.includes(element as WalkedElement)) {
      diagrams.push(other);
      handled.push(element as WalkedElement);
    }
  }
  return diagrams;
}

/**
 * Replays bpmn-js's import of `diagram` (as the modeller opens it: with the diagrams of its
 * sub-processes) and returns what it will warn of and leave undrawn. `planeElementOf`: the element
 * each diagram shows, where the editor's file differs from the parse (repaired pool diagrams).
 */
export function foreseeImport(definitions: ParsedDefinitions, diagram: ParsedDiagram, planeElementOf: PlaneElementOf = ownPlaneElement): ForeseenImport {
  const warnings: ImporterWarning[] = [];
  /** the element registry's ids: what has been drawn */
  const drawn = new Set<string>();
  /** the containers walked (BpmnTreeWalker's handledElements), by id */
  const handled = new Set<string | undefined>();
  const deferred: (() => void)[] = [];
  let diMap = new Map<string | undefined, DiElement>();

  const warn = (message: string, context?: ImporterWarning['context']) => warnings.push(context ? { message, context } : { message });
  const register = (id: string) => {
    if (drawn.has(id)) throw new Error(`element with id ${id} already added`);
    drawn.add(id);
  };
  const connected = (semantic: WalkedElement, side: 'source' | 'target') => {
    let ref = semantic[`${side}Ref`];
    if (side === 'source' && is(semantic, 'bpmn:DataInputAssociation')) ref = Array.isArray(ref) ? ref[0] : ref;
    if ((side === 'source' && is(semantic, 'bpmn:DataOutputAssociation')) || (side === 'target' && is(semantic, 'bpmn:DataInputAssociation'))) ref = semantic.$parent;
    const element = Array.isArray(ref) ? undefined : ref;
    if (element && drawn.has(element.id ?? '')) return;
    if (element) throw new Error(`element ${elementToString(element)} referenced by ${elementToString(semantic)}#${side}Ref not yet drawn`);
    throw new Error(`${elementToString(semantic)}#${side} Ref not specified`);
  };
  /** BpmnImporter.add, without drawing: throws where it throws, registers what it registers */
  const add = (semantic: WalkedElement, di: DiElement) => {
    if (di.$type === 'bpmndi:BPMNPlane') register(is(semantic, 'bpmn:SubProcess') ? `${semantic.id}_plane` : String(semantic.id));
    else if (di.$type === 'bpmndi:BPMNShape') {
      if (is(semantic, 'bpmn:BoundaryEvent')) {
        const host = semantic.attachedToRef;
        if (!host) throw new Error(`missing ${elementToString(semantic)}#attachedToRef`);
        if (!drawn.has(host.id ?? '')) throw new Error(`element ${elementToString(host)} referenced by ${elementToString(semantic)}#attachedToRef not yet drawn`);
      }
      register(String(semantic.id));
    } else if (di.$type === 'bpmndi:BPMNEdge') {
      connected(semantic, 'source');
      connected(semantic, 'target');
      register(String(semantic.id));
    } else throw new Error(`unknown di ${elementToString(di)} for element ${elementToString(semantic)}`);
  };

  /** the element as the context of what it contains, if drawn */
  const visitIfDi = (element: WalkedElement): WalkedElement | undefined => {
    try {
      const di = diMap.get(element.id);
      if (di) add(element, di);
      handled.add(element.id);
      return di ? element : undefined;
    } catch (error) {
      warn(error instanceof Error ? error.message : String(error), { element });
      return undefined;
    }
  };
  const registerDi = (di: DiElement) => {
    const element = di.bpmnElement;
    if (!element) warn(`no bpmnElement referenced in ${elementToString(di)}`, { element: di });
    else if (diMap.has(element.id)) warn(`multiple DI elements defined for ${elementToString(element)}`, { element });
    else diMap.set(element.id, di);
  };

  const handleArtifacts = (artifacts: readonly WalkedElement[] = []) =>
    artifacts.forEach((artifact) => {
      if (is(artifact, 'bpmn:Association')) deferred.push(() => visitIfDi(artifact));
      else visitIfDi(artifact);
    });
  const handleIoSpecification = (io: WalkedElement['ioSpecification']) => {
    io?.dataInputs?.forEach(visitIfDi);
    io?.dataOutputs?.forEach(visitIfDi);
  };
  const handleFlowNode = (node: WalkedElement, context: WalkedElement | undefined) => {
    const child = visitIfDi(node);
    if (is(node, 'bpmn:SubProcess')) {
      handleContainer(node, child ?? context);
      handleArtifacts(node.artifacts);
    }
    if (is(node, 'bpmn:Activity')) handleIoSpecification(node.ioSpecification);
    deferred.push(() => {
      node.dataInputAssociations?.forEach(visitIfDi);
      node.dataOutputAssociations?.forEach(visitIfDi);
    });
  };
  const handleLaneSet = (laneSet: WalkedElement) =>
    laneSet.lanes?.forEach((lane) =>
      deferred.push(() => {
        visitIfDi(lane);
        if (lane.childLaneSet) handleLaneSet(lane.childLaneSet);
      }),
    );
  const handleContainer = (container: WalkedElement, context: WalkedElement | undefined) => {
    for (const element of container.flowElements ?? []) {
      if (is(element, 'bpmn:SequenceFlow')) deferred.push(() => visitIfDi(element));
      else if (is(element, 'bpmn:BoundaryEvent')) deferred.unshift(() => handleFlowNode(element, context));
      else if (is(element, 'bpmn:FlowNode')) handleFlowNode(element, context);
      else if (is(element, 'bpmn:DataStoreReference') || is(element, 'bpmn:DataObjectReference')) visitIfDi(element);
      else if (!is(element, 'bpmn:DataObject')) warn(`unrecognized flowElement ${elementToString(element)} in context ${elementToString(context)}`, { element });
    }
    container.laneSets?.forEach(handleLaneSet);
  };
  const handleProcess = (process: WalkedElement, context: WalkedElement | undefined) => {
    handleContainer(process, context);
    handleIoSpecification(process.ioSpecification);
    handleArtifacts(process.artifacts);
    handled.add(process.id);
  };
  const handleCollaboration = (collaboration: WalkedElement) => {
    for (const participant of collaboration.participants ?? []) {
      const context = visitIfDi(participant) ?? collaboration;
      if (participant.processRef) handleProcess(participant.processRef, context);
    }
    deferred.push(() => collaboration.messageFlows?.forEach(visitIfDi));
    handleArtifacts(collaboration.artifacts);
  };

  /** BpmnTreeWalker.handleDefinitions; false where bpmn-js gives up (the editor then shows its error) */
  const handleDiagram = (walked: ParsedDiagram): boolean => {
    const plane = walked.plane;
    if (!plane) return false;
    diMap = new Map();
    const shown = planeElementOf(walked) as WalkedElement | undefined;
    // the plane as the editor's file has it (bpmn-moddle keeps an element's type on its prototype)
    const asDrawn = (bpmnElement: WalkedElement | undefined): DiElement => ({ $type: plane.$type, id: plane.id, bpmnElement });
    registerDi(asDrawn(shown));
    plane.planeElement?.forEach(registerDi);
    let root = shown;
    if (!root) {
      root = (definitions.rootElements ?? []).find((element) => is(element, 'bpmn:Process') || is(element, 'bpmn:Collaboration'));
      if (!root) return false;
      warn(`correcting missing bpmnElement on ${elementToString(plane)} to ${elementToString(root)}`);
      registerDi(asDrawn(root));
    }
    add(root, plane);
    if (is(root, 'bpmn:Process') || is(root, 'bpmn:SubProcess')) handleProcess(root, root);
    else if (is(root, 'bpmn:Collaboration')) {
      handleCollaboration(root);
      // bpmn-js also draws the processes with lanes that no pool stands for ("free-floating lanes")
      const unhandled = ((definitions.rootElements ?? []) as WalkedElement[]).filter((element) => !handled.has(element.id) && is(element, 'bpmn:Process') && element.laneSets);
      unhandled.forEach((process) => handleProcess(process, root));
    } else return false;
    while (deferred.length > 0) deferred.shift()?.();
    return true;
  };

  try {
    for (const walked of diagramsToImport(definitions, diagram, planeElementOf) ?? []) if (!handleDiagram(walked)) break;
  } catch {
    // bpmn-js gives up on this view too (a second root of the same id): the editor shows its error
  }
  const undrawnShapes: ForeseenImport['undrawnShapes'] = [];
  for (const shape of diagram.plane?.planeElement ?? []) {
    const element = shape.bpmnElement;
    if (shape.$type !== 'bpmndi:BPMNShape' || !element?.id || drawn.has(element.id)) continue;
    undrawnShapes.push(element.name === undefined ? { id: element.id } : { id: element.id, name: element.name });
  }
  return { warnings, undrawnShapes };
}
