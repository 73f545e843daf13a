// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { type Route, useRoute } from '../../../components/router';

// React's act() flushes renders and effects only where the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  history.replaceState(null, '', '#');
  document.body.replaceChildren();
});

function mount(Probe: () => null): void {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => createRoot(host).render(<Probe />));
}

it('follows a hash changed between the panel’s first render and its listening, as a link followed while it starts', () => {
  history.replaceState(null, '', '#');
  const seen: Route[] = [];
  let changed = false;
  mount(() => {
    const route = useRoute();
    seen.push(route);
    // The first render has read the hash; the router listens only once its effect runs. The change
    // lands in between, as Playwright's or the rep's navigation can on a loaded machine.
    if (!changed) {
      changed = true;
      history.replaceState(null, '', '#/contact/new');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
    return null;
  });
  expect(seen[0]).toEqual({ name: 'today' });
  expect(seen.at(-1)).toEqual({ name: 'new-contact' });
});

it('follows later changes, and renders nothing again for the same hash', () => {
  history.replaceState(null, '', '#/contacts?q=ada');
  const seen: Route[] = [];
  mount(() => {
    seen.push(useRoute());
    return null;
  });
  const rendersAtStart = seen.length;
  expect(seen.at(-1)).toEqual({ name: 'contacts', query: 'ada' });
  act(() => window.dispatchEvent(new HashChangeEvent('hashchange')));
  expect(seen).toHaveLength(rendersAtStart);
  act(() => {
    history.pushState(null, '', '#/settings');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  expect(seen.at(-1)).toEqual({ name: 'settings' });
});
