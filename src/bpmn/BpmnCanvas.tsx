// The modeller on screen: mounts a bpmn-js Modeler into a container, imports the given XML (only
// when it differs from what the modeller already holds), reports steps, changes, selection and
// import warnings upward, and hands the parent a small API (exports, zoom, undo, diagram switch,
// selection, renaming a step, services for overlays). In a tab that only reads (`readOnly`) it mounts
// the reader instead (createReader): the same view, selection and search, no edits and no history,
// and the API's edits do nothing; when `readOnly` changes (the tab takes writing over or hands it
// over) the one replaces the other, at the same view. The first document drawn shows the view
// given (initialView: a rebuilt editor keeps the user's zoom and position), else the whole diagram;
// a reader draws the writer's changed document at the view its user left, a modeller fits another;
// the view the user moves to is reported once it rests (onViewChange). A language switch renews
// bpmn-js's texts in the same modeller, so its undo history, selection and view stay. Survives React
// StrictMode: one modeller per mount, destroyed in the cleanup, async imports cancelled when
// superseded.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import type Modeler from 'bpmn-js/lib/Modeler';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import { isStepType } from '../domain/assessment';
import type { Step } from '../domain/assessment';
import { i18n } from '../i18n/i18n';
import { appendTask } from './modelling/appendTask';
import type { ElementActionsService } from './modelling/elementActions';
import { renameStep } from './modelling/renameStep';
import { benchMark } from './benchMark';
import { containerResized, createModeler, createReader, currentView, fitViewport, openSearch, setModelerLanguage, showView, zoomStep } from './createModeler';
import type { DiagramView } from './createModeler';
import { errorText, findDiagram, importView, listDiagramViews, openViewUndrawnWarning } from './diagramViews';
import { exportBpmn, exportPng, exportSvg } from './exportDiagram';
import { describeImportWarnings, skippedDuplicatesIn } from './importDiagram';
import type { DiagramInfo, ImportWarning } from './importDiagram';
import { takeParsedImport } from './parsedImport';
import { scrollIntoFreeView } from './navigation/freeView';
import { readSteps } from './readSteps';
import { bpmnTemplateText } from './translate/uiTranslate';

export interface CanvasApi {
  exportBpmn(): Promise<string>;
  exportSvg(): Promise<string>;
  exportPng(scale?: number): Promise<Blob>;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** opens the element search (also Ctrl/Cmd+F on the focused canvas) */
  openSearch(): void;
  /** selects the step on the canvas and scrolls it into view; undefined clears the selection */
  select(stepId: string | undefined): void;
  /** appends a task after the selected element or the diagram's open end and opens its label; false when there is nothing to append to */
  appendTask(): boolean;
  /**
   * opens the selection's actions (its context pad as a menu, and "Verbinden mit …" for one
   * element), or with nothing selected the elements to create; false when there is nothing to
   * offer. `opener` (the toolbar's button) gets the focus back when the menu is closed unused.
   */
  openElementActions(opener?: HTMLElement): boolean;
  /**
   * renames the step as its label editor would, by one undoable command (a blank name removes it);
   * false when the shown diagram has no such step
   */
  renameStep(stepId: string, name: string): boolean;
  /** a bpmn-js / diagram-js service (overlays, canvas, elementRegistry, eventBus, …) */
  getService<T>(name: string): T;
}

