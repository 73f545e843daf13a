import type { IcsReminder } from '../utils/io/ics-export';
import type { Contact } from '../utils/model/contact';
import { db } from './db';
import { inChunks } from './in-chunks';
import { effectiveDueAt } from './reminders';

// Read-only queries behind the exports.

/**
 * Contacts read per step: the page builds a chunk's records in one task when it takes the read's
 * result (some 20 ms per 1,000 contacts on a CPU four times slower than this machine's), so a chunk
 * stays well under a long task, and the panel keeps responding while 50,000 are read.
 */
const READ_CHUNK = 2_000;

/** Every contact, a chunk at a time along the primary key, the next chunk read while the caller writes out this one. */
export function contactsInChunks(size = READ_CHUNK): AsyncGenerator<Contact[]> {
  return inChunks(db.contacts, size);
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
