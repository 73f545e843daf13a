import { browser } from 'wxt/browser';
import { recordCaptureHealth } from '../../storage/capture-health';
import { getReminder, markNotified, snoozeReminder } from '../../storage/reminders';
import { dueNotices, dueToday, nextWakeAt } from '../../storage/today';
import { grabPage, PendingClip } from '../../utils/clip/pending-clip';
import { checkCapture } from '../../utils/detectors/check-capture';
import { receive } from '../../utils/messages';
import { pendingClipItem, tabCapture } from '../../utils/session-items';
import { runAutoBackup } from './backup';

// The background's work that needs the database or the schemas: Dexie and Zod, most of its code.
// It is built as a script of its own (entrypoints/background-work.ts) that load-work.ts brings in
// the first time an event needs it, so the worker the browser starts for every event is small.

/** A page script's capture for `tabId`: checked, its anchors counted, then shown to the panel. */
async function storeCapture(tabId: number, capture: unknown, url: string | undefined): Promise<void> {
  // The side panel reads the active tab's capture from session storage and follows its changes.
  const item = tabCapture(tabId);
  const checked = capture === null ? null : checkCapture(capture);
  if (capture !== null && !checked) console.warn('Tend: refused a capture without the fields it needs');
  if (checked?.dropped.length) console.warn(`Tend: dropped fields the check refused: ${checked.dropped.join(', ')}`);
  if (checked) void recordCaptureHealth(checked.capture).catch(() => undefined);
  await (checked ? item.setValue({ ...checked.capture, tabId, at: Date.now(), pageUrl: url }) : item.removeValue());
}

/** Read the page in `tabId` for clipping (never changing it); the panel reviews it from session storage. */
async function grabClip(tabId: number): Promise<void> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: grabPage });
    const pending = PendingClip.safeParse({ ...(result?.result as object), at: Date.now() });
    if (pending.success) await pendingClipItem.setValue(pending.data);
  } catch (error) {
    console.warn('Tend: this page cannot be clipped', error);
  }
}

export const backgroundWork = {
  receive,
  storeCapture,
  grabClip,
  runAutoBackup,
  getReminder,
  markNotified,
  snoozeReminder,
  dueNotices,
  dueToday,
  nextWakeAt,
};

export type BackgroundWork = typeof backgroundWork;
