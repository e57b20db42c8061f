// Parses kept for the modeller that opens the same XML next, so that a document is parsed once, not
// twice, and early: the import check's parse of a file, and the parse of a stored process that
// starts while its answers load from IndexedDB. The editor imports these definitions instead of
// parsing the same XML again (bpmn-moddle's parse is a fifth to a third of bpmn-js's import). One
// slot, for exactly that XML text, taken once, forgotten after a minute; any other XML is parsed
// as usual.
import { BpmnModdle } from 'bpmn-moddle';
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

let slot: { xml: string; parsed: Promise<ParsedImport | undefined> } | undefined;
let forgetTimer: ReturnType<typeof setTimeout> | undefined;
let parser: BpmnModdle | undefined;

/**
 * The plain BpmnModdle (no extensions) of every kept parse, made on the first: bpmn-moddle builds its
 * type tables as a parse meets each type, so a new instance per file would build them again (about
 * half of a small file's parse). A parse keeps nothing in the instance.
 */
export function plainParser(): BpmnModdle {
  parser ??= new BpmnModdle();
  return parser;
}

function keep(xml: string, parsed: Promise<ParsedImport | undefined>): void {
  slot = { xml, parsed };
  clearTimeout(forgetTimer);
  forgetTimer = setTimeout(() => {
    slot = undefined;
  }, keepMs);
}

function asParsedImport(xml: string, parsed: ParseResult): ParsedImport {
  return { xml, definitions: parsed.rootElement, elementsById: parsed.elementsById, warnings: parsed.warnings };
}

/** Keeps the parse of `xml` by plainParser() for the next import of it. */
export function rememberParsedImport(xml: string, parsed: ParseResult): void {
  keep(xml, Promise.resolve(asParsedImport(xml, parsed)));
}

/**
 * Starts parsing `xml` for the modeller that will open it, unless its parse is kept already. A
 * parse that fails keeps nothing: the modeller then parses the XML itself and reports the error.
 */
export function parseAhead(xml: string): void {
  if (slot?.xml === xml) return;
  keep(
    xml,
    plainParser()
      .fromXML(xml, 'bpmn:Definitions')
      .then(
        (parsed) => asParsedImport(xml, parsed),
        () => undefined,
      ),
  );
}

/** The kept parse of exactly this XML text, once (it may still be running); undefined for any other text. */
export function takeParsedImport(xml: string): Promise<ParsedImport | undefined> | undefined {
  if (slot?.xml !== xml) return undefined;
  const { parsed } = slot;
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
