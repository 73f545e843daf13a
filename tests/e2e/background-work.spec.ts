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

  // The document says it has been idle (after a minute without work): the worker closes it. A call
  // still on its way (the worker's own check of what is due, a second read of the page) keeps it
  // open, and the document says so again a minute after that call; here, at once, until it closes.
  await expect
    .poll(async () => {
      await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'work-idle' }));
      return openDocuments(serviceWorker);
    })
    .toBe(0);

  // Chromium stops the idle worker. A ping starts it again and is answered with nothing opened
  // (counted straight after the answer: a second later the new worker's own check opens it).
  await markWorker(serviceWorker);
  await stopServiceWorker(context, panel, extensionId);
  const woken = await panel.evaluate(async () => {
    const answer: unknown = await chrome.runtime.sendMessage({ type: 'ping' });
    const open = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    return { answer, open: open.length };
  });
  expect(woken).toEqual({ answer: { ok: true }, open: 0 });
  expect(await isMarked(serviceWorker)).toBe(false);

  // The next profile's capture opens the work again, is checked there, and shows in the panel.
  await linkedin.goto(WEI);
  await expect(panel.getByLabel('Full name')).toHaveValue('Wei Zhang');
  await expect(panel.getByLabel('LinkedIn URL')).toHaveValue('https://www.linkedin.com/in/wei-zhang-initech');
  expect(await openDocuments(serviceWorker)).toBe(1);
  await screenshot(panel, 'capture-after-worker-stopped');
});
