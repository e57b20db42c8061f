// The portfolio report from the workspace: the user picks processes (or whole departments), and
// each is read (its diagram's steps, its stored answers, and in a file of several diagrams which one
// is shown), scored with the workspace's catalogue and ranked across all of them in one report,
// downloaded or opened in a new tab to print. Processes of one name chosen in one Amt are pointed
// out before (the sums may count one workflow twice).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readStoredDiagram } from '../../bpmn/readStepsFromXml';
import type { Department, Process } from '../../domain/assessment';
import type { ReportInput } from '../../export/reportInput';
import { i18n } from '../../i18n/i18n';
import { useAppActions, useAppStoreApi } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { departmentTitle, namesakeGroups } from '../../domain/recordNames';
import { namesakesList } from '../../i18n/namesakesText';
import { deliverFile, errorDetail } from './delivery';
import { diagramScopeOf } from './diagramScope';
import { onlyDepartmentOf, portfolioFile, portfolioFileNamePart, portfolioItem } from './portfolio';
import type { ReportTarget } from './ProcessDataDialog';
import { ProcessPicker } from './ProcessPicker';
import { openPendingTab } from './reportTab';
import { methodTextFor, translateFor } from './useProcessExchange';
import './exchange.css';

export interface PortfolioDialogProps {
  departments: readonly Department[];
  processes: readonly Process[];
  /** preselects all processes of this department */
  departmentId?: string;
  onClose: () => void;
}

type Phase = { step: 'choose'; error?: string } | { step: 'working'; message: string };

export function PortfolioDialog({ departments, processes, departmentId, onClose }: PortfolioDialogProps) {
  const { t } = useTranslation(['exchange', 'common']);
  const store = useAppStoreApi();
  const actions = useAppActions();
  const language = store.getState().session.language;
  /** true once the dialog is gone: a report still being read is then dropped */
  const closed = useRef(false);
  useEffect(() => {
    closed.current = false;
    return () => {
      closed.current = true;
    };
  }, []);
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(departmentId ? processes.filter((process) => process.departmentId === departmentId).map((process) => process.id) : []),
  );
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [nothingChosen, setNothingChosen] = useState(false);

  const chosen = processes.filter((process) => selected.has(process.id));
  const namesakes = namesakeGroups(chosen).map((group) => {
    const department = departments.find((candidate) => candidate.id === group[0].departmentId);
    return { name: group[0].name, count: group.length, department: department ? departmentTitle(department) : '' };
  });

  const create = (target: ReportTarget) => {
    if (chosen.length === 0) {
      setNothingChosen(true);
      return;
    }
    const tab = target === 'tab' ? openPendingTab() : undefined;
    if (target === 'tab' && !tab) {
      setPhase({ step: 'choose', error: t('report.tabBlocked') });
      return;
    }
    void (async () => {
      try {
        const { catalogue } = store.getState().document;
        const methodText = methodTextFor(language, catalogue);
        const items: ReportInput[] = [];
        for (const [index, process] of chosen.entries()) {
          setPhase({ step: 'working', message: t('portfolio.reading', { index: index + 1, count: chosen.length, name: process.name }) });
          const { steps, views } = await readStoredDiagram(process.diagramXml, process.diagramId);
          const records = await actions.loadProcessRecords(process.id);
          if (closed.current) {
            tab?.cancel();
            return;
          }
          const department = departments.find((candidate) => candidate.id === process.departmentId);
          const diagramScope = diagramScopeOf(views, process.diagramId, i18n.getFixedT(language));
          items.push(portfolioItem({ process, department, steps, records, diagramScope }, catalogue, methodText));
        }
        const onlyDepartment = onlyDepartmentOf(chosen, departments);
        const file = portfolioFile(items, {
          t: translateFor(language),
          language,
          now: new Date(),
          title: onlyDepartment ? t('portfolio.titleDepartment', { department: departmentTitle(onlyDepartment) }) : undefined,
          fileNamePart: portfolioFileNamePart(chosen, processes, departments, translateFor(language)),
        });
        if (tab) tab.show(file.content as string);
        else deliverFile(file, actions);
        onClose();
      } catch (error) {
        tab?.cancel();
        setPhase({ step: 'choose', error: t('exportFailed', { detail: errorDetail(error) }) });
      }
    })();
  };

  const working = phase.step === 'working';
  return (
    <Dialog
      open
      title={t('portfolio.title')}
      onClose={onClose}
      onSubmit={() => create('download')}
      className="dialog--wide"
      actions={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button onClick={() => create('tab')} disabled={working}>
            {t('report.openInTab')}
          </Button>
          <Button type="submit" variant="primary" disabled={working}>
            {t('report.download')}
          </Button>
        </>
      }
    >
      <p>{t('portfolio.intro')}</p>
      <ProcessPicker
        legend={t('portfolio.legend')}
        departments={departments}
        processes={processes}
        selected={selected}
        onChange={(next) => {
          setSelected(next);
          setNothingChosen(false);
        }}
        error={nothingChosen && chosen.length === 0 ? t('portfolio.nothingChosen') : undefined}
      />
      <p role="status">{working ? phase.message : t('portfolio.chosen', { count: chosen.length })}</p>
      {namesakes.length > 0 ? <p className="notice">{t('report:portfolio.namesakes.chosen', { list: namesakesList(namesakes, t, language) })}</p> : null}
      {phase.step === 'choose' && phase.error ? (
        <p role="alert" className="notice notice--error">
          {phase.error}
        </p>
      ) : null}
    </Dialog>
  );
}
