// The one door for a BPMN file coming from outside (file picker, drag and drop, pasted XML):
// checks size, emptiness, XML well-formedness and that it is a BPMN model with a process, refuses
// DOCTYPE declarations (entity expansion, external entities), parses it with bpmn-moddle to turn
// the parser's warnings into readable messages, lists the file's diagrams for a picker and lays out
// files without diagram interchange with bpmn-auto-layout. Nothing in the file is ever evaluated.
import { BpmnModdle } from 'bpmn-moddle';
import type { ModdleWarning, ParseResult } from 'bpmn-moddle';
import { layoutProcess } from 'bpmn-auto-layout';
import { i18n } from '../i18n/i18n';
import { rememberParsedImport } from './parsedImport';

export const maxImportBytes = 20 * 1024 * 1024;
/**
 * More elements with a taken id than this and the file is refused: the parser reports each one by
 * scanning the file from its start, so thousands of them would freeze the page for minutes.
 */
const maxDuplicateIds = 100;
/**
 * Longest label drawn (names, text annotations, group labels): bpmn-js fits a label by measuring it
 * once per character it cuts, so a name of 200,000 characters would freeze the page for minutes.
 */
const maxLabelLength = 2_000;

let checkParser: BpmnModdle | undefined;

/**
 * The parser of every import check, made on the first: bpmn-moddle builds its type tables as a
 * parse meets each type, so a new instance per file would build them again (about half of a small
 * file's parse). A parse keeps nothing in the instance.
 */
function importParser(): BpmnModdle {
  checkParser ??= new BpmnModdle();
  return checkParser;
}

export type ImportErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'unreadable'
  | 'notXml'
  | 'malformed'
  | 'encoding'
  | 'doctype'
  | 'notBpmn'
  | 'noProcess'
  | 'reservedId'
  | 'duplicateIds'
  | 'nameTooLong'
  | 'layoutFailed';

export interface ImportWarning {
  message: string;
  elementId?: string;
}

/** A diagram without an id gets the key `#<position>` (1-based) so a picker can still open it. */
export const unnamedDiagramPrefix = '#';

export interface DiagramInfo {
  /** the BPMNDiagram's id, or `#<position>` for a diagram without one */
  id: string;
  name: string;
  rootElementId?: string;
  /** number of shapes drawn in this diagram: the largest is usually the main view */
  shapeCount: number;
}

export type PreparedImport =
  | {
      ok: true;
      xml: string;
      warnings: ImportWarning[];
      /** the file had no diagram interchange; its layout was generated (tell the user) */
      autoLayout: boolean;
      diagrams: DiagramInfo[];
      suggestedName: string;
    }
  | { ok: false; code: ImportErrorCode; detail?: string };

type Failure = Extract<PreparedImport, { ok: false }>;

const bpmnModelNs = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const bpmnDiNs = 'http://www.omg.org/spec/BPMN/20100524/DI';
const xhtmlNs = 'http://www.w3.org/1999/xhtml';

/** Local names of every BPMN flow node (tasks, sub-processes, call activities, events, gateways). */
const flowNodeNames = new Set([
  'task', 'userTask', 'manualTask', 'serviceTask', 'scriptTask', 'sendTask', 'receiveTask', 'businessRuleTask',
  'subProcess', 'transaction', 'adHocSubProcess', 'callActivity',
  'startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent', 'boundaryEvent',
  'exclusiveGateway', 'inclusiveGateway', 'parallelGateway', 'eventBasedGateway', 'complexGateway',
]);

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

function parserError(doc: Document): Failure | undefined {
  const error = doc.getElementsByTagNameNS(xhtmlNs, 'parsererror')[0];
  if (!error) return undefined;
  const text = (error.textContent ?? '').replace(/\s+/g, ' ').trim();
  const position = /line (\d+) at column (\d+)/.exec(text);
  return fail('malformed', position ? `${position[1]}:${position[2]}` : undefined);
}

/**
 * Ids that name a property of every JavaScript object (`__proto__`, `constructor`, `toString` …):
 * bpmn-js keeps elements in plain objects keyed by id and silently loses elements with these ids.
 */
