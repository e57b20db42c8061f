// "Sicherung erstellen": the whole workspace or chosen processes as one bundle file
// (Prozesslotse-Sicherung_<date>.json, or Prozesslotse-Teilsicherung_<date>.json for chosen
// processes). Everything pending is written first, so the file holds exactly what is stored; a
// backup of the whole workspace is recorded as the last backup.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundleMimeType, createBundle } from '../../domain/bundle';
import { fileDate } from '../../export/fileName';
import { useAppActions, useAppStore } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { appVersion } from '../report/appVersion';
import { deliverFile, errorDetail } from '../report/delivery';
import { ProcessPicker } from '../report/ProcessPicker';
import '../report/exchange.css';

export interface CreateBackupDialogProps {
  onClose: () => void;
}

type Scope = 'workspace' | 'processes';

export function CreateBackupDialog({ onClose }: CreateBackupDialogProps) {
  const { t } = useTranslation(['exchange', 'common']);
  const actions = useAppActions();
  const departments = useAppStore((state) => state.document.departments);
  const processes = useAppStore((state) => state.document.processes);
  const [scope, setScope] = useState<Scope>('workspace');
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [nothingChosen, setNothingChosen] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const chosenIds = processes.filter((process) => selected.has(process.id)).map((process) => process.id);

  const create = () => {
    if (scope === 'processes' && chosenIds.length === 0) {
      setNothingChosen(true);
      return;
    }
    setWorking(true);
    setError(null);
    void (async () => {
      try {
        const now = new Date();
        const snapshot = await actions.workspaceSnapshot();
        const bundle = createBundle(snapshot, {
          appVersion,
          createdAt: now.toISOString(),
          ...(scope === 'processes' ? { processIds: chosenIds } : {}),
        });
        // a backup of chosen processes is named apart from one of the whole workspace
        const fileName = t(scope === 'workspace' ? 'backup.fileName' : 'backup.fileNamePartial', { date: fileDate(now) });
        deliverFile({ content: bundle, fileName, type: bundleMimeType }, actions);
        if (scope === 'workspace') actions.markBackedUp(now.toISOString());
        onClose();
      } catch (failure) {
        setWorking(false);
        setError(t('backup.failed', { detail: errorDetail(failure) }));
      }
    })();
  };

  return (
    <Dialog
      open
      title={t('backup.createTitle')}
      onClose={onClose}
      onSubmit={create}
      className="dialog--wide"
      actions={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={working}>
            {t('backup.createAction')}
          </Button>
        </>
      }
    >
      <p>{t('backup.createIntro')}</p>
      <fieldset className="exchange__fieldset">
        <legend>{t('backup.scopeLegend')}</legend>
        <div className="exchange__radios">
          <label className="exchange__check">
            <input type="radio" name="backup-scope" checked={scope === 'workspace'} onChange={() => setScope('workspace')} data-autofocus />
            <span>{t('backup.scopeWorkspace', { count: processes.length })}</span>
          </label>
          <label className="exchange__check">
            <input type="radio" name="backup-scope" checked={scope === 'processes'} onChange={() => setScope('processes')} />
            <span>{t('backup.scopeProcesses')}</span>
          </label>
        </div>
        <p className="field__hint">{t('backup.scopeHint')}</p>
      </fieldset>
      {scope === 'processes' ? (
        <ProcessPicker
          legend={t('backup.pickLegend')}
          departments={departments}
          processes={processes}
          selected={selected}
          onChange={(next) => {
            setSelected(next);
            setNothingChosen(false);
          }}
          error={nothingChosen && chosenIds.length === 0 ? t('backup.nothingChosen') : undefined}
        />
      ) : null}
      <p role="status">{working ? t('backup.creating') : ''}</p>
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
