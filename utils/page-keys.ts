import { canonicalCompanyUrl, canonicalProfileUrl, salesNavigatorLeadId } from './identity';

// When two addresses show the same page, per site: an in-page move between them is no move at all
// (no "waiting" between a profile and its contact overlay). One function per site, so each page
// script carries only its own.

const by = (key: (url: string) => string | null) => (a: string, b: string) => {
  const keyA = key(a);
  return keyA !== null && keyA === key(b);
};

/** The same profile, company, lead or conversation, whatever the query, overlay or trailing slash. */
export const sameLinkedInPage = by(
  (url) =>
    canonicalProfileUrl(url) ??
    canonicalCompanyUrl(url) ??
    salesNavigatorLeadId(url) ??
    /^https:\/\/www\.linkedin\.com(\/messaging\/thread\/[^/?#]+)/.exec(url)?.[1] ??
    null,
);

/** The same Gmail page without its query; a thread in its own window is named by its query. */
export const sameGmailPage = by((url) => {
  if (!url.startsWith('https://mail.google.com/')) return null;
  const [base = url, query = ''] = url.split('?');
  return base.endsWith('/popout') ? `${base}?${new URLSearchParams(query).get('th') ?? ''}` : base;
});

/** The same Outlook item (`…/id/<id>`), whatever folder it was opened from. */
export const sameOutlookPage = by(
  (url) => /^https:\/\/outlook\.(?:office|office365|live)\.com\/mail\/.*?\/(?:id|read)\/([^/?#]+)/.exec(url)?.[1] ?? null,
);
