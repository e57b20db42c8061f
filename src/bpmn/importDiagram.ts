// The one door for a BPMN file coming from outside (file picker, drag and drop, pasted XML):
// checks size, emptiness, XML well-formedness, nesting depth and that it is a BPMN model with a
// process (one streaming scan, scanBpmnFile), refuses DOCTYPE declarations (entity expansion,
// external entities) and ids and labels that would break or freeze bpmn-js, parses it with
// bpmn-moddle to turn the parser's warnings into readable messages (naming each element by its
// type and name, as the modeller does), lists the file's diagrams for a picker (named by the one
// rule, describeView, that the loaded model's list uses too) with what bpmn-js's importer will warn
// of and leave undrawn in each, word for word as the editor reports it after drawing
// (skippedShapes), and lays out files without diagram interchange (layoutWithoutDi). Pasted text
// may start with whitespace (copied from an editor or an e-mail); a file may not, as XML allows
// nothing before its declaration. Nothing in the file is ever evaluated.
import type { ModdleElement, ModdleWarning, ParseResult } from 'bpmn-moddle';
import type { ImportWarningKind, ImportWarningNote } from '../domain/importWarningSummary';
import { i18n } from '../i18n/i18n';
import { describeModelElement, hasTypeName } from './describeElement';
import { layoutWithoutDi } from './layoutWithoutDi';
import { oneLine } from './oneLine';
import { plainParser, rememberParsedImport } from './parsedImport';
import { scanBpmnFileAside } from './scanAside';
import { foreseeImport } from './skippedShapes';
import { uiTranslate } from './translate/uiTranslate';
import type { ParsedDefinitions, ParsedDiagram } from './skippedShapes';
import { bpmnDiNs, isBpmnDefinitions, maxNestingDepth, scanBpmnFile } from './scanBpmnFile';
import type { BpmnFileFacts, ScannedDiagram, ScannedElement, ScannedParticipant } from './scanBpmnFile';

export const maxImportBytes = 20 * 1024 * 1024;
/**
 * More elements with a taken id than this and the file is refused as damaged: the parser leaves
 * out every element whose id is taken (with all it contains), so such a file would open with much
 * of it missing and a warning for each.
 */
const maxDuplicateIds = 100;
/**
 * Longest label drawn (names, text annotations, group labels): bpmn-js fits a label by measuring it
 * once per character it cuts, so a name of 200,000 characters would freeze the page for minutes.
 */
const maxLabelLength = 2_000;

export type ImportErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'unreadable'
  | 'notXml'
  | 'malformed'
  | 'tooDeep'
  | 'encoding'
  | 'doctype'
  | 'notBpmn'
  | 'noProcess'
  | 'reservedId'
  | 'duplicateIds'
  | 'nameTooLong'
  | 'nothingToLayOut'
  | 'layoutFailed';

/** A warning of the import: its kind is the key of its message under `import:warning`. */
export interface ImportWarning extends ImportWarningNote {
  elementId?: string;
}

/** A diagram without an id gets the key `#<position>` (1-based) so a picker can still open it. */
export const unnamedDiagramPrefix = '#';

export interface DiagramInfo {
  /** the BPMNDiagram's id, or `#<position>` for a diagram without one */
  id: string;
  /** the view's name for a person (see describeView); absent when it has none, never an id */
  name?: string;
  rootElementId?: string;
  /** number of shapes drawn in this diagram: the largest is usually the main view */
  shapeCount: number;
}

/** A view as both listings read it, from the file's scan (listDiagrams) or the loaded model (listDiagramViews). */
export interface ViewSource {
  /** the BPMNDiagram's id, or `#<position>` for a diagram without one */
  id: string;
  /** the BPMNDiagram's own name */
  diagramName?: string;
  /** the top-level process or collaboration the view shows */
  shown?: { id: string; name?: string };
  shapeCount: number;
}

/** A pool of the file: its name, the collaboration that holds it and the process it stands for. */
export interface ViewPool {
  name?: string;
  collaboration: string;
  processRef?: string;
}

/**
 * The name a person knows a view by: the diagram's own name; else the name of the process or
 * collaboration it shows; else the names of the collaboration's pools ("Kunde, Pizzeria"), or the
 * name of the pool that stands for the process. '' when there is none: never a technical id.
 */
