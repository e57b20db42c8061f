// scanBpmnFile against the browser's own XML parser: for every real-world fixture and every
// committed hostile file, the scan accepts exactly what DOMParser accepts, and the facts it gathers
// equal the same facts read from the DOM.
import { describe, expect, test } from 'vitest';
import manifest from '../../tests/fixtures/hostile/manifest.json';
import { bpmnDiNs, bpmnModelNs, flowNodeNames, scanBpmnFile } from './scanBpmnFile';
import type { BpmnFileFacts, ScannedElement } from './scanBpmnFile';

const fixtureRoot = '../../../shared/fixtures/bpmn/';
const fixtures = import.meta.glob<string>('../../../shared/fixtures/bpmn/**/*.bpmn', { query: '?raw', import: 'default' });
/** refused before the scan runs: not text, not XML, or a DOCTYPE the browser's parser would expand */
const refusedBeforeScan = ['empty', 'notXml', 'encoding', 'doctype'];
const hostileFiles = (manifest.files as { file: string; kind: string; generated?: boolean; expect: { refused?: string } }[])
  .filter((entry) => entry.kind === 'bpmn' && !entry.generated && !refusedBeforeScan.includes(entry.expect.refused ?? ''))
  .map((entry) => entry.file);

const labelLimit = 2_000;

function scanned(element: Element): ScannedElement {
  return { localName: element.localName, id: element.getAttribute('id') ?? '', name: element.getAttribute('name') ?? '' };
}

/** The facts of a parsed document, read with DOM queries. */
function factsFromDom(doc: Document): BpmnFileFacts {
  const root = doc.documentElement;
  const topLevel = Array.from(root.children).filter((element) => element.namespaceURI === bpmnModelNs);
  const participants = topLevel
    .filter((element) => element.localName === 'collaboration' && element.id)
    .flatMap((collaboration) =>
      Array.from(collaboration.getElementsByTagNameNS(bpmnModelNs, 'participant'), (participant) => ({
        id: participant.getAttribute('id') ?? '',
        name: participant.getAttribute('name') ?? '',
        processRef: participant.getAttribute('processRef') ?? '',
        collaboration: collaboration.id,
      })),
    );
  const seen = new Set<string>();
  const reserved = new Set<string>();
  const duplicateIds = { count: 0, first: '', modelElements: [] as ScannedElement[] };
  for (const element of Array.from(doc.querySelectorAll('[id]'))) {
    const id = element.getAttribute('id') ?? '';
    if (Object.getOwnPropertyNames(Object.prototype).includes(id)) reserved.add(id);
    if (!seen.has(id)) seen.add(id);
    else {
      if (duplicateIds.count++ === 0) duplicateIds.first = id;
      if (element.namespaceURI === bpmnModelNs) duplicateIds.modelElements.push(scanned(element));
    }
  }
  const planes = Array.from(doc.getElementsByTagNameNS(bpmnDiNs, 'BPMNPlane'));
  const diagrams = Array.from(doc.getElementsByTagNameNS(bpmnDiNs, 'BPMNDiagram')).map((diagram) => {
    const plane = diagram.getElementsByTagNameNS(bpmnDiNs, 'BPMNPlane')[0];
    return {
      id: diagram.getAttribute('id') ?? '',
      name: diagram.getAttribute('name') ?? '',
      ...(plane ? { planeIndex: planes.indexOf(plane) } : {}),
      planeElement: plane?.getAttribute('bpmnElement') ?? '',
      shapeElements: plane ? Array.from(plane.getElementsByTagNameNS(bpmnDiNs, 'BPMNShape'), (shape) => shape.getAttribute('bpmnElement') ?? '') : [],
    };
  });
  const labels = Array.from(doc.getElementsByTagName('*')).flatMap((element) => [
    element.getAttribute('name') ?? '',
    element.namespaceURI === bpmnModelNs && element.localName === 'categoryValue' ? (element.getAttribute('value') ?? '') : '',
    element.namespaceURI === bpmnModelNs && element.localName === 'text' ? (element.textContent ?? '') : '',
  ]);
  const firstLongLabel = labels.find((label) => label.length > labelLimit);
  const shapes = Array.from(doc.getElementsByTagNameNS(bpmnDiNs, 'BPMNShape'), (shape) => shape.getAttribute('bpmnElement') ?? '');
  return {
    root: { namespace: root.namespaceURI ?? '', localName: root.localName, qualifiedName: root.tagName },
    topLevel: topLevel.map(scanned),
    participants,
    reservedIds: [...reserved],
    duplicateIds,
    ...(firstLongLabel === undefined ? {} : { firstLongLabel }),
    diagrams,
    drawn: new Set(shapes.filter((element) => element !== '')),
    flowNodes: Array.from(doc.getElementsByTagNameNS(bpmnModelNs, '*'))
      .filter((element) => flowNodeNames.has(element.localName) && element.id)
      .map(scanned),
  };
}

function isWellFormed(doc: Document): boolean {
  return doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'parsererror').length === 0;
}

async function hostileText(file: string): Promise<string> {
  const response = await fetch(`/tests/fixtures/hostile/${file}`);
  return new TextDecoder(/utf16le/.test(file) ? 'utf-16le' : /utf16be/.test(file) ? 'utf-16be' : /windows-1252|latin1/.test(file) ? 'windows-1252' : 'utf-8')
    .decode(await response.arrayBuffer())
    .replace(/^\uFEFF/, '');
}

describe('scanBpmnFile, compared with DOMParser', () => {
  test.each(Object.keys(fixtures).map((path) => path.slice(fixtureRoot.length)))('given fixture %s, then the scan finds what the DOM holds', async (name) => {
    const xml = await fixtures[fixtureRoot + name]();
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(isWellFormed(doc)).toBe(true);

    const scan = scanBpmnFile(xml, labelLimit);

    expect(scan.ok).toBe(true);
    if (!scan.ok) return;
    expect(scan.facts).toEqual(factsFromDom(doc));
  });

  test('given the hostile corpus, then at least five of its files are well-formed and five are not', async () => {
    const verdicts = await Promise.all(hostileFiles.map(async (file) => isWellFormed(new DOMParser().parseFromString(await hostileText(file), 'application/xml'))));
    expect(verdicts.filter(Boolean).length).toBeGreaterThanOrEqual(5);
    expect(verdicts.filter((verdict) => !verdict).length).toBeGreaterThanOrEqual(5);
  });

  test.each(hostileFiles)('given hostile file %s, then the scan refuses exactly what DOMParser refuses', async (file) => {
    const xml = await hostileText(file);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');

    const scan = scanBpmnFile(xml, labelLimit);

    expect(scan.ok).toBe(isWellFormed(doc));
    if (scan.ok) expect(scan.facts).toEqual(factsFromDom(doc));
  });
});
