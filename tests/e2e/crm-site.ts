import type { BrowserContext, Page, Route } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { Fake } from '../support/fake-http';

// Code passed to addInitScript() runs inside the extension, where Chromium's `chrome` is the WebExtension API.
declare const chrome: typeof browser;

export interface HeldRequest {
  method: string;
  path: string;
  /** Sends the CRM's answer, late. */
  answer: () => Promise<void>;
}

/**
 * Serves a CRM's real API host (api.hubapi.com, api.pipedrive.com) from a fake. A request `hold`
 * picks is carried out by the fake at once but its answer is held back until the test calls
 * `answer()` (or forever): the moment a push is cut off after the CRM acted and before Tend heard.
 */
export async function routeCrm(
  context: BrowserContext,
  host: 'api.hubapi.com' | 'api.pipedrive.com',
  fake: Fake,
  hold: (method: string, path: string) => boolean = () => false,
): Promise<HeldRequest[]> {
  const held: HeldRequest[] = [];
  await context.route(`https://${host}/**`, async (route: Route) => {
    const request = route.request();
    const method = request.method();
    const url = new URL(request.url());
    // The browser's CORS preflight for a request with an Authorization or x-api-token header.
    if (method === 'OPTIONS') {
      await route.fulfill({
        status: 204,
        headers: {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
          'access-control-allow-headers': 'authorization, content-type, x-api-token, accept',
        },
      });
      return;
    }
    const answer = fake.handle({
      method,
      url: `${url.pathname}${url.search}`,
      headers: await request.allHeaders(),
      body: request.postData() ?? '',
    });
    const send = () =>
      route.fulfill({
        status: answer.status,
        headers: {
          ...answer.headers,
          'access-control-allow-origin': '*',
          'access-control-expose-headers': 'retry-after, x-ratelimit-reset',
        },
        body: JSON.stringify(answer.body),
      });
    if (hold(method, url.pathname)) held.push({ method, path: url.pathname, answer: () => send().catch(() => undefined) });
    else await send();
  });
  return held;
}

export function routeHubSpot(context: BrowserContext, fake: Fake, hold?: (method: string, path: string) => boolean) {
  return routeCrm(context, 'api.hubapi.com', fake, hold);
}

/**
 * Answers the browser's permission prompt, which Playwright cannot reach (microsoft/playwright#32755):
 * the page's permissions.request resolves as the rep's click on Allow or Deny would, and records that it was asked.
 * permissions.contains and remove answer as the browser would after that answer, in that page.
 */
export async function answerPermissionPrompts(page: Page, allow: boolean): Promise<void> {
  await page.addInitScript((answer) => {
    const asked: unknown[] = [];
    // What the rep allowed outlives a reload of the page, as the browser's grant would.
    const KEY = 'test:granted-origins';
    const granted = new Set<string>(JSON.parse(localStorage.getItem(KEY) ?? '[]') as string[]);
    const save = () => localStorage.setItem(KEY, JSON.stringify([...granted]));
    const realContains = chrome.permissions.contains.bind(chrome.permissions);
    Object.assign(globalThis, { permissionRequests: asked });
    const define = (name: string, value: unknown) => Object.defineProperty(chrome.permissions, name, { configurable: true, value });
    define('request', (request: { origins?: string[] }) => {
      asked.push(request);
      if (answer) for (const origin of request.origins ?? []) granted.add(origin);
      save();
      return Promise.resolve(answer);
    });
    define(
      'contains',
      async (request: { origins?: string[] }) => (request.origins ?? []).every((origin) => granted.has(origin)) || realContains(request),
    );
    define('remove', async (request: { origins?: string[] }) => {
      for (const origin of request.origins ?? []) granted.delete(origin);
      save();
      return true;
    });
  }, allow);
}
