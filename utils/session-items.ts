import type { PendingClip } from './clip/pending-clip';
import { freshIntent, type Intent } from './intent';
import type { Capture } from './model/capture';
import type { PageFills } from './page-fills';
import { storageItem } from './storage-item';

// What the background and the side panel pass each other through storage.session, each key
// defined here once. The background writes; the panel reads and follows changes. What came from a
// web page was parsed where it entered: a capture by the background's check (checkCapture), a clip
// where it was grabbed. Session storage is closed to pages and content scripts (its access level
// is never widened) and emptied when Tend updates, so what is read back is what Tend wrote, and is
// not parsed again: the panel opens without loading Zod.

export const CAPTURE_PREFIX = 'capture:';

/** The latest capture of a tab, with the tab, when it was read and the page's address then. */
export type StoredCapture = Capture & { tabId: number; at: number; pageUrl?: string | undefined };

export const tabCapture = (tabId: number) => storageItem<StoredCapture>('session', `${CAPTURE_PREFIX}${tabId}`);

/** Values the rep chose on a tab's page ("Use as title…"), laid over its capture. */
export const tabFills = (tabId: number) => storageItem<PageFills>('session', `fills:${tabId}`);

/** What the background asks the panel to do when the rep acts outside it. */
export const intentItem = storageItem<Intent>('session', 'tend:intent');

/** A page grabbed for clipping, waiting for the rep to say whose article it is. */
export const pendingClipItem = storageItem<PendingClip>('session', 'tend:pending-clip');

/** The tab whose capture a session key holds, or undefined for another key. */
export function tabOfCaptureKey(key: string): number | undefined {
  if (!key.startsWith(CAPTURE_PREFIX)) return undefined;
  const tabId = Number(key.slice(CAPTURE_PREFIX.length));
  return Number.isInteger(tabId) ? tabId : undefined;
}

/** The capture itself, without what the background stored beside it. */
export function captureOf({ tabId: _tab, at: _at, pageUrl: _url, ...capture }: StoredCapture): Capture {
  return capture;
}

export async function readTabFills(tabId: number): Promise<PageFills | undefined> {
  return (await tabFills(tabId).getValue()) ?? undefined;
}

/** The pending intent, if it is fresh, taken (removed) so it is carried out once. */
export async function takeIntent(now: number): Promise<Intent | null> {
  const stored = await intentItem.getValue();
  if (stored !== null) await intentItem.removeValue();
  return freshIntent(stored, now);
}

export function readPendingClip(): Promise<PendingClip | null> {
  return pendingClipItem.getValue();
}
