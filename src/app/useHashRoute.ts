// Follows location.hash: the current route, and a navigate function that changes it.
import { useCallback, useSyncExternalStore } from 'react';
import { parseRoute, routeHref } from './routes';
import type { Route } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

export function useHashRoute(): { route: Route; navigate: (route: Exclude<Route, { name: 'notFound' }>) => void } {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  const navigate = useCallback((route: Exclude<Route, { name: 'notFound' }>) => {
    window.location.hash = routeHref(route);
  }, []);
  return { route: parseRoute(hash), navigate };
}
