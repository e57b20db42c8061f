// Which shapes of a view bpmn-js will skip, read from the parsed model before anything is drawn, so
// that the import check can say so as the editor does after drawing (diagramViews, undrawnShapes).
// bpmn-js draws a view by walking from its process or collaboration: the pools and their
// processes, flow elements, sub-processes, lanes, data inputs and outputs, artifacts, and the
// processes with lanes that no pool names; a shape of anything it does not reach (the steps of a
// called process drawn inside an expanded call activity, as ADONIS exports them) is skipped
// without a warning. This follows bpmn-js's walk (lib/import/BpmnTreeWalker.js) rather than
// running it: the walk wires lanes into the parse, which the editor imports next
// (parsedImport.ts). An element the walk reaches but cannot draw gets bpmn-js's own warning.
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
}

interface PlaneShape {
  $type: string;
  bpmnElement?: { id?: string; name?: string };
}

/** The part of a parsed BPMNDiagram read here. */
export interface ParsedDiagram {
  plane?: { bpmnElement?: ModdleElement; planeElement?: PlaneShape[] };
}

/** The part of the parsed definitions read here. */
export interface ParsedDefinitions {
  rootElements?: ModdleElement[];
}

/** Every element bpmn-js's walk of a view reaches from `root`. */
function reachedFrom(root: WalkedElement, definitions: ParsedDefinitions): Set<ModdleElement> {
  const reached = new Set<ModdleElement>();
  const add = (elements: readonly WalkedElement[] | undefined) => elements?.forEach((element) => reached.add(element));
  const laneSet = (set: WalkedElement) =>
    set.lanes?.forEach((lane) => {
      reached.add(lane);
      if (lane.childLaneSet) laneSet(lane.childLaneSet);
    });
  const container = (parent: WalkedElement) => {
    for (const element of parent.flowElements ?? []) {
      // bpmn-js draws a data object through its references only
      if (!element.$instanceOf('bpmn:DataObject')) reached.add(element);
      if (element.$instanceOf('bpmn:SubProcess')) {
        container(element);
        add(element.artifacts);
      }
      add(element.ioSpecification?.dataInputs);
      add(element.ioSpecification?.dataOutputs);
    }
    parent.laneSets?.forEach(laneSet);
  };
  const processes = new Set<ModdleElement>();
  const process = (walked: WalkedElement) => {
    processes.add(walked);
    container(walked);
    add(walked.ioSpecification?.dataInputs);
    add(walked.ioSpecification?.dataOutputs);
    add(walked.artifacts);
  };
  if (!root.$instanceOf('bpmn:Collaboration')) {
    process(root);
    return reached;
  }
  for (const participant of root.participants ?? []) {
    reached.add(participant);
    if (participant.processRef) process(participant.processRef);
  }
  add(root.artifacts);
  // bpmn-js also draws the processes with lanes that no pool stands for ("free-floating lanes")
  for (const element of (definitions.rootElements ?? []) as WalkedElement[]) {
    if (!processes.has(element) && element.$instanceOf('bpmn:Process') && element.laneSets) process(element);
  }
  return reached;
}

/** The first process or collaboration: what bpmn-js shows for a plane that names nothing. */
function displayCandidate(definitions: ParsedDefinitions): ModdleElement | undefined {
  return definitions.rootElements?.find((element) => element.$instanceOf('bpmn:Process') || element.$instanceOf('bpmn:Collaboration'));
}

/**
 * The shapes of `diagram` whose elements bpmn-js's walk from the view's `shown` element (its plane's
 * own element unless given) does not reach, in document order, as id and name.
 */
export function shapesOutsideTheWalk(definitions: ParsedDefinitions, diagram: ParsedDiagram, shown?: ModdleElement): { id: string; name?: string }[] {
  const root = shown ?? diagram.plane?.bpmnElement ?? displayCandidate(definitions);
  if (!root) return [];
  const reached = reachedFrom(root, definitions);
  const skipped: { id: string; name?: string }[] = [];
  for (const shape of diagram.plane?.planeElement ?? []) {
    const element = shape.bpmnElement;
    if (shape.$type !== 'bpmndi:BPMNShape' || !element?.id || reached.has(element as ModdleElement)) continue;
    skipped.push(element.name === undefined ? { id: element.id } : { id: element.id, name: element.name });
  }
  return skipped;
}
