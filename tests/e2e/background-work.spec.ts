import type { Worker } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { expect, screenshot, test } from './fixtures';
import { ANA, anaAndWei, serveLinkedIn, WEI } from './linkedin-site';
import { isMarked, markWorker, stopServiceWorker } from './service-worker';

// Chrome's worker imports nothing: the work that needs the database and the schemas runs in an
// offscreen document it opens on first need and closes when that has been idle
// (entrypoints/background/load-work.ts). A capture still lands after both are gone.

// Code passed to evaluate() runs inside the extension, where Chromium's `chrome` is the WebExtension API.
declare const chrome: typeof browser;

const openDocuments = (worker: Worker) =>
  worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).then((contexts) => contexts.length));

test('a capture lands after the worker stopped and its work was closed; a ping wakes the worker without it', async ({
  context,
  extensionId,
  openPanel,
  serviceWorker,
}) => {
  await serveLinkedIn(context, anaAndWei());
  const linkedin = await context.newPage();
  await linkedin.goto(ANA);
  const panel = await openPanel();
  await expect(panel.getByLabel('Full name')).toHaveValue('Ana Castillo');
  expect(await openDocuments(serviceWorker)).toBe(1);

  // The document says it has been idle (after a minute without work): the worker closes it.
  await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'work-idle' }));
  await expect.poll(() => openDocuments(serviceWorker)).toBe(0);

  // Chromium stops the idle worker. A ping starts it again and is answered with nothing opened.
  await markWorker(serviceWorker);
  await stopServiceWorker(context, panel, extensionId);
  expect(await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }))).toEqual({ ok: true });
  expect(await openDocuments(serviceWorker)).toBe(0);
  expect(await isMarked(serviceWorker)).toBe(false);

  // The next profile's capture opens the work again, is checked there, and shows in the panel.
  await linkedin.goto(WEI);
  await expect(panel.getByLabel('Full name')).toHaveValue('Wei Zhang');
  await expect(panel.getByLabel('LinkedIn URL')).toHaveValue('https://www.linkedin.com/in/wei-zhang-initech');
  expect(await openDocuments(serviceWorker)).toBe(1);
  await screenshot(panel, 'capture-after-worker-stopped');
});
