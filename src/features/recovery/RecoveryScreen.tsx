// The page shown when the database cannot be opened (damaged after a crash, an open error): says
// what happened and that nothing was deleted, and offers three ways on: try again, export whatever
// can still be read as a backup file, and restore a backup file into a new database (after the
// user confirmed it; the old database stays as it is). When the browser's settings (or an IT
// policy) do not allow the site to store data, none of these can work: the page then says that
// nothing is damaged, how to allow storing for this address or whom to ask, and to reload after.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundleMimeType, createBundle } from '../../domain/bundle';
import type { WorkspaceSnapshot } from '../../domain/recordSchemas';
import { fileDate } from '../../export/fileName';
import { dateTimeFormat } from '../../i18n/dateTimeFormat';
import { Button } from '../../ui/Button';
import { refusalText } from '../backup/bundleProblemText';
import { readBackup } from '../backup/readBackup';
import { isEmptyWorkspace } from '../backup/restorePlan';
import { downloadFile } from '../editor/downloadFile';
import { appVersion } from '../report/appVersion';
import { classifyStorageError } from '../../storage/storageErrors';
import './recovery.css';

export interface RecoveryScreenProps {
  /** why the database could not be opened (technical) */
  message: string;
  /** reads what can still be read; undefined when nothing can */
  salvage: () => Promise<WorkspaceSnapshot | undefined>;
  /** writes a backup into a new database and makes it the one in use */
  restore: (snapshot: WorkspaceSnapshot) => Promise<void>;
  onReload: () => void;
  /** hands the exported file to the browser; a download by default */
  save?: (content: string, fileName: string) => void;
  now?: () => Date;
  /** the address storing must be allowed for; this page's origin by default */
  address?: string;
}

type ExportState = { state: 'idle' } | { state: 'busy' } | { state: 'done'; text: string } | { state: 'failed'; text: string };

type RestoreState =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'invalid'; text: string }
  | { state: 'ready'; snapshot: WorkspaceSnapshot; summary: string }
  | { state: 'restoring'; summary: string }
  | { state: 'restored' }
  | { state: 'failed'; text: string };

const saveDownload = (content: string, fileName: string) => downloadFile(content, fileName, bundleMimeType);

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** A recovery page: what happened, the steps on, and the technical message behind a disclosure. */
function RecoveryPage({ title, text, message, children }: { title: string; text: string; message: string; children: React.ReactNode }) {
  const { t } = useTranslation('trust');
  return (
    <main className="recovery" id="main" tabIndex={-1}>
      <h1>{title}</h1>
      <p>{text}</p>
      {children}
      <details className="recovery__details">
        <summary>{t('recovery.details')}</summary>
        <p>{message}</p>
      </details>
    </main>
  );
}

/** One numbered step of a recovery page, named by its heading. */
function RecoveryStep({ title, text, children }: { title: string; text: string; children?: React.ReactNode }) {
  const headingId = useId();
  return (
    <section className="recovery__step" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{text}</p>
      {children}
    </section>
  );
}

/** The page when the browser does not allow this site to store data: nothing to recover, a setting to change. */
function StorageBlocked({ message, address, onReload }: Pick<RecoveryScreenProps, 'message' | 'onReload'> & { address: string }) {
  const { t } = useTranslation('trust');
  return (
    <RecoveryPage title={t('recovery.blocked.title')} text={t('recovery.blocked.text')} message={message}>
      <RecoveryStep title={t('recovery.blocked.allowTitle')} text={t('recovery.blocked.allowText')}>
        <p>
          <code>{address}</code>
        </p>
      </RecoveryStep>
      <RecoveryStep title={t('recovery.blocked.itTitle')} text={t('recovery.blocked.itText')} />
      <RecoveryStep title={t('recovery.blocked.reloadTitle')} text={t('recovery.blocked.reloadText')}>
        <Button variant="primary" onClick={onReload}>
          {t('recovery.retry')}
        </Button>
      </RecoveryStep>
    </RecoveryPage>
  );
}

export function RecoveryScreen({ message, address = window.location.origin, ...rest }: RecoveryScreenProps) {
  if (classifyStorageError(message) === 'denied') return <StorageBlocked message={message} address={address} onReload={rest.onReload} />;
  return <DatabaseRecovery message={message} {...rest} />;
}

