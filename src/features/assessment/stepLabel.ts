// How every view of the app names a step (score panel and its walk's end, steps table, process
// figures, matrix, the undo note): by its name, or, for a step without one (common in diagrams
// imported from other tools), by its element id ("Schritt ohne Namen (Task_1)"), so a workshop can
// tell unnamed steps apart and find the panel's step in the table. A name of only spaces counts as
// none.
import type { TFunction } from 'i18next';

/** The label of the step with this `name` (as read from the diagram) and element `id`. */
export function stepLabel(t: TFunction, name: string, id: string): string {
  return name.trim() || t('assessment:unnamedStep', { id });
}
