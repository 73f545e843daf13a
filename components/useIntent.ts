import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { matchPerson } from '../storage/captures';
import { freshIntent, INTENT_KEY, type Intent } from '../utils/intent';
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
      const stored = (await browser.storage.session.get(INTENT_KEY))[INTENT_KEY];
      const intent = freshIntent(stored, Date.now());
      if (stored !== undefined) await browser.storage.session.remove(INTENT_KEY);
      if (intent) await carryOut(intent, page);
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && INTENT_KEY in changes) void take();
    };
    void take();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
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
