import { startTransition, useEffect, useMemo, useState } from 'react';
import { hrefOf, parseRoute, type Route } from '../utils/route';

// Moving between the panel's places (utils/route.ts says how a place is written in the hash).

export { hrefOf, parseRoute, type Route };

export function navigate(route: Route, { replace = false } = {}): void {
  const href = hrefOf(route);
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  // pushState does not fire hashchange; tell the router ourselves.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useRoute(): Route {
  // The hash itself is the state: setting the same hash again renders nothing.
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    // A transition: a view whose code is still loading leaves the current one on screen meanwhile.
    const update = () => startTransition(() => setHash(window.location.hash));
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    // The hash may have changed between the first render and now, with no one listening (a link
    // followed as the panel starts): read it again.
    update();
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return useMemo(() => parseRoute(hash), [hash]);
}
