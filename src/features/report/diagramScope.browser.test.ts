// readStoredDiagram's views in real Chromium: a stored file's views as the editor's picker lists them, so that
// the report and the portfolio name the diagram the editor's figures name.
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { readStoredDiagram } from '../../bpmn/readStepsFromXml';
import { diagramScopeOf } from './diagramScope';
import fourDiagramsXml from '../../../../shared/fixtures/bpmn/miwg/Reference_C.4.0.bpmn?raw';

describe('readStoredDiagram views', () => {
  it('given the MIWG file of four diagrams, then its views are those the editor offers, and the one shown is named one of four', async () => {
    const { views } = await readStoredDiagram(fourDiagramsXml);
    // the picker's labels for this file, as the exploratory test saw them
    expect(views.map((view) => view.name)).toEqual(['Onboarding employee', 'IT', 'Payroll', 'Facilities']);
    expect(diagramScopeOf(views, views[1].id, i18n.getFixedT('de'))).toEqual({ name: 'IT', count: 4 });
  });
});
