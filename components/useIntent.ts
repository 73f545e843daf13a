import { useEffect } from 'react';
import type { Intent } from '../utils/intent';
import { intentItem, takeIntent } from '../utils/session-items';
import { requestLogTouch } from './log-request';
import { navigate, parseRoute } from './router';
import type { PageCapture } from './usePageCapture';

/**
 * Carry out what the background asked for (a notification clicked, a keyboard command): open a
 * contact, or log a touch on the current contact: the one on screen, else the person on the page.
 */
export function useIntent(page: PageCapture | undefined): void {
  useEffect(() => {
    if (page === undefined) return;
    const take = async () => {
      const intent = await takeIntent(Date.now());
      if (intent) await carryOut(intent, page);
    };
    void take();
    return intentItem.watch((value) => {
      if (value !== null) void take();
    });
  }, [page]);
}

async function carryOut(intent: Intent, page: PageCapture): Promise<void> {
  if (intent.kind === 'open-contact') {
    navigate({ name: 'contact', id: intent.contactId });
    return;
  }
  if (intent.kind === 'show-page') {
    navigate({ name: 'page' });
    return;
  }
  const route = parseRoute(window.location.hash);
  if (route.name === 'contact') {
    requestLogTouch(route.id);
    return;
  }
  const capture = page.capture;
  if (capture?.kind === 'linkedin-person') {
    // Matching loads with the first such request, not with every panel.
    const { matchPerson } = await import('../storage/person-match');
    const match = await matchPerson(capture);
    if (match.kind === 'known') {
      navigate({ name: 'contact', id: match.contact.id });
      requestLogTouch(match.contact.id);
      return;
    }
  }
  // A thread is logged from the page view; an unknown person is kept there first.
  navigate(capture ? { name: 'page' } : { name: 'contacts', query: '' });
}
