import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';

/** The built Chrome extension; `npm test` builds it before the e2e run. */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const SCREENSHOT_DIR = path.resolve('test-results/screens');
const SMALL_DISK_CHROMIUM = path.resolve('tests/e2e/chromium-small-disk.sh');

/**
 * Launch Debian's Chromium with Tend loaded, in a throwaway profile. `extension: false` launches the
 * same browser without it: the baseline `npm run bench` measures beside.
 */
export async function launchWithExtension(
  options: {
    headless?: boolean;
    profileDir?: string;
    extension?: boolean;
    extensionDir?: string;
    /** A size such as '40m': the profile lives on a disk of that size, which a test can fill. */
    diskSize?: string;
    /** Lets a test install an extension later (Playwright otherwise starts Chromium with extensions off). */
    installLater?: boolean;
  } = {},
): Promise<{
  context: BrowserContext;
  profileDir: string;
}> {
  const profileDir = options.profileDir ?? mkdtempSync(path.join(tmpdir(), 'tend-profile-'));
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const extensionArgs = options.extension === false ? [] : [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
  const context = await chromium.launchPersistentContext(profileDir, {
    ...(options.diskSize
      ? {
          executablePath: SMALL_DISK_CHROMIUM,
          env: {
            ...process.env,
            TEND_DISK_DIR: profileDir,
            TEND_DISK_SIZE: options.diskSize,
            TEND_DISK_CONTROL: diskControlOf(profileDir),
          },
        }
      : { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }),
    headless: options.headless ?? true,
    ...(options.installLater ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    viewport: { width: 420, height: 800 },
    args: [
      ...extensionArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Lets a test click Tend's toolbar button on a tab through CDP (Extensions.triggerAction), as a rep would.
      '--enable-unsafe-extension-debugging',
    ],
  });
  // No internet here, and no test should depend on it: everything not routed explicitly is refused.
  await context.route(/^(https?|wss?):\/\//, (route) => route.abort());
  return { context, profileDir };
}

/** Where a test tells the small disk's other program to fill or free it (see chromium-small-disk.sh). */
function diskControlOf(profileDir: string): string {
  const control = `${profileDir}.disk`;
  mkdirSync(control, { recursive: true });
  return control;
}

/** Has the small disk filled to the last byte, or freed again, by another program; resolves when done. */
export async function takeDisk(profileDir: string, step: 'fill' | 'free'): Promise<void> {
  const control = diskControlOf(profileDir);
  writeFileSync(path.join(control, step), '');
  const done = path.join(control, step === 'fill' ? 'filled' : 'freed');
  while (!existsSync(done)) await new Promise((resolve) => setTimeout(resolve, 50));
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens the side panel document as a tab: same page, same database as the real panel. */
  openPanel: (hash?: string) => Promise<Page>;
  /** Fails the test on any uncaught error in the extension's pages. */
  pageErrors: Error[];
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  context: async ({}, use) => {
    const { context, profileDir } = await launchWithExtension();
    await use(context);
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(extensionIdOf(serviceWorker));
  },
  // biome-ignore lint/correctness/noEmptyPattern: see above.
  pageErrors: async ({}, use) => {
    const errors: Error[] = [];
    await use(errors);
    if (errors.length > 0) throw new Error(`Uncaught errors in the extension: ${errors.map((error) => error.message).join('; ')}`);
  },
  openPanel: async ({ context, extensionId, pageErrors }, use) => {
    await use(async (hash = '') => {
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error));
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${hash}`);
      return page;
    });
  },
});

export const expect = test.expect;

/** What the rep sees: the whole panel, or (`fullPage: false`) the part scrolled into view. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/**
 * Click Tend's toolbar button on a page's tab, as the rep does: it opens the side panel and grants
 * activeTab for that tab. Playwright has no API for the toolbar; CDP's Extensions.triggerAction does it.
 */
export async function clickToolbarButton(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context');
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const tab = targetInfos.find((target) => target.url === page.url());
  if (!tab) throw new Error(`no tab shows ${page.url()}`);
  await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  await session.detach();
}

/** The menu item's click as Chromium delivers it to the worker (no test can click the native menu). */
export async function chooseMenuItem(worker: Worker, menuItemId: string, url: string, selectionText?: string): Promise<void> {
  await worker.evaluate(
    async ({ menuItemId, url, selectionText }) => {
      // The worker's own extension API; the test's TypeScript does not know it.
      const { chrome } = globalThis as unknown as {
        chrome: {
          tabs: { query: (filter: { url: string }) => Promise<{ id?: number }[]> };
          contextMenus: { onClicked: { dispatch: (info: object, tab: object) => void } };
        };
      };
      const [tab] = await chrome.tabs.query({ url });
      if (!tab) throw new Error(`no tab at ${url}`);
      chrome.contextMenus.onClicked.dispatch({ menuItemId, selectionText, editable: false, pageUrl: url }, tab);
    },
    { menuItemId, url, selectionText },
  );
}