export interface BpmnCanvasProps {
  xml: string;
  diagramId?: string;
  language: 'de' | 'en';
  selectedStepId?: string;
  /** the tab only reads: the diagram is shown by a viewer that cannot change it (a change replaces the one by the other) */
  readOnly?: boolean;
  /** the view the first document drawn shows (read at the mount); without it, the whole diagram */
  initialView?: DiagramView;
  /** the view shown, once it has rested a moment after a change (zoom, scroll, fit, a new drawing) */
  onViewChange?: (view: DiagramView) => void;
  /** true at once when the diagram is edited, false once onChange has reported the latest edit */
  onEditPending?: (pending: boolean) => void;
  /** after every edit (debounced): the whole document and its steps */
  onChange?: (xml: string, steps: Step[]) => void;
  /** after every import or diagram switch */
  onStepsRead?: (steps: Step[]) => void;
  onSelect?: (stepId: string | undefined) => void;
  onImported?: (result: { warnings: ImportWarning[]; diagrams: DiagramInfo[] }) => void;
  /**
   * the modeller's history changed: a command ran (execute), was taken back (undo) or done again
   * (redo), also one the modeller made by itself; or a new import started a history (clear)
   */
  onHistoryChange?: (trigger: HistoryTrigger) => void;
  /**
   * "undo" or "redo" asked on the canvas (Ctrl+Z, Ctrl+Y, …): the parent decides what is taken back;
   * without it, the modeller's own history
   */
  onUndoRequest?: (direction: 'undo' | 'redo') => void;
  onError?: (message: string) => void;
  /** diagram-js modules added to the modeller; keep the array stable (a new array recreates it) */
  additionalModules?: unknown[];
  /** moddle descriptors added to the modeller; keep the object stable */
  moddleExtensions?: Record<string, unknown>;
  /** the API of the current modeller; called again when the modeller is recreated (other modules or moddle descriptors) */
  onReady?: (api: CanvasApi) => void;
  ariaLabel: string;
}

type Callbacks = Pick<
  BpmnCanvasProps,
  'onEditPending' | 'onChange' | 'onStepsRead' | 'onSelect' | 'onImported' | 'onHistoryChange' | 'onUndoRequest' | 'onError' | 'onReady' | 'onViewChange'
>;

export type HistoryTrigger = 'execute' | 'undo' | 'redo' | 'clear';

/** diagram-js's editor actions (the canvas's keyboard shortcuts trigger them) */
interface EditorActions {
  register(action: string, handler: () => void): void;
  unregister(action: string): void;
}

const changeDebounceMs = 200;
/** how long the view rests before it is reported: not every frame of a zoom or a scroll */
const viewRestMs = 250;

/** diagram-js's selection service and search pad (their types sit under a path the lint rules reserve for src/features) */
interface Selection {
  get(): { id: string; type: string }[];
  select(element: unknown): void;
}
interface SearchPad {
  isOpen(): boolean;
}

/** Why a drawing failed, in the UI's words where bpmn-js's reason is known (a model without any diagram), else bpmn-js's own. */
function renderFailure(error: unknown): string {
  const reason = errorText(error);
  return reason === 'no diagram to display' ? i18n.t('import:error.noDiagram') : reason;
}

function selectedStep(elements: { id: string; type: string }[]): string | undefined {
  return elements.length === 1 && isStepType(elements[0].type) ? elements[0].id : undefined;
}

/** Selects the step on the canvas and scrolls it into view, unless `scroll` is false (a view the user chose is kept). */
function selectOnCanvas(modeler: BaseViewer, stepId: string | undefined, scroll = true): void {
  const selection = modeler.get<Selection>('selection');
  // the step asked for is shown already; or no step is asked for and none is selected: a gateway, an
  // event, a lane or a pool the user selected stays selected (clearing it took away its context pad)
  if (selectedStep(selection.get()) === stepId) return;
  const element = stepId ? modeler.get<ElementRegistry>('elementRegistry').get(stepId) : undefined;
  if (!element) {
    selection.select(null);
    return;
  }
  // a step inside a collapsed sub-process lies on the sub-process's own plane (and a step outside it
  // on the plane above): that plane is opened, as its drill-down would open it, since diagram-js
  // selects only elements of the plane shown
  const canvas = modeler.get<Canvas>('canvas');
  const plane = canvas.findRoot(element);
  if (plane && plane !== canvas.getRootElement()) canvas.setRootElement(plane);
  if (scroll) scrollIntoFreeView(canvas, element);
  selection.select(element);
}

/** The document the canvas shows: kept across modellers (new modules or moddle descriptors recreate the modeller). */
interface LoadedDocument {
  /** the `xml` prop it was imported from */
  propXml: string;
  /** its content now: propXml, or the XML of the last edit */
  content: string;
  diagramId: string | undefined;
}

/** A modeller's edits followed: its history, and `stop`, which reports an edit still waiting and ends the following. */
interface WatchedEdits {
  commandStack: CommandStack;
  stop(): void;
}

/**
 * Follows the modeller's edits: each one is reported through onEditPending at once and through
 * onChange (debounced) with the whole document, which `keepContent` is handed first; its history
 * through onHistoryChange; and its undo and redo keys ask the parent, which keeps one history of
 * diagram and answers.
 */
