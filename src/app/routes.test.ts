// Tests of the hash routes: every route parses from the href it builds, unknown paths are "not found".
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './routes';

describe('routes', () => {
  it('given an empty or root hash, when parsed, then it is the workspace', () => {
    expect(parseRoute('')).toEqual({ name: 'workspace' });
    expect(parseRoute('#/')).toEqual({ name: 'workspace' });
  });

  it('given each route, when its href is parsed, then the same route comes back', () => {
    for (const route of [{ name: 'workspace' }, { name: 'settings' }, { name: 'method' }, { name: 'accessibility' }, { name: 'process', id: 'a b/ü' }] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });

  it('given an unknown path or a broken escape, when parsed, then it is not found', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'notFound', hash: '#/nowhere' });
    expect(parseRoute('#/process/%E0%A4%A')).toEqual({ name: 'notFound', hash: '#/process/%E0%A4%A' });
  });
});
