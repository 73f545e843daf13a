import { sameGmailPage, sameLinkedInPage, sameOutlookPage } from './page-keys';

// Which of Tend's page scripts reads a page, and whether one already runs there.
//
// They are not declared in the manifest: Chromium runs a declared script before the page's load
// event, which delays that event by the cost of an isolated world (measured 5–20 ms on a small
// page, the same for a script that does nothing). The background injects them once the tab has
// finished loading instead (see entrypoints/background/page-scripts.ts).

export const LINKEDIN_PAGES = 'https://www.linkedin.com/*';
export const GMAIL_PAGES = 'https://mail.google.com/mail/*';
/** Outlook on the web, work and personal: optional hosts, granted when the rep switches Outlook on. */
export const OUTLOOK_PAGES = [
  'https://outlook.office.com/mail/*',
  'https://outlook.office365.com/mail/*',
  'https://outlook.live.com/mail/*',
] as const;
/** The host permissions behind OUTLOOK_PAGES, as the manifest's optional_host_permissions lists them. */
export const OUTLOOK_ORIGINS = ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'] as const;

export interface PageScript {
  /** The built file, from the extension's root. */
  file: '/page-linkedin.js' | '/page-gmail.js' | '/page-outlook.js';
  /** A match pattern, as in a manifest. */
  matches: string;
}

export const PAGE_SCRIPTS: readonly PageScript[] = [
  { file: '/page-linkedin.js', matches: LINKEDIN_PAGES },
  { file: '/page-gmail.js', matches: GMAIL_PAGES },
  { file: '/page-outlook.js', matches: 'https://outlook.office.com/mail/*' },
  { file: '/page-outlook.js', matches: 'https://outlook.office365.com/mail/*' },
  { file: '/page-outlook.js', matches: 'https://outlook.live.com/mail/*' },
];

/** True when `url` matches a `scheme://host/path*` pattern (the only form Tend declares). */
export function matchesPattern(pattern: string, url: string): boolean {
  const parts = /^(https?):\/\/([^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, path = '/'] = parts;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== `${scheme}:` || parsed.hostname !== host || parsed.port !== '') return false;
  const where = parsed.pathname + parsed.search;
  return path.endsWith('*') ? where.startsWith(path.slice(0, -1)) : where === path;
}

/**
 * Two addresses of one page as Tend reads it: the same profile, company, lead or conversation
 * (whatever their query, overlay or trailing slash), the same Gmail thread or Outlook item, else
 * the same address. The background's check; each page script takes its own site's (page-keys.ts).
 */
export function samePage(a: string, b: string): boolean {
  return sameLinkedInPage(a, b) || sameGmailPage(a, b) || sameOutlookPage(a, b) || a === b;
}

export function pageScriptFor(url: string | undefined): PageScript | null {
  if (!url) return null;
  return PAGE_SCRIPTS.find((script) => matchesPattern(script.matches, url)) ?? null;
}

/** What a running page script leaves in its isolated world, so the background does not start a second one. */
interface RunningMark {
  tendPageScript?: () => boolean;
  /** Tells the running script the tab may have moved (the browser reported a navigation). */
  tendPageScriptPoke?: () => void;
}

/**
 * Called by a page script when it starts; `isAlive` turns false once the extension was reloaded or
 * updated; `onPoke` runs when the background sees the tab navigate (pushState, hash), so an
 * in-page move is noticed even when the page changes neither its title nor its history events.
 */
export function markPageScriptRunning(isAlive: () => boolean, onPoke: () => void = () => undefined): void {
  const mark = globalThis as RunningMark;
  mark.tendPageScript = isAlive;
  mark.tendPageScriptPoke = onPoke;
}

/**
 * Injected into the tab before a page script (self-contained: it runs there, not here). Same-page
 * navigations (pushState, hash) report the tab loading and complete again, on the same document:
 * a running script is poked to look at the address again.
 */
export function isPageScriptRunning(): boolean {
  const mark = globalThis as RunningMark;
  try {
    const running = typeof mark.tendPageScript === 'function' && mark.tendPageScript() === true;
    if (running) mark.tendPageScriptPoke?.();
    return running;
  } catch {
    // A script left behind by an earlier version of the extension can throw: it is not running.
    return false;
  }
}
