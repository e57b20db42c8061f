// "Sicherung einspielen": reads a bundle file, says exactly what is wrong with a bad one (which
// process or field, a process whose diagram is no readable BPMN included, the technical detail
// behind "Technische Details"; a BPMN file is sent to the BPMN import; nothing changes), shows
// what the backup holds and which of its entries were corrected, and then either replaces the
// whole workspace (offered for a backup of the whole workspace; automatic when the workspace is
// empty, chosen beforehand when it holds no work, such as the untouched first-start sample, and
// then it names what replacing removes) or adds the backup to it, asking for every process that already exists, with when each
// version was last changed (to the second when both fall in one minute) and which is newer: keep
// both (the copy named as from the backup), replace or skip (chosen beforehand, and said so, for a
// process whose version in the backup is identical: only one that differs needs a decision); it says beforehand the name each
// process will bear where its department already has that name, and when the backup's catalogue,
// which adding does not take over, scores otherwise. Nothing is written before "Einspielen", and
// then in one transaction.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mergedNames, mergePlan } from '../../domain/bundle';
import type { CopyName, MergeConflict, MergeDecision, MergePlan, ParseBundleResult } from '../../domain/bundle';
import type { WorkspaceSnapshot } from '../../domain/recordSchemas';
import { comparableDateTimes, dateTimeFormat } from '../../i18n/dateTimeFormat';
import { useAppActions } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorDetail } from '../report/delivery';
import { bundleRecordText, refusalText } from './bundleProblemText';
import type { RefusalText } from './bundleProblemText';
import { readBackup } from './readBackup';
import { departmentTitle } from '../../domain/recordNames';
import { holdsNoWork, initialDecisions, isEmptyWorkspace, restoreCounts, restoredWorkspace } from './restorePlan';
import type { RestoreMode } from './restorePlan';
import '../report/exchange.css';

export interface RestoreDialogProps {
  onClose: () => void;
}

type Parsed = Extract<ParseBundleResult, { ok: true }>;

type Phase =
  | { step: 'choose'; error?: RefusalText }
  | { step: 'checking' }
  | { step: 'review'; bundle: Parsed; current: WorkspaceSnapshot; plan: MergePlan; fileName: string }
  | { step: 'applying' };

const decisionsOrder: readonly MergeDecision[] = ['keepBoth', 'replace', 'skip'];

