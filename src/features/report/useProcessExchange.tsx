// The editor's way out for one process: the export menu's further choices (the diagram with its
// heatmap as an image, report, CSV, XLSX, BPMN with scores), the "Prozessdaten" button, and what
// they show (the process data / report dialog, a status line while a file is made, a message when
// it fails). Every file is made from the store as it is at the moment of the click, in the UI
// language; the report and the XLSX summary name the diagram their figures cover in a file of
// several, as the editor's figures do.
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasApi } from '../../bpmn/BpmnCanvas';
import type { HeatmapMetric } from '../../bpmn/heatmap/heatmapScale';
import { unnamedDiagramPrefix } from '../../bpmn/importDiagram';
import type { Catalogue } from '../../domain/criteria';
import type { DiagramScope, ReportInput, Translate } from '../../export/reportInput';
import { i18n } from '../../i18n/i18n';
import { uiLanguage } from '../../i18n/uiLocale';
import { useAppActions, useAppStore, useAppStoreApi } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import type { ExportMenuItem } from '../editor/ExportMenu';
import { methodDescriptionText } from '../method/methodDescription';
import { deliverFile, errorDetail } from './delivery';
import { methodSections } from './methodSections';
import type { ExportContext, ExportFile } from './processExports';
import { processBpmnWithScores, processCsv, processHeatmapImage, processReport, processXlsx } from './processExports';
import { ProcessDataDialog } from './ProcessDataDialog';
import type { ReportTarget } from './ProcessDataDialog';
import { openPendingTab } from './reportTab';
import './exchange.css';

export interface ProcessExchange {
  /** the further choices of the editor's export menu */
  menuItems: ExportMenuItem[];
  /** the toolbar button that opens the process data */
  processDataButton: ReactNode;
  /** dialogs, status and messages, to be placed below the toolbar */
  view: ReactNode;
}

type Notice = { kind: 'error' | 'warning'; message: string };

/** i18next's translate function for a language, in the shape the exports take. */
export function translateFor(language: string): Translate {
  const fixed = i18n.getFixedT(language);
  return (key, options) => fixed(key, options ?? {});
}

/** The method description in a language, stating the numbers of the catalogue that scored the report. */
export function methodTextFor(language: string, catalogue: Catalogue): ReportInput['methodText'] {
  return methodSections(methodDescriptionText(i18n.getFixedT(language), catalogue, uiLanguage(language)));
}

/**
 * `diagramScope`: in a file of several diagrams, the one the editor shows (and its figures cover),
 * which the report and the XLSX summary name.
 */