const reservedIds = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Refuses reserved ids, and files with more taken ids than the parser can report in time. */
function idProblem(doc: Document): Failure | undefined {
  const seen = new Set<string>();
  const reserved = new Set<string>();
  let duplicates = 0;
  let firstDuplicate = '';
  for (const element of Array.from(doc.querySelectorAll('[id]'))) {
    const id = element.getAttribute('id') ?? '';
    if (reservedIds.has(id)) reserved.add(id);
    if (!seen.has(id)) seen.add(id);
    else if (duplicates++ === 0) firstDuplicate = id;
  }
  if (reserved.size > 0) return fail('reservedId', [...reserved].join(', '));
  if (duplicates > maxDuplicateIds) return fail('duplicateIds', `${duplicates}:${firstDuplicate}`);
  return undefined;
}

/** The first label longer than bpmn-js can lay out in time, as `<length>:<its beginning>`. */
function tooLongLabel(doc: Document): Failure | undefined {
  const labels = [
    ...Array.from(doc.querySelectorAll('[name]'), (element) => element.getAttribute('name') ?? ''),
    ...Array.from(doc.getElementsByTagNameNS(bpmnModelNs, 'categoryValue'), (element) => element.getAttribute('value') ?? ''),
    ...Array.from(doc.getElementsByTagNameNS(bpmnModelNs, 'text'), (element) => element.textContent ?? ''),
  ];
  const long = labels.find((label) => label.length > maxLabelLength);
  return long === undefined ? undefined : fail('nameTooLong', `${long.length}:${collapse(long.slice(0, 40))}`);
}

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The views of the file in document order: diagrams of a top-level process or collaboration,
 * named by the diagram or the element it shows. Diagrams of collapsed sub-processes are left out:
 * bpmn-js opens them by drilling down from the view that contains the sub-process.
 */
function listDiagrams(doc: Document): DiagramInfo[] {
  const topLevelNames = new Map<string, string>();
  for (const element of Array.from(doc.documentElement.children)) {
    if (element.namespaceURI === bpmnModelNs && element.id) topLevelNames.set(element.id, collapse(element.getAttribute('name')));
  }
  const views: DiagramInfo[] = [];
  Array.from(doc.getElementsByTagNameNS(bpmnDiNs, 'BPMNDiagram')).forEach((diagram, index) => {
    const plane = diagram.getElementsByTagNameNS(bpmnDiNs, 'BPMNPlane')[0];
    const rootElementId = plane?.getAttribute('bpmnElement') || undefined;
    if (rootElementId && !topLevelNames.has(rootElementId)) return;
    const info: DiagramInfo = {
      id: diagram.id || `${unnamedDiagramPrefix}${index + 1}`,
      name: collapse(diagram.getAttribute('name')) || (rootElementId && topLevelNames.get(rootElementId)) || rootElementId || diagram.id || String(index + 1),
      shapeCount: plane ? plane.getElementsByTagNameNS(bpmnDiNs, 'BPMNShape').length : 0,
    };
    if (rootElementId) info.rootElementId = rootElementId;
    views.push(info);
  });
  return views;
}

/**
 * Some tools (Visual Paradigm) point a diagram of pools at a process instead of at the collaboration
 * that holds the pools; bpmn-js then shows an empty canvas. Such a diagram is pointed at the
 * collaboration of the pools it draws. Returns the names of the diagrams corrected.
 */
function repairPoolDiagrams(doc: Document): string[] {
  const collaborationOfParticipant = new Map<string, string>();
  const topLevel = new Map<string, Element>();
  for (const element of Array.from(doc.documentElement.children)) {
    if (element.namespaceURI !== bpmnModelNs) continue;
    if (element.id) topLevel.set(element.id, element);
    if (element.localName !== 'collaboration' || !element.id) continue;
    for (const participant of Array.from(element.getElementsByTagNameNS(bpmnModelNs, 'participant'))) {
      if (participant.id) collaborationOfParticipant.set(participant.id, element.id);
    }
  }
  const repaired: string[] = [];
  for (const plane of Array.from(doc.getElementsByTagNameNS(bpmnDiNs, 'BPMNPlane'))) {
    const shown = topLevel.get(plane.getAttribute('bpmnElement') ?? '');
    if (shown?.localName !== 'process') continue;
    const collaboration = Array.from(plane.getElementsByTagNameNS(bpmnDiNs, 'BPMNShape'))
      .map((shape) => collaborationOfParticipant.get(shape.getAttribute('bpmnElement') ?? ''))
      .find((id) => id !== undefined);
    if (!collaboration) continue;
    plane.setAttribute('bpmnElement', collaboration);
    const diagram = plane.parentElement;
    repaired.push(collapse(diagram?.getAttribute('name')) || diagram?.id || collaboration);
  }
  return repaired;
}

