import { addDays, endOfDay, startOfDay } from 'date-fns';
import type { DueReminderNotice } from '../utils/background/nurture-wake';
import type { Contact } from '../utils/model/contact';
import { type Bucket, countsOf, dueCount, type TodayItem, todayItems } from '../utils/nurture/today';
import { db } from './db';
import { cadenceTable } from './due';
import { nextReminderDueAfter, pendingRemindersDueBy, remindersToNotify } from './reminders';

// Read-only queries behind the Today view, the toolbar badge and the background's wake-ups. Only
// contacts and reminders due within the week are read, through their due-date indexes.

/** Contacts gone stale read for Today before "Show all": its first screenful, ranked exactly. */
const STALE_READ = 50;

export interface TodayList {
  /**
   * Ranked: every reminder and every contact due from today to the end of the seventh day, and the
   * first STALE_READ contacts gone stale (with the rest of their last calendar day), or all of them.
   */
  items: TodayItem[];
  /** How many items each section holds in all, read or not. */
  counts: Record<Bucket, number>;
}

/**
 * What is due, for Today and the badge. Contacts gone stale can be tens of thousands in a large
 * book; reading them all (and ranking them) held the panel for seconds, so only the first are read,
 * most overdue first, unless `allStale`, and the rest are counted through the due-date index.
 */
export async function loadToday(now = Date.now(), allStale = false): Promise<TodayList> {
  const todayStarts = startOfDay(now).getTime();
  const horizon = endOfDay(addDays(now, 7)).getTime();
  const [byStage, dueSoon, stale, staleCount, reminders] = await Promise.all([
    cadenceTable(),
    contactsDueBetween(todayStarts, horizon),
    allStale ? contactsDueBetween(Number.NEGATIVE_INFINITY, todayStarts - 1) : firstStale(todayStarts),
    db.contacts.where('nextDueAt').below(todayStarts).count(),
    pendingRemindersDueBy(horizon),
  ]);
  const read = [...dueSoon, ...stale];
  const known = new Set(read.map((contact) => contact.id));
  const missing = [...new Set(reminders.map((reminder) => reminder.contactId).filter((id) => !known.has(id)))];
  const others = (await db.contacts.bulkGet(missing)).filter((contact): contact is Contact => contact !== undefined);
  // A contact owed a reminder but not read as due (not due by cadence, or stale beyond what was
  // read) is listed here only through the reminder.
  const throughReminders = others.map(({ nextDueAt: _due, ...contact }) => contact);
  const items = todayItems([...read, ...throughReminders], reminders, byStage, now);
  return { items, counts: { ...countsOf(items), stale: staleCount } };
}

/** Records read per step: a rep with tens of thousands due waits on several short reads, not one long one. */
const DUE_CHUNK = 1_000;

/**
 * Contacts due from `lower` to `upper` (both included), read in chunks along the due-date index. A
 * chunk ends inside a run of equal due dates, so each step also reads the rest of that run, and the
 * next starts after it.
 */
async function contactsDueBetween(lower: number, upper: number): Promise<Contact[]> {
  const found = new Map<string, Contact>();
  let after: number | undefined;
  for (;;) {
    const range = db.contacts.where('nextDueAt').between(after ?? lower, upper, after === undefined, true);
    const chunk = await range.limit(DUE_CHUNK).toArray();
    for (const contact of chunk) found.set(contact.id, contact);
    const last = chunk.at(-1)?.nextDueAt;
    if (chunk.length < DUE_CHUNK || last === undefined) break;
    for (const contact of await db.contacts.where('nextDueAt').equals(last).toArray()) found.set(contact.id, contact);
    after = last;
  }
  return [...found.values()];
}

/**
 * The first STALE_READ contacts gone stale, most overdue first, and everyone else due on the last
 * one's calendar day: Today ranks a day's contacts by stage and name, so that day is read whole.
 */
async function firstStale(todayStarts: number): Promise<Contact[]> {
  const first = await db.contacts.where('nextDueAt').below(todayStarts).limit(STALE_READ).toArray();
  const last = first.at(-1)?.nextDueAt;
  if (first.length < STALE_READ || last === undefined) return first;
  const dayEnds = Math.min(endOfDay(last).getTime(), todayStarts - 1);
  const rest = await db.contacts.where('nextDueAt').between(last, dayEnds, true, true).toArray();
  const byId = new Map([...first, ...rest].map((contact) => [contact.id, contact]));
  return [...byId.values()];
}

/** The toolbar badge: what is due by the end of today. */
export async function dueToday(now = Date.now()): Promise<number> {
  return dueCount((await loadToday(now)).counts);
}

/** When the background must next wake to notify: the next reminder to fall due. */
export function nextWakeAt(now = Date.now()): Promise<number | undefined> {
  return nextReminderDueAfter(now);
}

/** Reminders due by now and not yet notified, with the name of who they are about. */
export async function dueNotices(now = Date.now()): Promise<DueReminderNotice[]> {
  const reminders = await remindersToNotify(now);
  const contacts = await db.contacts.bulkGet(reminders.map((reminder) => reminder.contactId));
  return reminders.flatMap((reminder, index) => {
    const contact = contacts[index];
    // Do-not-contact silences reminders: they are never notified.
    if (!contact || contact.stage === 'do-not-contact') return [];
    return [{ reminderId: reminder.id, contactId: contact.id, contactName: contact.fullName, note: reminder.note }];
  });
}
