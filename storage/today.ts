import { addDays, endOfDay } from 'date-fns';
import type { DueReminderNotice } from '../utils/background/nurture-wake';
import type { Contact } from '../utils/model/contact';
import { dueCount, type TodayItem, todayItems } from '../utils/nurture/today';
import { db } from './db';
import { cadenceTable } from './due';
import { nextReminderDueAfter, pendingRemindersDueBy, remindersToNotify } from './reminders';

// Read-only queries behind the Today view, the toolbar badge and the background's wake-ups. Only
// contacts and reminders due within the week are read, through their due-date indexes.

/** Everything due up to the end of the seventh day from now, ranked. */
export async function loadToday(now = Date.now()): Promise<TodayItem[]> {
  const horizon = endOfDay(addDays(now, 7)).getTime();
  const [byStage, dueContacts, reminders] = await Promise.all([cadenceTable(), contactsDueBy(horizon), pendingRemindersDueBy(horizon)]);
  const known = new Set(dueContacts.map((contact) => contact.id));
  const missing = [...new Set(reminders.map((reminder) => reminder.contactId).filter((id) => !known.has(id)))];
  const others = (await db.contacts.bulkGet(missing)).filter((contact): contact is Contact => contact !== undefined);
  // A contact owed a reminder but not due by cadence is listed only through the reminder.
  const cadenceless = others.map(({ nextDueAt: _due, ...contact }) => contact);
  return todayItems([...dueContacts, ...cadenceless], reminders, byStage, now);
}

/** Records read per step: a rep with tens of thousands due waits on several short reads, not one long one. */
const DUE_CHUNK = 1_000;

/**
 * Contacts due by `horizon`, read in chunks along the due-date index. A chunk ends inside a run of
 * equal due dates, so each step also reads the rest of that run, and the next starts after it.
 */
async function contactsDueBy(horizon: number): Promise<Contact[]> {
  const found = new Map<string, Contact>();
  let after: number | undefined;
  for (;;) {
    const range =
      after === undefined
        ? db.contacts.where('nextDueAt').belowOrEqual(horizon)
        : db.contacts.where('nextDueAt').between(after, horizon, false, true);
    const chunk = await range.limit(DUE_CHUNK).toArray();
    for (const contact of chunk) found.set(contact.id, contact);
    const last = chunk.at(-1)?.nextDueAt;
    if (chunk.length < DUE_CHUNK || last === undefined) break;
    for (const contact of await db.contacts.where('nextDueAt').equals(last).toArray()) found.set(contact.id, contact);
    after = last;
  }
  return [...found.values()];
}

/** The toolbar badge: what is due by the end of today. */
export async function dueToday(now = Date.now()): Promise<number> {
  return dueCount(await loadToday(now));
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
