import type { IcsReminder } from '../utils/io/ics-export';
import { type ContactsFile, type ContactsFileKind, writeContactsFile } from './contacts-file';
import { db } from './db';
import { contactsFileFromWorker } from './file-from-worker';
import { effectiveDueAt } from './reminders';

// Read-only queries behind the exports.

/**
 * Every contact written out as `kind`: in a worker (file-from-worker.ts); where there are none
 * (Node, in unit tests) the same file is written in place.
 */
export function contactsFile(kind: ContactsFileKind): Promise<ContactsFile> {
  return typeof Worker === 'function' ? contactsFileFromWorker(kind) : writeContactsFile(db, kind);
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
