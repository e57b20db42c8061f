// The translate module: placeholders, German lookup, English originals, the language read at each
// call, and a German text for
// every template bpmn-js and diagram-js pass to `translate` (collected from their sources, so an
// upgrade that adds texts fails here until they are translated).
import { describe, expect, test } from 'vitest';
import german from '../../i18n/locales/de/bpmn.json';
import english from '../../i18n/locales/en/bpmn.json';
import { createTranslate, fillTemplate } from './translateModule';
import type { ModelerLanguageCode } from './translateModule';

const germanTexts: Record<string, string> = german;

function translatorFor(language: ModelerLanguageCode) {
  return createTranslate(() => language, (template) => germanTexts[template]);
}

const librarySources = import.meta.glob<string>(['/node_modules/bpmn-js/lib/**/*.js', '/node_modules/diagram-js/lib/**/*.js'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every literal passed to translate(), the replace menu's labels and the texts built from parts. */
function bpmnJsTemplates(): Set<string> {
  const templates = new Set<string>();
  for (const [file, source] of Object.entries(librarySources)) {
    for (const match of source.matchAll(/(?<![\w'"])_?translate\(\s*'((?:[^'\\]|\\.)*)'(?!\s*\+)/g)) templates.add(match[1]);
    if (/popup-menu[\\/]PopupEntries\.js$|replace[\\/]ReplaceOptions\.js$/.test(file)) {
      for (const match of source.matchAll(/label(?:\s*:|\s*=)\s*'([^']+)'/g)) templates.add(match[1]);
      if (source.includes("label += ' (removes content)'")) templates.add('Empty pool/participant (removes content)');
    }
    for (const match of source.matchAll(/var \w+_ERR_MSG = '([^']+)'/g)) templates.add(match[1]);
    if (source.includes("translate('Align elements ' + alignment)")) {
      for (const alignment of source.match(/ALIGNMENT_OPTIONS = \[([^\]]+)\]/)?.[1].match(/'(\w+)'/g) ?? []) {
        templates.add(`Align elements ${alignment.replace(/'/g, '')}`);
      }
    }
  }
  // the example in diagram-js's own documentation of translate()
  templates.delete('HELLO {you}');
  return templates;
}

const appSources = import.meta.glob<string>(['/src/bpmn/**/*.ts', '!/src/bpmn/**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

/** Every literal the app's own diagram-js modules pass to translate(), and the type names they look up. */
function appTemplates(): Set<string> {
  const templates = new Set<string>();
  for (const source of Object.values(appSources)) {
    for (const match of source.matchAll(/translate\(\s*'((?:[^'\\]|\\.)*)'/g)) templates.add(match[1]);
    for (const match of source.matchAll(/'bpmn:\w+': '([^']+)'/g)) templates.add(match[1]);
  }
  return templates;
}

describe('fillTemplate', () => {
  test('given placeholders, when filled, then known ones are replaced and unknown ones stay', () => {
    expect(fillTemplate('{element} öffnen', { element: 'Teilprozess A' })).toBe('Teilprozess A öffnen');
    expect(fillTemplate('{a} und {b}', { a: 'eins' })).toBe('eins und {b}');
    expect(fillTemplate('ohne Platzhalter')).toBe('ohne Platzhalter');
  });
});

describe('createTranslate', () => {
  test('given German, when a known template is translated, then the German text is returned with placeholders filled', () => {
    const translate = translatorFor('de');
    expect(translate('Create task')).toBe('Aufgabe erstellen');
    expect(translate('Open {element}', { element: 'Prüfung' })).toBe('Prüfung öffnen');
  });

  test('given German, when an unknown template is translated, then the English original is kept', () => {
    expect(translatorFor('de')('A text bpmn-js may add one day {x}', { x: '1' })).toBe('A text bpmn-js may add one day 1');
  });

  test('given English, when translated, then the original is returned even where German exists', () => {
    expect(translatorFor('en')('Create task')).toBe('Create task');
    expect(english).toEqual({});
  });

  test('given a translate function, when the language it reads changes, then the next call is in the new language', () => {
    let language: ModelerLanguageCode = 'de';
    const translate = createTranslate(() => language, (template) => germanTexts[template]);
    expect(translate('Create task')).toBe(germanTexts['Create task']);

    language = 'en';

    expect(translate('Create task')).toBe('Create task');
  });

  test('given the installed bpmn-js and diagram-js, when their templates are collected, then each has a German text', () => {
    const templates = bpmnJsTemplates();
    expect(Object.keys(librarySources).length).toBeGreaterThan(300);
    expect(templates.size).toBeGreaterThan(100);
    expect([...templates].filter((template) => !germanTexts[template])).toEqual([]);
  });

  test("given the app's own modules of the modeller, when their templates are collected, then each has a German text", () => {
    const templates = appTemplates();
    expect(templates).toContain('Create an element');
    expect(templates).toContain('Intermediate catch event');
    expect([...templates].filter((template) => !germanTexts[template])).toEqual([]);
  });

  test('given the German texts, when compared with the templates, then each keeps the placeholders of its original', () => {
    for (const [template, text] of Object.entries(germanTexts)) {
      expect(text.match(/{\w+}/g) ?? [], template).toEqual(template.match(/{\w+}/g) ?? []);
    }
  });
});
