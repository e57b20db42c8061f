// A diagram-js module that replaces bpmn-js's `translate` service: looks a UI template (the English
// original, e.g. "Append {type}") up in the app's translations and fills its {placeholders}.
// English, or a template without a translation, shows the original text.

export type TranslationLookup = (template: string) => string | undefined;

export type TranslateReplacements = Record<string, string | undefined>;

/** Replaces each `{name}` with its replacement; unknown placeholders stay as they are. */
export function fillTemplate(template: string, replacements: TranslateReplacements = {}): string {
  return template.replace(/{([^}]+)}/g, (placeholder, key: string) => replacements[key] || placeholder);
}

/** The diagram-js module declaration that overrides the default `translate` service. */
export function translateModule(language: 'de' | 'en', lookup: TranslationLookup) {
  const translate = (template: string, replacements?: TranslateReplacements): string =>
    fillTemplate((language === 'en' ? undefined : lookup(template)) ?? template, replacements);
  return { translate: ['value', translate] as const };
}
