// Backup and restore as the user meets them: the date of the last backup (or that there was none),
// one warning with that state and a reminder when the workspace holds work and no backup or only an
// old one (backupReminder.ts), and below them the buttons that open "Sicherung erstellen" and
// "Sicherung einspielen" (not in a tab that only reads). Shown in the workspace's header and in the
// settings.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguage } from '../../i18n/uiLocale';
import { useAppStore } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { useReadOnly } from '../../ui/readOnly';
import { formatDateTime } from '../settings/formatDateTime';
import { backupDue, backupReminderDays, workspaceChanged } from './backupReminder';
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
  const changed = useAppStore(({ document }) => workspaceChanged(document.departments, document.processes, document.catalogue));
  const [dialog, setDialog] = useState<'create' | 'restore' | null>(null);
  const readOnly = useReadOnly();
  const due = backupDue(lastBackupAt, changed, now ?? new Date());

  const status = (
    <p className={due ? 'notice__title backup-status__due' : undefined}>
      {lastBackupAt ? (
        <>
          {t('backup.last')} <time dateTime={lastBackupAt}>{formatDateTime(lastBackupAt, uiLanguage(i18n.language))}</time>
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
        <Button size="small" onClick={() => setDialog('restore')} disabled={readOnly}>
          {t('restore.open')}
        </Button>
      </div>
      {dialog === 'create' ? <CreateBackupDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'restore' ? <RestoreDialog onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
