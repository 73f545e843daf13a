import { rmSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_DIR, expect, launchWithExtension, screenshot, test } from './fixtures';
import { ANA, anaAndWei, linkedinFixture, navigateInPage, serveLinkedIn, WEI } from './linkedin-site';

// The LinkedIn and Gmail scripts are started by the background once a tab has loaded, not declared
// in the manifest (utils/page-scripts.ts): the page's own load is not held up by Tend.

/** Installs Tend into a running browser, as the rep does from the store: CDP's Extensions.loadUnpacked. */
async function install(context: BrowserContext): Promise<string> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context');
  const session = await browser.newBrowserCDPSession();
  const { id } = (await session.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never)) as { id: string };
  await session.detach();
  return id;
}

test('installed while a LinkedIn profile is open, Tend reads it without a reload, then follows the tab', async () => {
  const { context, profileDir } = await launchWithExtension({ extension: false, installLater: true });
  try {
    await serveLinkedIn(context, anaAndWei());
    const linkedin = await context.newPage();
    await linkedin.goto(ANA);
    await linkedin.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    const id = await install(context);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await expect(panel.getByRole('heading', { name: 'New person' })).toBeVisible();
    await expect(panel.getByLabel('Full name')).toHaveValue('Ana Castillo');
    await screenshot(panel, 'installed-with-linkedin-open');

    // LinkedIn changes the address first and renders the next profile a moment later. The tab
    // reports loading again; a second script started now would read Ana's page as Wei's.
    await linkedin.evaluate((url) => history.pushState({}, '', url), WEI);
    await linkedin.waitForTimeout(500);
    await navigateInPage(linkedin, WEI, linkedinFixture('profile-public.html'));
    await expect(panel.getByLabel('Full name')).toHaveValue('Wei Zhang');
    await expect(panel.getByLabel('LinkedIn URL')).toHaveValue('https://www.linkedin.com/in/wei-zhang-initech');
    expect(await linkedin.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // A page loaded from now on is read once it has loaded, never during its load.
    await linkedin.goto(ANA);
    await expect(panel.getByLabel('Full name')).toHaveValue('Ana Castillo');
    const timing = await linkedin.evaluate(() => ({
      loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
      read: performance.getEntriesByName('tend:detect')[0]?.startTime ?? Number.NaN,
    }));
    expect(timing.loaded).toBeGreaterThan(0);
    expect(timing.read).toBeGreaterThanOrEqual(timing.loaded);
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
});
