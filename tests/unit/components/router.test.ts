import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../../components/router';

describe('panel routes', () => {
  it.each<Route>([
    { name: 'page' },
    { name: 'today' },
    { name: 'contacts', query: '' },
    { name: 'contacts', query: 'zoë & co' },
    { name: 'contact', id: 'a1/b2' },
    { name: 'new-contact' },
    { name: 'settings' },
  ])('round-trips %j through the hash', (route) => {
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('falls back to Today on an unknown or empty hash', () => {
    expect(parseRoute('')).toEqual({ name: 'today' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'today' });
  });
});
