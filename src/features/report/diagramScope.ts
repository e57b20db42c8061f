// Which diagram a process's figures cover when its BPMN file holds several, found and named as the
// editor finds and names it (the diagram shown, by its picker label), so that the report, the
// spreadsheet and the portfolio say what the editor's figures say.
import type { TFunction } from 'i18next';
import type { DiagramInfo } from '../../bpmn/importDiagram';
import type { DiagramScope } from '../../export/reportInput';
import { diagramLabel } from '../editor/diagramLabel';

/**
 * The diagram `diagramId` (the file's first when none is set, as the editor opens it) with the
 * number of diagrams in the file; undefined for a file of one diagram or an id the file lacks.
 */
export function diagramScopeOf(diagrams: readonly Pick<DiagramInfo, 'id' | 'name'>[], diagramId: string | undefined, t: TFunction): DiagramScope | undefined {
  const shownId = diagramId ?? diagrams[0]?.id ?? '';
  const position = diagrams.findIndex((diagram) => diagram.id === shownId);
  return diagrams.length > 1 && position >= 0 ? { name: diagramLabel(t, diagrams[position], position + 1), count: diagrams.length } : undefined;
}
