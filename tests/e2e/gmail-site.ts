import type { Page } from '@playwright/test';

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
