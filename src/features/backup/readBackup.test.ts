// Tests of the diagram check a backup must pass: well-formed XML with a BPMN definitions root
// passes; unparsable, empty, other XML, too deeply nested and definitions outside the BPMN
// namespace are named in technical words, and readBackup refuses a backup holding one; a BPMN or
// other XML file given instead of a backup is refused as an XML file.
import { describe, expect, it } from 'vitest';
import { createBundle } from '../../domain/bundle';
import { createDefaultCatalogue } from '../../domain/criteria';
import type { WorkspaceSnapshot } from '../../domain/recordSchemas';
import { backupDiagramProblem, readBackup } from './readBackup';

const bpmnNs = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const valid = `<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions xmlns:bpmn="${bpmnNs}" id="D"><bpmn:process id="P"><bpmn:task id="T" name="Prüfen &amp; Übertragen"/></bpmn:process></bpmn:definitions>`;

describe('backupDiagramProblem', () => {
  it('given a BPMN file, then it finds nothing wrong', () => {
    expect(backupDiagramProblem(valid)).toBeUndefined();
    expect(backupDiagramProblem(`<definitions xmlns="${bpmnNs}"/>`)).toBeUndefined();
  });

  it.each([
    ['unparsable', '<bpmn:definitions><oops', /^not well-formed XML at 1:\d+$/],
    ['empty', '', /^not well-formed XML at /],
    ['other XML', '<html><body/></html>', /^root element <html> is not bpmn:definitions$/],
    ['definitions outside the BPMN namespace', '<definitions id="D"/>', /^root element <definitions> is not bpmn:definitions$/],
    ['nested too deep', `<definitions xmlns="${bpmnNs}">${'<a>'.repeat(300)}${'</a>'.repeat(300)}</definitions>`, /^nested too deep at /],
  ])('given %s, then it names the problem', (_, xml, problem) => {
    expect(backupDiagramProblem(xml)).toMatch(problem);
  });
});

describe('readBackup', () => {
  const meta = { createdAt: '2026-10-01T08:00:00.000Z', updatedAt: '2026-11-20T08:00:00.000Z', revision: 1 };
  function snapshot(diagramXml: string): WorkspaceSnapshot {
    return {
      departments: [{ id: 'd-1', name: 'Ordnungsamt', code: 'Amt 32', ...meta }],
      processes: [{ id: 'p-1', departmentId: 'd-1', name: 'Gewerbeanmeldung', lotse: '', description: '', status: 'draft', diagramXml, ...meta }],
      assessments: [],
      catalogue: createDefaultCatalogue(),
      meta: {},
    };
  }
  const options = { appVersion: '0.1.0', createdAt: '2026-11-28T09:00:00.000Z' };

  it('given a backup whose diagrams are BPMN, then it reads it', () => {
    expect(readBackup(createBundle(snapshot(valid), options)).ok).toBe(true);
  });

  it('given a backup with an unparsable diagram, then it refuses it naming the process', () => {
    expect(readBackup(createBundle(snapshot('<bpmn:definitions><oops'), options))).toMatchObject({
      ok: false,
      error: 'brokenDiagram',
      record: { kind: 'process', position: 1, name: 'Gewerbeanmeldung' },
      field: 'diagramXml',
    });
  });

  it.each([
    ['a BPMN file', valid],
    ['XML after a byte order mark and a blank line', `\uFEFF\n  ${valid}`],
    ['XML cut off', '<bpmn:defin'],
  ])('given %s instead of a backup, then it refuses it as an XML file, without the JSON parser\'s words', (_, text) => {
    expect(readBackup(text)).toEqual({ ok: false, error: 'xmlFile' });
  });

  it('given text that is neither JSON nor XML, then it stays refused as no JSON', () => {
    expect(readBackup('Gewerbeanmeldung;Amt 32')).toMatchObject({ ok: false, error: 'notJson' });
  });
});
