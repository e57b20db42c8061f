// The app's German texts for bpmn-js's templates (the i18n `bpmn` namespace) as the lookup the
// modeller's translate module reads, and a translate function in the UI's language for the same
// templates where the app names model elements outside a modeller (the import's notes).
import { i18n } from '../../i18n/i18n';
import { createTranslate } from './translateModule';
import type { Translate } from './translateModule';

/** The German text of a bpmn-js template ("Append {type}"), undefined for a template without one. */
export function bpmnTemplateText(template: string): string | undefined {
  const text: unknown = i18n.getResource('de', 'bpmn', template, { keySeparator: false });
  return typeof text === 'string' ? text : undefined;
}

/** bpmn-js's templates in the UI's language at the time of each call. */
export const uiTranslate: Translate = createTranslate(() => (i18n.language === 'en' ? 'en' : 'de'), bpmnTemplateText);
