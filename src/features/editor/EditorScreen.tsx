// The editor screen of one process: opens the process in the store (loading its answers), then
// shows the modeller with its toolbar (what changes or exports the diagram; "Rückgängig" takes back
// the last edit, of the diagram or of an answer), the diagram picker, the view's switches (side
// panel, steps table, figures, full screen, heatmap), the import notices, a note over the canvas
// while a large diagram is drawn (DrawingNote), the assessment side panel and, below, the steps
// table (while it is open, the canvas and the side panel stay docked at the window's top until the
// page is scrolled past the table; a choice at the table's heading switches that off) and the
// process figures (a step chosen in the figures is brought up in the side panel, its heading
// focused). The step selected when the process was last open in this tab is selected again
// once the diagram is drawn, and the part of the diagram shown then is shown again (a reload or a
// change of role keeps the zoom). An error in the editor shows a message in its place
// (EditorErrorBoundary), never a blank app. A page left or hidden with answers changed marks the
// process changed (the store's markAnsweredProcessChanged).
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { benchMark } from '../../bpmn/benchMark';
import { BpmnCanvas } from '../../bpmn/BpmnCanvas';
import type { BpmnCanvasProps, CanvasApi } from '../../bpmn/BpmnCanvas';
import type { DiagramView } from '../../bpmn/createModeler';
import { heatmapModule } from '../../bpmn/heatmap';
import type { Heatmap } from '../../bpmn/heatmap/Heatmap';
import { heatmapLegend } from '../../bpmn/heatmap/heatmapScale';
import { parseAhead } from '../../bpmn/parsedImport';
import type { Process } from '../../domain/assessment';
import type { StepTableView } from '../../state/appState';
import type { QuickCode } from '../../domain/criteria';
import { setGivenAnswer } from '../../domain/prefill';
import type { ImportWarningNote } from '../../domain/importWarningSummary';
import { ProcessFigures } from '../assessment/ProcessFigures';
import { stepLabel } from '../assessment/stepLabel';
import type { DiagramScope } from '../../export/reportInput';
import { diagramScopeOf } from '../report/diagramScope';
import { useProcessExchange } from '../report/useProcessExchange';
import { uiLanguage } from '../../i18n/uiLocale';
import { StepsTable } from '../table/StepsTable';
import { useAppActions, useAppStore, useAppStoreApi, useCurrentProcess, useProcessFigures, useStepScores } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { useReadOnly } from '../../ui/readOnly';
import { SelectField } from '../../ui/SelectField';
import { useFillWindowHeight } from '../../ui/useFillWindowHeight';
import { useFullscreen } from '../../ui/useFullscreen';
import { AppendTaskButton, ElementActionsButton } from './CanvasCommandButtons';
import { AssessmentSide } from './AssessmentSide';
import { diagramLabel } from './diagramLabel';
import { EditorErrorBoundary } from './EditorErrorBoundary';
import { DrawingNote } from './DrawingNote';
import { ExportMenu } from './ExportMenu';
import type { ExportFormat } from './ExportMenu';
import { HeatmapControl } from './HeatmapControl';
import { ImportNotices } from './ImportNotices';
import { OrphanedSteps } from './OrphanedSteps';
import { useHeatmapEntries } from './useHeatmapEntries';
import { departmentTitle } from '../../domain/recordNames';
import { diagramFileName } from '../../export/fileName';
import { deliverFile, errorDetail } from '../report/delivery';

export interface EditorScreenProps {
  processId: string;
  workspaceHref: string;
  /** the method page, linked from the process figures */
  methodHref?: string;
}

type ImportReport = Parameters<NonNullable<BpmnCanvasProps['onImported']>>[0];

/** the canvas's extra modules: one stable array, since a new one recreates the modeller */
const canvasModules: unknown[] = [heatmapModule];

const mimeTypes: Record<ExportFormat, string> = {
  bpmn: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
};

