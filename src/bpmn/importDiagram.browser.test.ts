// prepareImport on bad and unusual input: each refusal has its own code and message; odd but
// usable files (encodings, byte order marks, no layout) open with what the user needs to know.
import { describe, expect, test } from 'vitest';
import { i18n } from '../i18n/i18n';
import { describeImportWarnings, importErrorMessage, maxImportBytes, prepareImport, preparePastedImport } from './importDiagram';
import type { ImportErrorCode, PreparedImport } from './importDiagram';
import { takeParsedImport } from './parsedImport';

const bpmnNs = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';
const diNs = 'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"';

function processXml(processName: string, options: { collaborationName?: string; layout?: boolean; declaration?: string } = {}) {
  const collaboration = options.collaborationName
    ? `<bpmn:collaboration id="C" name="${options.collaborationName}"><bpmn:participant id="P" processRef="Process_1" /></bpmn:collaboration>`
    : '';
  const layout = options.layout === false
    ? ''
    : `<bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="Plane" bpmnElement="Process_1">
         <bpmndi:BPMNShape id="S_di" bpmnElement="S"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
         <bpmndi:BPMNShape id="T_di" bpmnElement="T"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
       </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`;
  return `${options.declaration ?? '<?xml version="1.0" encoding="UTF-8"?>'}
<bpmn:definitions ${bpmnNs} ${diNs} id="Defs" targetNamespace="http://example.org">
  ${collaboration}
  <bpmn:process id="Process_1" name="${processName}">
    <bpmn:startEvent id="S" /><bpmn:task id="T" name="Antrag prüfen" />
    <bpmn:sequenceFlow id="F" sourceRef="S" targetRef="T" />
  </bpmn:process>
  ${layout}
</bpmn:definitions>`;
}

function expectRefused(result: PreparedImport, code: ImportErrorCode) {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.code).toBe(code);
}

function latin1Bytes(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Array.from(text, (char) => char.charCodeAt(0)));
}

describe('pasted text', () => {
  test('given XML pasted after blank lines and spaces (or a byte order mark), when prepared as pasted, then it is accepted', async () => {
    for (const before of ['\n', '\r\n  \n\t', '\uFEFF', '\uFEFF\n ']) {
      const result = await preparePastedImport(`${before}${processXml('Gewerbeanmeldung')}`);
      expect(result.ok, JSON.stringify(before)).toBe(true);
    }
  });

  test('given a file with a blank line before its XML declaration, when prepared, then it is refused as malformed (a file is checked as the XML it is)', async () => {
    const result = await prepareImport(new Blob([`\n${processXml('Gewerbeanmeldung')}`]));
    expectRefused(result, 'malformed');
    if (!result.ok) expect(result.detail).toBe('2:6');
  });

  test('given faulty XML pasted after blank lines, when prepared as pasted, then the fault is placed by the lines and columns of the text pasted', async () => {
    const faulty = `<?xml version="1.0"?>\n<bpmn:definitions ${bpmnNs}>\n  <bpmn:process id="P">\n</bpmn:definitions>`;
    const direct = await prepareImport(faulty);
    const pasted = await preparePastedImport(`\n\n${faulty}`);
    const sameLine = await preparePastedImport(`  <bpmn:definitions ${bpmnNs}><bpmn:process id="P"></bpmn:definitions>`);
    const sameLineDirect = await prepareImport(`<bpmn:definitions ${bpmnNs}><bpmn:process id="P"></bpmn:definitions>`);
    expectRefused(direct, 'malformed');
    expectRefused(pasted, 'malformed');
    expectRefused(sameLine, 'malformed');
    if (direct.ok || pasted.ok || sameLine.ok || sameLineDirect.ok) return;
    const [line, column] = (direct.detail ?? '').split(':').map(Number);
    expect(pasted.detail).toBe(`${line + 2}:${column}`);
    const [, directColumn] = (sameLineDirect.detail ?? '').split(':').map(Number);
    expect(sameLine.detail).toBe(`1:${directColumn + 2}`);
  });
});

