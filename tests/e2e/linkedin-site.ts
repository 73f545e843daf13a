import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

export function linkedinFixture(name: string): string {
  return readFileSync(path.resolve('tests/fixtures/linkedin', name), 'utf8');
}

/** A page of the shared corpus, from its copy in tests/fixtures/corpus (a fresh clone has no ../shared/). */
export function corpusPage(name: string): string {
  return readFileSync(path.resolve('tests/fixtures/corpus/linkedin', name), 'utf8');
}

/** Two people from the saved pages: Ana Castillo (the classic layout) and Wei Zhang (a public profile). */
export const ANA = 'https://www.linkedin.com/in/ana-castillo-7b2a19/';
export const WEI = 'https://www.linkedin.com/in/wei-zhang-initech';
export const anaAndWei = (): Map<string, string> =>
  new Map([
    ['/in/ana-castillo-7b2a19', linkedinFixture('profile-classic.html')],
    ['/in/wei-zhang-initech', linkedinFixture('profile-public.html')],
  ]);

/**
 * Serves LinkedIn pages on their real URLs from our fixtures. `pages` maps a path prefix to the
 * HTML served there; it can be changed between visits (a job change on the same profile).
 */
export async function serveLinkedIn(context: BrowserContext, pages: Map<string, string>): Promise<void> {
  await context.route('https://www.linkedin.com/**', (route) => {
    const { pathname } = new URL(route.request().url());
    const match = [...pages.entries()].find(([prefix]) => pathname.startsWith(prefix));
    if (!match || route.request().resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: match[1] });
  });
}

/** Navigate the way LinkedIn does: pushState, then swap the document's head and body, no reload. */
export async function navigateInPage(page: Page, url: string, html: string): Promise<void> {
  await page.evaluate(
    ({ url, html }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', url);
      document.body.replaceChildren(...[...next.body.childNodes].map((node) => document.importNode(node, true)));
      for (const node of document.head.querySelectorAll('script[type="application/ld+json"], meta, link[rel="canonical"]')) node.remove();
      for (const node of next.head.querySelectorAll('script[type="application/ld+json"], meta, link[rel="canonical"]'))
        document.head.append(document.importNode(node, true));
      document.title = next.title;
    },
    { url, html },
  );
}

/**
 * The first half of LinkedIn's in-page move: the address changes (pushState) while the previous
 * profile's markup and title stay on screen (EVIDENCE N1, N2, N4).
 */
export async function changeAddressInPage(page: Page, url: string): Promise<void> {
  await page.evaluate((next) => history.pushState({}, '', next), url);
}

/** The second half: the new profile renders in place; the tab's title may follow later. */
export async function renderInPage(page: Page, html: string, { title = true } = {}): Promise<void> {
  await page.evaluate(
    ({ html, title }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceChildren(...[...next.body.childNodes].map((node) => document.importNode(node, true)));
      if (title) document.title = next.title;
    },
    { html, title },
  );
}
