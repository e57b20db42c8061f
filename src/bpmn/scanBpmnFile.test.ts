// scanBpmnFile on small files written here: where it stops on faulty XML (line and column), the
// nesting limit at its edge, and the facts it gathers (root, top-level elements, ids, labels,
// diagrams, drawn shapes, flow nodes). The browser test compares its facts with the browser's DOM.
import { describe, expect, test } from 'vitest';
import { maxNestingDepth, scanBpmnFile } from './scanBpmnFile';
import type { BpmnFileFacts, BpmnFileScan } from './scanBpmnFile';

const namespaces = [
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"',
  'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"',
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"',
].join(' ');

function definitions(content: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions ${namespaces} id="Defs">\n${content}\n</bpmn:definitions>`;
}

function factsOf(scan: BpmnFileScan): BpmnFileFacts {
  if (!scan.ok) throw new Error(`refused: ${scan.problem} at ${scan.line}:${scan.column}`);
  return scan.facts;
}

const pools = definitions(`<bpmn:collaboration id="Collab" name="Anmeldung">
  <bpmn:participant id="Pool_A" name="Bürgerbüro" processRef="Process_A" />
  <bpmn:participant id="Pool_B" />
  <bpmn:participant name="Kunde" />
</bpmn:collaboration>
<bpmn:process id="Process_A" name="Bürgerbüro">
  <bpmn:startEvent id="Start" />
  <bpmn:userTask id="Check" name="Antrag prüfen" />
  <bpmn:subProcess id="Sub"><bpmn:task id="Inner" name="Gebühr" /></bpmn:subProcess>
  <bpmn:textAnnotation id="Note"><bpmn:text>Hinweis <![CDATA[mit <Markup>]]></bpmn:text></bpmn:textAnnotation>
  <bpmn:sequenceFlow id="Flow" sourceRef="Start" targetRef="Check" />
</bpmn:process>
<bpmndi:BPMNDiagram id="Diagram_1" name="Übersicht">
  <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Collab">
    <bpmndi:BPMNShape id="Pool_A_di" bpmnElement="Pool_A"><dc:Bounds x="0" y="0" width="600" height="200" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="50" y="50" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Check_di" bpmnElement="Check"><dc:Bounds x="150" y="30" width="100" height="80" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane>
</bpmndi:BPMNDiagram>
<bpmndi:BPMNDiagram>
  <bpmndi:BPMNPlane id="Plane_2" bpmnElement="Sub">
    <bpmndi:BPMNShape id="Inner_di" bpmnElement="Inner"><dc:Bounds x="0" y="0" width="100" height="80" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane>
</bpmndi:BPMNDiagram>`);

describe('scanBpmnFile on well-formed files', () => {
  test('given a collaboration with two diagrams, then it reports the root, top-level elements, pools, diagrams, shapes and flow nodes', () => {
    const facts = factsOf(scanBpmnFile(pools, 100));

    expect(facts.root).toEqual({ namespace: 'http://www.omg.org/spec/BPMN/20100524/MODEL', localName: 'definitions', qualifiedName: 'bpmn:definitions' });
    expect(facts.topLevel).toEqual([
      { localName: 'collaboration', id: 'Collab', name: 'Anmeldung' },
      { localName: 'process', id: 'Process_A', name: 'Bürgerbüro' },
    ]);
    expect(facts.participants).toEqual([
      { id: 'Pool_A', name: 'Bürgerbüro', processRef: 'Process_A', collaboration: 'Collab' },
      { id: 'Pool_B', name: '', processRef: '', collaboration: 'Collab' },
      { id: '', name: 'Kunde', processRef: '', collaboration: 'Collab' },
    ]);
    expect(facts.diagrams).toEqual([
      { id: 'Diagram_1', name: 'Übersicht', planeIndex: 0, planeElement: 'Collab', shapeElements: ['Pool_A', 'Start', 'Check'] },
      { id: '', name: '', planeIndex: 1, planeElement: 'Sub', shapeElements: ['Inner'] },
    ]);
    expect([...facts.drawn]).toEqual(['Pool_A', 'Start', 'Check', 'Inner']);
    expect(facts.flowNodes.map((node) => node.id)).toEqual(['Start', 'Check', 'Sub', 'Inner']);
    expect(facts.flowNodes[1]).toEqual({ localName: 'userTask', id: 'Check', name: 'Antrag prüfen' });
    expect(facts.reservedIds).toEqual([]);
    expect(facts.duplicateIds).toEqual({ count: 0, first: '', modelElements: [] });
    expect(facts.firstLongLabel).toBeUndefined();
  });

  test('given an annotation whose text and CDATA together pass the limit, then that text is the long label', () => {
    const text = 'Hinweis mit <Markup>';
    expect(factsOf(scanBpmnFile(pools, text.length)).firstLongLabel).toBeUndefined();
    expect(factsOf(scanBpmnFile(pools, text.length - 1)).firstLongLabel).toBe(text);
  });

  test('given a long name, a long category value and a long annotation, then the first in the file is reported', () => {
    const long = (letter: string) => letter.repeat(11);
    const xml = definitions(`<bpmn:category id="Cat"><bpmn:categoryValue id="Value" value="${long('v')}" /></bpmn:category>
<bpmn:process id="P" name="${long('n')}"><bpmn:textAnnotation id="A"><bpmn:text>${long('t')}</bpmn:text></bpmn:textAnnotation></bpmn:process>`);

    expect(factsOf(scanBpmnFile(xml, 10)).firstLongLabel).toBe(long('v'));
    expect(factsOf(scanBpmnFile(xml, 11)).firstLongLabel).toBeUndefined();
  });

  test('given ids that repeat and ids that name object properties, then each is counted', () => {
    const xml = definitions(`<bpmn:process id="P"><bpmn:task id="A" /><bpmn:task id="A" name="Zweite A" /><bpmn:task id="B" /><bpmn:subProcess id="A" />
<bpmn:task id="constructor" /><bpmn:task id="__proto__" /><bpmn:task id="constructor" /><bpmn:task id="prototype" /></bpmn:process>
<bpmndi:BPMNDiagram id="B" />`);
    const facts = factsOf(scanBpmnFile(xml, 100));

    expect(facts.duplicateIds).toEqual({
      count: 4,
      first: 'A',
      modelElements: [
        { localName: 'task', id: 'A', name: 'Zweite A' },
        { localName: 'subProcess', id: 'A', name: '' },
        { localName: 'task', id: 'constructor', name: '' },
      ],
    });
    expect(facts.reservedIds.sort()).toEqual(['__proto__', 'constructor']);
  });

  test('given a root in another namespace, then it is named as written', () => {
    const facts = factsOf(scanBpmnFile('<dmn:definitions xmlns:dmn="https://www.omg.org/spec/DMN/20191111/MODEL/"><dmn:decision id="D" /></dmn:definitions>', 100));

    expect(facts.root).toEqual({ namespace: 'https://www.omg.org/spec/DMN/20191111/MODEL/', localName: 'definitions', qualifiedName: 'dmn:definitions' });
    expect(facts.topLevel).toEqual([]);
  });
});

describe('scanBpmnFile on faulty files', () => {
  test.each([
    ['a close tag that does not match', '<bpmn:process id="P">\n</bpmn:definitions>', 4],
    ['an unquoted attribute value', '<bpmn:process id=P />', 3],
    ['a control character in a name', '<bpmn:process id="P" name="A\u0001B" />', 3],
    ['a second root element', '', 5],
    ['an attribute written twice', '<bpmn:process id="P" id="Q" />', 3],
    ['an undeclared namespace prefix', '<camunda:process id="P" />', 3],
    ['an entity that is not declared', '<bpmn:process id="P" name="&auml;" />', 3],
    ['an unclosed element at the end', '<bpmn:process id="P">', 4],
  ])('given %s, then it is malformed at the line of the fault', (_, content, line) => {
    const xml = content === '' ? `${definitions('')}\n<bpmn:definitions ${namespaces} />` : definitions(content);
    const scan = scanBpmnFile(xml, 100);

    expect(scan).toMatchObject({ ok: false, problem: 'malformed', line });
    if (!scan.ok) expect(scan.column).toBeGreaterThan(0);
  });

  test('given elements nested exactly as deep as allowed, then the file is read; one level more and it is too deep', () => {
    const nested = (levels: number) => definitions(`${'<bpmn:extensionElements>'.repeat(levels)}${'</bpmn:extensionElements>'.repeat(levels)}`);

    expect(scanBpmnFile(nested(maxNestingDepth - 1), 100).ok).toBe(true);
    expect(scanBpmnFile(nested(maxNestingDepth), 100)).toMatchObject({ ok: false, problem: 'tooDeep', line: 3 });
  });
});
