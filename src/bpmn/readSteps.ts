// Reads the steps of the open diagram from bpmn-js's element registry: every task, sub-process and
// call activity with its name, lane, pool and enclosing sub-process, in process order. Process
// order walks each pool (top to bottom, then left to right) breadth-first along sequence flows
// from its start events, boundary events after their host's own successors; what no flow reaches
// follows by position. A sub-process's content comes right after the sub-process, also when it is
// drawn on its own plane (collapsed). The steps the open diagram does not show but the file holds
// (another diagram of the file, or a process no diagram draws) follow, marked `inOtherView`, so a
// step counts as removed only when it is in none of the file's processes.
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { isStepType } from '../domain/assessment';
import type { Step } from '../domain/assessment';
import { oneLine } from './oneLine';

/** The part of a bpmn-moddle element that readSteps looks at. */
interface SemanticElement {
  $type: string;
  id: string;
  name?: string;
  $parent?: SemanticElement;
  processRef?: SemanticElement;
  flowNodeRef?: SemanticElement[];
  /** a process's or sub-process's content */
  flowElements?: SemanticElement[];
  /** the definitions' processes, collaborations and the rest */
  rootElements?: SemanticElement[];
  $instanceOf(type: string): boolean;
}

/** The part of a diagram-js shape or connection that readSteps looks at. */
interface DiagramElement {
  id: string;
  type: string;
  businessObject?: SemanticElement;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  parent?: DiagramElement;
  labelTarget?: DiagramElement;
  outgoing?: DiagramElement[];
  target?: DiagramElement;
  attachers?: DiagramElement[];
}

function isRegistry(source: BaseViewer | ElementRegistry): source is ElementRegistry {
  return 'getAll' in source;
}

function centre(element: DiagramElement): { x: number; y: number } {
  return { x: (element.x ?? 0) + (element.width ?? 0) / 2, y: (element.y ?? 0) + (element.height ?? 0) / 2 };
}

/** Top to bottom, then left to right. */
function byPosition(a: DiagramElement, b: DiagramElement): number {
  const ca = centre(a);
  const cb = centre(b);
  return ca.y - cb.y || ca.x - cb.x;
}

function ancestors(element: SemanticElement): SemanticElement[] {
  const chain: SemanticElement[] = [];
  for (let current = element.$parent; current; current = current.$parent) chain.push(current);
  return chain;
}

/**
 * Lane name by flow node id; with nested lanes the innermost named lane wins. An unnamed child lane
 * (what "In zwei Lanes teilen" makes) leaves its parent's name: the steps showed "keine Lane".
 */
function laneNames(elements: DiagramElement[]): Map<string, string> {
  const lanes = elements
    .filter((element) => element.type === 'bpmn:Lane' && element.businessObject)
    .map((element) => {
      const lane = element.businessObject as SemanticElement;
      return { lane, depth: ancestors(lane).filter((parent) => parent.$type === 'bpmn:Lane').length };
    })
    .sort((a, b) => a.depth - b.depth);
  const names = new Map<string, string>();
  for (const { lane } of lanes) {
    const name = oneLine(lane.name);
    if (!name) continue;
    for (const node of lane.flowNodeRef ?? []) names.set(node.id, name);
  }
  return names;
}

function successors(node: DiagramElement): DiagramElement[] {
  const targets = (node.outgoing ?? [])
    .filter((connection) => connection.type === 'bpmn:SequenceFlow' && connection.target)
    .map((connection) => connection.target as DiagramElement)
    .sort(byPosition);
  return [...targets, ...[...(node.attachers ?? [])].sort(byPosition)];
}

