// The views of a loaded BPMN document (its BPMNDiagrams of top-level processes and collaborations,
// not the planes of collapsed sub-processes), how to find one by the key a picker uses, and how to
// import a document into a viewer or modeller with that view open.
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import { unnamedDiagramPrefix } from './importDiagram';
import type { DiagramInfo } from './importDiagram';
import { importParsed } from './parsedImport';
import type { ParsedImport } from './parsedImport';

/** The part of the bpmn-moddle model the view list reads. */
interface SemanticDiagram {
  id?: string;
  name?: string;
  plane?: { bpmnElement?: { id?: string; name?: string }; planeElement?: { $type: string }[] };
}

interface SemanticDefinitions {
  diagrams?: SemanticDiagram[];
  rootElements?: { id?: string }[];
}

function definitionsOf(modeler: BaseViewer): SemanticDefinitions | undefined {
  // bpmn-js types its definitions as `any`; SemanticDefinitions names the fields read here
  return modeler.getDefinitions() as SemanticDefinitions | undefined;
}

function isView(diagram: SemanticDiagram, definitions: SemanticDefinitions): boolean {
  const shown = diagram.plane?.bpmnElement;
  return !shown || (definitions.rootElements ?? []).includes(shown);
}

function keyOf(diagram: SemanticDiagram, index: number): string {
  return diagram.id || `${unnamedDiagramPrefix}${index + 1}`;
}

/** The views of the loaded document, in document order. */
export function listDiagramViews(modeler: BaseViewer): DiagramInfo[] {
  const definitions = definitionsOf(modeler);
  if (!definitions) return [];
  const views: DiagramInfo[] = [];
  (definitions.diagrams ?? []).forEach((diagram, index) => {
    if (!isView(diagram, definitions)) return;
    const shown = diagram.plane?.bpmnElement;
    const info: DiagramInfo = {
      id: keyOf(diagram, index),
      name: (diagram.name || shown?.name || shown?.id || keyOf(diagram, index)).replace(/\s+/g, ' ').trim(),
      shapeCount: (diagram.plane?.planeElement ?? []).filter((element) => element.$type === 'bpmndi:BPMNShape').length,
    };
    if (shown?.id) info.rootElementId = shown.id;
    views.push(info);
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