function StepsTableRegion({ onSelectStep }: { onSelectStep: (id: string) => void }) {
  const { i18n } = useTranslation();
  const steps = useAppStore((state) => state.document.steps);
  const assessments = useAppStore((state) => state.document.assessments);
  const selectedStepId = useAppStore((state) => state.session.selectedStepId);
  const processId = useAppStore((state) => state.document.currentProcessId);
  const scores = useStepScores();
  const store = useAppStoreApi();
  const { updateAssessment, setStepTableView } = useAppActions();
  const onViewChange = useCallback((view: StepTableView) => {
    if (processId !== null) setStepTableView(processId, view);
  }, [processId, setStepTableView]);
  const onAnswer = useCallback(
    (stepId: string, code: QuickCode, value: number | undefined) => {
      const { assessments: current } = store.getState().document;
      const record = current.get(stepId);
      if (!record) return;
      const next = setGivenAnswer(record, code, value);
      if (next !== record) updateAssessment(next);
    },
    [store, updateAssessment],
  );
  return (
    <StepsTable
      // the table reads its view when it mounts: once per process
      key={processId}
      view={processId === null ? undefined : store.getState().session.stepTables[processId]}
      onViewChange={onViewChange}
      steps={steps}
      assessments={assessments}
      scores={scores}
      selectedStepId={selectedStepId ?? undefined}
      onSelect={onSelectStep}
      onAnswer={onAnswer}
      language={uiLanguage(i18n.language)}
    />
  );
}

function FiguresRegion({ onSelectStep, diagramScope, methodHref }: { onSelectStep: (id: string) => void; diagramScope?: DiagramScope; methodHref?: string }) {
  const { i18n } = useTranslation();
  const steps = useAppStore((state) => state.document.steps);
  const assessments = useAppStore((state) => state.document.assessments);
  const scores = useStepScores();
  const figures = useProcessFigures();
  const catalogueVersion = useAppStore((state) => state.document.catalogue.version);
  const lastScoredVersion = useCurrentProcess()?.catalogueVersion;
  return (
    <ProcessFigures
      figures={figures}
      steps={steps}
      scores={scores}
      assessments={assessments}
      onSelectStep={onSelectStep}
      language={uiLanguage(i18n.language)}
      diagramScope={diagramScope}
      methodHref={methodHref}
      catalogueVersion={catalogueVersion}
      lastScoredVersion={lastScoredVersion}
    />
  );
}

/** Whether the heatmap's badges are shown at the canvas's zoom (below a zoom they sit out, too small to read). */
function useBadgesLegible(api: CanvasApi | null): boolean {
  const heatmap = api?.getService<Heatmap>('heatmap');
  const subscribe = useCallback((onChange: () => void) => (heatmap ? heatmap.onBadgesLegibleChange(onChange) : () => undefined), [heatmap]);
  return useSyncExternalStore(subscribe, () => heatmap?.badgesLegible() ?? true);
}

/**
 * The heatmap on the canvas, kept in step with the scores. The only part of the editor that
 * subscribes to them for the canvas, so one changed answer re-renders this (it renders no more than
 * a hint in the canvas's corner while the badges are too small to read), not the editor around it.
 */
function CanvasHeatmap({ api }: { api: CanvasApi | null }) {
  const { t } = useTranslation('heatmap');
  const metric = useAppStore((state) => state.session.heatmapMetric);
  const scores = useStepScores();
  const heatmapEntries = useHeatmapEntries(metric, scores);
  const badgesLegible = useBadgesLegible(api);

  // the heatmap is a view: the canvas module gets the entries, the diagram is never changed.
  // "aus" hides it and keeps what it shows (pools and lanes get their own fill back): switched on
  // again, only what changed meanwhile is redrawn, not every tile and badge
  useEffect(() => {
    if (!api) return;
    const heatmap = api.getService<Heatmap>('heatmap');
    if (metric === null) {
      heatmap.setVisible(false);
      return;
    }
    heatmap.update(heatmapEntries);
    heatmap.setVisible(true);
    if (heatmapEntries.size === 0) return;
    // `npm run bench` waits for this mark (docs/benchmarks.md); only the latest is kept
    benchMark('pl:heatmap:painted');
  }, [api, metric, heatmapEntries]);
  // over the canvas's corner, out of the page's flow: showing it moves nothing on the page
  return metric !== null && heatmapEntries.size > 0 && !badgesLegible ? <p className="editor__canvas-hint">{t('zoomInForValues')}</p> : null;
}

/** space kept under the canvas: the main region's bottom padding (app.css, .app-main--process) */
const canvasBottomGapPx = 16;

/** the panels under the canvas, opened from the view's switches */
type LowerPanel = 'table' | 'figures';

/**
 * A panel just opened lies under the canvas, out of the window: it is scrolled to the top of the
 * window and its heading takes the focus, so the button's press shows and Tab goes on inside it.
 * The side panel, far above the figures, is brought back the same way for a step chosen there.
 */