describe('refused input', () => {
  test.each([
    ['an empty string', ''],
    ['only whitespace', '  \n\t '],
  ])('given %s, when prepared, then it is refused as empty', async (_, input) => {
    expectRefused(await prepareImport(input), 'empty');
  });

  test('given an empty file and an empty buffer, when prepared, then both are refused as empty', async () => {
    expectRefused(await prepareImport(new Blob([])), 'empty');
    expectRefused(await prepareImport(new ArrayBuffer(0)), 'empty');
  });

  test('given a file one byte over 20 MB, when prepared, then it is refused as too large before it is read', async () => {
    expect(maxImportBytes).toBe(20 * 1024 * 1024);
    expectRefused(await prepareImport(new Blob([new Uint8Array(maxImportBytes + 1)])), 'tooLarge');
  });

  test('given a string whose UTF-8 form is over 20 MB, when prepared, then it is refused as too large', async () => {
    // 7 million "ä" are 7 M characters but 14 MB in UTF-8; 11 million are 22 MB
    expectRefused(await prepareImport('<'.concat('ä'.repeat(11_000_000))), 'tooLarge');
  });

  test.each([
    ['plain text', 'Gewerbeanmeldung, bitte bearbeiten'],
    ['JSON', '{"process": "Gewerbeanmeldung"}'],
  ])('given %s, when prepared, then it is refused as not XML', async (_, input) => {
    expectRefused(await prepareImport(input), 'notXml');
  });

  test('given the bytes of a PNG image, when prepared, then it is refused as not XML', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x00]);
    expectRefused(await prepareImport(new Blob([png])), 'notXml');
  });

  test('given XML whose tags do not match, when prepared, then it is refused as malformed with line and column', async () => {
    const result = await prepareImport(`<?xml version="1.0"?>\n<bpmn:definitions ${bpmnNs}>\n  <bpmn:process id="P">\n</bpmn:definitions>`);
    expectRefused(result, 'malformed');
    if (!result.ok) {
      expect(result.detail).toMatch(/^4:\d+$/);
      expect(importErrorMessage(result.code, result.detail)).toContain('Zeile 4');
    }
  });

  test('given elements nested deeper than a model can be, when prepared, then it is refused as too deep, naming the line', async () => {
    const nested = `${'<bpmn:extensionElements>'.repeat(300)}${'</bpmn:extensionElements>'.repeat(300)}`;
    const result = await prepareImport(`<?xml version="1.0"?>\n<bpmn:definitions ${bpmnNs}>\n<bpmn:process id="P">${nested}</bpmn:process></bpmn:definitions>`);
    expectRefused(result, 'tooDeep');
    if (!result.ok) {
      const message = importErrorMessage(result.code, result.detail);
      expect(message).toContain('Zeile 3');
      expect(message).toContain('256');
    }
  });

  test('given a file declared UTF-8 but holding Latin-1 umlauts, when prepared, then it is refused for its encoding', async () => {
    const bytes = latin1Bytes(processXml('Rechnung kl\u00e4ren'));
    expectRefused(await prepareImport(new Blob([bytes])), 'encoding');
  });

  test('given an XHTML page, when prepared, then it is refused as not BPMN, naming its root element', async () => {
    const result = await prepareImport('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body /></html>');
    expectRefused(result, 'notBpmn');
    if (!result.ok) expect(importErrorMessage(result.code, result.detail)).toContain('<html>');
  });

  test('given definitions in another namespace, when prepared, then it is refused as not BPMN', async () => {
    expectRefused(await prepareImport('<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" />'), 'notBpmn');
  });

  test('given BPMN definitions with only a message, when prepared, then it is refused for having no process', async () => {
    const xml = `<bpmn:definitions ${bpmnNs} id="D" targetNamespace="http://example.org"><bpmn:message id="M" name="Antrag" /></bpmn:definitions>`;
    expectRefused(await prepareImport(xml), 'noProcess');
  });

  test('given a collaboration whose pools name no process, and an empty process, both without layout, when prepared, then each is refused as having nothing to lay out', async () => {
    // given: a QA tour's file: two participants and a message flow, no process, no BPMNDiagram
    const pools = `<bpmn:definitions ${bpmnNs} id="D" targetNamespace="http://example.org"><bpmn:collaboration id="C" name="Bürgeranfrage"><bpmn:participant id="P1" name="Bürger" /><bpmn:participant id="P2" name="Bürgeramt" /><bpmn:messageFlow id="F" sourceRef="P1" targetRef="P2" /></bpmn:collaboration></bpmn:definitions>`;
    const empty = `<bpmn:definitions ${bpmnNs} id="D" targetNamespace="http://example.org"><bpmn:process id="P" name="Leer" /></bpmn:definitions>`;
    for (const xml of [pools, empty]) expectRefused(await prepareImport(xml), 'nothingToLayOut');
    expect(importErrorMessage('nothingToLayOut')).toMatch(/^Die Datei enthält kein Diagrammlayout und keine Prozessschritte/);
    // and a process with one step and no layout is still laid out
    const oneStep = `<bpmn:definitions ${bpmnNs} id="D" targetNamespace="http://example.org"><bpmn:process id="P"><bpmn:task id="T" name="Prüfen" /></bpmn:process></bpmn:definitions>`;
    expect(await prepareImport(oneStep)).toMatchObject({ ok: true, autoLayout: true });
  });

  test('given a billion-laughs entity bomb, when prepared, then it is refused for its DOCTYPE', async () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<bpmn:definitions ${bpmnNs}><bpmn:process id="P" name="&lol3;" /></bpmn:definitions>`;
    expectRefused(await prepareImport(xml), 'doctype');
  });

  test('given an external entity after a comment, when prepared, then it is refused for its DOCTYPE', async () => {
    const xml = `<?xml version="1.0"?><!-- export --><!doctype d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<bpmn:definitions ${bpmnNs}><bpmn:process id="P" name="&xxe;" /></bpmn:definitions>`;
    expectRefused(await prepareImport(xml), 'doctype');
  });

  test('given every refusal code, when its message is made, then each is a distinct German sentence', () => {
    const codes: ImportErrorCode[] = ['empty', 'tooLarge', 'unreadable', 'notXml', 'malformed', 'tooDeep', 'encoding', 'doctype', 'notBpmn', 'noProcess', 'nothingToLayOut', 'layoutFailed'];
    const messages = codes.map((code) => importErrorMessage(code));
    expect(new Set(messages).size).toBe(codes.length);
    expect(messages.every((message) => message.length > 10 && !message.includes('import:'))).toBe(true);
    expect(importErrorMessage('tooLarge')).toContain('20 MB');
  });

  test('given a damaged or foreign file or text, when refused, then the message names the cause in plain words, keeps its facts and says what to do, in German and English', async () => {
    // a QA tour: "kein gültiges XML" and "Wurzelelement" are developer terms, and neither said what to do
    const refusals: [ImportErrorCode, string?][] = [['notXml'], ['malformed'], ['malformed', '199:7'], ['tooDeep', '9:3'], ['doctype'], ['notBpmn', 'rechnung'], ['noProcess'], ['layoutFailed']];
    const plain = {
      de: { jargon: /XML-Datei|kein XML|gültiges XML|Wurzelelement|Deklaration|verschachtelt|Kollaboration/, advice: /Bitte /, line: 'Zeile 199, Spalte 7' },
      en: { jargon: /XML file|not XML|well-formed|root element|declaration|nested|collaboration/i, advice: /Please /, line: 'line 199, column 7' },
    };
    try {
      for (const language of ['de', 'en'] as const) {
        await i18n.changeLanguage(language);
        for (const input of ['file', 'pasted'] as const) {
          for (const [code, detail] of refusals) {
            const message = importErrorMessage(code, detail, input);
            expect(message, `${language} ${input} ${code}`).not.toMatch(plain[language].jargon);
            expect(message, `${language} ${input} ${code}`).toMatch(plain[language].advice);
          }
          expect(importErrorMessage('malformed', '199:7', input)).toContain(plain[language].line);
          expect(importErrorMessage('notBpmn', 'rechnung', input)).toContain('<rechnung>');
        }
      }
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  test('given pasted text with elements left out, a removed reference and elements without a drawing, when prepared, then no note speaks of a file, in German and English', async () => {
    // a QA tour: the paste dialog's notes said "Sie bleiben in der Datei erhalten"
    const pasted = `<bpmn:definitions ${bpmnNs} ${diNs} id="D" targetNamespace="http://example.org">
  <bpmn:process id="P">
    <bpmn:task id="T" name="Prüfen" /><bpmn:task id="T" name="Doppelt" /><bpmn:task id="H" name="Ohne Darstellung" />
    <bpmn:sequenceFlow id="F" sourceRef="T" targetRef="Weg" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Di"><bpmndi:BPMNPlane id="Pl" bpmnElement="P">
    <bpmndi:BPMNShape id="T_di" bpmnElement="T"><dc:Bounds x="100" y="100" width="100" height="80" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
    const file = { de: /Datei/, en: /\bfile\b/i };
    try {
      for (const language of ['de', 'en'] as const) {
        await i18n.changeLanguage(language);
        const prepared = await preparePastedImport(pasted);
        expect(prepared.ok).toBe(true);
        if (!prepared.ok) return;
        expect(prepared.warnings.map((warning) => warning.kind).sort()).toEqual(['duplicateId', 'notShown', 'unresolvedReference']);
        for (const warning of prepared.warnings) expect(warning.message, `${language} ${warning.kind}`).not.toMatch(file[language]);
      }
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  test('given every refusal of pasted text, when its message is made, then it speaks of the pasted text, not of a file, in German and English', async () => {
    const refusals: [ImportErrorCode, string?][] = [
      ['tooLarge'], ['unreadable'], ['notXml'], ['malformed'], ['malformed', '4:12'], ['tooDeep', '9:3'], ['doctype'], ['notBpmn', 'html'],
      ['noProcess'], ['reservedId', '__implicitroot'], ['duplicateIds', '120:Task_1'], ['nameTooLong', '2500:Antrag'], ['nothingToLayOut'], ['layoutFailed'],
    ];
    // pasted text is never decoded from bytes, and blank text is not checked at all: these keep the file's wording
    const fileOnly: ImportErrorCode[] = ['empty', 'encoding'];
    const wording = { de: { pasted: /eingefügten? Text/, file: /Datei/ }, en: { pasted: /pasted text/, file: /\bfile\b/i } };
    try {
      for (const language of ['de', 'en'] as const) {
        await i18n.changeLanguage(language);
        for (const [code, detail] of refusals) {
          const message = importErrorMessage(code, detail, 'pasted');
          expect(message, `${language} ${code}`).toMatch(wording[language].pasted);
          expect(message, `${language} ${code}`).not.toMatch(wording[language].file);
        }
        for (const code of fileOnly) expect(importErrorMessage(code, undefined, 'pasted')).toBe(importErrorMessage(code));
      }
    } finally {
      await i18n.changeLanguage('de');
    }
  });
});