function viewName({ diagramName, shown }: ViewSource, pools: readonly ViewPool[]): string {
  const own = oneLine(diagramName) || oneLine(shown?.name);
  if (own || !shown?.id) return own;
  const poolNames = (selected: ViewPool[]) => selected.map((pool) => oneLine(pool.name)).filter((name) => name !== '');
  const ofCollaboration = poolNames(pools.filter((pool) => pool.collaboration === shown.id));
  if (ofCollaboration.length > 0) return ofCollaboration.join(', ');
  return poolNames(pools.filter((pool) => pool.processRef === shown.id))[0] ?? '';
}

/** The picker's entry of a view; `pools`: every pool of the file. */
export function describeView(view: ViewSource, pools: readonly ViewPool[]): DiagramInfo {
  const info: DiagramInfo = { id: view.id, shapeCount: view.shapeCount };
  const name = viewName(view, pools);
  if (name) info.name = name;
  if (view.shown?.id) info.rootElementId = view.shown.id;
  return info;
}

export type PreparedImport =
  | {
      ok: true;
      xml: string;
      warnings: ImportWarning[];
      /** the file had no diagram interchange; its layout was generated (tell the user) */
      autoLayout: boolean;
      diagrams: DiagramInfo[];
      /** warnings that hold for one view only, by the view's DiagramInfo id: what bpmn-js's importer will warn of and leave undrawn there */
      viewWarnings: Record<string, ImportWarning[]>;
      suggestedName: string;
    }
  | { ok: false; code: ImportErrorCode; detail?: string };

type Failure = Extract<PreparedImport, { ok: false }>;

const singleByteEncodings = /^(iso-8859-1|iso8859-1|latin-?1|windows-1252|cp1252|us-ascii|ascii)$/i;

function fail(code: ImportErrorCode, detail?: string): Failure {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail };
}

/** Reads a file or string into text, refusing empty and oversized input before decoding it. */
async function readText(input: string | ArrayBuffer | Blob): Promise<{ text: string } | Failure> {
  if (typeof input === 'string') {
    if (input.length > maxImportBytes) return fail('tooLarge');
    if (input.length * 3 > maxImportBytes && new TextEncoder().encode(input).length > maxImportBytes) return fail('tooLarge');
    return { text: input.replace(/^\uFEFF/, '') };
  }
  const size = input instanceof Blob ? input.size : input.byteLength;
  if (size === 0) return fail('empty');
  if (size > maxImportBytes) return fail('tooLarge');
  let buffer: ArrayBuffer;
  try {
    buffer = input instanceof Blob ? await input.arrayBuffer() : input;
  } catch (error) {
    return fail('unreadable', error instanceof Error ? error.message : undefined);
  }
  return decodeBytes(new Uint8Array(buffer));
}

/** UTF-8 unless a byte order mark or a single-byte encoding declaration says otherwise. */
function decodeBytes(bytes: Uint8Array): { text: string } | Failure {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  // no byte order mark: an ASCII character beside a zero byte opens UTF-16 text (XML 1.0, appendix F)
  if (bytes[0] !== 0 && bytes[0] < 0x80 && bytes[1] === 0 && bytes[3] === 0) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[1] < 0x80 && bytes[2] === 0) return { text: new TextDecoder('utf-16be').decode(bytes) };
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 256));
  const declared = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  if (declared && singleByteEncodings.test(declared)) return { text: new TextDecoder('windows-1252').decode(bytes) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    return looksLikeXml(lossy) ? fail('encoding') : fail('notXml');
  }
}

function firstNonSpace(text: string, from = 0): number {
  const match = /\S/.exec(text.slice(from, from + 4096));
  return match ? from + match.index : -1;
}

function looksLikeXml(text: string): boolean {
  const start = firstNonSpace(text);
  return start >= 0 && text[start] === '<' && !text.slice(0, 4096).includes('\u0000');
}

/**
 * Walks the prolog (declaration, comments, processing instructions) up to the root element and
 * reports a DOCTYPE declaration: the only place XML allows entity declarations.
 */
