import { endOfDay } from 'date-fns';
import type { DueReminderNotice } from '../utils/background/nurture-wake';
import type { Contact } from '../utils/model/contact';
import { countsOf, type DueContacts, dueCount, dueEdges, type TodayItem, todayItems } from '../utils/nurture/today';
import { db } from './db';
import { cadenceTable } from './due';
import { nextReminderDueAfter, pendingRemindersDueBy, remindersToNotify } from './reminders';

// Read-only queries behind the Today view, the toolbar badge and the background's wake-ups. Only
// contacts and reminders due within the week are read, through their due-date indexes.

/**
 * Contacts due this week, and gone stale, read for Today before "Show all": its first screenful of
 * each, ranked exactly. A large book has thousands in each.
 */
const FIRST_READ = 50;

/**
 * What is due, for Today, ranked: every reminder due by the end of the seventh day, every contact
 * due today, and the first FIRST_READ contacts due this week and gone stale (each with the rest of
 * its last calendar day), or all of them when `all`. Contacts due this week or gone stale can be
 * tens of thousands in a large book; reading them all (and ranking them) held the panel for
 * seconds. How many there are in all is `countDueContacts`.
 */
export function loadToday(now = Date.now(), all = false): Promise<TodayItem[]> {
  // One read transaction: in a live query (Today) it keeps Dexie's query cache out of it, which
  // deep-copies every record read for every reader. The live query still follows every range read.
  return db.transaction('r', db.contacts, db.reminders, db.settings, () => readToday(now, all));
}

/**
 * How many contacts are due this week and have gone stale, in all, counted along the due-date
 * index: in a book of 200,000 the stale are most of it, and counting them takes a second or more,
 * so Today shows its items first and these when counted.
 */
export function countDueContacts(now = Date.now()): Promise<DueContacts> {
  return db.transaction('r', db.contacts, () => countDue(now));
}

/**
 * The due dates of contacts due today, this week and gone stale (both ends included), from the same
 * edges Today sorts items by: what is read and counted falls in the section it is counted for.
 */
function dueRanges(now: number) {
  const { todayStarts, todayEnds, weekEnds } = dueEdges(now);
  return {
    today: [todayStarts, todayEnds],
    week: [todayEnds + 1, weekEnds],
    stale: [Number.NEGATIVE_INFINITY, todayStarts - 1],
  } as const;
}

async function countDue(now: number): Promise<DueContacts> {
  const ranges = dueRanges(now);
  const [week, stale] = await Promise.all([countDueBetween(...ranges.week), countDueBetween(...ranges.stale)]);
  return { week, stale };
}

async function readToday(now: number, all: boolean): Promise<TodayItem[]> {
  const ranges = dueRanges(now);
  const [byStage, today, week, stale, reminders] = await Promise.all([
    cadenceTable(),
    contactsDueBetween(...ranges.today),
    all ? contactsDueBetween(...ranges.week) : firstDueBetween(...ranges.week),
    all ? contactsDueBetween(...ranges.stale) : firstDueBetween(...ranges.stale),
    // Reminders due by the end of the seventh day, overdue ones included.
    pendingRemindersDueBy(ranges.week[1]),
  ]);
  const read = [...today, ...week, ...stale];
  const known = new Set(read.map((contact) => contact.id));
  const missing = [...new Set(reminders.map((reminder) => reminder.contactId).filter((id) => !known.has(id)))];
  const others = (await db.contacts.bulkGet(missing)).filter((contact): contact is Contact => contact !== undefined);
  // A contact owed a reminder but not read as due (not due by cadence, or due beyond what was read)
  // is listed here only through the reminder.
  const throughReminders = others.map(({ nextDueAt: _due, ...contact }) => contact);
  return todayItems([...read, ...throughReminders], reminders, byStage, now);
}

/** How many contacts are due from `lower` to `upper` (both included), counted along the due-date index. */
const countDueBetween = (lower: number, upper: number) => db.contacts.where('nextDueAt').between(lower, upper, true, true).count();

/** As countDueBetween, but stops at `enough`: reads that many keys at most, where a count visits every one. */
const countDueUpTo = (lower: number, upper: number, enough: number) =>
  Number.isFinite(enough)
    ? db.contacts
        .where('nextDueAt')
        .between(lower, upper, true, true)
        .limit(enough)
        .primaryKeys()
        .then((ids) => ids.length)
    : countDueBetween(lower, upper);

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
 * The first FIRST_READ contacts due from `lower` to `upper`, earliest first, and everyone else due
 * on the last one's calendar day (up to `upper`): Today ranks a day's contacts by stage and name, so
 * that day is read whole.
 */
async function firstDueBetween(lower: number, upper: number): Promise<Contact[]> {
  const first = await db.contacts.where('nextDueAt').between(lower, upper, true, true).limit(FIRST_READ).toArray();
  const last = first.at(-1)?.nextDueAt;
  if (first.length < FIRST_READ || last === undefined) return first;
  const dayEnds = Math.min(endOfDay(last).getTime(), upper);
  const rest = await db.contacts.where('nextDueAt').between(last, dayEnds, true, true).toArray();
  const byId = new Map([...first, ...rest].map((contact) => [contact.id, contact]));
  return [...byId.values()];
}

/**
 * The toolbar badge: what is due by the end of today, items and counts from the same moment. The
 * contacts gone stale are counted up to `enough` only: the badge shows "99+" past 99, and in a book
 * of 200,000, where most are stale, counting them all along the index held IndexedDB for a second
 * or more at every wake of the background (the panel's reads wait behind it). Exact up to `enough`;
 * at or past it, some number at least `enough`.
 */
export function dueToday(now = Date.now(), enough = Number.POSITIVE_INFINITY): Promise<number> {
  return db.transaction('r', db.contacts, db.reminders, db.settings, async () => {
    const [lower, upper] = dueRanges(now).stale;
    const [items, stale] = await Promise.all([readToday(now, false), countDueUpTo(lower, upper, enough)]);
    return dueCount({ ...countsOf(items), stale });
  });
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
