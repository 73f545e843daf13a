import type { BrowserContext, Page, Worker } from '@playwright/test';

interface VersionUpdate {
  versions: { scriptURL: string; runningStatus: string }[];
}

/**
 * Stops Tend's service worker as Chromium does when it has been idle (or when it crashes): its
 * globals, timers and in-flight work are gone, and the next event starts it afresh. Resolves once
 * Chromium reports it stopped. Uses CDP's ServiceWorker domain, through any page of the profile.
 */
export async function stopServiceWorker(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const session = await context.newCDPSession(page);
  const ours = (update: VersionUpdate, status: string) =>
    update.versions.some(
      (version) => version.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && version.runningStatus === status,
    );
  const stopped = new Promise<void>((resolve) => {
    session.on('ServiceWorker.workerVersionUpdated' as never, (update: VersionUpdate) => {
      if (ours(update, 'stopped')) resolve();
    });
  });
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await session.detach();
}

/** Leaves a mark in the worker's global scope; a worker that was stopped and started again has none. */
export function markWorker(worker: Worker): Promise<void> {
  return worker.evaluate(() => {
    (globalThis as { tendMark?: boolean }).tendMark = true;
  });
}

export function isMarked(worker: Worker): Promise<boolean> {
  return worker.evaluate(() => (globalThis as { tendMark?: boolean }).tendMark === true);
}