function watchEdits(modeler: Modeler, callbacksRef: RefObject<Callbacks>, keepContent: (xml: string) => void): WatchedEdits {
  const eventBus = modeler.get<EventBus>('eventBus');
  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  /** edits so far, and whether the last one is still unreported (as told through onEditPending) */
  let edits = 0;
  let editPending = false;
  const setEditPending = (pending: boolean) => {
    if (pending === editPending) return;
    editPending = pending;
    callbacksRef.current.onEditPending?.(pending);
  };

  const emitChange = () => {
    changeTimer = undefined;
    const reportedEdits = edits;
    const steps = readSteps(modeler);
    void modeler.saveXML({ format: true }).then(({ xml: changedXml }) => {
      if (changedXml === undefined) return;
      keepContent(changedXml);
      callbacksRef.current.onChange?.(changedXml, steps);
      if (reportedEdits === edits && changeTimer === undefined) setEditPending(false);
    });
  };
  eventBus.on('commandStack.changed', (event: { trigger?: HistoryTrigger | null }) => {
    if (event.trigger) callbacksRef.current.onHistoryChange?.(event.trigger);
    if (event.trigger === 'clear') return;
    if (changeTimer !== undefined) clearTimeout(changeTimer);
    changeTimer = setTimeout(emitChange, changeDebounceMs);
    edits += 1;
    setEditPending(true);
  });
  // an edit still waiting for its debounce when the page is about to be left (beforeunload), hidden
  // or left is reported at once: capture listeners on the target run before the autosave's
  // lifecycle flush, and saveXML settles in microtasks, so that flush gets the edit too. On a
  // reload only the write started in beforeunload lands (storage/autosave.ts)
  const emitPendingChange = () => {
    if (changeTimer === undefined) return;
    clearTimeout(changeTimer);
    emitChange();
  };
  const onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') emitPendingChange();
  };
  window.addEventListener('beforeunload', emitPendingChange, { capture: true });
  window.addEventListener('pagehide', emitPendingChange, { capture: true });
  document.addEventListener('visibilitychange', onVisibilityChange, { capture: true });
  const editorActions = modeler.get<EditorActions>('editorActions');
  const commandStack = modeler.get<CommandStack>('commandStack');
  for (const direction of ['undo', 'redo'] as const) {
    editorActions.unregister(direction);
    editorActions.register(direction, () => {
      const ask = callbacksRef.current.onUndoRequest;
      if (ask) ask(direction);
      else if (direction === 'undo') commandStack.undo();
      else commandStack.redo();
    });
  }
  return {
    commandStack,
    stop() {
      window.removeEventListener('beforeunload', emitPendingChange, { capture: true });
      window.removeEventListener('pagehide', emitPendingChange, { capture: true });
      document.removeEventListener('visibilitychange', onVisibilityChange, { capture: true });
      // an edit still waiting for its debounce is reported now, not lost with the modeller
      emitPendingChange();
    },
  };
}

