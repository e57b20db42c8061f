// Reads the steps of a stored diagram without an editor: the XML goes into an off-screen Viewer,
// the given view is opened (the first when it is missing, as the editor does), and readSteps reads
// them in the same order, with the same names, lanes and pools as on the editor's canvas; from the
// same import, the file's views as the editor's diagram picker lists them.
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { shownSteps } from '../domain/assessment';
import type { Step } from '../domain/assessment';
import { withDetachedViewer } from './detachedViewer';
import { importView, listDiagramViews } from './diagramViews';
import type { DiagramInfo } from './importDiagram';
import { readSteps } from './readSteps';

export interface StoredDiagram {
  /** the steps of the view shown */
  steps: Step[];
  /** the file's views, in document order */
  views: DiagramInfo[];
}

/** The steps of the diagram's view `diagramId` (a DiagramInfo id) and the file's views; rejects when the XML cannot be drawn. */
export function readStoredDiagram(xml: string, diagramId?: string): Promise<StoredDiagram> {
  return withDetachedViewer(async (viewer) => {
    await importView(viewer, xml, diagramId);
    return { steps: shownSteps(readSteps(viewer.get<ElementRegistry>('elementRegistry'))), views: listDiagramViews(viewer) };
  });
}
