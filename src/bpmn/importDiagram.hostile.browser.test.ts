// prepareImport against the committed hostile corpus (tests/fixtures/hostile, written by
// scripts/make-hostile-corpus.mjs): every file is refused with the manifest's error code or read
// with its texts decoded exactly. The big generated files go through the app in tests/e2e/hostile.spec.ts.
import { describe, expect, test } from 'vitest';
import manifest from '../../tests/fixtures/hostile/manifest.json';
import { describeImportWarnings, importErrorMessage, prepareImport } from './importDiagram';

interface CorpusEntry {
  file: string;
  kind: string;
  generated?: boolean;
  expect: { refused?: string; imported?: { steps?: string[]; warnings?: boolean } };
}

const committedBpmn = (manifest.files as CorpusEntry[]).filter((entry) => entry.kind === 'bpmn' && !entry.generated);

async function load(file: string): Promise<Blob> {
  const response = await fetch(`/tests/fixtures/hostile/${file}`);
  return response.blob();
}

describe('prepareImport with hostile files', () => {
  test('given the corpus, then it holds refused and imported files of at least 25 kinds', () => {
    expect(committedBpmn.length).toBeGreaterThanOrEqual(25);
    expect(committedBpmn.some((entry) => entry.expect.refused)).toBe(true);
    expect(committedBpmn.some((entry) => entry.expect.imported)).toBe(true);
  });

  test.each(committedBpmn.filter((entry) => entry.expect.refused).map((entry) => [entry.file, entry.expect.refused] as const))(
    'given %s, when it is prepared, then it is refused as %s with a message of its own',
    async (file, code) => {
      const result = await prepareImport(await load(file), file);

      expect(result).toMatchObject({ ok: false, code });
      if (result.ok) return;
      const message = importErrorMessage(result.code, result.detail);
      expect(message).not.toBe(`import:error.${code}`);
      expect(message.length).toBeGreaterThan(10);
    },
  );

  test.each(committedBpmn.filter((entry) => entry.expect.imported).map((entry) => [entry.file, entry.expect.imported ?? {}] as const))(
    'given %s, when it is prepared, then it is read with every step name decoded as written',
    async (file, expected) => {
      const result = await prepareImport(await load(file), file);

      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const doc = new DOMParser().parseFromString(result.xml, 'application/xml');
      const names = new Set(Array.from(doc.getElementsByTagName('*'), (element) => element.getAttribute('name')));
      for (const step of expected.steps ?? []) expect(names).toContain(step);
      if (expected.warnings) expect(result.warnings.length).toBeGreaterThan(0);
    },
  );
});

describe('describeImportWarnings', () => {
  test('given a warning of the bpmn-js importer (element in its context), then the message and the warning name the element', () => {
    const [warning] = describeImportWarnings([
      { message: 'no bpmnElement referenced in <bpmndi:BPMNEdge id="Flow_3_di" />', context: { element: { id: 'Flow_3_di' } } },
    ]);

    expect(warning.elementId).toBe('Flow_3_di');
    expect(warning.message).toContain('„Flow_3_di“');
  });
});
