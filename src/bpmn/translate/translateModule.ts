// A diagram-js module that replaces bpmn-js's `translate` service: looks a UI template (the English
// original, e.g. "Append {type}") up in the app's translations and fills its {placeholders}.
// English, or a template without a translation, shows the original text. The language is read at
// every call and switched in place (`modelerLanguage.set`), so a switch keeps the modeller with its
// undo history, selection and view: diagram-js's `i18n.changed` redraws the palette, and this module
// renews the texts already on screen that nothing else draws again (an open context pad or popup
// menu, the search field's label, the drill-down buttons' titles).
import I18NModule from 'diagram-js/lib/i18n';
import type I18N from 'diagram-js/lib/i18n/I18N';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element } from 'diagram-js/lib/model/Types';
import { SEARCH_INPUT } from '../navigation/searchPadKeys';

export type ModelerLanguageCode = 'de' | 'en';

export type TranslationLookup = (template: string) => string | undefined;

export type TranslateReplacements = Record<string, string | undefined>;

export type Translate = (template: string, replacements?: TranslateReplacements) => string;

/** Replaces each `{name}` with its replacement; unknown placeholders stay as they are. */
export function fillTemplate(template: string, replacements: TranslateReplacements = {}): string {
  return template.replace(/{([^}]+)}/g, (placeholder, key: string) => replacements[key] || placeholder);
}

/** A translate function in the language `language()` returns at the time of each call. */
export function createTranslate(language: () => ModelerLanguageCode, lookup: TranslationLookup): Translate {
  return (template, replacements) => fillTemplate((language() === 'en' ? undefined : lookup(template)) ?? template, replacements);
}

/** The language of the modeller's texts, switched in place. */
export class ModelerLanguage {
  private current: ModelerLanguageCode;
  private readonly i18n: I18N;

  constructor(language: ModelerLanguageCode, i18n: I18N) {
    this.current = language;
    this.i18n = i18n;
  }

  get(): ModelerLanguageCode {
    return this.current;
  }

  /** Texts drawn from now on are in `language`; those on screen are drawn again (`i18n.changed`). */
  set(language: ModelerLanguageCode): void {
    if (language === this.current) return;
    this.current = language;
    this.i18n.changed();
  }
}


/** diagram-js's context pad and popup menu, and the overlays (their types sit under paths the lint rules reserve for src/features) */
interface ContextPad {
  getEntries(target: unknown): Record<string, { title?: string }>;
}
/** diagram-js's service locator, asked for a service that may be missing (a reader has no modeling, context pad or popup menu) */
export interface Injector {
  get<T>(name: string, strict: false): T | null;
}
/** what the context pad shows, as its `contextPad.open` event tells */
interface OpenContextPad {
  target: unknown;
  html: HTMLElement;
}
interface PopupMenu {
  refresh(): void;
}
interface Overlays {
  get(search: { type: string }): { element: Element; html: HTMLElement }[];
}

/**
 * On `i18n.changed`, renews the texts on screen the palette's redraw leaves in the old language.
 * The reader of a tab that only reads has no context pad and no popup menu.
 */
class ShownTextsRefresh {
  static $inject = ['eventBus', 'canvas', 'translate', 'injector', 'overlays'];

  constructor(eventBus: EventBus, canvas: Canvas, translate: Translate, injector: Injector, overlays: Overlays) {
    const contextPad = injector.get<ContextPad>('contextPad', false);
    const popupMenu = injector.get<PopupMenu>('popupMenu', false);
    let openPad: OpenContextPad | undefined;
    eventBus.on('contextPad.open', (event: { current: OpenContextPad }) => {
      openPad = event.current;
    });
    eventBus.on('contextPad.close', () => {
      openPad = undefined;
    });
    eventBus.on('i18n.changed', () => {
      // titled in place as diagram-js titles them (ContextPad#_updateAndOpen): opened anew, the pad
      // would close a popup menu opened from it
      if (openPad && contextPad) {
        for (const [action, entry] of Object.entries(contextPad.getEntries(openPad.target))) {
          if (entry.title) openPad.html.querySelector(`[data-action="${CSS.escape(action)}"]`)?.setAttribute('title', entry.title);
        }
      }
      popupMenu?.refresh();
      canvas.getContainer().querySelector(SEARCH_INPUT)?.setAttribute('aria-label', translate('Search in diagram'));
      // bpmn-js titles each button as it adds it (DrilldownOverlayBehavior): the same text again
      for (const { element, html } of overlays.get({ type: 'drilldown' })) {
        const businessObject = element.businessObject as { name?: string; id: string } | undefined;
        if (businessObject) html.title = translate('Open {element}', { element: businessObject.name || businessObject.id });
      }
    });
  }
}

/**
 * The diagram-js module declaration that overrides the default `translate` service, starting in
 * `language`; its `modelerLanguage` service switches it.
 */
export function translateModule(language: ModelerLanguageCode, lookup: TranslationLookup) {
  return {
    __depends__: [I18NModule],
    __init__: ['shownTextsRefresh'],
    modelerLanguage: ['factory', ['i18n', (i18n: I18N) => new ModelerLanguage(language, i18n)]] as const,
    translate: ['factory', ['modelerLanguage', (current: ModelerLanguage) => createTranslate(() => current.get(), lookup)]] as const,
    shownTextsRefresh: ['type', ShownTextsRefresh] as const,
  };
}
