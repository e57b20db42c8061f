// Reads the steps of a stored diagram without an editor: the XML goes into an off-screen Viewer,
// the given view is opened (the first when it is missing, as the editor does), and readSteps reads
// them in the same order, with the same names, lanes and pools as on the editor's canvas.
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { shownSteps } from '../domain/assessment';
import type { Step } from '../domain/assessment';
import { withDetachedViewer } from './detachedViewer';
import { importView } from './diagramViews';
import { readSteps } from './readSteps';

/** The steps of the diagram's view `diagramId` (a DiagramInfo id); rejects when the XML cannot be drawn. */
export function readStepsFromXml(xml: string, diagramId?: string): Promise<Step[]> {
  return withDetachedViewer(async (viewer) => {
    await importView(viewer, xml, diagramId);
    return shownSteps(readSteps(viewer.get<ElementRegistry>('elementRegistry')));
  });
}
