// Follows location.hash: the current route, and a navigate function that changes it. A navigation
// is rendered together with the other updates of the event that made it (the browser's hashchange
// event would come a task later, so the screen being left would first render those updates once
// more, only to be replaced).
import { useCallback, useSyncExternalStore } from 'react';
import { createListenerSet } from '../state/listenerSet';
import { parseRoute, routeHref } from './routes';
import type { Route } from './routes';

/** the routers of the page, told at once when navigate changes the hash */
const routers = createListenerSet();

function subscribe(onChange: () => void): () => void {
  const unsubscribe = routers.subscribe(onChange);
  window.addEventListener('hashchange', onChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onChange);
  };
}

const currentHash = () => window.location.hash;

export function useHashRoute(): { route: Route; navigate: (route: Exclude<Route, { name: 'notFound' }>) => void } {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  const navigate = useCallback((route: Exclude<Route, { name: 'notFound' }>) => {
    window.location.hash = routeHref(route);
    routers.notify();
  }, []);
  return { route: parseRoute(hash), navigate };
}
