// bpmn-moddle's warnings with their lines, as patched in patches/saxen+11.2.0.patch: the XML parser
// beneath bpmn-moddle (saxen) names the line of each warning; unpatched it counted the file's line
// breaks from the start for every warning, so a file with 20,000 unknown elements took minutes.
import { BpmnModdle } from 'bpmn-moddle';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { describeImportWarnings } from './importDiagram';

const lineBreaks = '(\\r\\n|\\r|\\n)';

/** A process with `count` elements BPMN does not define, each on a line of its own, and where each is. */
function fileWithUnknownElements(count: number, lineBreak: string) {
  const head = ['<?xml version="1.0" encoding="UTF-8"?>', '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1">', '  <bpmn:process id="Process_1">'];
  const unknown = Array.from({ length: count }, (_, index) => `${' '.repeat(1 + (index % 3))}<bpmn:auditNote id="Note_${index}" />`);
  const xml = [...head, ...unknown, '  </bpmn:process>', '</bpmn:definitions>'].join(lineBreak);
  // saxen counts lines from 0; each unknown element's line is its index in the lines above
  const expected = unknown.map((text, index) => ({ line: head.length + index, column: text.indexOf('<') }));
  return { xml, expected, lines: head.length + unknown.length + 2 };
}

/** Counts the line-break searches of saxen's parse context while `run` runs. */
async function countLineBreakSearches(run: () => Promise<unknown>): Promise<number> {
  const exec = RegExp.prototype.exec;
  let searches = 0;
  vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, text: string) {
    if (this.source === lineBreaks) searches += 1;
    return exec.call(this, text);
  });
  await run();
  return searches;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('bpmn-moddle warnings on a file with many unknown elements', () => {
  test.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
  ])('given 2,000 unknown elements on lines ending in %s, then each warning names its own line and column', async (_name, lineBreak) => {
    const { xml, expected } = fileWithUnknownElements(2_000, lineBreak);

    const { warnings } = await new BpmnModdle().fromXML(xml);

    const places = warnings.map((warning) => {
      const [, line, column] = /line: (\d+)\s+column: (\d+)/.exec(warning.message) ?? [];
      return { line: Number(line), column: Number(column) };
    });
    expect(places).toEqual(expected);
  });

  test('given 2,000 unknown elements, then the parser searches the file for line breaks about once, not once per warning', async () => {
    const { xml, lines } = fileWithUnknownElements(2_000, '\n');

    const searches = await countLineBreakSearches(() => new BpmnModdle().fromXML(xml));

    // unpatched: one search per line before each warning, about 2,000 × 2,000 / 2 in all
    expect(searches).toBeGreaterThan(0);
    expect(searches).toBeLessThan(3 * lines);
  });

  test('given unknown elements, when their warnings are described, then each names the line an editor shows (counted from 1)', async () => {
    const { xml, expected } = fileWithUnknownElements(3, '\n');
    const { warnings } = await new BpmnModdle().fromXML(xml);

    const lines = describeImportWarnings(warnings).map((warning) => /^Zeile (\d+):/.exec(warning.message)?.[1]);

    // the file's first unknown element stands on its fourth line
    expect(xml.split('\n')[3]).toContain('Note_0');
    expect(lines).toEqual(expected.map(({ line }) => String(line + 1)));
  });
});
