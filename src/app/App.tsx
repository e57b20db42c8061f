// The app shell: skip link, header with navigation, save status and language, the main region
// with the screen for the current route, and the toast region. Shows the loading state and, if
// the stored workspace cannot be opened, a recovery message that never deletes anything. A tab
// that does not write shows why (banner); its screens can be read, searched and followed, and what
// would change something is disabled (ui/readOnly); the process editor shows its diagram in a
// reader. The editor is inert only while the tab is between roles (it hands over, or starts).
// Focus that a new screen, a change of role or the writer's change takes away is put back in the
// main region, or on the same control where it is built again.
// A tab whose database a newer version converted is stopped by a dialog. The catalogue's unsaved
// edits are kept for the banner if the tab stops writing, on whichever screen (CatalogueDraftRescue).
import { useEffect, useEffectEvent, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { BackupSettingsSection } from '../features/backup/BackupSettingsSection';
import { EditorScreen } from '../features/editor/EditorScreen';
import { OutdatedNotice } from '../features/recovery/OutdatedNotice';
import { TabStatusBanner } from '../features/recovery/TabStatusBanner';
import { AccessibilityStatementScreen } from '../features/legal/AccessibilityStatementScreen';
import { MethodScreen } from '../features/method/MethodScreen';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { CatalogueDraftRescue } from '../features/settings/CatalogueDraftRescue';
import { StorageIndicator } from '../features/storageStatus/StorageIndicator';
import { WorkspaceScreen } from '../features/workspace/WorkspaceScreen';
import { useAppStore } from '../state/AppStoreProvider';
import { isReadOnlyTab } from '../state/tabCoordination';
import type { TabState } from '../state/tabCoordination';
import { useTabState } from '../state/TabSessionProvider';
import { Button } from '../ui/Button';
import { ReadOnlyProvider } from '../ui/readOnly';
import { SaveStatusIndicator } from '../ui/SaveStatusIndicator';
import { useFullscreenElement } from '../ui/useFullscreen';
import { newDiagramXml } from '../bpmn/newDiagramXml';
import { routeHref } from './routes';
import { StoreToasts } from './StoreToasts';
import type { Route } from './routes';
import { useHashRoute } from './useHashRoute';

const processHref = (id: string) => routeHref({ name: 'process', id });

/** how long a reader's rebuilt screen may take to show the control the focus was on */
const FOCUS_BACK_WAIT_MS = 3000;

function LoadFailure({ message }: { message: string }) {
  const { t } = useTranslation('common');
  return (
    <div className="recovery" role="alert">
      <h1>{t('load.failedTitle')}</h1>
      <p>{t('load.failedText')}</p>
      <p>{t('load.failedAdvice')}</p>
      <Button variant="primary" onClick={() => window.location.reload()}>
        {t('load.reload')}
      </Button>
      <details className="recovery__details">
        <summary>{t('load.details')}</summary>
        <p>{message}</p>
      </details>
    </div>
  );
}

function NotFound() {
  const { t } = useTranslation('common');
  return (
    <div className="screen-head">
      <h1>{t('notFound.title')}</h1>
      <p>
        <a href={routeHref({ name: 'workspace' })}>{t('notFound.back')}</a>
      </p>
    </div>
  );
}

function titleKey(route: Route): string {
  switch (route.name) {
    case 'workspace':
    case 'process':
      return 'nav.workspace';
    case 'settings':
      return 'nav.settings';
    case 'method':
      return 'nav.method';
    case 'accessibility':
      return 'legal:nav';
    case 'notFound':
      return 'notFound.title';
  }
}

/** The header's save status with its own subscriptions: a status change re-renders only it, not the screen. */
function HeaderSaveStatus() {
  const saveStatus = useAppStore((state) => state.session.saveStatus);
  const diagramEditPending = useAppStore((state) => state.session.diagramEditPending);
  return <SaveStatusIndicator status={saveStatus} unreportedEdit={diagramEditPending} />;
}

export interface AppProps {
  /**
   * Shown anew on the session's next store (after "Hier bearbeiten" or a hand-over): the screens
   * the focus was in are gone.
   */
  remounted?: boolean;
  /** on a reader's new store: gives the focus back to the control it was on; false when that is gone */
  focusBack?: () => boolean;
}

export function App({ remounted = false, focusBack }: AppProps) {
  const { t } = useTranslation('common');
  const { route, navigate } = useHashRoute();
  const load = useAppStore((state) => state.session.load);
  const tab = useTabState();
  const readOnly = isReadOnlyTab(tab);
  const mainRef = useRef<HTMLElement>(null);
  const takeOverRef = useRef<HTMLButtonElement>(null);
  // while the editor is full screen the header is not on the screen: the save status goes with the editor
  const fullscreenElement = useFullscreenElement();
  const showSaveStatus = load.state === 'ready' && !readOnly;
  const firstRoute = useRef(true);

  const routeKey = route.name === 'process' ? `process:${route.id}` : route.name;
  // an open process names its tab (a Lotse with several tabs tells them apart), the other screens their own
  const processName = useAppStore((state) =>
    route.name === 'process' ? state.document.processes.find((process) => process.id === route.id)?.name : undefined,
  );
  // the screen's name: the tab's title, and the main region's name, which a screen reader says when a
  // new screen puts the focus there
  const screenName = processName ?? t(titleKey(route));
  useEffect(() => {
    document.title = `${screenName} – ${t('appName')}`;
  });
  // the editor of a tab between roles (its modeller still the writer's while it hands over) cannot be
  // used at all: its main region is inert; a reader's editor is built to read
  const mainInert = readOnly && tab.role !== 'reader' && route.name === 'process';
  // Focus lost with the screens of the session's last store, or with "Hier bearbeiten" once this
  // tab writes, goes to the main region, or to "Hier bearbeiten" while the main region is inert; on a
  // reader's new store (another tab took writing over), which rebuilds the same screens, back to the
  // control it was on, if it is there.
  // Not on the page's first screens: the focus starts at the top.
  const focusScreen = useEffectEvent(() => (mainInert ? takeOverRef.current : mainRef.current)?.focus({ preventScroll: true }));
  const focusControlAgain = useEffectEvent(() => focusBack?.() ?? false);
  // a screen that loads first (the editor loads the process's answers) shows the control a moment
  // later: until then the focus waits in the main region, and goes on to the control when it comes,
  // unless the user moved it meanwhile (at most a few seconds)
  const focusControlWhenShown = useEffectEvent(() => {
    const main = mainRef.current;
    if (!main) return () => undefined;
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    const observer = new MutationObserver(() => {
      if (document.activeElement !== main || focusControlAgain()) stop();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(stop, FOCUS_BACK_WAIT_MS);
    return stop;
  });
  const lastRole = useRef<TabState['role'] | undefined>(remounted ? undefined : tab.role);
  useEffect(() => {
    const before = lastRole.current;
    lastRole.current = tab.role;
    const focused = document.activeElement;
    if (focused !== null && focused !== document.body) return undefined;
    const shownAgain = before === undefined;
    // the same screens rebuilt on a reader's store: the focus goes back where it was
    if (shownAgain && tab.role === 'reader' && focusBack) {
      if (focusControlAgain()) return undefined;
      focusScreen();
      return focusControlWhenShown();
    }
    // a take-over passes through "starting" and may bring a new store on the way
    const nowWrites = before !== 'writer' && tab.role === 'writer' && (remounted || before === 'reader');
    if (shownAgain || nowWrites) focusScreen();
    return undefined;
  }, [tab.role, remounted, focusBack]);
  // A reader's refresh in place can take away the control the focus is on (the writer deleted the
  // process or the step it showed): the focus then goes to the control built again in its place, if
  // there is one, or to the main region, not to the page's body
  useEffect(() => {
    const main = mainRef.current;
    if (tab.role !== 'reader' || !main) return undefined;
    let focused: Element | null = document.activeElement;
    const remember = (event: FocusEvent) => {
      focused = event.target instanceof Element ? event.target : null;
    };
    const observer = new MutationObserver(() => {
      const lost = focused !== null && !focused.isConnected && (document.activeElement === null || document.activeElement === document.body);
      if (!lost) return;
      focused = null;
      if (!focusControlAgain()) focusScreen();
    });
    document.addEventListener('focusin', remember);
    observer.observe(main, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', remember);
    };
  }, [tab.role]);
  useEffect(() => {
    // a new screen: move the focus to it (or, in the inert editor, to "Hier bearbeiten") and show it
    // from the top with the app's header, as a page load would (not on the first screen)
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    focusScreen();
    window.scrollTo(0, 0);
  }, [routeKey]);

  let content: React.ReactNode;
  if (load.state === 'loading') {
    content = (
      <p role="status" className="loading">
        {t('load.loading')}
      </p>
    );
  } else if (load.state === 'failed') {
    content = <LoadFailure message={load.message} />;
  } else {
    switch (route.name) {
      case 'workspace':
        content = (
          <WorkspaceScreen processHref={processHref} onOpenProcess={(id) => navigate({ name: 'process', id })} newDiagramXml={newDiagramXml} />
        );
        break;
      case 'process':
        content = <EditorScreen key={route.id} processId={route.id} workspaceHref={routeHref({ name: 'workspace' })} methodHref={routeHref({ name: 'method' })} />;
        break;
      case 'settings':
        content = (
          <SettingsScreen processHref={processHref}>
            <BackupSettingsSection />
          </SettingsScreen>
        );
        break;
      case 'method':
        content = <MethodScreen settingsHref={routeHref({ name: 'settings' })} />;
        break;
      case 'accessibility':
        content = <AccessibilityStatementScreen />;
        break;
      case 'notFound':
        content = <NotFound />;
        break;
    }
  }

  const current = (name: Route['name']) => (route.name === name || (name === 'workspace' && route.name === 'process') ? 'page' : undefined);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('skipLink')}
      </a>
      <header className="app-header">
        <a className="app-header__brand" href={routeHref({ name: 'workspace' })}>
          <img src="icons/icon.svg" alt="" width="28" height="28" />
          <span>{t('appName')}</span>
        </a>
        <nav className="app-header__nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <a href={routeHref({ name: 'workspace' })} aria-current={current('workspace')}>
                {t('nav.workspace')}
              </a>
            </li>
            <li>
              <a href={routeHref({ name: 'settings' })} aria-current={current('settings')}>
                {t('nav.settings')}
              </a>
            </li>
            <li>
              <a href={routeHref({ name: 'method' })} aria-current={current('method')}>
                {t('nav.method')}
              </a>
            </li>
            <li>
              <a href={routeHref({ name: 'accessibility' })} aria-current={current('accessibility')}>
                {t('legal:nav')}
              </a>
            </li>
          </ul>
        </nav>
        <div className="app-header__status">
          {load.state === 'ready' ? <StorageIndicator settingsHref={routeHref({ name: 'settings' })} /> : null}
          {showSaveStatus && !fullscreenElement ? <HeaderSaveStatus /> : null}
          <LanguageSwitch compact />
        </div>
      </header>
      <TabStatusBanner takeOverRef={takeOverRef} />
      <main id="main" ref={mainRef} tabIndex={-1} inert={mainInert} aria-label={screenName} className={`app-main app-main--${route.name}`}>
        <ReadOnlyProvider readOnly={readOnly}>{content}</ReadOnlyProvider>
      </main>
      {showSaveStatus && fullscreenElement
        ? createPortal(
            <div className="fullscreen-status">
              <HeaderSaveStatus />
            </div>,
            fullscreenElement,
          )
        : null}
      <StoreToasts />
      <CatalogueDraftRescue />
      <OutdatedNotice mode="dialog" />
    </div>
  );
}