describe('accepted input', () => {
  test('given a small BPMN file with layout, when prepared, then it opens without warnings and lists its diagram', async () => {
    const result = await prepareImport(processXml('Gewerbeanmeldung'), 'egal.bpmn');
    expect(result).toMatchObject({ ok: true, warnings: [], autoLayout: false, suggestedName: 'Gewerbeanmeldung' });
    if (result.ok) expect(result.diagrams).toEqual([{ id: 'D', name: 'Gewerbeanmeldung', rootElementId: 'Process_1', shapeCount: 2 }]);
  });

  test('given comments and a processing instruction before the root, when prepared, then the file opens', async () => {
    const result = await prepareImport(processXml('P', { declaration: '<?xml version="1.0"?>\n<!-- von Hand -->\n<?editor x?>' }));
    expect(result.ok).toBe(true);
  });

  test('given a file without diagram layout, when prepared, then a layout is generated and the user is to be told', async () => {
    const result = await prepareImport(processXml('Ohne Layout', { layout: false }));
    expect(result).toMatchObject({ ok: true, autoLayout: true, warnings: [] });
    if (result.ok) {
      expect(result.diagrams).toHaveLength(1);
      expect(result.xml).toContain('BPMNShape');
    }
  });

  test('given ISO-8859-1 bytes with an umlaut, when prepared, then the umlaut is read correctly and the encoding is reported', async () => {
    const bytes = latin1Bytes(processXml('Antr\u00e4ge', { declaration: '<?xml version="1.0" encoding="ISO-8859-1"?>' }));
    const result = await prepareImport(new Blob([bytes]));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.suggestedName).toBe('Anträge');
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0].message).toContain('ISO-8859-1');
    }
  });

  test('given UTF-8 bytes with a byte order mark, when prepared, then the file opens with its umlauts', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(processXml('Bürgerbüro'))]);
    const result = await prepareImport(bytes.buffer);
    expect(result).toMatchObject({ ok: true, suggestedName: 'Bürgerbüro' });
  });

  test('given names on collaboration, process and file, when prepared, then the collaboration name wins, then the process, then the file', async () => {
    expect(await prepareImport(processXml('Prozess', { collaborationName: 'Zusammenarbeit' }), 'datei.bpmn')).toMatchObject({ suggestedName: 'Zusammenarbeit' });
    expect(await prepareImport(processXml(''), 'C:\\Ablage\\Hundesteuer.bpmn')).toMatchObject({ suggestedName: 'Hundesteuer' });
    expect(await prepareImport(processXml(''))).toMatchObject({ suggestedName: 'Unbenannter Prozess' });
  });

  test('given the names a tool gives by itself ("Diagram 1", "Process_1"), when prepared, then a real name is suggested: the process\'s, else the file\'s', async () => {
    expect(await prepareImport(processXml('Hundesteuer erheben', { collaborationName: 'Diagram 1' }), 'export.bpmn')).toMatchObject({ suggestedName: 'Hundesteuer erheben' });
    expect(await prepareImport(processXml('Process_1', { collaborationName: 'Collaboration' }), 'Hundesteuer.bpmn')).toMatchObject({ suggestedName: 'Hundesteuer' });
    expect(await prepareImport(processXml('Prozess 2'), 'Gewerbeanmeldung.bpmn')).toMatchObject({ suggestedName: 'Gewerbeanmeldung' });
    // a name that only begins like one is a real name
    expect(await prepareImport(processXml('Prozess der Hundesteuer'), 'export.bpmn')).toMatchObject({ suggestedName: 'Prozess der Hundesteuer' });
  });

  test('given a pool\'s process named by the tool ("Money Bank - Process") and named diagrams, when prepared, then the title of the diagram with the most shapes is suggested, not the file\'s name', async () => {
    // a QA tour: Trisotech's Reference_C.4.0 was suggested as "Money Bank - Process", its main diagram is "Onboarding employee"
    const shape = (id: string, x: number) => `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="100" width="100" height="80" /></bpmndi:BPMNShape>`;
    const xml = (processName: string) => `<bpmn:definitions ${bpmnNs} ${diNs} id="D" targetNamespace="http://example.org">
  <bpmn:collaboration id="C"><bpmn:participant id="Pool" name="Money Bank" processRef="P" /></bpmn:collaboration>
  <bpmn:process id="P" name="${processName}"><bpmn:task id="A" name="Vertrag" /><bpmn:task id="B" name="Konto" /></bpmn:process>
  <bpmndi:BPMNDiagram id="Small" name="IT"><bpmndi:BPMNPlane id="Plane_S" bpmnElement="P">${shape('A', 100)}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
  <bpmndi:BPMNDiagram id="Main" name="Onboarding employee"><bpmndi:BPMNPlane id="Plane_M" bpmnElement="P">${shape('A', 100)}${shape('B', 260)}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

    expect(await prepareImport(xml('Money Bank - Process'), 'Reference_C.4.0.bpmn')).toMatchObject({ ok: true, suggestedName: 'Onboarding employee' });
    // a process name of its own still comes first
    expect(await prepareImport(xml('Kontoeröffnung'), 'Reference_C.4.0.bpmn')).toMatchObject({ ok: true, suggestedName: 'Kontoeröffnung' });
  });

  test('given a duplicate id, when prepared, then the user is told which element was left out, by its type and name', async () => {
    const xml = processXml('Doppelt').replace('<bpmn:task id="T" name="Antrag prüfen" />', '<bpmn:task id="T" name="Antrag prüfen" /><bpmn:task id="T" name="Kopie" />');
    const result = await prepareImport(xml);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatchObject({ elementId: 'T' });
      // a QA tour: the note named only the tag and id ("Das Element <subProcess> … „sid-7DDE…_2“")
      expect(result.warnings[0].message).toContain('Aufgabe „Kopie“ wurde nicht übernommen');
      expect(result.warnings[0].message).toContain('„T“');
      expect(result.warnings[0].message).not.toContain('<');
    }
  });

  test('given an element left out for a taken id, when the editor takes over the parse, then its warnings name the element without scanning the file again', async () => {
    const xml = processXml('Doppelt').replace('<bpmn:task id="T" name="Antrag prüfen" />', '<bpmn:task id="T" name="Antrag prüfen" /><bpmn:task id="T" name="Kopie" />');
    const result = await prepareImport(xml);
    if (!result.ok) throw new Error(`refused: ${result.code}`);

    const parsed = await takeParsedImport(result.xml);
    if (!parsed) throw new Error('the parse was not kept');
    const scanAgain = () => {
      throw new Error('scanned again');
    };
    expect(describeImportWarnings(parsed.warnings, scanAgain).map((warning) => warning.message)).toEqual([expect.stringContaining('Aufgabe „Kopie“ wurde nicht übernommen')]);
  });

  test('given two elements left out for the same taken id, when prepared, then each note names its own element', async () => {
    const copies = '<bpmn:subProcess id="T" name="Teilprozess Kopie" /><bpmn:task id="T" />';
    const result = await prepareImport(processXml('Doppelt').replace('<bpmn:task id="T" name="Antrag prüfen" />', `<bpmn:task id="T" name="Antrag prüfen" />${copies}`));

    if (!result.ok) throw new Error(`refused: ${result.code}`);
    expect(result.warnings.map((warning) => warning.message.replace(/ wurde nicht übernommen.*$/, ''))).toEqual([
      expect.stringMatching(/: Teilprozess „Teilprozess Kopie“$/),
      expect.stringMatching(/: Aufgabe ohne Namen$/),
    ]);
    // what went with it is said only of the element that holds others (a QA tour: said of flows and gateways too)
    expect(result.warnings.map((warning) => warning.message.endsWith('; auch alles, was darin steht, fehlt.'))).toEqual([true, false]);
  });

  test('given references to nothing from a named send task and an unnamed flow, when prepared, then the notes name the task by type and name and the flow by its id, in German and English', async () => {
    const content = '<bpmn:sendTask id="_76ee" name="Bescheid senden" messageRef="Message_1373" /><bpmn:sequenceFlow id="F9" sourceRef="_76ee" targetRef="Weg" />';
    const xml = processXml('Verweise').replace('<bpmn:task id="T" name="Antrag prüfen" />', `<bpmn:task id="T" name="Antrag prüfen" />${content}`);
    const expected = {
      de: ['Sendeaufgabe „Bescheid senden“ verweist auf „Message_1373“', 'Sequenzfluss ohne Namen (ID „F9“) verweist auf „Weg“'],
      en: ['Send task “Bescheid senden” refers to “Message_1373”', 'Sequence flow without a name (id “F9”) refers to “Weg”'],
    };
    try {
      for (const language of ['de', 'en'] as const) {
        await i18n.changeLanguage(language);
        const result = await prepareImport(xml);

        if (!result.ok) throw new Error(`refused: ${result.code}`);
        const references = result.warnings.filter((warning) => warning.kind === 'unresolvedReference').map((warning) => warning.message);
        expect(references, language).toEqual(expected[language].map((start) => expect.stringContaining(start)));
        expect(references[0], language).not.toContain('_76ee');
      }
    } finally {
      await i18n.changeLanguage('de');
    }
  });
});

/** A file without diagram layout whose process holds `content`; `ns:` is bound to the file's own namespace. */
function withoutLayout(content: string): string {
  return `<bpmn:definitions ${bpmnNs} xmlns:ns="http://example.org" xmlns:other="http://elsewhere.example" id="Defs" targetNamespace="http://example.org">
  <bpmn:process id="Process_1" name="Ohne Layout">${content}</bpmn:process>
</bpmn:definitions>`;
}

/** The model elements (by id) that the file's shapes and edges draw, and each shape's x. */
function drawing(xml: string): { edges: Set<string>; shapeX: Map<string, number> } {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const di = (name: string) => Array.from(doc.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/DI', name));
  const edges = new Set(di('BPMNEdge').map((edge) => edge.getAttribute('bpmnElement') ?? ''));
  const shapeX = new Map(
    di('BPMNShape').map((shape) => [shape.getAttribute('bpmnElement') ?? '', Number(shape.getElementsByTagNameNS('http://www.omg.org/spec/DD/20100524/DC', 'Bounds')[0]?.getAttribute('x'))]),
  );
  return { edges, shapeX };
}

describe('files without diagram layout', () => {
  test('given flow nodes that do not list their sequence flows, when prepared, then every flow gets an edge and the nodes stand left to right', async () => {
    const flows = ['F1', 'F2'];
    const xml = withoutLayout(`<bpmn:startEvent id="S" /><bpmn:task id="T" name="Antrag prüfen" /><bpmn:endEvent id="E" />
      <bpmn:sequenceFlow id="${flows[0]}" sourceRef="S" targetRef="T" /><bpmn:sequenceFlow id="${flows[1]}" sourceRef="T" targetRef="E" />`);

    const result = await prepareImport(xml);

    if (!result.ok) throw new Error(`refused: ${result.code}`);
    expect(result.warnings).toEqual([]);
    const { edges, shapeX } = drawing(result.xml);
    expect(flows.filter((flow) => !edges.has(flow))).toEqual([]);
    const [start, task, end] = ['S', 'T', 'E'].map((id) => shapeX.get(id) ?? Number.NaN);
    expect(start).toBeLessThan(task);
    expect(task).toBeLessThan(end);
  });

  test('given a boundary event whose host is a QName of the file\'s own namespace, when prepared, then it is laid out on its host, its flow drawn, and no reference reported missing', async () => {
    const xml = withoutLayout(`<bpmn:startEvent id="S" /><bpmn:task id="T" /><bpmn:endEvent id="E" /><bpmn:task id="Escalate" />
      <bpmn:boundaryEvent id="B" attachedToRef="ns:T"><bpmn:timerEventDefinition /></bpmn:boundaryEvent>
      <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T" /><bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="E" />
      <bpmn:sequenceFlow id="F3" sourceRef="B" targetRef="Escalate" />`);

    const result = await prepareImport(xml);

    if (!result.ok) throw new Error(`refused: ${result.code}`);
    expect(result.warnings).toEqual([]);
    expect(result.xml).toMatch(/<bpmn:boundaryEvent id="B"[^>]* attachedToRef="T"/);
    expect(drawing(result.xml).edges).toContain('F3');
  });

  test('given a host named with the prefix of another namespace, when prepared, then the reference stays unresolved and is reported', async () => {
    const xml = withoutLayout(`<bpmn:task id="T" /><bpmn:boundaryEvent id="B" attachedToRef="other:T" />`);

    const result = await prepareImport(xml);

    if (!result.ok) throw new Error(`refused: ${result.code}`);
    expect(result.warnings.map((warning) => warning.kind)).toContain('unresolvedReference');
  });

  test('given lanes, an annotation and its association, which the layout does not place, when prepared, then the user is told how many are missing, naming one', async () => {
    const notPlaced = [
      '<bpmn:laneSet id="LS"><bpmn:lane id="Lane_1" name="Sachbearbeitung"><bpmn:flowNodeRef>T</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>',
      '<bpmn:textAnnotation id="Note"><bpmn:text>Frist beachten</bpmn:text></bpmn:textAnnotation>',
      '<bpmn:association id="Link" sourceRef="Note" targetRef="T" />',
    ];
    const xml = withoutLayout(`${notPlaced[0]}<bpmn:startEvent id="S" /><bpmn:task id="T" /><bpmn:sequenceFlow id="F" sourceRef="S" targetRef="T" />${notPlaced.slice(1).join('')}`);

    const result = await prepareImport(xml);

    if (!result.ok) throw new Error(`refused: ${result.code}`);
    expect(result.warnings).toEqual([{ kind: 'notLaidOut', count: notPlaced.length, elementId: 'Lane_1', message: expect.stringContaining('„Sachbearbeitung“') }]);
    expect(result.warnings[0].message).toContain(`${notPlaced.length} Elemente`);
  });
});

describe('describeImportWarnings', () => {
  test('given a bpmn-js importer warning, when described, then it is a German sentence naming the element by type and name', () => {
    const [warning] = describeImportWarnings([{ message: 'multiple DI elements defined for <bpmn:UserTask id="T1" />', context: { element: { $type: 'bpmn:UserTask', id: 'T1', name: 'Antrag\nprüfen' } } }]);
    expect(warning).toEqual({ kind: 'multipleDi', message: 'Benutzeraufgabe „Antrag prüfen“ ist mehrfach dargestellt; nur die erste Darstellung wird angezeigt.', elementId: 'T1' });
  });

  test('given a bpmn-js importer warning on an element without a name, when described, then the element is named by its type and id', () => {
    const [warning] = describeImportWarnings([{ message: 'element <bpmn:BoundaryEvent id="B1" /> referenced by <bpmn:Task id="T" />#attachedToRef not yet drawn', context: { element: { $type: 'bpmn:BoundaryEvent', id: 'B1' } } }]);
    expect(warning.message).toBe('Randereignis ohne Namen (ID „B1“) verweist auf ein Element, das nicht dargestellt ist, und wurde übersprungen.');
  });

  test('given references to nothing from a drawing and from the message definition of an event, when described, then the one is named as a drawing and the others, without a name, by the step that holds them', () => {
    const warnings = describeImportWarnings([
      { message: 'unresolved reference <Task_9>', element: { $type: 'bpmndi:BPMNShape', id: 'Task_9_di' }, value: 'Task_9' },
      { message: 'unresolved reference <Msg>', element: { $type: 'bpmn:MessageEventDefinition', id: 'Def_1', $parent: { $type: 'bpmn:IntermediateCatchEvent', name: 'Antwort erhalten' } }, value: 'Msg' },
      { message: 'unresolved reference <Form>', element: { $type: 'bpmn:DataInputAssociation', id: 'DA_1', $parent: { $type: 'bpmn:UserTask', name: 'Antrag prüfen' } }, value: 'Form' },
    ]);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'Eine Darstellung im Diagramm (ID „Task_9_di“) verweist auf „Task_9“, das es im Modell nicht gibt; der Verweis wurde entfernt.',
      'Element ohne Namen (ID „Def_1“) in Zwischenereignis (eintretend) „Antwort erhalten“ verweist auf „Msg“, das es im Modell nicht gibt; der Verweis wurde entfernt.',
      'Datenassoziation ohne Namen (ID „DA_1“) in Benutzeraufgabe „Antrag prüfen“ verweist auf „Form“, das es im Modell nicht gibt; der Verweis wurde entfernt.',
    ]);
  });

  test('given an unknown warning, when described, then its original text is kept inside a readable sentence', () => {
    const [warning] = describeImportWarnings([{ message: 'something new happened' }]);
    expect(warning.message).toBe('Hinweis beim Lesen des Modells: something new happened');
  });
});
