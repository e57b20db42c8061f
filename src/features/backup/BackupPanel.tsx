// Backup and restore as the user meets them: the date of the last backup (or that there was none),
// one warning with that state and a reminder when the workspace holds work no backup holds (see
// backupReminder.ts), and below them the buttons that open "Sicherung erstellen" and "Sicherung
// einspielen". Shown in the workspace's header and in the settings.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from '../../i18n/dateTimeFormat';
import type { AppState } from '../../state/appState';
import { useAppActions, useAppStore } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { backupDue, backupMayBeDue, backupReminderDays, joinWork, recordWork, stepWork, unreadableWork } from './backupReminder';
import type { WorkSummary } from './backupReminder';
import { CreateBackupDialog } from './CreateBackupDialog';
import { RestoreDialog } from './RestoreDialog';
import '../report/exchange.css';

export interface BackupPanelProps {
  /** the time the reminder is judged at; now when not given */
  now?: Date;
}

/** The work in the departments, processes and catalogue the store holds. */
function storeWork({ document }: AppState): WorkSummary {
  return recordWork(document.departments, document.processes, document.catalogue);
}

/**
 * The work in the step records of every process, read (memory first, so this session's answers
 * count; what is read from storage is not kept, so a look at the workspace does not fill the
 * memory with every process's answers) only while `needed`: when the records the store holds leave the reminder open. Answers
 * given after a process's first one do not change the process, so they are found only here.
 */
function useStepWork(needed: boolean): WorkSummary | undefined {
  // subscribed to the processes and the open process's answers only while needed, so the header
  // does not follow every change; either changing reads the records again (memory first)
  const processes = useAppStore((state) => (needed ? state.document.processes : null));
  const openAnswers = useAppStore((state) => (needed ? state.document.assessments : null));
  const { peekProcessRecords } = useAppActions();
  const [work, setWork] = useState<WorkSummary>();
  useEffect(() => {
    if (!processes || !openAnswers) return undefined;
    let current = true;
    Promise.all(processes.map((process) => peekProcessRecords(process.id))).then(
      (lists) => {
        if (current) setWork(stepWork(lists.flat()));
      },
      () => {
        if (current) setWork(unreadableWork);
      },
    );
    return () => {
      current = false;
    };
  }, [processes, openAnswers, peekProcessRecords]);
  return needed ? work : undefined;
}

export function BackupPanel({ now }: BackupPanelProps) {
  const { t, i18n } = useTranslation('exchange');
  const lastBackupAt = useAppStore((state) => state.document.meta.lastBackupAt);
  const changed = useAppStore((state) => storeWork(state).changed);
  const lastSavedAt = useAppStore((state) => storeWork(state).lastSavedAt);
  const [dialog, setDialog] = useState<'create' | 'restore' | null>(null);
  const at = now ?? new Date();
  const work: WorkSummary = { changed, lastSavedAt };
  const steps = useStepWork(backupMayBeDue(lastBackupAt, at) && !backupDue(lastBackupAt, work, at));
  const due = backupDue(lastBackupAt, steps ? joinWork(work, steps) : work, at);
  const dateTime = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const status = (
    <p className={due ? 'notice__title backup-status__due' : undefined}>
      {lastBackupAt ? (
        <>
          {t('backup.last')} <time dateTime={lastBackupAt}>{dateTime.format(new Date(lastBackupAt))}</time>
        </>
      ) : (
        t('backup.never')
      )}
    </p>
  );

  return (
    <div className="backup-status">
      {due ? (
        // the state and the reminder in one warning: what is, then what to do
        <div className="notice notice--warning">
          {status}
          <p>{lastBackupAt ? t('backup.reminderOld', { days: backupReminderDays }) : t('backup.reminderNever')}</p>
        </div>
      ) : (
        status
      )}
      <div className="backup-status__actions">
        <Button size="small" variant={due ? 'primary' : 'secondary'} onClick={() => setDialog('create')}>
          {t('backup.create')}
        </Button>
        <Button size="small" onClick={() => setDialog('restore')}>
          {t('restore.open')}
        </Button>
      </div>
      {dialog === 'create' ? <CreateBackupDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'restore' ? <RestoreDialog onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