export function BpmnCanvas(props: BpmnCanvasProps) {
  const { xml, diagramId, language, selectedStepId, additionalModules, moddleExtensions, ariaLabel } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<BaseViewer | null>(null);
  const documentRef = useRef<LoadedDocument | null>(null);
  /** the modeller that has documentRef imported */
  const importedIntoRef = useRef<BaseViewer | null>(null);
  const selectedRef = useRef(selectedStepId);
  /**
   * The selection last reported through onSelect, or passed in since: a replace deselects the old
   * shape and selects the new one of the same id within one task, before the parent renders again
   */
  const reportedSelectionRef = useRef(selectedStepId);
  /**
   * A document is being drawn: its import clears the canvas's selection, which is not the user's
   * choice and is not reported (the step selected before is selected again once it is drawn). Holds
   * the import's own token, so that an import superseded meanwhile cannot end a newer one's.
   */
  const importingRef = useRef<object | null>(null);
  /** the language a new modeller starts in (the modeller itself follows `language` in place) */
  const languageRef = useRef(language);
  const readOnly = props.readOnly ?? false;
  /** the view the first drawing shows; used once */
  const initialViewRef = useRef(props.initialView);
  /** the view of a modeller replaced by one of another kind or extension set, shown by its successor */
  const replacedViewRef = useRef<DiagramView | undefined>(undefined);
  const callbacksRef = useRef<Callbacks>({});

  useLayoutEffect(() => {
    callbacksRef.current = {
      onEditPending: props.onEditPending,
      onChange: props.onChange,
      onStepsRead: props.onStepsRead,
      onSelect: props.onSelect,
      onImported: props.onImported,
      onHistoryChange: props.onHistoryChange,
      onUndoRequest: props.onUndoRequest,
      onError: props.onError,
      onReady: props.onReady,
      onViewChange: props.onViewChange,
    };
    selectedRef.current = selectedStepId;
    reportedSelectionRef.current = selectedStepId;
    languageRef.current = language;
  });

  // one modeller (or reader) per mount, extension set and role (a tab that takes writing over or
  // hands it over keeps its screens while its store is built anew); destroyed in the cleanup
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const options = { container, language: languageRef.current, translate: bpmnTemplateText, additionalModules, moddleExtensions };
    const editable = readOnly ? undefined : createModeler(options);
    const modeler: BaseViewer = editable ?? createReader(options);
    // the edited content of the document this modeller shows, kept for a modeller made anew
    const keepContent = (xml: string) => {
      const loaded = documentRef.current;
      if (loaded && modelerRef.current === modeler && importedIntoRef.current === modeler) loaded.content = xml;
    };
    const editing = editable && watchEdits(editable, callbacksRef, keepContent);
    modelerRef.current = modeler;
    const eventBus = modeler.get<EventBus>('eventBus');
    // diagram-js keeps the size of the view until it is told the container changed (the window,
    // the heatmap's legend, the score panel): then "fit" fits the old size, the palette keeps its
    // columns and a selected step can end up out of view
    const resizeObserver = new ResizeObserver(() => containerResized(modeler));
    resizeObserver.observe(container);
    const selection = modeler.get<Selection>('selection');
    const searchPad = modeler.get<SearchPad>('searchPad');
    const reportSelection = () => {
      const stepId = selectedStep(selection.get());
      if (stepId === reportedSelectionRef.current) return;
      reportedSelectionRef.current = stepId;
      callbacksRef.current.onSelect?.(stepId);
    };
    // While the element search is open, the result the arrow keys highlight is selected on the canvas
    // only: the score panel stays with the step it showed (and a screen reader is not told of every
    // result passed), and gets the search's outcome when it closes. The search clears the selection
    // just before it counts as open, so the report waits for the end of the task that changed it.
    eventBus.on('selection.changed', () => {
      queueMicrotask(() => {
        if (!searchPad.isOpen() && importingRef.current === null) reportSelection();
      });
    });
    eventBus.on('searchPad.closed', reportSelection);
    let viewTimer: ReturnType<typeof setTimeout> | undefined;
    eventBus.on('canvas.viewbox.changed', () => {
      clearTimeout(viewTimer);
      viewTimer = setTimeout(() => callbacksRef.current.onViewChange?.(currentView(modeler)), viewRestMs);
    });

    const api: CanvasApi = {
      exportBpmn: () => exportBpmn(modeler),
      exportSvg: () => exportSvg(modeler),
      exportPng: (scale) => exportPng(modeler, scale),
      zoomIn: () => zoomStep(modeler, 1),
      zoomOut: () => zoomStep(modeler, -1),
      fit: () => fitViewport(modeler),
      undo: () => editing?.commandStack.undo(),
      redo: () => editing?.commandStack.redo(),
      canUndo: () => editing?.commandStack.canUndo() ?? false,
      canRedo: () => editing?.commandStack.canRedo() ?? false,
      openSearch: () => openSearch(modeler),
      select: (stepId) => selectOnCanvas(modeler, stepId),
      appendTask: () => editable !== undefined && appendTask(editable) !== undefined,
      openElementActions: (opener) => editable?.get<ElementActionsService>('elementActions').open(opener) ?? false,
      renameStep: (stepId, name) => editable !== undefined && renameStep(editable, stepId, name),
      getService: <T,>(name: string) => modeler.get<T>(name),
    };
    callbacksRef.current.onReady?.(api);

    return () => {
      clearTimeout(viewTimer);
      resizeObserver.disconnect();
      editing?.stop();
      modelerRef.current = null;
      if (importedIntoRef.current === modeler) {
        replacedViewRef.current = currentView(modeler);
        importedIntoRef.current = null;
      }
      modeler.destroy();
    };
  }, [additionalModules, moddleExtensions, readOnly]);

  // a language switch renews bpmn-js's texts in the modeller on screen
  useEffect(() => {
    const modeler = modelerRef.current;
    if (modeler) setModelerLanguage(modeler, language);
  }, [language]);

  // import when the document or the view differs from what the modeller holds
  useEffect(() => {
    const modeler = modelerRef.current;
    if (!modeler) return undefined;
    const loaded = documentRef.current;
    const sameDocument = loaded !== null && (xml === loaded.propXml || xml === loaded.content);
    const isImported = sameDocument && importedIntoRef.current === modeler;
    if (isImported && diagramId === loaded.diagramId) return undefined;

    let cancelled = false;
    /** the drawing shows the view it was given: the step selected again is not scrolled to */
    let viewGiven = false;
    const importing = {};
    const ended = () => {
      if (importingRef.current === importing) importingRef.current = null;
    };
    const render = async () => {
      if (isImported) {
        const diagram = diagramId ? findDiagram(modeler, diagramId) : undefined;
        if (diagram) {
          await modeler.open(diagram);
          fitViewport(modeler);
          // diagram-js clears its history on the switch without telling
          callbacksRef.current.onHistoryChange?.('clear');
        }
        loaded.diagramId = diagramId;
        return;
      }
      // a recreated modeller (new modules or moddle descriptors) goes on with the edited content
      const source = sameDocument ? loaded.content : xml;
      // a reader follows the writer's changes of the diagram it shows at the view its user left
      const followedView = readOnly && importedIntoRef.current === modeler && loaded?.diagramId === diagramId ? currentView(modeler) : undefined;
      benchMark('pl:import:start');
      // a document parsed ahead (the import check's file, a stored process while its answers loaded) is not
      // parsed again (only a modeller of plain BPMN can take that parse)
      const parsed = moddleExtensions && Object.keys(moddleExtensions).length > 0 ? undefined : await takeParsedImport(source);
      if (cancelled) return;
      importingRef.current = importing;
      // the canvas holds no selection while it draws: the step selected again afterwards is reported
      reportedSelectionRef.current = undefined;
      const warnings = await importView(modeler, source, diagramId, parsed);
      if (cancelled) return;
      documentRef.current = { propXml: sameDocument ? loaded.propXml : xml, content: source, diagramId };
      importedIntoRef.current = modeler;
      const described = describeImportWarnings(warnings, () => skippedDuplicatesIn(source));
      const undrawn = openViewUndrawnWarning(modeler, described);
      callbacksRef.current.onImported?.({ warnings: undrawn ? [...described, undrawn] : described, diagrams: listDiagramViews(modeler) });
      // an import starts a new history (diagram-js clears it without telling)
      callbacksRef.current.onHistoryChange?.('clear');
      const view = initialViewRef.current ?? (sameDocument ? replacedViewRef.current : undefined) ?? followedView;
      initialViewRef.current = undefined;
      replacedViewRef.current = undefined;
      viewGiven = view !== undefined;
      if (view) showView(modeler, view);
      else fitViewport(modeler);
      benchMark('pl:canvas:rendered');
    };
    render()
      .then(() => {
        ended();
        if (cancelled) return;
        callbacksRef.current.onStepsRead?.(readSteps(modeler));
        selectOnCanvas(modeler, selectedRef.current, !viewGiven);
      })
      .catch((error: unknown) => {
        ended();
        if (!cancelled) callbacksRef.current.onError?.(i18n.t('import:error.renderFailed', { reason: renderFailure(error) }));
      });
    return () => {
      cancelled = true;
    };
  }, [xml, diagramId, additionalModules, moddleExtensions, readOnly]);

  // a selection made outside the canvas (table, report) shown on the canvas
  useEffect(() => {
    const modeler = modelerRef.current;
    if (modeler && importedIntoRef.current === modeler) selectOnCanvas(modeler, selectedStepId);
  }, [selectedStepId]);

  return (
    <div
      ref={containerRef}
      className="bpmn-canvas"
      role="application"
      aria-label={ariaLabel}
      style={{ width: '100%', height: '100%' }}
    />
  );
}
