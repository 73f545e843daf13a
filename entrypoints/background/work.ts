import { exportBackup } from '../../storage/backup';
import { getReminder, markNotified, snoozeReminder } from '../../storage/reminders';
import { markAutoBackup } from '../../storage/save-settings';
import { getSettings } from '../../storage/settings';
import { dueNotices, dueToday, nextWakeAt } from '../../storage/today';
import { pendingClipOf } from '../../utils/clip/pending-clip';
import { checkCapture } from '../../utils/detectors/check-capture';
import { autoBackupDue, autoBackupFileName } from '../../utils/io/backup-schedule';
import { receive } from '../../utils/messages';

// The background's work that needs the database or the schemas: Dexie and Zod, most of its code.
// In Chrome it runs in Tend's offscreen document (entrypoints/offscreen/), which the worker opens
// the first time an event needs it, so the worker the browser starts for every event imports
// nothing; in Firefox's event page it is a script loaded beside the background
// (entrypoints/background-work.ts). Only plain data goes in and out: in Chrome every call is a
// message. Browser APIs other than runtime stay in the worker (an offscreen document has no other:
// no storage either, so capture health, kept in local storage, is written by the worker).

/** The automatic backup due at `now` as a file to download (an object URL), or null when none is due. */
async function backupFile(now: number): Promise<{ url: string; filename: string } | null> {
  const settings = await getSettings();
  if (!autoBackupDue(settings.autoBackup, settings.lastAutoBackupAt, now)) return null;
  const blob = new Blob([JSON.stringify(await exportBackup(now))], { type: 'application/json' });
  return { url: URL.createObjectURL(blob), filename: autoBackupFileName(now) };
}

/** The download has read the file: its memory can go. */
function releaseFile(url: string): void {
  URL.revokeObjectURL(url);
}

export const backgroundWork = {
  receive,
  /** A page script's capture checked (refused fields dropped); null when refused. */
  checkCapture,
  /** What a page gave for clipping, checked; null when it is not a page Tend can clip. */
  checkClip: pendingClipOf,
  backupFile,
  releaseFile,
  markAutoBackup,
  getReminder,
  markNotified,
  snoozeReminder,
  dueNotices,
  dueToday,
  nextWakeAt,
};

export type BackgroundWork = typeof backgroundWork;

/** The same work as the worker sees it: every call answered later, as in Chrome it is a message. */
export type WorkCalls = {
  [Name in keyof BackgroundWork]: (...args: Parameters<BackgroundWork[Name]>) => Promise<Awaited<ReturnType<BackgroundWork[Name]>>>;
};