/** Flow nodes that no diagram draws: they stay in the file but nobody would see them. */
function notShownWarning(doc: Document): ImportWarning | undefined {
  const drawn = new Set<string>();
  for (const shape of Array.from(doc.getElementsByTagNameNS(bpmnDiNs, 'BPMNShape'))) {
    const ref = shape.getAttribute('bpmnElement');
    if (ref) drawn.add(ref);
  }
  const hidden = Array.from(doc.getElementsByTagNameNS(bpmnModelNs, '*')).filter(
    (element) => flowNodeNames.has(element.localName) && element.id && !drawn.has(element.id),
  );
  if (hidden.length === 0) return undefined;
  const example = collapse(hidden[0].getAttribute('name')) || hidden[0].id;
  return { message: i18n.t('import:warning.notShown', { count: hidden.length, example }), elementId: hidden[0].id };
}

function suggestName(doc: Document, fileName: string | undefined): string {
  const named = (localName: string) =>
    Array.from(doc.documentElement.children)
      .filter((element) => element.namespaceURI === bpmnModelNs && element.localName === localName)
      .map((element) => collapse(element.getAttribute('name')))
      .find((name) => name !== '');
  const fromFile = collapse(fileName?.replace(/^.*[\\/]/, '').replace(/\.(bpmn2?|xml)$/i, ''));
  return named('collaboration') || named('process') || fromFile || i18n.t('import:untitled');
}

/** Parser and importer warnings of bpmn-moddle / bpmn-js as readable, translated messages. */
export function describeImportWarnings(warnings: readonly unknown[]): ImportWarning[] {
  return warnings.map((warning) => describeWarning(warning as ParserOrImporterWarning));
}

/** bpmn-moddle names the element on the warning, bpmn-js's importer in the warning's context. */
type ParserOrImporterWarning = Partial<ModdleWarning> & { context?: { element?: { id?: string } } };

