import type { BrowserContext, Page } from '@playwright/test';
import { panelOpenJs } from '../support/panel-js';
import { expect, test } from './fixtures';
import { linkedinFixture, serveLinkedIn } from './linkedin-site';

// The budget on what the panel loads at open (tests/unit/panel-js.test.ts) is measured over the
// build; this checks in Chromium that it is what the panel really loads, and that Zod, which
// validates writes, comes with the first write and not before.

const ANA = 'https://www.linkedin.com/in/ana-castillo-7b2a19/';

/**
 * The panel page, opened with the debugger following every script it parses (resource timing
 * leaves out extension pages' own files). `loaded()` lists them as paths in the build.
 */
async function panelWatchingScripts(context: BrowserContext, extensionId: string): Promise<{ panel: Page; loaded: () => string[] }> {
  const panel = await context.newPage();
  const scripts = new Set<string>();
  const debug = await context.newCDPSession(panel);
  debug.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith(`chrome-extension://${extensionId}/`)) scripts.add(new URL(url).pathname.slice(1));
  });
  await debug.send('Debugger.enable');
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return { panel, loaded: () => [...scripts] };
}

test('the panel opened on a LinkedIn profile loads what the budget counts, and the models only with the first write', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  await serveLinkedIn(context, new Map([['/in/ana-castillo-7b2a19', linkedinFixture('profile-classic.html')]]));
  const { panel, loaded } = await panelWatchingScripts(context, extensionId);
  panel.on('pageerror', (error) => pageErrors.push(error));
  await expect(panel.getByRole('heading', { name: 'Welcome to Tend' })).toBeVisible();
  const linkedin = await context.newPage();
  await linkedin.goto(ANA);
  await expect(panel.getByRole('heading', { name: 'New person' })).toBeVisible();
  await expect(panel.getByLabel('Full name')).toHaveValue('Ana Castillo');

  const { views } = panelOpenJs();
  const counted = new Set(views.filter((view) => ['plain opening', 'LinkedIn profile'].includes(view.view)).flatMap((view) => view.files));
  const atOpen = loaded();
  expect(atOpen.length).toBeGreaterThan(5);
  expect(atOpen.filter((file) => !counted.has(file))).toEqual([]);
  expect(atOpen.some((file) => file.includes('zod-config'))).toBe(false);

  await panel.getByRole('button', { name: 'Keep' }).click();
  await expect(panel.getByRole('heading', { name: 'Ana Castillo' })).toBeVisible();
  expect(loaded().some((file) => file.includes('zod-config'))).toBe(true);
});
