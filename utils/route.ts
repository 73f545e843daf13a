// The panel's place lives in the URL hash, so a reload (or reopening the panel) keeps it. Pure, so
// the panel's first script (entrypoints/sidepanel-early.ts) reads the route without React.

export type Route =
  | { name: 'page' }
  | { name: 'today' }
  | { name: 'contacts'; query: string }
  | { name: 'contact'; id: string }
  | { name: 'hinge'; id: string }
  | { name: 'account'; id?: string | undefined; company?: string | undefined }
  | { name: 'new-contact' }
  | { name: 'insights' }
  | { name: 'data' }
  | { name: 'settings' }
  | { name: 'capture-health' }
  | { name: 'welcome' };

/** A hash's parts: `#/head/arg?search`. */
function routeParts(hash: string): { head: string | undefined; arg: string | undefined; search: string } {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [head, arg] = path.split('/');
  return { head, arg, search };
}

export function parseRoute(hash: string): Route {
  const { head, arg, search } = routeParts(hash);
  switch (head) {
    case 'contacts':
      return { name: 'contacts', query: new URLSearchParams(search).get('q') ?? '' };
    case 'contact':
      if (arg === 'new') return { name: 'new-contact' };
      return arg ? { name: 'contact', id: decodeURIComponent(arg) } : { name: 'contacts', query: '' };
    case 'hinge':
      return arg ? { name: 'hinge', id: decodeURIComponent(arg) } : { name: 'contacts', query: '' };
    case 'account': {
      const params = new URLSearchParams(search);
      return { name: 'account', id: params.get('id') ?? undefined, company: params.get('company') ?? undefined };
    }
    case 'settings':
      return { name: 'settings' };
    case 'capture-health':
      return { name: 'capture-health' };
    case 'welcome':
      return { name: 'welcome' };
    case 'insights':
      return { name: 'insights' };
    case 'data':
      return { name: 'data' };
    case 'page':
      return { name: 'page' };
    default:
      return { name: 'today' };
  }
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'contacts':
      return route.query ? `#/contacts?${new URLSearchParams({ q: route.query })}` : '#/contacts';
    case 'contact':
      return `#/contact/${encodeURIComponent(route.id)}`;
    case 'new-contact':
      return '#/contact/new';
    case 'hinge':
      return `#/hinge/${encodeURIComponent(route.id)}`;
    case 'account': {
      const params = new URLSearchParams();
      if (route.id) params.set('id', route.id);
      if (route.company) params.set('company', route.company);
      return `#/account?${params}`;
    }
    default:
      return `#/${route.name}`;
  }
}

/**
 * Whether the panel opened at `hash` shows the contact list, as `parseRoute` reads it: for the
 * panel's first script, which stays small (it counts in the panel's JavaScript budget, issue 22).
 */
export function opensContactList(hash: string): boolean {
  const { head, arg } = routeParts(hash);
  return head === 'contacts' || ((head === 'contact' || head === 'hinge') && !arg);
}
