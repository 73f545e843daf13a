import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

/** A saved Gmail page from tests/fixtures/gmail. */
export const gmailFixture = (name: string) => readFileSync(path.resolve('tests/fixtures/gmail', name), 'utf8');

/** Serves mail.google.com documents with whatever `page()` returns at the time; nothing else. */
export async function serveGmail(context: BrowserContext, page: () => string): Promise<void> {
  await context.route('https://mail.google.com/**', (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page() })
      : route.fulfill({ status: 404 }),
  );
}

/** Gmail moves between threads by changing the hash, then renders the new thread in place. */
export async function openThreadInPage(gmail: Page, hash: string, html: string): Promise<void> {
  await gmail.evaluate(
    ({ hash, html }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      location.hash = hash;
      setTimeout(() => {
        document.title = next.title;
        document.body.replaceChildren(...[...next.body.childNodes].map((node) => document.importNode(node, true)));
      }, 50);
    },
    { hash, html },
  );
}