function revealPanel(panel: HTMLElement | null): void {
  const heading = panel?.querySelector<HTMLElement>('h2');
  if (!panel || !heading) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  panel.scrollIntoView({ block: 'start' });
}

/**
 * The editor once the process and its answers are loaded; keeps the XML it opened with. Memoised:
 * it reads what it shows from the store itself, so renders of the app around it (the save status)
 * pass it by.
 */
const ProcessEditor = memo(function ProcessEditor({ process, methodHref }: { process: Process; methodHref?: string }) {
  const { t } = useTranslation(['editor', 'common', 'heatmap']);
  const actions = useAppActions();
  const language = useAppStore((state) => state.session.language);
  const selectedStepId = useAppStore((state) => state.session.selectedStepId);
  const panels = useAppStore((state) => state.session.panels);
  const metric = useAppStore((state) => state.session.heatmapMetric);
  const importNotice = useAppStore((state) => (state.session.importNotice?.processId === process.id ? state.session.importNotice : null));
  const department = useAppStore((state) => state.document.departments.find((candidate) => candidate.id === process.departmentId));
  // a modeller imports the XML once; later edits flow out of the canvas, never back into it
  const [initialXml] = useState(process.diagramXml);
  // a tab that only reads shows the diagram in a reader (a new store, so a new editor, when the role
  // changes), which draws the diagram as the writer stored it last
  const readOnly = useReadOnly();
  const canvasXml = readOnly ? process.diagramXml : initialXml;
  // the part of the diagram shown when this process's editor was last built in this tab (before a
  // change of role, a reload, or the process opened again), if it is of the diagram shown now
  const store = useAppStoreApi();
  const [initialView] = useState(() => {
    const kept = store.getState().session.canvasViews[process.id];
    return kept && kept.diagramId === (process.diagramId ?? null) ? kept : undefined;
  });
  const keepView = useCallback(
    (view: DiagramView) => actions.setCanvasView(process.id, { ...view, diagramId: process.diagramId ?? null }),
    [actions, process.id, process.diagramId],
  );
  const [api, setApi] = useState<CanvasApi | null>(null);
  // one history of the diagram's and the answers' edits (the store's journal): the editor renders
  // again only when undo or redo becomes possible or impossible
  const history = useAppStore((state) => state.session.editHistory);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [canvasError, setCanvasError] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [canvasNoticesDismissed, setCanvasNoticesDismissed] = useState(false);
  // the canvas and the score panel end at the window's bottom edge (the page's padding under them)
  const bodyRef = useRef<HTMLDivElement>(null);
  useFillWindowHeight(bodyRef, canvasBottomGapPx);
  // the editor alone on the screen, for a workshop's projector: without the app's header, the page
  // around it and the browser's bars
  const screenRef = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(screenRef);
  const tablePanelRef = useRef<HTMLElement>(null);
  const figuresPanelRef = useRef<HTMLDivElement>(null);
  const panelToReveal = useRef<LowerPanel | null>(null);
  const toggleLowerPanel = (panel: LowerPanel) => {
    panelToReveal.current = panels[panel] ? null : panel;
    actions.togglePanel(panel);
  };
  // the score panel's way on after the last step: the figures, opened if closed, come into view
  const showFigures = () => (panels.figures ? revealPanel(figuresPanelRef.current) : toggleLowerPanel('figures'));
  // while the table is open, the canvas and the side panel stay docked at the window's top, unless
  // the user chose otherwise (a docked half of a laptop's window leaves the table a few rows)
  const docked = panels.table && panels.docked;
  // the page's scroll padding keeps what is scrolled to clear of the docked canvas (app.css): a class
  // of the page's root, set while docked (a :has() rule on the root instead made every change in
  // the page restyle all of it, the diagram's thousands of shapes included)
  useEffect(() => {
    if (!docked) return undefined;
    const root = document.documentElement;
    root.classList.add('editor-docked-page');
    return () => root.classList.remove('editor-docked-page');
  }, [docked]);
  // the choice just switched by keyboard stays in sight: docked again, the canvas would cover it
  // where the page had scrolled it to the window's top; undocked, the taller canvas pushed it below
  // the window (a QA re-check). Scrolled to after the layout, clear of the docked part by the
  // page's scroll padding.
  const dockChoiceRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const choice = dockChoiceRef.current;
    if (choice && document.activeElement === choice) choice.scrollIntoView({ block: 'nearest' });
  }, [docked]);
  useEffect(() => {
    const panel = panelToReveal.current;
    panelToReveal.current = null;
    if (panel === 'table' && panels.table) revealPanel(tablePanelRef.current);
    if (panel === 'figures' && panels.figures) revealPanel(figuresPanelRef.current);
  }, [panels.table, panels.figures]);

  const onSelect = useCallback((stepId: string | undefined) => actions.selectStep(stepId ?? null), [actions]);
  const selectStep = useCallback(
    (stepId: string) => {
      actions.selectStep(stepId);
      api?.select(stepId);
    },
    [actions, api],
  );
  // a step chosen in the figures, far below the side panel: the side panel (opened if it was off, as
  // the user asked to assess the step) shows it, comes into view and its heading takes the focus;
  // rendered at once (flushSync), so that the heading is the chosen step's when it is focused
  const sideRef = useRef<HTMLElement>(null);
  const showStep = useCallback(
    (stepId: string) => {
      flushSync(() => {
        selectStep(stepId);
        actions.togglePanel('assessment', true);
      });
      revealPanel(sideRef.current);
    },
    [selectStep, actions],
  );
  const renameStep = useCallback((stepId: string, name: string) => api?.renameStep(stepId, name) ?? false, [api]);
  // "Rückgängig" and "Wiederholen" (toolbar and the canvas's keys) take the last edit, whichever it
  // was: a diagram edit by the modeller's history, an assessment edit in the store, whose step is
  // then shown, with a visible note of what was taken back
  const undoOrRedo = useCallback(
    (direction: 'undo' | 'redo') => {
      if (!api) return;
      const step = direction === 'undo' ? actions.undoEdit() : actions.redoEdit();
      if (step.kind === 'diagram') {
        if (direction === 'undo' ? api.canUndo() : api.canRedo()) {
          if (direction === 'undo') api.undo();
          else api.redo();
        } else {
          // the modeller's history no longer holds it: the journal starts anew
          actions.diagramEdited('clear');
        }
      } else if (step.kind === 'assessment') {
        selectStep(step.stepId);
        const name = store.getState().document.steps.find((candidate) => candidate.id === step.stepId)?.name ?? '';
        actions.showToast({
          messageKey: direction === 'undo' ? 'editor:history.assessmentUndone' : 'editor:history.assessmentRedone',
          values: { step: stepLabel(t, name, step.stepId) },
        });
      }
    },
    [api, actions, selectStep, store, t],
  );

  const diagrams = useMemo(() => report?.diagrams ?? [], [report]);
  // the file's warnings from the import check, and what bpmn-js found drawing it (each once)
  const noticeWarnings = useMemo(() => {
    const notes = new Map<string, ImportWarningNote>();
    for (const note of [...(importNotice?.warnings ?? []), ...(report?.warnings ?? [])]) if (!notes.has(note.message)) notes.set(note.message, note);
    return [...notes.values()];
  }, [importNotice, report]);
  const currentDiagram = process.diagramId ?? diagrams[0]?.id ?? '';
  const diagramScope = useMemo(() => diagramScopeOf(diagrams, process.diagramId, t), [diagrams, process.diagramId, t]);
  const exchange = useProcessExchange(process.id, api, diagramScope);
  const exportAs = async (format: ExportFormat) => {
    if (!api) return;
    setExportError(null);
    try {
      const content = format === 'bpmn' ? await api.exportBpmn() : format === 'svg' ? await api.exportSvg() : await api.exportPng();
      // a picture shows one diagram; the BPMN file holds them all
      const diagram = format === 'bpmn' ? undefined : diagramScope?.name;
      // said as every other export is ("… wurde heruntergeladen.")
      deliverFile({ content, fileName: diagramFileName({ name: process.name, diagram, extension: format, untitled: t('report:fileName.untitled') }), type: mimeTypes[format] }, actions);
    } catch (error) {
      setExportError(t('export.failed', { detail: errorDetail(error) }));
    }
  };
  const legend = useMemo(() => (metric ? heatmapLegend(metric, t) : undefined), [metric, t]);

  return (
    <div ref={screenRef} className={`editor-screen${docked ? ' editor-screen--docked' : ''}`}>
      <div className="editor">
        <div className="editor__head">
          <div>
            <h1 className="editor__title">{process.name}</h1>
            <p className="editor__subtitle">
              {department ? departmentTitle(department) : null}
              {department ? ' · ' : null}
              {t(`common:status.${process.status}`)}
            </p>
          </div>
        </div>

        <div className="toolbar editor__toolbar" role="toolbar" aria-label={t('toolbar.label')}>
          {/* aria-disabled, not disabled: a button pressed until nothing is left to undo keeps the focus */}
          <Button size="small" onClick={() => history.canUndo && undoOrRedo('undo')} aria-disabled={!api || !history.canUndo}>
            {t('toolbar.undo')}
          </Button>
          <Button size="small" onClick={() => history.canRedo && undoOrRedo('redo')} aria-disabled={!api || !history.canRedo}>
            {t('toolbar.redo')}
          </Button>
          <Button size="small" onClick={() => api?.zoomIn()} disabled={!api}>
            {t('toolbar.zoomIn')}
          </Button>
          <Button size="small" onClick={() => api?.zoomOut()} disabled={!api}>
            {t('toolbar.zoomOut')}
          </Button>
          <Button size="small" onClick={() => api?.fit()} disabled={!api}>
            {t('toolbar.fit')}
          </Button>
          <Button size="small" onClick={() => api?.openSearch()} disabled={!api}>
            {t('toolbar.search')}
          </Button>
          <AppendTaskButton api={api} />
          <ElementActionsButton api={api} />
          <ExportMenu onExport={(format) => void exportAs(format)} disabled={!api} extraItems={exchange.menuItems} />
          {exchange.processDataButton}
          {/* last: it appears once the file is drawn, and must not move the buttons under the pointer */}
          {diagrams.length > 1 ? (
            <SelectField
              label={t('toolbar.diagram')}
              className="field--inline"
              value={currentDiagram}
              options={diagrams.map((diagram, index) => ({ value: diagram.id, label: diagramLabel(t, diagram, index + 1) }))}
              onChange={(diagramId) => actions.updateProcess(process.id, { diagramId })}
            />
          ) : null}
        </div>
        {/* what the editor shows: the panels and the heatmap (the toolbar above changes the diagram) */}
        <div className="editor__view" role="group" aria-label={t('view.label')}>
          <Button size="small" aria-pressed={panels.assessment} onClick={() => actions.togglePanel('assessment')}>
            {t('view.assessment')}
          </Button>
          <Button size="small" aria-pressed={panels.table} onClick={() => toggleLowerPanel('table')}>
            {t('view.table')}
          </Button>
          <Button size="small" aria-pressed={panels.figures} onClick={() => toggleLowerPanel('figures')}>
            {t('view.figures')}
          </Button>
          {fullscreen.supported ? (
            <Button size="small" onClick={fullscreen.toggle}>
              {fullscreen.active ? t('view.fullscreenEnd') : t('view.fullscreen')}
            </Button>
          ) : null}
          <HeatmapControl metric={metric} onChange={actions.setHeatmapMetric} legend={legend} />
        </div>
        {exchange.view}

        {exportError ? (
          <p role="alert" className="notice notice--error">
            {exportError}
          </p>
        ) : null}
        {fullscreen.refusal ? (
          <p role="alert" className="notice notice--error">
            {t('view.fullscreenRefused', { detail: errorDetail(fullscreen.refusal) })}
          </p>
        ) : null}
        {canvasError ? (
          <div role="alert" className="notice notice--error">
            <p className="notice__title">{t('canvas.failed')}</p>
            <p>{canvasError}</p>
          </div>
        ) : null}
        {importNotice ? (
          <ImportNotices warnings={noticeWarnings} autoLayout={importNotice.autoLayout} fromImport={importNotice} pasted={importNotice.pasted} onDismiss={() => actions.setImportNotice(null)} />
        ) : !canvasNoticesDismissed ? (
          <ImportNotices warnings={noticeWarnings} autoLayout={false} onDismiss={() => setCanvasNoticesDismissed(true)} />
        ) : null}

        {/* the part of the page the canvas and the side panel stay docked in: they leave the window
            with the table's end, and the figures below it have the window to themselves */}
        <div className="editor__dock-area">
          {/* docked at the window's top while the table is open (editor-screen--docked): a row shows its step */}
          <div ref={bodyRef} className={`editor__body${panels.assessment ? ' editor__body--with-side' : ''}`}>
            <section className="editor__canvas" aria-label={t('canvas.region')}>
              <BpmnCanvas
                xml={canvasXml}
                diagramId={process.diagramId}
                language={language}
                selectedStepId={selectedStepId ?? undefined}
                readOnly={readOnly}
                initialView={initialView}
                onViewChange={keepView}
                onEditPending={actions.setDiagramEditPending}
                onChange={(xml, steps) => actions.diagramChanged(xml, steps, process.id)}
                onStepsRead={actions.stepsRead}
                onSelect={onSelect}
                onImported={setReport}
                onError={setCanvasError}
                onReady={setApi}
                onHistoryChange={actions.diagramEdited}
                onUndoRequest={undoOrRedo}
                additionalModules={canvasModules}
                ariaLabel={t('canvas.label', { name: process.name })}
              />
              <CanvasHeatmap api={api} />
              {report === null && !canvasError ? <DrawingNote /> : null}
            </section>
            {panels.assessment ? (
              <aside ref={sideRef} className="editor__side" aria-label={t('side.region')}>
                <AssessmentSide processId={process.id} onSelectStep={selectStep} onRenameStep={renameStep} onShowFigures={showFigures} methodHref={methodHref} />
                <OrphanedSteps />
              </aside>
            ) : null}
          </div>

          {panels.table ? (
            <section ref={tablePanelRef} className="editor__panel" aria-labelledby="editor-table-title">
              <div className="editor__panel-head">
                <h2 id="editor-table-title">{t('panels.table')}</h2>
                {/* only where the window docks (app.css) */}
                <label className="editor__dock-choice">
                  <input ref={dockChoiceRef} type="checkbox" checked={panels.docked} onChange={(event) => actions.togglePanel('docked', event.target.checked)} />
                  {t('panels.dock')}
                </label>
              </div>
              <StepsTableRegion onSelectStep={selectStep} />
            </section>
          ) : null}
        </div>
        {panels.figures ? (
          // ProcessFigures is its own region, named by its heading: no second region of the same name around it
          <div ref={figuresPanelRef} className="editor__panel">
            <FiguresRegion onSelectStep={showStep} diagramScope={diagramScope} methodHref={methodHref} />
          </div>
        ) : null}
      </div>
    </div>
  );
});