function hasDoctype(text: string): boolean {
  let position = 0;
  for (;;) {
    position = firstNonSpace(text, position);
    if (position < 0) return false;
    if (text.startsWith('<?', position)) {
      const end = text.indexOf('?>', position + 2);
      if (end < 0) return false;
      position = end + 2;
    } else if (text.startsWith('<!--', position)) {
      const end = text.indexOf('-->', position + 4);
      if (end < 0) return false;
      position = end + 3;
    } else {
      return /^<!DOCTYPE/i.test(text.slice(position, position + 9));
    }
  }
}

/** Refuses reserved ids, and files with more taken ids than the parser can report in time. */
function idProblem(facts: BpmnFileFacts): Failure | undefined {
  if (facts.reservedIds.length > 0) return fail('reservedId', facts.reservedIds.join(', '));
  const { count, first } = facts.duplicateIds;
  if (count > maxDuplicateIds) return fail('duplicateIds', `${count}:${first}`);
  return undefined;
}

/** The first label longer than bpmn-js can lay out in time, as `<length>:<its beginning>`. */
function tooLongLabel(facts: BpmnFileFacts): Failure | undefined {
  const long = facts.firstLongLabel;
  return long === undefined ? undefined : fail('nameTooLong', `${long.length}:${oneLine(long.slice(0, 40))}`);
}

/** Top-level model elements by id (the last one where ids repeat, as a lookup by id would find). */
function topLevelById(facts: BpmnFileFacts): Map<string, ScannedElement> {
  return new Map(facts.topLevel.filter((element) => element.id !== '').map((element) => [element.id, element]));
}

/**
 * The views of the file in document order: diagrams of a top-level process or collaboration, named
 * as describeView says. Diagrams of collapsed sub-processes are left out: bpmn-js opens them by
 * drilling down from the view that contains the sub-process.
 */
function listDiagrams(facts: BpmnFileFacts): DiagramInfo[] {
  const topLevel = topLevelById(facts);
  const views: DiagramInfo[] = [];
  facts.diagrams.forEach((diagram, index) => {
    const shown = diagram.planeElement ? topLevel.get(diagram.planeElement) : undefined;
    if (diagram.planeElement && !shown) return;
    const view: ViewSource = { id: diagram.id || `${unnamedDiagramPrefix}${index + 1}`, diagramName: diagram.name, shapeCount: diagram.shapeElements.length };
    if (shown) view.shown = shown;
    views.push(describeView(view, facts.participants));
  });
  return views;
}

/**
 * Some tools (Visual Paradigm) point a diagram of pools at a process instead of at the collaboration
 * that holds the pools; bpmn-js then shows an empty canvas. Such a diagram is pointed at the
 * collaboration of the pools it draws, in the file and in its facts. Returns the names of the
 * diagrams corrected; the file is rewritten only when there are any.
 */
function repairPoolDiagrams(xml: string, facts: BpmnFileFacts): { xml: string; repaired: string[] } {
  const topLevel = topLevelById(facts);
  const collaborationOfParticipant = new Map(facts.participants.filter((pool) => pool.id !== '').map((pool) => [pool.id, pool.collaboration]));
  const planeTargets = new Map<number, string>();
  const repaired: string[] = [];
  for (const diagram of facts.diagrams) {
    if (diagram.planeIndex === undefined || topLevel.get(diagram.planeElement)?.localName !== 'process') continue;
    const collaboration = diagram.shapeElements
      .map((element) => collaborationOfParticipant.get(element))
      .find((id) => id !== undefined);
    if (!collaboration) continue;
    planeTargets.set(diagram.planeIndex, collaboration);
    diagram.planeElement = collaboration;
    repaired.push(oneLine(diagram.name) || diagram.id || collaboration);
  }
  if (repaired.length === 0) return { xml, repaired };
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const planes = doc.getElementsByTagNameNS(bpmnDiNs, 'BPMNPlane');
  for (const [index, collaboration] of planeTargets) planes[index]?.setAttribute('bpmnElement', collaboration);
  return { xml: new XMLSerializer().serializeToString(doc), repaired };
}

/**
 * One warning of `kind` for all these elements: how many, an example (by default the first one's
 * name, or its id), and the first element; undefined for none.
 */
