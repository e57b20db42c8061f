// Backup and restore as the user meets them: the date of the last backup, a reminder when there
// was none or the last one is 14 days old or older, and the buttons that open "Sicherung
// erstellen" and "Sicherung einspielen". Shown in the workspace's header and in the settings.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from '../../i18n/dateTimeFormat';
import { useAppStore } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { backupDue, backupReminderDays } from './backupReminder';
import { CreateBackupDialog } from './CreateBackupDialog';
import { RestoreDialog } from './RestoreDialog';
import '../report/exchange.css';

export interface BackupPanelProps {
  /** the time the reminder is judged at; now when not given */
  now?: Date;
}

export function BackupPanel({ now }: BackupPanelProps) {
  const { t, i18n } = useTranslation('exchange');
  const lastBackupAt = useAppStore((state) => state.document.meta.lastBackupAt);
  const [dialog, setDialog] = useState<'create' | 'restore' | null>(null);
  const due = backupDue(lastBackupAt, now ?? new Date());
  const dateTime = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="backup-status">
      <p>
        {lastBackupAt ? (
          <>
            {t('backup.last')} <time dateTime={lastBackupAt}>{dateTime.format(new Date(lastBackupAt))}</time>
          </>
        ) : (
          t('backup.never')
        )}
      </p>
      {due ? (
        <p className="notice notice--warning">
          <span aria-hidden="true">⚠ </span>
          {lastBackupAt ? t('backup.reminderOld', { days: backupReminderDays }) : t('backup.reminderNever')}
        </p>
      ) : null}
      <Button size="small" variant={due ? 'primary' : 'secondary'} onClick={() => setDialog('create')}>
        {t('backup.create')}
      </Button>
      <Button size="small" onClick={() => setDialog('restore')}>
        {t('restore.open')}
      </Button>
      {dialog === 'create' ? <CreateBackupDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'restore' ? <RestoreDialog onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
