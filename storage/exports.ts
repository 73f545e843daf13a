import type { IcsReminder } from '../utils/io/ics-export';
import type { Contact } from '../utils/model/contact';
import { db } from './db';
import { inChunks } from './in-chunks';
import { effectiveDueAt } from './reminders';

// Read-only queries behind the exports.

/**
 * Contacts read, and written out, per step. The page builds a chunk's records in the task that
 * takes the read's result, and the export writes the chunk out in the next, before it reads on, so
 * the records die young. With the CPU slowed 4x, 2,000 read and written out 500 at a time left
 * tasks of 67-271 ms (the longest with a full garbage collection in them); 1,000 read and written
 * out in one task, 50-110 ms. On a machine 2-3x slower than that one (2026-12-02) a read of 1,000
 * alone took 70-100 ms, so 500 at a time; at 50,000 contacts, slowed 4x, those still held the page
 * 101-195 ms in six exports of nine (a chunk's hand-over, sometimes with a collection finishing
 * in it). 250 at a time (2026-12-03): a Plain CSV export held it no longer than 81 ms in five, a
 * vCard export 100-146 ms in three of five, and both took as long as at 500 (4.0-5.1 s against
 * 4.4-5.4 s for the vCard, runs taking turns with a raw read of the same records).
 */
const READ_CHUNK = 250;

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