export function useProcessExchange(processId: string, api: CanvasApi | null, diagramScope: DiagramScope | undefined): ProcessExchange {
  const { t } = useTranslation(['exchange', 'common']);
  const store = useAppStoreApi();
  const actions = useAppActions();
  const process = useAppStore((state) => state.document.processes.find((candidate) => candidate.id === processId));
  const shownMetric = useAppStore((state) => state.session.heatmapMetric);
  const [dialog, setDialog] = useState<'data' | 'report' | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  /** the export input from the store as it is now */
  const exportContext = useCallback((): ExportContext => {
    const state = store.getState();
    const current = state.document.processes.find((candidate) => candidate.id === processId);
    if (!current) throw new Error(processId);
    const { language } = state.session;
    const input: ReportInput = {
      process: current,
      department: state.document.departments.find((department) => department.id === current.departmentId),
      steps: state.document.steps,
      assessments: state.document.assessments,
      scores: store.selectors.selectStepScores(state),
      figures: store.selectors.selectProcessFigures(state),
      catalogue: state.document.catalogue,
      methodText: methodTextFor(language, state.document.catalogue),
    };
    return { input, t: translateFor(language), language, now: new Date() };
  }, [store, processId]);

  const currentXml = useCallback(async () => (api ? api.exportBpmn() : exportContext().input.process.diagramXml), [api, exportContext]);

  /** the export input with the diagram it covers in a file of several (as the editor's figures say) */
  const scopedContext = useCallback((): ExportContext => {
    const context = exportContext();
    return { ...context, input: { ...context.input, diagramScope } };
  }, [exportContext, diagramScope]);

  const deliver = useCallback((file: ExportFile) => deliverFile(file, actions), [actions]);

  const run = useCallback(
    (status: string, make: () => ExportFile | Promise<ExportFile>) => {
      setNotice(null);
      setBusy(status);
      void (async () => {
        try {
          deliver(await make());
        } catch (error) {
          setNotice({ kind: 'error', message: t('exportFailed', { detail: errorDetail(error) }) });
        } finally {
          setBusy(null);
        }
      })();
    },
    [deliver, t],
  );

  /** the diagram the editor shows, as the heatmap image names it to bpmn-js (none: the file's first) */
  const shownDiagramId = (context: ExportContext): string | undefined => {
    const { diagramId } = context.input.process;
    return diagramId && !diagramId.startsWith(unnamedDiagramPrefix) ? diagramId : undefined;
  };

  const createReport = (target: ReportTarget, metric: HeatmapMetric) => {
    setDialog(null);
    setNotice(null);
    const tab = target === 'tab' ? openPendingTab() : undefined;
    if (target === 'tab' && !tab) {
      setNotice({ kind: 'error', message: t('report.tabBlocked') });
      return;
    }
    setBusy(t('report.creating'));
    void (async () => {
      try {
        const context = scopedContext();
        const file = await processReport(context, { xml: await currentXml(), diagramId: shownDiagramId(context), metric });
        if (tab) tab.show(file.content as string);
        else deliver(file);
        if (file.heatmapFailed) setNotice({ kind: 'warning', message: t('report.heatmapFailed') });
      } catch (error) {
        tab?.cancel();
        setNotice({ kind: 'error', message: t('exportFailed', { detail: errorDetail(error) }) });
      } finally {
        setBusy(null);
      }
    })();
  };

  const menuItems: ExportMenuItem[] = [
    ...(['svg', 'png'] as const).map((format) => ({
      id: `heatmap-${format}`,
      label: t(`menu.heatmap.${format}`),
      onSelect: () =>
        run(t('status.heatmap'), async () => {
          const context = scopedContext();
          // the heatmap shown; when it is off, priority, as the report's choice of metric begins
          return processHeatmapImage(context, { xml: await currentXml(), diagramId: shownDiagramId(context), metric: shownMetric ?? 'priority' }, format);
        }),
    })),
    { id: 'report', label: t('menu.report'), onSelect: () => setDialog('report') },
    { id: 'csv', label: t('menu.csv'), onSelect: () => run(t('status.csv'), () => processCsv(exportContext())) },
    { id: 'xlsx', label: t('menu.xlsx'), onSelect: () => run(t('status.xlsx'), () => processXlsx(scopedContext())) },
    {
      id: 'bpmnScores',
      label: t('menu.bpmnScores'),
      onSelect: () => run(t('status.bpmnScores'), async () => processBpmnWithScores(exportContext(), await currentXml(), store.getState().document.inOtherViews)),
    },
  ];

  const processDataButton = (
    <Button size="small" onClick={() => setDialog('data')} disabled={!process}>
      {t('processData.open')}
    </Button>
  );

  const view = (
    <>
      <p role="status" className={busy ? 'exchange__status' : 'visually-hidden'}>
        {busy ?? ''}
      </p>
      {notice ? (
        <div role="alert" className={`notice notice--${notice.kind} exchange__notice`}>
          <p>{notice.message}</p>
          <Button size="small" variant="quiet" onClick={() => setNotice(null)}>
            {t('dismiss')}
          </Button>
        </div>
      ) : null}
      {dialog && process ? (
        <ProcessDataDialog
          process={process}
          mode={dialog}
          metric={shownMetric ?? 'priority'}
          onSave={(changes) => actions.updateProcess(process.id, changes)}
          onCreateReport={createReport}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );

  return { menuItems, processDataButton, view };
}
