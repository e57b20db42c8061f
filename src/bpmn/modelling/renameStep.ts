// Renaming a step without the canvas's label editor (the score panel's "Name" field): one
// modeling.updateLabel command, so undo, the steps read again and the autosave follow as they do
// for a rename on the canvas. As bpmn-js's label editor does, a blank name removes the name (an
// unnamed task); spaces around a name are left out. The same name again is no command.
import type Modeler from 'bpmn-js/lib/Modeler';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { isStepType } from '../../domain/assessment';

/** bpmn-js's modeling service, as far as used here (its typings leave out the null that removes a label) */
interface Modeling {
  updateLabel(element: unknown, newLabel: string | null): void;
}

/** Renames the step of that id on the canvas; false when the shown diagram has no such step. */
export function renameStep(modeler: Modeler, stepId: string, name: string): boolean {
  const element = modeler.get<ElementRegistry>('elementRegistry').get(stepId);
  if (!element || !isStepType(element.type)) return false;
  const label = name.trim() || null;
  const current = (element.businessObject as { name?: string } | undefined)?.name || null;
  if (label !== current) modeler.get<Modeling>('modeling').updateLabel(element, label);
  return true;
}
