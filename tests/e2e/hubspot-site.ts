import type { BrowserContext, Page, Route } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { FakeHubSpot } from '../support/fake-hubspot';

// Code passed to addInitScript() runs inside the extension, where Chromium's `chrome` is the WebExtension API.
declare const chrome: typeof browser;

export interface HeldRequest {
  method: string;
  path: string;
  /** Sends HubSpot's answer, late. */
  answer: () => Promise<void>;
}

/**
 * Serves api.hubapi.com from `hubspot`. A request `hold` picks is carried out by HubSpot at once
 * but its answer is held back until the test calls `answer()` (or forever): the moment a push is
 * cut off after HubSpot acted and before Tend heard.
 */
export async function routeHubSpot(
  context: BrowserContext,
  hubspot: FakeHubSpot,
  hold: (method: string, path: string) => boolean = () => false,
): Promise<HeldRequest[]> {
  const held: HeldRequest[] = [];
  await context.route('https://api.hubapi.com/**', async (route: Route) => {
    const request = route.request();
    const method = request.method();
    const path = new URL(request.url()).pathname;
    const answer = hubspot.handle({
      method,
      path,
      authorization: (await request.headerValue('authorization')) ?? undefined,
      body: request.postData() ?? '',
    });
    const send = () =>
      route.fulfill({
        status: answer.status,
        headers: { ...answer.headers, 'access-control-allow-origin': '*' },
        body: JSON.stringify(answer.body),
      });
    if (hold(method, path)) held.push({ method, path, answer: () => send().catch(() => undefined) });
    else await send();
  });
  return held;
}

/**
 * Answers the browser's permission prompt, which Playwright cannot reach (microsoft/playwright#32755):
 * the page's permissions.request resolves as the rep's click on Allow or Deny would, and records that it was asked.
 */
export async function answerPermissionPrompts(page: Page, allow: boolean): Promise<void> {
  await page.addInitScript((answer) => {
    const asked: unknown[] = [];
    Object.assign(globalThis, { permissionRequests: asked });
    Object.defineProperty(chrome.permissions, 'request', {
      configurable: true,
      value: (request: unknown) => {
        asked.push(request);
        return Promise.resolve(answer);
      },
    });
  }, allow);
}
