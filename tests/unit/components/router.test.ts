import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../../components/router';
import { opensContactList } from '../../../utils/route';

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

  // The panel's first script reads the first rows only when the panel opens on the list.
  it.each([
    '',
    '#',
    '#/',
    '#/contacts',
    '#contacts',
    '#/contacts?q=ana',
    '#/contacts/extra',
    '#/contact',
    '#/contact/',
    '#/contact/new',
    '#/contact/a1',
    '#/hinge',
    '#/hinge/a1',
    '#/account?company=Acme',
    '#/today',
    '#/settings',
    '#/contactsx',
    '#/nowhere',
  ])('knows whether %j opens on the contact list, as parseRoute reads it', (hash) => {
    expect(opensContactList(hash)).toBe(parseRoute(hash).name === 'contacts');
  });
});
