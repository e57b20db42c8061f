// Entry point: opens the stored workspace (Dexie repository) and this tab's session over it: the
// session lets one tab write (Web Lock, BroadcastChannel between tabs), gives the writer the one
// autosave with its flush on pagehide / hidden, loads the workspace (seeding the sample on first
// start), keeps the tab's view in its session storage for a reload, and shows the recovery screen
// when the database does not open. Registers the service worker, keeps a file dropped outside the
// drop zones from leaving the app, and mounts the app. If storage cannot even be set up, a message
// is shown instead; nothing is ever deleted.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAutosave } from '../storage/autosave';
import { activeDatabaseName, restoreIntoNewDatabase, salvageDatabase } from '../storage/databaseRecovery';
import { createDexieRepository } from '../storage/dexieRepository';
import { createTabMemory } from '../storage/tabMemory';
import { i18n } from '../i18n/i18n';
import { createTabSession } from '../state/tabSession';
import { guardStrayFileDrops } from '../ui/strayFileDrops';
import { AppRoot } from './AppRoot';
import { registerServiceWorker } from './registerServiceWorker';
import { createSampleWorkspace } from './sampleWorkspace';
import '../ui/visuallyHidden.css';
import './app.css';

function StartupFailure({ message }: { message: string }) {
  const t = i18n.getFixedT(null, 'common');
  return (
    <main className="recovery" role="alert">
      <h1>{t('load.failedTitle')}</h1>
      <p>{t('load.failedText')}</p>
      <p>{t('load.failedAdvice')}</p>
      <details className="recovery__details">
        <summary>{t('load.details')}</summary>
        <p>{message}</p>
      </details>
    </main>
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);
registerServiceWorker();
guardStrayFileDrops(window);

try {
  const databaseName = activeDatabaseName();
  const repository = createDexieRepository(databaseName);
  const session = createTabSession({
    repository,
    createAutosave: (target) => createAutosave(target),
    seed: createSampleWorkspace,
    lockName: `prozesslotse-writer:${databaseName}`,
    // both are missing in old browsers and outside secure contexts: then the writer fencing alone protects
    locks: 'locks' in navigator ? navigator.locks : undefined,
    channel: typeof BroadcastChannel === 'function' ? new BroadcastChannel(`prozesslotse:${databaseName}`) : undefined,
    window,
    viewMemory: createTabMemory(`prozesslotse-view:${databaseName}`),
  });
  void session.start();
  root.render(
    <StrictMode>
      <AppRoot
        session={session}
        salvage={() => salvageDatabase(databaseName)}
        restore={async (snapshot) => {
          await restoreIntoNewDatabase(snapshot);
        }}
        onReload={() => window.location.reload()}
      />
    </StrictMode>,
  );
} catch (error) {
  root.render(<StartupFailure message={error instanceof Error ? error.message : String(error)} />);
}
