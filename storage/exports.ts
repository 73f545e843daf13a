import type { IcsReminder } from '../utils/io/ics-export';
import type { Contact } from '../utils/model/contact';
import { db } from './db';
import { effectiveDueAt } from './reminders';

// Read-only queries behind the exports.

/** Contacts read per step: each read is short, so the panel keeps responding while 50,000 are read. */
const READ_CHUNK = 5_000;

/** Every contact, oldest change first. Read along the primary key (cheaper than the updatedAt index), then sorted. */
export async function allContacts(): Promise<Contact[]> {
  const contacts: Contact[] = [];
  let after: string | undefined;
  for (;;) {
    const from = after === undefined ? db.contacts.toCollection() : db.contacts.where(':id').above(after);
    const chunk = await from.limit(READ_CHUNK).toArray();
    contacts.push(...chunk);
    if (chunk.length < READ_CHUNK) break;
    after = chunk[chunk.length - 1]?.id;
  }
  return contacts.sort((a, b) => a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Open and snoozed reminders at the time they (next) fall due, with who they are about; do-not-contact left out. */
export async function remindersForCalendar(): Promise<IcsReminder[]> {
  return db.transaction('r', db.reminders, db.contacts, async () => {
    const pending = (await db.reminders.toArray()).filter((reminder) => reminder.status !== 'done');
    const contacts = await db.contacts.bulkGet(pending.map((reminder) => reminder.contactId));
    return pending.flatMap((reminder, index) => {
      const contact = contacts[index];
      const dueAt = effectiveDueAt(reminder);
      if (!contact || contact.stage === 'do-not-contact' || dueAt === undefined) return [];
      return [{ id: reminder.id, dueAt, note: reminder.note, contactName: contact.fullName }];
    });
  });
}
