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
  const [byStage, dueContacts, reminders] = await Promise.all([
    cadenceTable(),
    db.contacts.where('nextDueAt').belowOrEqual(horizon).toArray(),
    pendingRemindersDueBy(horizon),
  ]);
  const known = new Set(dueContacts.map((contact) => contact.id));
  const missing = [...new Set(reminders.map((reminder) => reminder.contactId).filter((id) => !known.has(id)))];
  const others = (await db.contacts.bulkGet(missing)).filter((contact): contact is Contact => contact !== undefined);
  // A contact owed a reminder but not due by cadence is listed only through the reminder.
  const cadenceless = others.map(({ nextDueAt: _due, ...contact }) => contact);
  return todayItems([...dueContacts, ...cadenceless], reminders, byStage, now);
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
