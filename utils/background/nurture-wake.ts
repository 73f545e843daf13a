import { type AlarmInfo, type AlarmLike, alarmChanges } from '../nurture/alarms';

// The background's nurture duties: keep the wake-up alarms, notify about reminders that fell due
// and keep the toolbar badge equal to what is due. The browser APIs and the database reads are
// passed in, so these rules run (and are tested) without a browser.

export interface AlarmsApi {
  getAll(): Promise<AlarmLike[]>;
  create(name: string, info: AlarmInfo): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

export interface DueReminderNotice {
  reminderId: string;
  contactId: string;
  contactName: string;
  note?: string | undefined;
}

export interface NurtureDeps {
  alarms: AlarmsApi;
  now: () => number;
  /** The next instant a pending reminder falls due, read from IndexedDB. */
  nextWakeAt: (now: number) => Promise<number | undefined>;
  /** Reminders due by now that were not notified yet. */
  toNotify: (now: number) => Promise<DueReminderNotice[]>;
  markNotified: (ids: string[], now: number) => Promise<void>;
  notify: (notice: DueReminderNotice) => Promise<void>;
  dueCount: (now: number) => Promise<number>;
  setBadge: (count: number) => Promise<void>;
}

/** Make the alarms match the database without pushing back one already pending. */
export async function syncAlarms(deps: Pick<NurtureDeps, 'alarms' | 'now' | 'nextWakeAt'>): Promise<void> {
  const now = deps.now();
  const [existing, next] = await Promise.all([deps.alarms.getAll(), deps.nextWakeAt(now)]);
  for (const change of alarmChanges(existing, next, now)) {
    if (change.kind === 'clear') await deps.alarms.clear(change.name);
    else await deps.alarms.create(change.name, change.info);
  }
}

/**
 * Everything the background does when it wakes (start-up, an alarm, a change in the panel): notify
 * what fell due meanwhile, even while the browser was closed or asleep, refresh the badge, and set
 * the next wake-up.
 */
export async function checkDue(deps: NurtureDeps): Promise<{ notified: number; badge: number }> {
  const now = deps.now();
  const due = await deps.toNotify(now);
  for (const notice of due) await deps.notify(notice);
  if (due.length > 0) {
    await deps.markNotified(
      due.map((notice) => notice.reminderId),
      now,
    );
  }
  const badge = await deps.dueCount(now);
  await deps.setBadge(badge);
  await syncAlarms(deps);
  return { notified: due.length, badge };
}

/** The most the badge shows as a number; past it, "99+". */
export const BADGE_MAX = 99;

/** The badge text: empty at zero, capped so it fits the toolbar button. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > BADGE_MAX ? `${BADGE_MAX}+` : String(count);
}

/** Notification ids carry the reminder they are about. */
export const NOTIFICATION_PREFIX = 'tend-reminder:';

export function notificationIdOf(reminderId: string): string {
  return `${NOTIFICATION_PREFIX}${reminderId}`;
}

export function reminderIdOf(notificationId: string): string | null {
  return notificationId.startsWith(NOTIFICATION_PREFIX) ? notificationId.slice(NOTIFICATION_PREFIX.length) : null;
}