export function elementsWarning(kind: ImportWarningKind, elements: readonly { id: string; name?: string }[], example?: string): ImportWarning | undefined {
  if (elements.length === 0) return undefined;
  const first = elements[0];
  const values = { count: elements.length, example: example ?? (oneLine(first.name) || first.id) };
  return { kind, message: i18n.t(`import:warning.${kind}`, values), elementId: first.id, count: elements.length };
}

/**
 * One warning for the shapes of a view that bpmn-js leaves undrawn without a warning of its own
 * (`named`: the ids its warnings name already); the first of them with a name is the example (an
 * unnamed one says nothing to the user). Undefined when there are none.
 */
export function undrawnShapesWarning(shapes: readonly { id: string; name?: string }[], named: ReadonlySet<string>): ImportWarning | undefined {
  const undrawn = shapes.filter((shape) => !named.has(shape.id));
  const example = undrawn.find((shape) => shape.name?.trim())?.name?.trim();
  return elementsWarning('undrawnShapes', undrawn, example);
}

/**
 * Per view of the file (keyed as listDiagrams keys it), what bpmn-js's importer will warn of when it
 * draws that view and the shapes it will leave undrawn there without a warning (skippedShapes.ts),
 * read from the parse before anything is drawn: the warnings the editor gives after drawing it,
 * word for word. A view that repairPoolDiagrams pointed at a collaboration is drawn from that
 * collaboration, as the editor draws the repaired file. `named`: the ids the file's warnings name.
 */
function viewWarningsOf(facts: BpmnFileFacts, parsed: ParseResult, named: ReadonlySet<string>): Record<string, ImportWarning[]> {
  const definitions = parsed.rootElement as ParsedDefinitions;
  const topLevel = topLevelById(facts);
  const parsedDiagram = (scanned: ScannedDiagram, index: number) => (scanned.id ? definitions.diagrams?.find((candidate) => candidate.id === scanned.id) : definitions.diagrams?.[index]);
  const repairedPlanes = new Map<ParsedDiagram, ModdleElement>();
  facts.diagrams.forEach((scanned, index) => {
    const diagram = parsedDiagram(scanned, index);
    const repaired = scanned.planeElement ? parsed.elementsById[scanned.planeElement] : undefined;
    if (diagram && repaired && diagram.plane?.bpmnElement !== repaired) repairedPlanes.set(diagram, repaired);
  });
  const planeElementOf = (diagram: ParsedDiagram) => repairedPlanes.get(diagram) ?? diagram.plane?.bpmnElement;
  const viewWarnings: Record<string, ImportWarning[]> = {};
  facts.diagrams.forEach((scanned, index) => {
    if (scanned.planeElement && !topLevel.has(scanned.planeElement)) return;
    const diagram = parsedDiagram(scanned, index);
    if (!diagram) return;
    const foreseen = foreseeImport(definitions, diagram, planeElementOf);
    const warnings = describeImportWarnings(foreseen.warnings);
    const undrawn = undrawnShapesWarning(foreseen.undrawnShapes, new Set([...named, ...warnings.flatMap((warning) => (warning.elementId ? [warning.elementId] : []))]));
    if (undrawn) warnings.push(undrawn);
    if (warnings.length > 0) viewWarnings[scanned.id || `${unnamedDiagramPrefix}${index + 1}`] = warnings;
  });
  return viewWarnings;
}

/** Elements the automatic layout could not place: they stay in the file but are not drawn. */
function notLaidOutWarning(notLaidOut: readonly ScannedElement[]): ImportWarning | undefined {
  return elementsWarning('notLaidOut', notLaidOut);
}

/** The reference a bpmn-moddle warning reports as unresolved, if it is such a warning. */
function unresolvedReference(warning: ModdleWarning): string | undefined {
  return warning.message.startsWith('unresolved reference <') && typeof warning.value === 'string' ? warning.value : undefined;
}

/** Flow nodes that no diagram draws: they stay in the file but nobody would see them. */
function notShownWarning(facts: BpmnFileFacts): ImportWarning | undefined {
  return elementsWarning('notShown', facts.flowNodes.filter((node) => !facts.drawn.has(node.id)));
}

