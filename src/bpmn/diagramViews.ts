// The views of a loaded BPMN document (its BPMNDiagrams of top-level processes and collaborations,
// not the planes of collapsed sub-processes), how to find one by the key a picker uses, how to
// import a document into a viewer or modeller with that view open, and what of the open view the
// modeller left undrawn.
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { describeView, undrawnShapesWarning, unnamedDiagramPrefix } from './importDiagram';
import type { DiagramInfo, ImportWarning, ViewPool, ViewSource } from './importDiagram';
import { importParsed } from './parsedImport';
import type { ParsedImport } from './parsedImport';

/** The part of the bpmn-moddle model the view list reads. */
interface SemanticDiagram {
  id?: string;
  name?: string;
  plane?: { bpmnElement?: { id?: string; name?: string }; planeElement?: { $type: string }[] };
}

interface SemanticRootElement {
  $type: string;
  id?: string;
  /** a collaboration's pools */
  participants?: { name?: string; processRef?: { id?: string } }[];
}

interface SemanticDefinitions {
  diagrams?: SemanticDiagram[];
  rootElements?: SemanticRootElement[];
}

function definitionsOf(modeler: BaseViewer): SemanticDefinitions | undefined {
  // bpmn-js types its definitions as `any`; SemanticDefinitions names the fields read here
  return modeler.getDefinitions() as SemanticDefinitions | undefined;
}

function isView(diagram: SemanticDiagram, definitions: SemanticDefinitions): boolean {
  const shown = diagram.plane?.bpmnElement;
  return !shown || (definitions.rootElements ?? []).some((element) => element === shown);
}

/** The pools of every top-level collaboration. */
function poolsOf(definitions: SemanticDefinitions): ViewPool[] {
  return (definitions.rootElements ?? [])
    .filter((element) => element.$type === 'bpmn:Collaboration')
    .flatMap((collaboration) =>
      (collaboration.participants ?? []).map((pool) => ({ name: pool.name, collaboration: collaboration.id ?? '', processRef: pool.processRef?.id })),
    );
}

function keyOf(diagram: SemanticDiagram, index: number): string {
  return diagram.id || `${unnamedDiagramPrefix}${index + 1}`;
}

/** The views of the loaded document, in document order. */
export function listDiagramViews(modeler: BaseViewer): DiagramInfo[] {
  const definitions = definitionsOf(modeler);
  if (!definitions) return [];
  const pools = poolsOf(definitions);
  const views: DiagramInfo[] = [];
  (definitions.diagrams ?? []).forEach((diagram, index) => {
    if (!isView(diagram, definitions)) return;
    const shown = diagram.plane?.bpmnElement;
    const view: ViewSource = {
      id: keyOf(diagram, index),
      diagramName: diagram.name,
      shapeCount: (diagram.plane?.planeElement ?? []).filter((element) => element.$type === 'bpmndi:BPMNShape').length,
    };
    if (shown?.id) view.shown = { id: shown.id, name: shown.name };
    views.push(describeView(view, pools));
  });
  return views;
}

/** The BPMNDiagram with the given key (its id, or `#<position>`), if the document has it. */
export function findDiagram(modeler: BaseViewer, key: string): SemanticDiagram | undefined {
  return (definitionsOf(modeler)?.diagrams ?? []).find((diagram, index) => keyOf(diagram, index) === key);
}

/** The message of a thrown value, whatever was thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Imports into a viewer or modeller and opens the view with the given key; a missing key falls back
 * to the document's first view. `parsed`: the import check's parse of this XML (parsedImport.ts),
 * imported instead of parsing the XML again.
 */
export async function importView(viewer: BaseViewer, xml: string, diagramId: string | undefined, parsed?: ParsedImport): Promise<unknown[]> {
  const importDocument = async (id?: string) => (parsed ? importParsed(viewer, parsed, id) : (await viewer.importXML(xml, id)).warnings);
  if (diagramId && !diagramId.startsWith(unnamedDiagramPrefix)) {
    try {
      return await importDocument(diagramId);
    } catch (error) {
      if (!/^BPMNDiagram <.*> not found$/.test(errorText(error))) throw error;
    }
  }
  const warnings = await importDocument();
  const diagram = diagramId ? findDiagram(viewer, diagramId) : undefined;
  if (diagram) await viewer.open(diagram);
  return warnings;
}

/** A shape of the open view's plane, as bpmn-moddle reads it. */
interface PlaneShape {
  $type: string;
  bpmnElement?: { id?: string; name?: string };
}

/**
 * The model elements the open view draws in the file but the modeller did not draw, in document
 * order. bpmn-js draws nothing inside an expanded call activity (the called process drawn in place,
 * as ADONIS exports it) and drops that layout when it saves (../shared/fixtures/bpmn/SOURCES.md);
 * it warns of neither. The import check foresees them from the parse (skippedShapes.ts).
 */
function undrawnShapes(viewer: BaseViewer): { id: string; name?: string }[] {
  // bpmn-js sets the open plane's DI on the root element; diagram-js types the root without it
  const root = viewer.get<Canvas>('canvas').getRootElement() as { di?: { planeElement?: PlaneShape[] } };
  const registry = viewer.get<ElementRegistry>('elementRegistry');
  const undrawn: { id: string; name?: string }[] = [];
  for (const element of root.di?.planeElement ?? []) {
    const id = element.bpmnElement?.id;
    if (element.$type === 'bpmndi:BPMNShape' && id && !registry.get(id)) undrawn.push({ id, name: element.bpmnElement?.name });
  }
  return undrawn;
}

/**
 * One warning for the shapes of the open view the modeller left out without a warning of its own
 * (see undrawnShapes); undefined when it drew them all.
 */
export function openViewUndrawnWarning(viewer: BaseViewer, warnings: readonly ImportWarning[]): ImportWarning | undefined {
  const named = new Set(warnings.flatMap((warning) => (warning.elementId ? [warning.elementId] : [])));
  return undrawnShapesWarning(undrawnShapes(viewer), named);
}
