// The app's hash routes: #/ workspace, #/process/<id> editor, #/settings, #/method,
// #/barrierefreiheit (accessibility statement). Parsing and building them is pure, so links and
// the router agree.
export type Route =
  | { name: 'workspace' }
  | { name: 'process'; id: string }
  | { name: 'settings' }
  | { name: 'method' }
  | { name: 'accessibility' }
  | { name: 'notFound'; hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  if (path === '' || path === '/') return { name: 'workspace' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/method') return { name: 'method' };
  if (path === '/barrierefreiheit') return { name: 'accessibility' };
  const process = /^\/process\/([^/]+)$/.exec(path);
  if (process) {
    try {
      return { name: 'process', id: decodeURIComponent(process[1]) };
    } catch {
      return { name: 'notFound', hash };
    }
  }
  return { name: 'notFound', hash };
}

export function routeHref(route: Exclude<Route, { name: 'notFound' }>): string {
  switch (route.name) {
    case 'workspace':
      return '#/';
    case 'process':
      return `#/process/${encodeURIComponent(route.id)}`;
    case 'settings':
      return '#/settings';
    case 'method':
      return '#/method';
    case 'accessibility':
      return '#/barrierefreiheit';
  }
}