/**
 * A name a modelling tool gives by itself ("Diagram 1", "Process_1", "Collaboration"): it says
 * nothing of the process, so the file's name is the better suggestion.
 */
const toolDefaultName = /^(diagram|diagramm|process|prozess|collaboration|kollaboration|pool|main process)[\s_-]*\d*$/i;

/**
 * The name a tool gives a pool's process by itself ("Money Bank - Process" for the pool "Money
 * Bank", as Trisotech names it): it repeats the pool's name and says nothing of the process.
 */
function isPoolDefaultName(process: ScannedElement, participants: readonly ScannedParticipant[]): boolean {
  return participants.some((pool) => pool.processRef === process.id && pool.name !== '' && oneLine(process.name) === `${oneLine(pool.name)} - Process`);
}

/**
 * The name suggested for the new process: the collaboration's or the process's own, else the title
 * of the diagram with the most shapes (the one the import opens first), else the file's name;
 * names a tool gives by itself are passed over.
 */
function suggestName(facts: BpmnFileFacts, fileName: string | undefined): string {
  const chosen = (names: string[]) => names.map(oneLine).find((name) => name !== '' && !toolDefaultName.test(name));
  const named = (localName: string) =>
    chosen(
      facts.topLevel
        .filter((element) => element.localName === localName && !isPoolDefaultName(element, facts.participants))
        .map((element) => element.name),
    );
  const mainDiagram = facts.diagrams.reduce<ScannedDiagram | undefined>((main, diagram) => (main && main.shapeElements.length >= diagram.shapeElements.length ? main : diagram), undefined);
  const fromFile = oneLine(fileName?.replace(/^.*[\\/]/, '').replace(/\.(bpmn2?|xml)$/i, ''));
  return named('collaboration') || named('process') || chosen([mainDiagram?.name ?? '']) || fromFile || i18n.t('import:untitled');
}

/**
 * Parser and importer warnings of bpmn-moddle / bpmn-js as readable, translated messages, which
 * name each element by its type and name ("Teilprozess „Antrag prüfen“"), and by its id only when
 * it has no name. `skippedDuplicates` gives the elements the parser left out for a taken id
 * (nameSkippedDuplicates), asked only when a warning of one does not name it yet.
 */
export function describeImportWarnings(warnings: readonly unknown[], skippedDuplicates: () => readonly ScannedElement[] = () => []): ImportWarning[] {
  nameSkippedDuplicates(warnings, skippedDuplicates);
  return warnings.map((warning) => describeWarning(warning as ParserOrImporterWarning));
}

/** Local names of the elements that hold others (steps, lanes, diagrams): left out, all inside goes with them. */
const elementsThatHoldOthers = /^(process|collaboration|subProcess|transaction|adHocSubProcess|laneSet|lane|participant|BPMNDiagram|BPMNPlane)$/;

/** bpmn-moddle's message for content it could not read, with the tag, the line and the reason. */
const unparsableContent = /^unparsable content (?:<([^>\s]*)>?\s*)?detected\s+line: (\d+)\s+column: \d+\s+nested error: (.*)$/s;

/** The tag and id of the element a parser warning says was left out for a taken id. */
function leftOutForTakenId(warning: ParserOrImporterWarning): { tag: string; id: string } | undefined {
  const [, tag = '?', , reason = ''] = unparsableContent.exec(String(warning.message ?? '')) ?? [];
  const id = /^duplicate ID <(.*)>$/.exec(reason)?.[1];
  return id === undefined ? undefined : { tag, id };
}

/**
 * Gives each parser warning of an element left out for a taken id that element, by its type and
 * name as the scan saw it (`skipped`: those elements in document order, asked only when a warning
 * lacks one); the parser's warning names only its tag and id. The warnings of a parse the editor
 * takes over carry it there, so the editor need not scan the file again.
 */
function nameSkippedDuplicates(warnings: readonly unknown[], skipped: () => readonly ScannedElement[]): void {
  const unnamed = (warnings as ParserOrImporterWarning[]).flatMap((warning) => {
    const leftOut = warning.element ? undefined : leftOutForTakenId(warning);
    return leftOut ? [{ warning, ...leftOut }] : [];
  });
  if (unnamed.length === 0) return;
  const unmatched = [...skipped()];
  for (const { warning, tag, id } of unnamed) {
    const localName = tag.replace(/^.*:/, '');
    const index = unmatched.findIndex((element) => element.id === id && element.localName === localName);
    if (index < 0) continue;
    const [element] = unmatched.splice(index, 1);
    warning.element = { $type: `bpmn:${localName.charAt(0).toUpperCase()}${localName.slice(1)}`, id, name: element.name };
  }
}

