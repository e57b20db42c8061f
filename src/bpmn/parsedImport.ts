// The file the import check parsed last, kept for the modeller that opens it next, so that an
// imported file is parsed once, not twice: the editor imports these definitions instead of parsing
// the same XML again (bpmn-moddle's parse is a fifth to a third of bpmn-js's import). One slot, for
// exactly that XML text, taken once, forgotten after a minute; any other XML is parsed as usual.
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import type { ModdleElement, ModdleWarning, ParseResult } from 'bpmn-moddle';

export interface ParsedImport {
  xml: string;
  definitions: ModdleElement;
  elementsById: Record<string, ModdleElement>;
  warnings: ModdleWarning[];
}

/** how long a parse waits for its modeller (the user reviews the import dialog meanwhile) */
const keepMs = 60_000;

let slot: ParsedImport | undefined;
let forgetTimer: ReturnType<typeof setTimeout> | undefined;

/** Keeps the parse of `xml` (by a plain BpmnModdle, no extensions) for the next import of it. */
export function rememberParsedImport(xml: string, parsed: ParseResult): void {
  slot = { xml, definitions: parsed.rootElement, elementsById: parsed.elementsById, warnings: parsed.warnings };
  clearTimeout(forgetTimer);
  forgetTimer = setTimeout(() => {
    slot = undefined;
  }, keepMs);
}

/** The kept parse of exactly this XML text, once; undefined for any other text. */
export function takeParsedImport(xml: string): ParsedImport | undefined {
  if (slot?.xml !== xml) return undefined;
  const parsed = slot;
  slot = undefined;
  clearTimeout(forgetTimer);
  return parsed;
}

/** The id registry a bpmn-js Modeler attaches to its moddle (Viewers have none). */
interface ModdleIds {
  clear(): void;
  claim(id: string, element: unknown): void;
}

/**
 * Imports kept definitions as `viewer.importXML` would import their XML: the modeller claims the
 * parsed ids (so that new elements get fresh ones), the parser's warnings come first, and
 * `import.done` is fired. The viewer's moddle must know the same packages as a plain BpmnModdle.
 */
export async function importParsed(viewer: BaseViewer, parsed: ParsedImport, diagramId?: string): Promise<unknown[]> {
  const eventBus = viewer.get<{ fire(event: string, payload: unknown): void }>('eventBus');
  const { ids } = viewer.get<{ ids?: ModdleIds }>('moddle');
  if (ids) {
    ids.clear();
    for (const [id, element] of Object.entries(parsed.elementsById)) ids.claim(id, element);
  }
  try {
    const { warnings } = await viewer.importDefinitions(parsed.definitions, diagramId);
    const all = [...parsed.warnings, ...warnings];
    eventBus.fire('import.done', { error: null, warnings: all });
    return all;
  } catch (error) {
    eventBus.fire('import.done', { error, warnings: parsed.warnings });
    throw error;
  }
}