export function RestoreDialog({ onClose }: RestoreDialogProps) {
  const { t, i18n } = useTranslation(['exchange', 'storage', 'common']);
  const actions = useAppActions();
  const fileId = useId();
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [decisions, setDecisions] = useState<Map<string, MergeDecision>>(() => new Map());
  const [undecided, setUndecided] = useState(false);
  const dateTime = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const copyName: CopyName = (name, number) =>
    number === 1 ? t('storage:bundle.merge.copyName', { name }) : t('storage:bundle.merge.copyNameNumbered', { name, number });
  const bodyRef = useRef<HTMLDivElement>(null);
  /** when each version of a process that exists was last changed (to the second within one minute), and which is newer */
  const changedText = ({ existingChangedAt, incomingChangedAt, newer }: MergeConflict) => {
    const [existing, incoming] = comparableDateTimes(i18n.language, new Date(existingChangedAt), new Date(incomingChangedAt));
    // within the same second neither counts as newer
    if (newer === 'same' || existing === incoming) return t('restore.changedSame', { date: existing });
    return t(newer === 'existing' ? 'restore.changedExistingNewer' : 'restore.changedIncomingNewer', { existing, incoming });
  };

  // each later phase replaces the dialog's content: the focus goes to where the user continues. The
  // first gets it from the dialog itself (its file field, or its title where focusing the field would
  // scroll the title out of a low window)
  const focusedPhase = useRef(phase.step);
  useEffect(() => {
    if (focusedPhase.current === phase.step) return;
    focusedPhase.current = phase.step;
    bodyRef.current?.querySelector<HTMLElement>('[data-autofocus], [role="alert"], [role="status"], input')?.focus();
  }, [phase.step]);

  const check = (file: File) => {
    setPhase({ step: 'checking' });
    void (async () => {
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        setPhase({ step: 'choose', error: { message: t('restore.unreadable', { detail: errorDetail(error) }) } });
        return;
      }
      const bundle = readBackup(text);
      if (!bundle.ok) {
        setPhase({ step: 'choose', error: refusalText(t, bundle) });
        return;
      }
      try {
        const current = await actions.workspaceSnapshot();
        const plan = mergePlan(current, bundle.snapshot);
        setMode(bundle.scope === 'workspace' && holdsNoWork(current) ? 'replace' : 'merge');
        setDecisions(initialDecisions(plan));
        setUndecided(false);
        setPhase({ step: 'review', bundle, current, plan, fileName: file.name });
      } catch (error) {
        setPhase({ step: 'choose', error: { message: t('restore.failed', { detail: errorDetail(error) }) } });
      }
    })();
  };

  const apply = () => {
    if (phase.step !== 'review') return;
    const { bundle, current, plan } = phase;
    if (mode === 'merge' && plan.conflicts.some((conflict) => !decisions.has(conflict.processId))) {
      setUndecided(true);
      return;
    }
    const next = restoredWorkspace(mode, current, bundle.snapshot, decisions, bundle.createdAt, copyName);
    const counts = restoreCounts(plan, decisions);
    setPhase({ step: 'applying' });
    void (async () => {
      try {
        await actions.replaceWorkspace(next);
        if (mode === 'replace') {
          actions.showToast({ messageKey: 'exchange:restore.doneReplace', values: { date: dateTime.format(new Date(bundle.createdAt)) } });
        } else {
          actions.showToast({ messageKey: 'exchange:restore.doneMerge', values: { ...counts } });
        }
        onClose();
      } catch (error) {
        setPhase({ step: 'choose', error: { message: t('restore.failed', { detail: errorDetail(error) }) } });
      }
    })();
  };

  const decide = (processId: string, decision: MergeDecision) => {
    setDecisions((current) => new Map(current).set(processId, decision));
  };

  let body: React.ReactNode;
  let primary: React.ReactNode = null;
  switch (phase.step) {
    case 'choose':
      body = (
        <>
          <p>{t('restore.intro')}</p>
          <div className="field">
            <label htmlFor={fileId} className="field__label">
              {t('restore.file')}
            </label>
            <input
              id={fileId}
              type="file"
              accept=".json,application/json"
              className="field__input"
              data-autofocus
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) check(file);
              }}
            />
          </div>
          {phase.error ? (
            <div role="alert" tabIndex={-1} className="notice notice--error">
              <p className="notice__title">{t('restore.refused')}</p>
              <p>{phase.error.message}</p>
              {phase.error.affected ? <p>{phase.error.affected}</p> : null}
              {phase.error.detail ? (
                <details className="recovery__details">
                  <summary>{t('storage:error.details')}</summary>
                  <p>{phase.error.detail}</p>
                </details>
              ) : null}
            </div>
          ) : null}
        </>
      );
      break;
    case 'checking':
    case 'applying':
      body = (
        <p role="status" tabIndex={-1}>
          {t(phase.step === 'checking' ? 'restore.checking' : 'restore.applying')}
        </p>
      );
      break;
    case 'review': {
      const { bundle, current, plan, fileName } = phase;
      const { snapshot } = bundle;
      const replaceOffered = bundle.scope === 'workspace' && !isEmptyWorkspace(current);
      const names = mergedNames(current, snapshot, decisions, copyName);
      const renamedNew = snapshot.processes.filter((process) => plan.newProcessIds.includes(process.id) && names.get(process.id) !== process.name);
      body = (
        <>
          <p tabIndex={-1} data-autofocus>
            {t('restore.summary', {
              file: fileName,
              date: dateTime.format(new Date(bundle.createdAt)),
              appVersion: bundle.appVersion,
            })}
          </p>
          <ul>
            <li>{t(`storage:bundle.scope.${bundle.scope}`)}</li>
            <li>{t('restore.contents', { departments: snapshot.departments.length, count: snapshot.processes.length })}</li>
          </ul>
          {bundle.repairs.length > 0 ? (
            <div className="notice notice--warning">
              <p>{t('storage:bundle.repaired', { count: bundle.repairs.length })}</p>
              {bundle.repaired.length > 0 ? (
                <>
                  <p>{t('storage:bundle.repairedRecords')}</p>
                  <ul>
                    {bundle.repaired.map((record, index) => (
                      <li key={index}>{bundleRecordText(t, record)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              <details className="recovery__details">
                <summary>{t('storage:error.details')}</summary>
                <ul>
                  {bundle.repairs.map((repair, index) => (
                    <li key={index}>{repair}</li>
                  ))}
                </ul>
              </details>
            </div>
          ) : null}
          {bundle.scope === 'workspace' && !replaceOffered ? <p className="notice notice--info">{t('restore.emptyWorkspace')}</p> : null}
          {replaceOffered ? (
            <fieldset className="exchange__fieldset">
              <legend>{t('restore.modeLegend')}</legend>
              <label className="exchange__check">
                <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
                <span>{t('restore.modeMerge')}</span>
              </label>
              <br />
              <label className="exchange__check">
                <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
                <span>{t('restore.modeReplace')}</span>
              </label>
              {mode === 'replace' && holdsNoWork(current) ? (
                <div className="notice notice--info">
                  <p>{t('storage:bundle.untouched.intro')}</p>
                  <ul>
                    {(current.processes.length > 0 ? current.processes.map((process) => process.name) : current.departments.map(departmentTitle)).map(
                      (name, index) => (
                        <li key={index}>{name}</li>
                      ),
                    )}
                  </ul>
                  <p>{t('storage:bundle.untouched.replace')}</p>
                </div>
              ) : null}
              {mode === 'replace' && !holdsNoWork(current) ? (
                <p className="notice notice--warning">{t('restore.replaceWarning', { count: current.processes.length })}</p>
              ) : null}
            </fieldset>
          ) : null}
          {mode === 'merge' ? (
            <>
              {plan.catalogueDiffers ? (
                <div className="notice notice--warning">
                  <p className="notice__title">{t('restore.catalogueTitle')}</p>
                  <p>{t('restore.catalogueKept')}</p>
                  <p>{t(replaceOffered ? 'restore.catalogueReplace' : 'restore.catalogueWholeBackup')}</p>
                </div>
              ) : null}
              <p>{t('restore.newProcesses', { count: plan.newProcessIds.length })}</p>
              {renamedNew.length > 0 ? (
                <ul>
                  {renamedNew.map((process) => (
                    <li key={process.id}>{t('storage:bundle.merge.renamed', { original: process.name, name: names.get(process.id) })}</li>
                  ))}
                </ul>
              ) : null}
              {plan.conflicts.length > 0 ? (
                <section aria-labelledby={`${fileId}-conflicts`}>
                  <h3 id={`${fileId}-conflicts`}>{t('restore.conflictsTitle', { count: plan.conflicts.length })}</h3>
                  <p>{t('restore.conflictsIntro')}</p>
                  <div className="exchange__radios" role="group" aria-label={t('restore.allLabel')}>
                    <span>{t('restore.all')}</span>
                    {decisionsOrder.map((decision) => (
                      <Button
                        key={decision}
                        size="small"
                        onClick={() => setDecisions(new Map(plan.conflicts.map((conflict) => [conflict.processId, decision])))}
                      >
                        {t(`storage:bundle.merge.${decision}`)}
                      </Button>
                    ))}
                  </div>
                  {undecided ? (
                    <p role="alert" className="field__error">
                      {t('restore.undecided')}
                    </p>
                  ) : null}
                  {plan.conflicts.map((conflict) => (
                    <div key={conflict.processId} className="exchange__conflict">
                      <fieldset>
                        <legend>{t('storage:bundle.merge.question', { name: conflict.existing.name })}</legend>
                        {conflict.identical ? (
                          <p className="field__hint">
                            {t('storage:bundle.merge.identical')}
                            {decisions.get(conflict.processId) === 'skip' ? ` ${t('restore.identicalSkipped')}` : null}
                          </p>
                        ) : null}
                        {!conflict.identical && conflict.incoming.name !== conflict.existing.name ? (
                          <p className="field__hint">{t('restore.incomingName', { name: conflict.incoming.name })}</p>
                        ) : null}
                        {!conflict.identical ? <p className="field__hint">{changedText(conflict)}</p> : null}
                        <div className="exchange__radios">
                          {decisionsOrder.map((decision) => (
                            <label key={decision} className="exchange__check">
                              <input
                                type="radio"
                                name={`decision-${conflict.processId}`}
                                checked={decisions.get(conflict.processId) === decision}
                                onChange={() => decide(conflict.processId, decision)}
                              />
                              <span>{t(`storage:bundle.merge.${decision}`)}</span>
                            </label>
                          ))}
                        </div>
                        {decisions.get(conflict.processId) === 'keepBoth' ? (
                          <p className="field__hint">{t('storage:bundle.merge.keptAs', { name: names.get(conflict.processId) })}</p>
                        ) : null}
                        {decisions.get(conflict.processId) === 'replace' && names.get(conflict.processId) !== conflict.incoming.name ? (
                          <p className="field__hint">
                            {t('storage:bundle.merge.replacedAs', { original: conflict.incoming.name, name: names.get(conflict.processId) })}
                          </p>
                        ) : null}
                      </fieldset>
                    </div>
                  ))}
                </section>
              ) : null}
            </>
          ) : null}
        </>
      );
      primary = (
        <Button type="submit" variant={mode === 'replace' ? 'danger' : 'primary'}>
          {t(mode === 'replace' ? 'restore.applyReplace' : 'restore.apply')}
        </Button>
      );
      break;
    }
  }

  return (
    <Dialog
      open
      title={t('restore.title')}
      onClose={() => {
        if (phase.step !== 'applying') onClose();
      }}
      onSubmit={apply}
      className="dialog--wide"
      actions={
        <>
          <Button onClick={onClose} disabled={phase.step === 'applying'}>
            {t('common:actions.cancel')}
          </Button>
          {primary}
        </>
      }
    >
      <div ref={bodyRef}>{body}</div>
    </Dialog>
  );
}