/** The elements of the BPMN file `xml` that the parser leaves out for a taken id, in document order (none if it is not well-formed). */
export function skippedDuplicatesIn(xml: string): readonly ScannedElement[] {
  const scan = scanBpmnFile(xml, Number.POSITIVE_INFINITY);
  return scan.ok ? scan.facts.duplicateIds.modelElements : [];
}

/** An element as bpmn-moddle reads it, or as the scan saw it: enough to name it. */
type NameableElement = Pick<Partial<ModdleElement>, '$type' | 'id' | 'name' | '$parent'>;

/**
 * bpmn-moddle names the element on the warning, bpmn-js's importer in the warning's context; a
 * warning of an element left out for a taken id gets it here (nameSkippedDuplicates).
 */
type ParserOrImporterWarning = Omit<Partial<ModdleWarning>, 'element'> & { element?: NameableElement; context?: { element?: NameableElement } };

/**
 * An element as the notes name it: by type and name ("Sendeaufgabe „Bescheid senden“"), by type
 * and id when it has no name (unless the sentence gives the id anyway: `withId` false); an element
 * without a name, or of a type without a name of its own (an event's message definition), also by
 * the step that holds it, and a drawing as a drawing.
 */
function elementPhrase(element: NameableElement | undefined, withId = true): string {
  const id = element?.id ?? '';
  if (element?.$type?.startsWith('bpmndi:')) return withId && id ? i18n.t('import:warning.drawingWithId', { id }) : i18n.t('import:warning.drawing');
  const described = describeModelElement(element ?? {}, uiTranslate);
  const phrase = oneLine(element?.name) || !withId || !id ? described : i18n.t('import:warning.withId', { element: described, id });
  let holder = hasTypeName(element?.$type) && oneLine(element?.name) ? undefined : element?.$parent;
  while (holder && !hasTypeName(holder.$type)) holder = holder.$parent;
  return holder ? i18n.t('import:warning.inElement', { element: phrase, holder: describeModelElement(holder, uiTranslate) }) : phrase;
}

/** The element a parser warning names by its tag (`bpmn:subProcess`) only. */
function taggedElementPhrase(tag: string): string {
  return tag.replace(/^.*:/, '').startsWith('BPMN') ? i18n.t('import:warning.drawing') : i18n.t('import:warning.tag', { element: tag });
}

/** The warning of `kind`, its message translated from `import:warning.<kind>`. */
function importWarning(kind: ImportWarningKind, values: Record<string, string>, elementId?: string): ImportWarning {
  const message = i18n.t(`import:warning.${kind}`, values);
  return elementId ? { kind, message, elementId } : { kind, message };
}

