import type { Capture } from '../../utils/model/capture';
import { lazyView } from '../lazy-view';

// What the page view shows for each kind of page, each loading on its own: a panel opened on a
// LinkedIn profile loads the person's view, not Gmail's or a company's (issue 22's budget).
// usePageCapture loads the kind's code before it hands a capture over, so the view never waits.

export const PersonOnPage = lazyView(() => import('./PersonOnPage').then((module) => module.PersonOnPage));
export const CompanyOnPage = lazyView(() => import('./CompanyOnPage').then((module) => module.CompanyOnPage));
export const ThreadOnPage = lazyView(() => import('./ThreadOnPage').then((module) => module.ThreadOnPage));
export const ConversationOnPage = lazyView(() => import('./ConversationOnPage').then((module) => module.ConversationOnPage));

const BY_KIND = {
  'linkedin-person': PersonOnPage,
  'linkedin-company': CompanyOnPage,
  'gmail-thread': ThreadOnPage,
  'outlook-thread': ThreadOnPage,
  'linkedin-conversation': ConversationOnPage,
} as const;

/** Load the code that shows this capture. Never fails: a view that could not load says so when shown. */
export function preloadOnPage(capture: Capture | null): Promise<void> {
  if (!capture || capture.kind === 'waiting') return Promise.resolve();
  return BY_KIND[capture.kind].preload().catch(() => undefined);
}
