// The root of the page: follows this tab's session and shows the recovery screen when the
// database cannot be opened, the stop sign when a newer app version owns it, a loading line until
// the first workspace is loaded, and otherwise the app on the session's current store (a new
// store, after a change of role, remounts the screens). It remembers where the focus was in the
// app, so that a tab that goes on reading on a new store (another tab took writing over, or its
// store could not be refreshed in place) gets it back on the same control instead of the main
// region.
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSnapshot } from '../domain/recordSchemas';
import { OutdatedNotice } from '../features/recovery/OutdatedNotice';
import { RecoveryScreen } from '../features/recovery/RecoveryScreen';
import { AppStoreProvider } from '../state/AppStoreProvider';
import { TabSessionProvider, useTabSessionState } from '../state/TabSessionProvider';
import type { TabSession } from '../state/tabSession';
import { App } from './App';
import { elementAt, focusAddress } from './focusAddress';
import type { FocusAddress } from './focusAddress';

/** the app's root element, which every store's screens are rendered in */
const APP_ROOT = '.app';
/** the main region's id (App): focused by the app itself, never the control the user was on */
const MAIN_REGION_ID = 'main';

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
  /** where the focus was last in the app's screens */
  const lastFocus = useRef<FocusAddress | null>(null);
  const role = state.tab.role;
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      // the main region takes the focus while a rebuilt screen loads: the control is still the one to go back to
      if (event.target instanceof Element && event.target.id === MAIN_REGION_ID) return;
      const root = document.querySelector(APP_ROOT);
      const address = root && event.target instanceof Element ? focusAddress(root, event.target) : undefined;
      lastFocus.current = address ?? null;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);
  /** the screens rebuilt on a reader's store: the focus back on the control it was on, if that is there again */
  const focusBack = useCallback((): boolean => {
    const kept = lastFocus.current;
    const root = document.querySelector(APP_ROOT);
    if (!kept || role !== 'reader' || !root) return false;
    const element = elementAt(root, kept);
    element?.focus({ preventScroll: true });
    return element !== undefined && document.activeElement === element;
  }, [role]);
  let content: React.ReactNode;
  if (state.unavailable !== undefined) {
    content = <RecoveryScreen message={state.unavailable} salvage={salvage} restore={restore} onReload={onReload} />;
  } else if (state.store) {
    content = (
      <AppStoreProvider key={state.generation} store={state.store}>
        <App remounted={state.generation > 1} focusBack={focusBack} />
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