function describeWarning(warning: ParserOrImporterWarning): ImportWarning {
  const message = String(warning.message ?? '');
  const named = warning.element ?? warning.context?.element;
  const elementId = named?.id;

  const unparsable = unparsableContent.exec(message);
  if (unparsable) {
    const [, tag = '?', parserLine, reason] = unparsable;
    // bpmn-moddle's parser counts lines from 0, an editor from 1
    const line = String(Number(parserLine) + 1);
    const duplicate = /^duplicate ID <(.*)>$/.exec(reason);
    if (duplicate) {
      // what is left out with it is said only of an element that holds others
      const values: Record<string, string> = { line, element: named ? elementPhrase(named, false) : taggedElementPhrase(tag), id: duplicate[1] };
      if (elementsThatHoldOthers.test(tag.replace(/^.*:/, ''))) values.context = 'holds';
      return importWarning('duplicateId', values, duplicate[1]);
    }
    const illegal = /^illegal ID <(.*)>$/.exec(reason);
    if (illegal) return importWarning('illegalId', { line, element: taggedElementPhrase(tag), id: illegal[1] });
    if (/^(unrecognized element|unknown type|unexpected element) </.test(reason)) return importWarning('unknownElement', { line, element: tag });
    return importWarning('unparsable', { line, element: tag, reason });
  }
  const element = elementPhrase(named);
  const unresolved = /^unresolved reference <(.*)>$/.exec(message);
  if (unresolved) return importWarning('unresolvedReference', { id: unresolved[1], element }, elementId);
  const encoding = /^unsupported document encoding <(.*)>/.exec(message);
  if (encoding) return importWarning('encoding', { encoding: encoding[1] });
  const attribute = /^unknown attribute <(.*)>$/.exec(message);
  if (attribute) return importWarning('unknownAttribute', { name: attribute[1], element }, elementId);

  const importerKeys: [RegExp, ImportWarningKind][] = [
    [/^multiple DI elements defined for/, 'multipleDi'],
    [/^no bpmnElement referenced in/, 'noBpmnElement'],
    [/^unrecognized flowElement/, 'unrecognizedFlowElement'],
    [/not yet drawn$/, 'notYetDrawn'],
    [/^unknown di /, 'unknownDi'],
    [/^missing .*#attachedToRef$|Ref not specified$/, 'missingReference'],
    [/^correcting missing bpmnElement/, 'correctedPlane'],
  ];
  const known = importerKeys.find(([pattern]) => pattern.test(message));
  if (known) return importWarning(known[1], { element, elementId: elementId ?? '?' }, elementId);
  return importWarning('other', { message }, elementId);
}

/** Where a refused import came from: a file, or text pasted into the import dialog. */
export type ImportInputKind = 'file' | 'pasted';

/**
 * The readable message for a refused import. Pasted text is spoken of as "der eingefügte Text"
 * (the message's `_pasted` variant); a message without one keeps the file wording.
 */
export function importErrorMessage(code: ImportErrorCode, detail?: string, input: ImportInputKind = 'file'): string {
  const context = input === 'pasted' ? 'pasted' : undefined;
  if (code === 'tooLarge') return i18n.t('import:error.tooLarge', { maxMb: maxImportBytes / 1024 / 1024, context });
  if (code === 'malformed' && detail && /^\d+:\d+$/.test(detail)) {
    const [line, column] = detail.split(':');
    return i18n.t('import:error.malformedAt', { line, column, context });
  }
  if (code === 'tooDeep') return i18n.t('import:error.tooDeep', { max: maxNestingDepth, line: detail?.split(':')[0] ?? '?', context });
  if (code === 'notBpmn') return i18n.t('import:error.notBpmn', { root: detail ?? '?', context });
  if (code === 'reservedId') return i18n.t('import:error.reservedId', { ids: detail ?? '?', context });
  if (code === 'duplicateIds') {
    const [, count = '?', id = '?'] = /^(\d+):(.*)$/s.exec(detail ?? '') ?? [];
    return i18n.t('import:error.duplicateIds', { count: Number(count), id, max: maxDuplicateIds, context });
  }
  if (code === 'nameTooLong') {
    const [, length = '?', start = ''] = /^(\d+):(.*)$/s.exec(detail ?? '') ?? [];
    return i18n.t('import:error.nameTooLong', { length: Number(length), start, max: maxLabelLength, context });
  }
  return i18n.t(`import:error.${code}`, { context });
}

/** Line and column of a fault in text that followed `skipped`, counted in the whole text. */
function positionAfter(skipped: string, detail: string): string {
  const [line, column] = detail.split(':').map(Number);
  // a byte order mark is not seen where the text is shown (and a file's is never counted)
  const lines = skipped.replace(/\uFEFF/g, '').split(/\r\n|\r|\n/);
  return line === 1 ? `${lines.length}:${column + lines[lines.length - 1].length}` : `${line + lines.length - 1}:${column}`;
}

/**
 * Checks text pasted into the import dialog as prepareImport checks a file, with the whitespace
 * before the XML left out (a blank line copied before `<?xml` is not part of what the user meant to
 * paste). A fault is placed by the lines and columns of the text as pasted.
 */
export async function preparePastedImport(text: string): Promise<PreparedImport> {
  const xml = text.trimStart();
  const prepared = await prepareImport(xml);
  if (prepared.ok || xml === text || !(prepared.code === 'malformed' || prepared.code === 'tooDeep')) return prepared;
  if (!prepared.detail || !/^\d+:\d+$/.test(prepared.detail)) return prepared;
  return fail(prepared.code, positionAfter(text.slice(0, text.length - xml.length), prepared.detail));
}

/** Checks, parses and (if needed) lays out a BPMN file; never throws for bad input. */
export async function prepareImport(input: string | ArrayBuffer | Blob, fileName?: string): Promise<PreparedImport> {
  const read = await readText(input);
  if ('ok' in read) return read;
  let xml = read.text;
  if (xml.trim() === '') return fail('empty');
  if (!looksLikeXml(xml)) return fail('notXml');
  if (hasDoctype(xml)) return fail('doctype');

  // the scan runs in a worker while bpmn-moddle parses the same text here; the parse is kept only
  // if the scan accepts the file (bpmn-moddle reads any text in time linear in its length:
  // patches/saxen+11.2.0.patch)
  const scanning = scanBpmnFileAside(xml, maxLabelLength);
  const parsing = plainParser()
    .fromXML(xml, 'bpmn:Definitions')
    .then(
      (result): ParseResult | Failure => result,
      (error: unknown) => fail('malformed', error instanceof Error ? error.message : undefined),
    );
  const scan = await scanning;
  if (!scan.ok) return fail(scan.problem, `${scan.line}:${scan.column}`);
  let { facts } = scan;
  const { root } = facts;
  if (!isBpmnDefinitions(root)) return fail('notBpmn', root.qualifiedName);
  if (!facts.topLevel.some((element) => element.localName === 'process' || element.localName === 'collaboration')) return fail('noProcess');
  const badIds = idProblem(facts) ?? tooLongLabel(facts);
  if (badIds) return badIds;

  const parsed = await parsing;
  if ('ok' in parsed) return parsed;
  const parsedXml = xml;
  // the parser's warnings are of this text, before any layout is added
  nameSkippedDuplicates(parsed.warnings, () => facts.duplicateIds.modelElements);
  let parserWarnings = parsed.warnings;
  let notLaidOut: ImportWarning | undefined;

  const autoLayout = facts.diagrams.length === 0;
  // the layout draws a process's flow nodes: without any (pools that name no process, an empty
  // process) it makes a diagram with nothing in it, which the editor cannot show
  if (autoLayout && facts.flowNodes.length === 0) return fail('nothingToLayOut');
  if (autoLayout) {
    const unresolved = new Set(parsed.warnings.map(unresolvedReference).filter((reference) => reference !== undefined));
    try {
      const layout = await layoutWithoutDi(xml, unresolved);
      xml = layout.xml;
      parserWarnings = parserWarnings.filter((warning) => !layout.resolvedReferences.has(unresolvedReference(warning) ?? ''));
      notLaidOut = notLaidOutWarning(layout.notLaidOut);
    } catch (error) {
      return fail('layoutFailed', error instanceof Error ? error.message : undefined);
    }
    const laidOut = scanBpmnFile(xml, maxLabelLength);
    if (!laidOut.ok) return fail('layoutFailed', `${laidOut.problem} ${laidOut.line}:${laidOut.column}`);
    facts = laidOut.facts;
  }
  const warnings = describeImportWarnings(parserWarnings);
  const namedByParser = new Set(warnings.flatMap((warning) => (warning.elementId ? [warning.elementId] : [])));
  if (notLaidOut) warnings.push(notLaidOut);
  const pools = repairPoolDiagrams(xml, facts);
  xml = pools.xml;
  for (const diagram of pools.repaired) warnings.push(importWarning('poolDiagramRepaired', { diagram }));
  // a generated layout draws only what bpmn-js draws
  const viewWarnings = autoLayout ? {} : viewWarningsOf(facts, parsed, namedByParser);
  const notShown = notShownWarning(facts);
  if (notShown) warnings.push(notShown);

  // the editor that opens this file imports this parse instead of parsing it again
  if (xml === parsedXml) rememberParsedImport(xml, parsed);
  return { ok: true, xml, warnings, autoLayout, diagrams: listDiagrams(facts), viewWarnings, suggestedName: suggestName(facts, fileName) };
}