/** The page when the database does not open for another reason: try again, export what is readable, restore a backup. */
function DatabaseRecovery({ message, salvage, restore, onReload, save = saveDownload, now = () => new Date() }: Omit<RecoveryScreenProps, 'address'>) {
  const { t, i18n } = useTranslation('trust');
  const fileId = useId();
  const [exported, setExported] = useState<ExportState>({ state: 'idle' });
  const [restoring, setRestoring] = useState<RestoreState>({ state: 'idle' });

  const exportReadable = async () => {
    setExported({ state: 'busy' });
    try {
      const snapshot = await salvage();
      if (!snapshot || isEmptyWorkspace(snapshot)) {
        setExported({ state: 'failed', text: t('recovery.nothingReadable') });
        return;
      }
      const createdAt = now();
      const fileName = `prozesslotse-gerettet-${fileDate(createdAt)}.json`;
      save(createBundle(snapshot, { appVersion, createdAt: createdAt.toISOString() }), fileName);
      setExported({
        state: 'done',
        text: t('recovery.exported', { processes: snapshot.processes.length, assessments: snapshot.assessments.length, file: fileName }),
      });
    } catch (error) {
      setExported({ state: 'failed', text: t('recovery.exportFailed', { detail: errorText(error) }) });
    }
  };

  const check = async (file: File) => {
    setRestoring({ state: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setRestoring({ state: 'invalid', text: t('recovery.bundleErrors.unreadable') });
      return;
    }
    // the same check and messages as "Sicherung einspielen" in the workspace
    const parsed = readBackup(text);
    if (!parsed.ok) {
      const refusal = refusalText(t, parsed);
      setRestoring({ state: 'invalid', text: [refusal.message, refusal.affected].filter(Boolean).join(' ') });
      return;
    }
    const date = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(parsed.createdAt));
    const { departments, processes, assessments } = parsed.snapshot;
    setRestoring({
      state: 'ready',
      snapshot: parsed.snapshot,
      summary: t('recovery.fileSummary', { date, departments: departments.length, processes: processes.length, assessments: assessments.length }),
    });
  };

  const confirmRestore = async (snapshot: WorkspaceSnapshot, summary: string) => {
    setRestoring({ state: 'restoring', summary });
    try {
      await restore(snapshot);
    } catch (error) {
      setRestoring({ state: 'failed', text: t('recovery.restoreFailed', { detail: errorText(error) }) });
      return;
    }
    setRestoring({ state: 'restored' });
    onReload();
  };

  return (
    <RecoveryPage title={t('recovery.title')} text={t('recovery.text')} message={message}>
      <RecoveryStep title={t('recovery.retryTitle')} text={t('recovery.retryText')}>
        <Button variant="primary" onClick={onReload}>
          {t('recovery.retry')}
        </Button>
      </RecoveryStep>

      <RecoveryStep title={t('recovery.exportTitle')} text={t('recovery.exportText')}>
        <Button onClick={() => void exportReadable()} disabled={exported.state === 'busy'}>
          {exported.state === 'busy' ? t('recovery.exporting') : t('recovery.export')}
        </Button>
        <p role="status">{exported.state === 'done' || exported.state === 'failed' ? exported.text : null}</p>
      </RecoveryStep>

      <RecoveryStep title={t('recovery.restoreTitle')} text={t('recovery.restoreText')}>
        <label htmlFor={fileId}>{t('recovery.chooseFile')}</label>
        <input
          id={fileId}
          className="recovery__file"
          type="file"
          accept=".json,application/json"
          disabled={restoring.state === 'restoring' || restoring.state === 'restored'}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void check(file);
          }}
        />
        <div role="status">
          {restoring.state === 'reading' ? <p>{t('recovery.reading')}</p> : null}
          {restoring.state === 'ready' || restoring.state === 'restoring' ? <p>{restoring.summary}</p> : null}
          {restoring.state === 'restored' ? <p>{t('recovery.restored')}</p> : null}
        </div>
        {restoring.state === 'invalid' || restoring.state === 'failed' ? (
          <p role="alert" className="notice notice--error">
            {restoring.text}
          </p>
        ) : null}
        {restoring.state === 'ready' || restoring.state === 'restoring' ? (
          <Button
            variant="primary"
            disabled={restoring.state === 'restoring'}
            onClick={() => {
              if (restoring.state === 'ready') void confirmRestore(restoring.snapshot, restoring.summary);
            }}
          >
            {restoring.state === 'restoring' ? t('recovery.restoring') : t('recovery.confirm')}
          </Button>
        ) : null}
      </RecoveryStep>
    </RecoveryPage>
  );
}
