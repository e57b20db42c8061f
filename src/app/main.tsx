// Entry point: opens the stored workspace (Dexie repository), starts the one autosave writer with
// its flush on pagehide / hidden, creates the app store, loads the workspace (seeding the sample on
// first start), registers the service worker and mounts the app. If storage cannot even be set
// up, a recovery message is shown instead; nothing is ever deleted.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAutosave, attachLifecycleFlush } from '../storage/autosave';
import { createDexieRepository } from '../storage/dexieRepository';
import { i18n } from '../i18n/i18n';
import { createAppStore } from '../state/appStore';
import { AppStoreProvider } from '../state/AppStoreProvider';
import { App } from './App';
import { registerServiceWorker } from './registerServiceWorker';
import { createSampleWorkspace } from './sampleWorkspace';
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

try {
  const repository = createDexieRepository();
  const autosave = createAutosave(repository);
  attachLifecycleFlush(autosave, window);
  const store = createAppStore({ repository, autosave, seed: createSampleWorkspace });
  void store.getState().actions.loadWorkspace();
  root.render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <App />
      </AppStoreProvider>
    </StrictMode>,
  );
} catch (error) {
  root.render(<StartupFailure message={error instanceof Error ? error.message : String(error)} />);
}
