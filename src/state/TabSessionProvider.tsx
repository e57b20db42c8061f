// React access to the tab session: a provider, the session's state, and the tab's role for the
// screens. Without a provider (screen tests) the tab counts as the one writer.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { TabState } from './tabCoordination';
import type { TabSession, TabSessionState } from './tabSession';

const TabSessionContext = createContext<TabSession | null>(null);

const soleWriter: TabState = { role: 'writer', takingOver: false, handingOver: false };
const noSubscription = () => () => undefined;

export function TabSessionProvider({ session, children }: { session: TabSession; children: ReactNode }) {
  return <TabSessionContext.Provider value={session}>{children}</TabSessionContext.Provider>;
}

export function useTabSession(): TabSession | null {
  return useContext(TabSessionContext);
}

export function useTabSessionState(session: TabSession): TabSessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}

/** this tab's role; the sole writer when there is no session */
export function useTabState(): TabState {
  const session = useTabSession();
  return useSyncExternalStore(session?.subscribe ?? noSubscription, () => session?.getState().tab ?? soleWriter);
}