function describeWarning(warning: ParserOrImporterWarning): ImportWarning {
  const message = String(warning.message ?? '');
  const elementId = warning.element?.id ?? warning.context?.element?.id;
  const withElement = (text: string): ImportWarning => (elementId ? { message: text, elementId } : { message: text });

  const unparsable = /^unparsable content (?:<([^>\s]*)>?\s*)?detected\s+line: (\d+)\s+column: \d+\s+nested error: (.*)$/s.exec(message);
  if (unparsable) {
    const [, element = '?', line, reason] = unparsable;
    const duplicate = /^duplicate ID <(.*)>$/.exec(reason);
    if (duplicate) return { message: i18n.t('import:warning.duplicateId', { line, element, id: duplicate[1] }), elementId: duplicate[1] };
    const illegal = /^illegal ID <(.*)>$/.exec(reason);
    if (illegal) return { message: i18n.t('import:warning.illegalId', { line, element, id: illegal[1] }) };
    if (/^(unrecognized element|unknown type|unexpected element) </.test(reason)) {
      return { message: i18n.t('import:warning.unknownElement', { line, element }) };
    }
    return { message: i18n.t('import:warning.unparsable', { line, element, reason }) };
  }
  const unresolved = /^unresolved reference <(.*)>$/.exec(message);
  if (unresolved) {
    return withElement(i18n.t('import:warning.unresolvedReference', { id: unresolved[1], elementId: elementId ?? '?' }));
  }
  const encoding = /^unsupported document encoding <(.*)>/.exec(message);
  if (encoding) return { message: i18n.t('import:warning.encoding', { encoding: encoding[1] }) };
  const attribute = /^unknown attribute <(.*)>$/.exec(message);
  if (attribute) return withElement(i18n.t('import:warning.unknownAttribute', { name: attribute[1], elementId: elementId ?? '?' }));

  const importerKeys: [RegExp, string][] = [
    [/^multiple DI elements defined for/, 'multipleDi'],
    [/^no bpmnElement referenced in/, 'noBpmnElement'],
    [/^unrecognized flowElement/, 'unrecognizedFlowElement'],
    [/not yet drawn$/, 'notYetDrawn'],
    [/^unknown di /, 'unknownDi'],
    [/^missing .*#attachedToRef$|Ref not specified$/, 'missingReference'],
    [/^correcting missing bpmnElement/, 'correctedPlane'],
  ];
  const known = importerKeys.find(([pattern]) => pattern.test(message));
  if (known) return withElement(i18n.t(`import:warning.${known[1]}`, { elementId: elementId ?? '?' }));
  return withElement(i18n.t('import:warning.other', { message }));
}

/** The readable message for a refused import. */
export function importErrorMessage(code: ImportErrorCode, detail?: string): string {
  if (code === 'tooLarge') return i18n.t('import:error.tooLarge', { maxMb: maxImportBytes / 1024 / 1024 });
  if (code === 'malformed' && detail && /^\d+:\d+$/.test(detail)) {
    const [line, column] = detail.split(':');
    return i18n.t('import:error.malformedAt', { line, column });
  }
  if (code === 'notBpmn') return i18n.t('import:error.notBpmn', { root: detail ?? '?' });
  if (code === 'reservedId') return i18n.t('import:error.reservedId', { ids: detail ?? '?' });
  if (code === 'duplicateIds') {
    const [, count = '?', id = '?'] = /^(\d+):(.*)$/s.exec(detail ?? '') ?? [];
    return i18n.t('import:error.duplicateIds', { count: Number(count), id, max: maxDuplicateIds });
  }
  if (code === 'nameTooLong') {
    const [, length = '?', start = ''] = /^(\d+):(.*)$/s.exec(detail ?? '') ?? [];
    return i18n.t('import:error.nameTooLong', { length: Number(length), start, max: maxLabelLength });
  }
  return i18n.t(`import:error.${code}`);
}

/** Checks, parses and (if needed) lays out a BPMN file; never throws for bad input. */
export async function prepareImport(input: string | ArrayBuffer | Blob, fileName?: string): Promise<PreparedImport> {
  const read = await readText(input);
  if ('ok' in read) return read;
  let xml = read.text;
  if (xml.trim() === '') return fail('empty');
  if (!looksLikeXml(xml)) return fail('notXml');
  if (hasDoctype(xml)) return fail('doctype');

  let doc = new DOMParser().parseFromString(xml, 'application/xml');
  const malformed = parserError(doc);
  if (malformed) return malformed;
  const root = doc.documentElement;
  if (root.namespaceURI !== bpmnModelNs || root.localName !== 'definitions') return fail('notBpmn', root.tagName);
  const hasProcess = Array.from(root.children).some(
    (element) => element.namespaceURI === bpmnModelNs && (element.localName === 'process' || element.localName === 'collaboration'),
  );
  if (!hasProcess) return fail('noProcess');
  const badIds = idProblem(doc) ?? tooLongLabel(doc);
  if (badIds) return badIds;

  let parsed: ParseResult;
  try {
    parsed = await importParser().fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    return fail('malformed', error instanceof Error ? error.message : undefined);
  }
  const parsedXml = xml;
  const warnings = describeImportWarnings(parsed.warnings);

  const autoLayout = doc.getElementsByTagNameNS(bpmnDiNs, 'BPMNDiagram').length === 0;
  if (autoLayout) {
    try {
      xml = await layoutProcess(xml);
    } catch (error) {
      return fail('layoutFailed', error instanceof Error ? error.message : undefined);
    }
    doc = new DOMParser().parseFromString(xml, 'application/xml');
  }
  const repaired = repairPoolDiagrams(doc);
  if (repaired.length > 0) {
    xml = new XMLSerializer().serializeToString(doc);
    for (const diagram of repaired) warnings.push({ message: i18n.t('import:warning.poolDiagramRepaired', { diagram }) });
  }
  const notShown = notShownWarning(doc);
  if (notShown) warnings.push(notShown);

  // the editor that opens this file imports this parse instead of parsing it again
  if (xml === parsedXml) rememberParsedImport(xml, parsed);
  return { ok: true, xml, warnings, autoLayout, diagrams: listDiagrams(doc), suggestedName: suggestName(doc, fileName) };
}
