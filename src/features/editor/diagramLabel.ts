// How a diagram picker (the editor's toolbar, the import dialog) names a view of the file: by its
// name, or, for a view without one, by its place in the list ("Diagramm 2 (ohne Namen)"), never
// by a technical id.
import type { TFunction } from 'i18next';
import type { DiagramInfo } from '../../bpmn/importDiagram';

/** The picker's label of `diagram`, the `position`-th (1-based) view in the picker's list. */
export function diagramLabel(t: TFunction, diagram: Pick<DiagramInfo, 'name'>, position: number): string {
  return diagram.name || t('editor:diagramPicker.unnamed', { position });
}
