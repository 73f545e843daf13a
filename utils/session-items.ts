import { storage } from 'wxt/utils/storage';
import { PendingClip } from './clip/pending-clip';
import { freshIntent, type Intent } from './intent';
import { Capture } from './model/capture';
import { PageFills } from './page-fills';

// What the background and the side panel pass each other through storage.session, each key
// defined here once. The background writes; the panel reads and follows changes. Everything read
// back is parsed again: a capture came from a web page, a clip too.

export const CAPTURE_PREFIX = 'capture:';

/** The latest capture of a tab, with the tab, when it was read and the page's address then. */
export type StoredCapture = Capture & { tabId: number; at: number; pageUrl?: string | undefined };

export const tabCapture = (tabId: number) => storage.defineItem<StoredCapture>(`session:${CAPTURE_PREFIX}${tabId}`);

/** Values the rep chose on a tab's page ("Use as title…"), laid over its capture. */
export const tabFills = (tabId: number) => storage.defineItem<PageFills>(`session:fills:${tabId}`);

/** What the background asks the panel to do when the rep acts outside it. */
export const intentItem = storage.defineItem<Intent>('session:tend:intent');

/** A page grabbed for clipping, waiting for the rep to say whose article it is. */
export const pendingClipItem = storage.defineItem<PendingClip>('session:tend:pending-clip');

/** The tab whose capture a session key holds, or undefined for another key. */
export function tabOfCaptureKey(key: string): number | undefined {
  if (!key.startsWith(CAPTURE_PREFIX)) return undefined;
  const tabId = Number(key.slice(CAPTURE_PREFIX.length));
  return Number.isInteger(tabId) ? tabId : undefined;
}

/** A stored capture, parsed; null when there is none or it does not parse. */
export function parseStoredCapture(value: unknown): Capture | null {
  const parsed = Capture.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function readTabFills(tabId: number): Promise<PageFills | undefined> {
  const parsed = PageFills.safeParse(await tabFills(tabId).getValue());
  return parsed.success ? parsed.data : undefined;
}

/** The pending intent, if it is fresh, taken (removed) so it is carried out once. */
export async function takeIntent(now: number): Promise<Intent | null> {
  const stored = await intentItem.getValue();
  if (stored !== null) await intentItem.removeValue();
  return freshIntent(stored, now);
}

export async function readPendingClip(): Promise<PendingClip | null> {
  const parsed = PendingClip.safeParse(await pendingClipItem.getValue());
  return parsed.success ? parsed.data : null;
}
