// The root of the page: follows this tab's session and shows the recovery screen when the
// database cannot be opened, the stop sign when a newer app version owns it, a loading line until
// the first workspace is loaded, and otherwise the app on the session's current store (a new
// store, after a change of role or a reader's refresh, remounts the screens).
import { useTranslation } from 'react-i18next';
import type { WorkspaceSnapshot } from '../domain/recordSchemas';
import { OutdatedNotice } from '../features/recovery/OutdatedNotice';
import { RecoveryScreen } from '../features/recovery/RecoveryScreen';
import { AppStoreProvider } from '../state/AppStoreProvider';
import { TabSessionProvider, useTabSessionState } from '../state/TabSessionProvider';
import type { TabSession } from '../state/tabSession';
import { App } from './App';

export interface AppRootProps {
  session: TabSession;
  /** reads what can still be read of a database that does not open */
  salvage: () => Promise<WorkspaceSnapshot | undefined>;
  /** restores a backup into a new database and switches to it */
  restore: (snapshot: WorkspaceSnapshot) => Promise<void>;
  onReload: () => void;
}

export function AppRoot({ session, salvage, restore, onReload }: AppRootProps) {
  const { t } = useTranslation('common');
  const state = useTabSessionState(session);
  let content: React.ReactNode;
  if (state.unavailable !== undefined) {
    content = <RecoveryScreen message={state.unavailable} salvage={salvage} restore={restore} onReload={onReload} />;
  } else if (state.store) {
    content = (
      <AppStoreProvider key={state.generation} store={state.store}>
        <App remounted={state.generation > 1} />
      </AppStoreProvider>
    );
  } else if (state.tab.role === 'outdated') {
    content = <OutdatedNotice mode="page" onReload={onReload} />;
  } else {
    content = (
      <p role="status" className="loading">
        {t('load.loading')}
      </p>
    );
  }
  return <TabSessionProvider session={session}>{content}</TabSessionProvider>;
}
