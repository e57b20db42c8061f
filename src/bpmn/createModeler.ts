// Builds the app's bpmn-js Modeler: keyboard shortcuts on the canvas, bpmn-js's texts through the
// app's translations (their language switched in place: setModelerLanguage), a click on the
// selected step keeping it selected, a scale that stays exact while the view scrolls, element
// search (Ctrl/Cmd+F, included in the Modeler; its results named and placed for a person, ids only
// when typed; the keyup of the key that opened it no longer closes it; a screen reader hears a
// combobox with a list of results), a type change that makes an element larger making room for it,
// a lane's border dragged stopping at the steps beside it, popup menus that close when the page
// scrolls and whose options a screen reader names without their icons (their search's count of
// results in the UI's language), a named label editor that
// opens on every new element with a name (a gateway too, by mouse or keyboard), every
// context-pad action and connecting by keyboard (A, Shift+F10), the focused diagram named after its
// selection (deletions, undo and moves by the arrow keys told aloud), a sub-process opened or left by
// its drill-down button or breadcrumb handing the focus to the canvas and telling it, the keyboard
// kept on the canvas after a mouse press on its palette or context pad, the caller's extension
// modules and moddle descriptors, and the English logo link marked as English. For a tab that only
// reads, the reader: a viewer of the same diagram with the same view, selection, search, keys,
// screen-reader names and sub-process navigation, and nothing that edits (no palette, context pad,
// label editor or history). Also the small view helpers the toolbar
// needs, the fit kept while the canvas changes size, and the view read and shown again (a fitted
// view is fitted anew, to the canvas's size then).
import Modeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import type { ModdleExtensions, ModuleDeclaration } from 'bpmn-js/lib/BaseViewer';
import EditorActionsModule from 'bpmn-js/lib/features/editor-actions';
import KeyboardModule from 'bpmn-js/lib/features/keyboard';
import OutlineModule from 'bpmn-js/lib/features/outline';
import SearchModule from 'bpmn-js/lib/features/search';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type ZoomScroll from 'diagram-js/lib/navigation/zoomscroll/ZoomScroll';
import { elementActionsModule } from './modelling/elementActions';
import { keepSelectionOnClickModule } from './modelling/keepSelectionOnClick';
import { labelEditorAriaModule } from './modelling/labelEditorAria';
import { labelOnCreateModule } from './modelling/labelOnCreate';
import { laneBordersModule } from './modelling/laneBorders';
import { roomForReplacementModule } from './modelling/roomForReplacement';
import { canvasAriaModule } from './navigation/canvasAria';
import { canvasFocusOnPressModule } from './navigation/canvasFocusOnPress';
import { canvasInWindowModule } from './navigation/canvasInWindow';
import { closePopupOnScrollModule } from './navigation/closePopupOnScroll';
import { drilldownNavigationModule } from './navigation/drilldownNavigation';
import { elementSearchModule } from './navigation/elementSearch';
import { popupMenuIconsModule } from './navigation/popupMenuIcons';
import { popupSearchCountModule } from './navigation/popupSearchCount';
import { exactViewportTransformModule } from './navigation/exactViewportTransform';
import { fitToFreeView } from './navigation/freeView';
import { searchPadAriaModule } from './navigation/searchPadAria';
import { searchPadKeysModule } from './navigation/searchPadKeys';
import { translateModule } from './translate/translateModule';
import type { ModelerLanguage, ModelerLanguageCode, TranslationLookup } from './translate/translateModule';

/** diagram-js's search pad (its type sits under a path the lint rules reserve for src/features) */
interface SearchPad {
  isOpen(): boolean;
  open(): void;
}

export interface ModelerOptions {
  container: HTMLElement;
  /** the language of bpmn-js's texts at first; setModelerLanguage switches it */
  language: ModelerLanguageCode;
  /** looks up the German text of a bpmn-js template; undefined keeps the English original */
  translate: TranslationLookup;
  additionalModules?: unknown[];
  moddleExtensions?: Record<string, unknown>;
}

/** bpmn-js's project logo, a link titled in English ("Powered by bpmn.io"), kept as its licence requires */
const PROJECT_LOGO = '.bjs-powered-by';

/** The modules the modeller and the reader share: texts, selection, view, search and screen-reader names. */
function sharedModules(options: ModelerOptions): ModuleDeclaration[] {
  return [
    translateModule(options.language, options.translate),
    keepSelectionOnClickModule,
    exactViewportTransformModule,
    searchPadKeysModule,
    elementSearchModule,
    canvasInWindowModule,
    searchPadAriaModule,
    canvasAriaModule,
    drilldownNavigationModule,
  ];
}

/** WCAG 3.1.2: a screen reader speaks the logo's English title as English in the German UI too */
function markLogoEnglish(container: HTMLElement): void {
  container.querySelector(PROJECT_LOGO)?.setAttribute('lang', 'en');
}

export function createModeler(options: ModelerOptions): Modeler {
  const modeler = new Modeler({
    container: options.container,
    // diagram-js 15 binds keyboard shortcuts to the focusable canvas itself (no `bindTo`)
    keyboard: { bind: true },
    additionalModules: [
      ...sharedModules(options),
      closePopupOnScrollModule,
      popupMenuIconsModule,
      popupSearchCountModule,
      labelEditorAriaModule,
      labelOnCreateModule,
      laneBordersModule,
      elementActionsModule,
      roomForReplacementModule,
      canvasFocusOnPressModule,
      ...((options.additionalModules ?? []) as ModuleDeclaration[]),
    ],
    moddleExtensions: (options.moddleExtensions ?? {}) as ModdleExtensions,
  });
  markLogoEnglish(options.container);
  return modeler;
}