/** The flow nodes of the open diagram (shapes only: no labels, no plane roots) in process order. */
function orderFlowNodes(elements: DiagramElement[]): DiagramElement[] {
  const nodes = elements.filter(
    (element) => !element.labelTarget && element.parent && element.businessObject?.$instanceOf('bpmn:FlowNode'),
  );
  const byContainer = new Map<SemanticElement | undefined, DiagramElement[]>();
  for (const node of nodes) {
    const container = node.businessObject?.$parent;
    const members = byContainer.get(container);
    if (members) members.push(node);
    else byContainer.set(container, [node]);
  }

  const ordered: DiagramElement[] = [];
  const emitted = new Set<DiagramElement>();
  const visitedContainers = new Set<SemanticElement | undefined>();

  const visitContainer = (container: SemanticElement | undefined) => {
    if (visitedContainers.has(container)) return;
    visitedContainers.add(container);
    const members = byContainer.get(container) ?? [];
    const memberSet = new Set(members);
    const walkFrom = (start: DiagramElement) => {
      if (emitted.has(start)) return;
      const queue = [start];
      emitted.add(start);
      for (let index = 0; index < queue.length; index++) {
        const node = queue[index];
        ordered.push(node);
        if (node.businessObject?.$instanceOf('bpmn:SubProcess')) visitContainer(node.businessObject);
        for (const next of successors(node)) {
          if (memberSet.has(next) && !emitted.has(next)) {
            emitted.add(next);
            queue.push(next);
          }
        }
      }
    };
    const starts = members.filter((node) => node.type === 'bpmn:StartEvent').sort(byPosition);
    starts.forEach(walkFrom);
    [...members].sort(byPosition).forEach(walkFrom);
  };

  const pools = elements.filter((element) => element.type === 'bpmn:Participant' && !element.labelTarget).sort(byPosition);
  for (const pool of pools) {
    const process = pool.businessObject?.processRef;
    if (process) visitContainer(process);
  }
  const topLevel = [...byContainer.keys()].filter((container) => container?.$type === 'bpmn:Process');
  topLevel.forEach(visitContainer);
  [...byContainer.keys()].forEach(visitContainer);
  return ordered;
}

/** The file's definitions, reached from any element the open diagram shows. */
function definitionsOf(elements: DiagramElement[]): SemanticElement | undefined {
  const shown = elements.find((element) => element.businessObject)?.businessObject;
  return shown ? (ancestors(shown).at(-1) ?? shown) : undefined;
}

/** Every flow element of every process in the file, in document order, sub-processes' content included. */
function flowElementsOfFile(definitions: SemanticElement): SemanticElement[] {
  const found: SemanticElement[] = [];
  const visit = (container: SemanticElement) => {
    for (const element of container.flowElements ?? []) {
      found.push(element);
      if (element.$instanceOf('bpmn:SubProcess')) visit(element);
    }
  };
  for (const root of definitions.rootElements ?? []) if (root.$instanceOf('bpmn:Process')) visit(root);
  return found;
}

/**
 * The steps of the open diagram in process order (`order` counts from 1), then the file's other
 * steps marked `inOtherView`.
 */
export function readSteps(source: BaseViewer | ElementRegistry): Step[] {
  const registry = isRegistry(source) ? source : source.get<ElementRegistry>('elementRegistry');
  // diagram-js types registry entries loosely; DiagramElement names the fields bpmn-js sets on them
  const elements = registry.getAll() as unknown as DiagramElement[];
  const lanes = laneNames(elements);
  const participantNames = new Map<SemanticElement, string>();
  for (const element of elements) {
    const process = element.type === 'bpmn:Participant' ? element.businessObject?.processRef : undefined;
    if (process) participantNames.set(process, oneLine(element.businessObject?.name));
  }

  const steps: Step[] = [];
  for (const node of orderFlowNodes(elements)) {
    const semantic = node.businessObject as SemanticElement;
    if (!isStepType(semantic.$type)) continue;
    const chain = ancestors(semantic);
    const step: Step = { id: semantic.id, name: oneLine(semantic.name), type: semantic.$type, order: steps.length + 1 };
    const lane = [semantic, ...chain].map((element) => lanes.get(element.id)).find((name) => name !== undefined);
    if (lane) step.lane = lane;
    const process = chain.find((element) => element.$type === 'bpmn:Process');
    const pool = process && participantNames.get(process);
    if (pool) step.pool = pool;
    const parent = chain.find((element) => element.$instanceOf('bpmn:SubProcess'));
    if (parent) step.parent = oneLine(parent.name) || parent.id;
    steps.push(step);
  }

  const definitions = definitionsOf(elements);
  const seen = new Set(steps.map((step) => step.id));
  for (const semantic of definitions ? flowElementsOfFile(definitions) : []) {
    if (seen.has(semantic.id) || !isStepType(semantic.$type)) continue;
    seen.add(semantic.id);
    steps.push({ id: semantic.id, name: oneLine(semantic.name), type: semantic.$type, order: steps.length + 1, inOtherView: true });
  }
  return steps;
}
