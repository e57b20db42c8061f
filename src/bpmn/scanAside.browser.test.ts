// createScanAside: the import check's scan in a web worker answers what scanBpmnFile answers on
// the page, for well-formed and faulty files, several at once; and where the worker cannot start,
// the scan runs on the page with the same result.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createScanAside } from './scanAside';
import { scanBpmnFile } from './scanBpmnFile';

const fixtures = import.meta.glob<string>('../../../shared/fixtures/bpmn/**/*.bpmn', { query: '?raw', import: 'default' });
const labelLimit = 2_000;
const malformed = '<?xml version="1.0"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">\n  <bpmn:process id="P"></bpmn:task>\n</bpmn:definitions>';

/** Worker as the page has it, counting the workers made and the texts sent to them. */
function countingWorker() {
  const counts = { made: 0, texts: 0 };
  class CountingWorker extends Worker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      counts.made += 1;
    }

    override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]) {
      if (typeof (message as { text?: unknown }).text === 'string') counts.texts += 1;
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  }
  return { counts, CountingWorker };
}

/** A Worker that cannot load its script, as when the file is missing. */
class FailingWorker extends Worker {
  constructor(_url: string | URL, options?: WorkerOptions) {
    super('/no-such-worker.js', options);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createScanAside', () => {
  test('given every fixture and a malformed file at once, then one worker scans each and answers as the page would', async () => {
    const { counts, CountingWorker } = countingWorker();
    vi.stubGlobal('Worker', CountingWorker);
    const scanBpmnFileAside = createScanAside();
    const texts = [...(await Promise.all(Object.values(fixtures).map((load) => load()))), malformed];

    const scans = await Promise.all(texts.map((text) => scanBpmnFileAside(text, labelLimit)));

    expect(counts).toEqual({ made: 1, texts: texts.length });
    expect(texts.length).toBeGreaterThan(30);
    scans.forEach((scan, index) => expect(scan).toEqual(scanBpmnFile(texts[index], labelLimit)));
    expect(scans.at(-1)).toMatchObject({ ok: false, problem: 'malformed', line: 3 });
  });

  test('given a worker that cannot start, then the scan runs on the page with the same result, now and later', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    const scanBpmnFileAside = createScanAside();
    const text = await Object.values(fixtures)[0]();

    expect(await scanBpmnFileAside(text, labelLimit)).toEqual(scanBpmnFile(text, labelLimit));
    expect(await scanBpmnFileAside(malformed, labelLimit)).toEqual(scanBpmnFile(malformed, labelLimit));
  });

  test('given no Worker at all, then the scan runs on the page', async () => {
    vi.stubGlobal('Worker', undefined);
    const scanBpmnFileAside = createScanAside();

    expect(await scanBpmnFileAside(malformed, labelLimit)).toEqual(scanBpmnFile(malformed, labelLimit));
  });
});
