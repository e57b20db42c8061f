// What a screen reader and a keyboard user learn of bpmn-js's in-place label editor (key E, a double
// click, "Aufgabe anfügen"), which diagram-js draws as a bare contenteditable div: while it is open
// it is a multi-line textbox (labels wrap) named after what it edits ("Name von „Prüfen“", "Name des
// Elements" for an unnamed one, "Text der Anmerkung"), and labelEditor.css gives it the app's 3 px
// focus outline, which diagram-js's inline `outline: none` took away. Set on each
// `directEditing.activate`, as diagram-js reuses the one editor element for every label.
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element } from 'diagram-js/lib/model/Types';
import { oneLine } from '../oneLine';
import type { Translate } from '../translate/translateModule';
import './labelEditor.css';

/** diagram-js's direct editing service (its type sits under a path the lint rules reserve for src/features) */
interface DirectEditing {
  /** the editor's outer element, set when it opens */
  $textbox?: HTMLElement;
}

/** what `directEditing.activate` tells: the element edited and the text the editor opened with */
interface ActivateEvent {
  active?: { element: Element; context: { text?: string } };
}

/** the editor's editable element inside its outer one (diagram-js's TextBox) */
const EDITABLE = '[contenteditable]';

/** The editor's accessible name: what it edits, with the text it opened with. */
function labelEditorName(translate: Translate, type: string | undefined, text: string | undefined): string {
  if (type === 'bpmn:TextAnnotation') return translate('Text of the annotation');
  const name = oneLine(text);
  return name ? translate('Name of “{name}”', { name }) : translate('Name of the element');
}

class LabelEditorAria {
  static $inject = ['eventBus', 'translate', 'directEditing'];

  constructor(eventBus: EventBus, translate: Translate, directEditing: DirectEditing) {
    eventBus.on('directEditing.activate', (event: ActivateEvent) => {
      const editable = directEditing.$textbox?.querySelector<HTMLElement>(EDITABLE);
      if (!editable || !event.active) return;
      editable.setAttribute('role', 'textbox');
      editable.setAttribute('aria-multiline', 'true');
      editable.setAttribute('aria-label', labelEditorName(translate, event.active.element.type, event.active.context.text));
    });
  }
}

export const labelEditorAriaModule = {
  __init__: ['labelEditorAria'],
  labelEditorAria: ['type', LabelEditorAria],
};