export function EditorScreen({ processId, workspaceHref, methodHref }: EditorScreenProps) {
  const { t } = useTranslation('editor');
  const { openProcess, closeProcess, markAnsweredProcessChanged } = useAppActions();
  const open = useAppStore((state) => state.session.open);
  const openError = useAppStore((state) => state.session.openError);
  const currentId = useAppStore((state) => state.document.currentProcessId);
  const process = useCurrentProcess();

  // a page left or hidden with the editor open: the process counts as changed now if its answers
  // did (capture listeners run before the autosave's flush, which then writes it too)
  useEffect(() => {
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') markAnsweredProcessChanged();
    };
    window.addEventListener('pagehide', markAnsweredProcessChanged, { capture: true });
    document.addEventListener('visibilitychange', onVisibilityChange, { capture: true });
    return () => {
      window.removeEventListener('pagehide', markAnsweredProcessChanged, { capture: true });
      document.removeEventListener('visibilitychange', onVisibilityChange, { capture: true });
    };
  }, [markAnsweredProcessChanged]);

  const store = useAppStoreApi();
  useEffect(() => {
    void openProcess(processId);
    // the diagram is parsed while the answers load from IndexedDB; the canvas imports that parse
    const stored = store.getState().document.processes.find((candidate) => candidate.id === processId);
    if (stored) parseAhead(stored.diagramXml);
    return () => closeProcess();
  }, [processId, openProcess, closeProcess, store]);

  const back = (
    <p className="editor__back">
      <a href={workspaceHref}>{t('back')}</a>
    </p>
  );

  if (currentId !== processId || open === 'loading' || open === 'idle') {
    return (
      <>
        {back}
        <p role="status" className="loading">
          {t('loading')}
        </p>
      </>
    );
  }
  if (open === 'missing' || !process) {
    return (
      <>
        {back}
        <h1>{t('missing.title')}</h1>
        <p>{t('missing.text')}</p>
      </>
    );
  }
  if (open === 'failed') {
    return (
      <>
        {back}
        <h1>{process.name}</h1>
        <div role="alert" className="notice notice--error">
          <p>{t('openFailed')}</p>
          <p>{openError}</p>
        </div>
      </>
    );
  }
  return (
    <>
      {back}
      <EditorErrorBoundary>
        <ProcessEditor key={process.id} process={process} methodHref={methodHref} />
      </EditorErrorBoundary>
    </>
  );
}