/**
 * Builds the reader for a tab that only reads: bpmn-js's NavigatedViewer (the mouse drags and zooms
 * the view, Ctrl+arrow keys move it) with the modeller's selection and its outline, element search
 * (Ctrl/Cmd+F) and keys for the view, and nothing that could change the diagram.
 */
export function createReader(options: ModelerOptions): BaseViewer {
  const reader = new NavigatedViewer({
    container: options.container,
    keyboard: { bind: true },
    additionalModules: [
      // the selection's outline, as the modeller draws it (the viewer alone marks it nowhere)
      OutlineModule,
      SearchModule,
      EditorActionsModule,
      KeyboardModule,
      ...sharedModules(options),
      ...((options.additionalModules ?? []) as ModuleDeclaration[]),
    ],
    moddleExtensions: (options.moddleExtensions ?? {}) as ModdleExtensions,
  });
  markLogoEnglish(options.container);
  return reader;
}

/**
 * Switches bpmn-js's texts to `language` in the same modeller (its undo history, selection and view
 * stay): the palette and what else is on screen are drawn again, the rest is drawn in it from now on.
 */
export function setModelerLanguage(modeler: BaseViewer, language: ModelerLanguageCode): void {
  modeler.get<ModelerLanguage>('modelerLanguage').set(language);
}

/** One zoom step in (positive) or out (negative), around the centre of the view. */
export function zoomStep(modeler: BaseViewer, direction: 1 | -1): void {
  modeler.get<ZoomScroll>('zoomScroll').stepZoom(direction);
}

interface View {
  x: number;
  y: number;
  scale: number;
}

/** the view each modeller showed right after its last fit, until it is fitted again */
const fittedViews = new WeakMap<BaseViewer, View>();

function viewOf(canvas: Canvas): View {
  const { x, y, scale } = canvas.viewbox();
  return { x, y, scale };
}

/** Fits the whole diagram into the view, centred in the area the palette leaves free. */
export function fitViewport(modeler: BaseViewer): void {
  const canvas = modeler.get<Canvas>('canvas');
  fitToFreeView(canvas);
  fittedViews.set(modeler, viewOf(canvas));
}

/** The part of the diagram a canvas shows: the whole diagram fitted, or a corner (diagram units) and a scale. */
export type DiagramView = { fitted: true } | { fitted: false; x: number; y: number; scale: number };

/** The view the canvas shows now: fitted while it is as the last fit left it. */
export function currentView(modeler: BaseViewer): DiagramView {
  const view = viewOf(modeler.get<Canvas>('canvas'));
  const fitted = fittedViews.get(modeler);
  if (fitted && fitted.x === view.x && fitted.y === view.y && fitted.scale === view.scale) return { fitted: true };
  return { fitted: false, ...view };
}

/** Shows a view read before: a fitted one is fitted to the canvas as it is now, another at its corner and scale. */
export function showView(modeler: BaseViewer, view: DiagramView): void {
  if (view.fitted) {
    fitViewport(modeler);
    return;
  }
  const canvas = modeler.get<Canvas>('canvas');
  const { width, height } = canvas.viewbox().outer;
  canvas.viewbox({ x: view.x, y: view.y, width: width / view.scale, height: height / view.scale });
}

/**
 * Tells the modeller its container changed size. A view still as the last fit left it (not zoomed,
 * not scrolled since) is fitted again, so the whole diagram stays in view when the window, the side
 * panel or the legend changes the canvas's size; a view the user moved stays where it is.
 */
export function containerResized(modeler: BaseViewer): void {
  const canvas = modeler.get<Canvas>('canvas');
  const wasFitted = currentView(modeler).fitted;
  canvas.resized();
  if (wasFitted) fitViewport(modeler);
}

/**
 * Opens the element search (the same as Ctrl/Cmd+F on the focused canvas). It opens after the
 * current event: the search closes on any click that reaches the document, so opened inside a
 * button's click it would close again at once. (The keyup of an Enter that clicked the button is
 * kept from the search by searchPadKeysModule.) When the search is cancelled (Escape), the focus
 * returns to the element that had it before, such as the toolbar button; diagram-js would move it to
 * the canvas. Resolves when the search is open.
 */
export function openSearch(modeler: BaseViewer): Promise<void> {
  const searchPad = modeler.get<SearchPad>('searchPad');
  const opener = document.activeElement;
  return new Promise((resolve) => {
    window.setTimeout(() => {
      if (!searchPad.isOpen()) {
        searchPad.open();
        if (opener instanceof HTMLElement && opener !== document.body) returnFocusOnCancel(modeler.get<EventBus>('eventBus'), opener);
      }
      resolve();
    });
  });
}

/**
 * Focuses the opener once the open search is cancelled. diagram-js fires `searchPad.restored` (the
 * view and selection from before the search come back) only on a cancel, before
 * `searchPad.closed`; a picked result or a click elsewhere closes without it and keeps diagram-js's
 * focus. Focused in `searchPad.closed`, after the pad's input gave up the focus, so diagram-js's
 * deferred canvas focus (only when nothing has the focus) leaves it where it is.
 */
function returnFocusOnCancel(eventBus: EventBus, opener: HTMLElement): void {
  let cancelled = false;
  const onRestored = () => {
    cancelled = true;
  };
  const onClosed = () => {
    eventBus.off('searchPad.restored', onRestored);
    eventBus.off('searchPad.closed', onClosed);
    if (cancelled && opener.isConnected) opener.focus();
  };
  eventBus.on('searchPad.restored', onRestored);
  eventBus.on('searchPad.closed', onClosed);
}
