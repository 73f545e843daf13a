import { afterEach, describe, expect, it, vi } from 'vitest';
import { recentContacts } from '../../../storage/contact-reads';
import { db } from '../../../storage/db';
import { firstBlockReadEarly, LIST_BLOCK, readFirstBlockEarly, supersedeFirstBlockReadEarly } from '../../../storage/first-block';
import { Contact } from '../../../utils/model/contact';
import { contactsFrom } from '../../support/many-contacts';

// The panel's first script reads the list's first rows without Dexie (entrypoints/sidepanel-early.ts);
// the list shows them until its live query answers, so they must be the rows that query reads.

afterEach(() => supersedeFirstBlockReadEarly());

/** The bench's generated contacts, as the model checks them. */
function someContacts(from: number, to: number, now: number): Contact[] {
  return contactsFrom(from, to, now).map((contact) => Contact.parse(contact));
}

async function readEarly() {
  readFirstBlockEarly();
  await vi.waitFor(() => expect(firstBlockReadEarly()).toBeDefined());
  return firstBlockReadEarly();
}

describe('the first block read as the panel starts', () => {
  it('is the list’s first block, in the order its live query reads it, ties included', async () => {
    const now = Date.now();
    // Every fifth contact changed at the same moment: ties are ordered by id, newest first.
    const contacts = someContacts(0, 300, now).map((contact, n) => (n % 5 === 0 ? { ...contact, updatedAt: now } : contact));
    await db.contacts.bulkAdd(contacts);
    db.close({ disableAutoOpen: false });
    const early = await readEarly();
    expect(early).toHaveLength(LIST_BLOCK);
    expect(early).toEqual(await recentContacts(0, LIST_BLOCK));
  });

  it('reads the same rows with a cursor where the browser has no getAllRecords (Firefox)', async () => {
    const now = Date.now();
    await db.contacts.bulkAdd(someContacts(0, 80, now));
    const expected = await recentContacts(0, LIST_BLOCK);
    const records = Object.getOwnPropertyDescriptor(IDBIndex.prototype, 'getAllRecords');
    Reflect.deleteProperty(IDBIndex.prototype, 'getAllRecords');
    try {
      expect(await readEarly()).toEqual(expected);
    } finally {
      if (records) Object.defineProperty(IDBIndex.prototype, 'getAllRecords', records);
    }
  });

  it('never creates the database: a first run’s is created by Dexie, with its schema', async () => {
    db.close({ disableAutoOpen: false });
    await db.delete({ disableAutoOpen: false });
    readFirstBlockEarly();
    // Time for its open request to answer (fake-indexeddb answers in the next turns).
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await indexedDB.databases()).toEqual([]);
    expect(firstBlockReadEarly()).toBeUndefined();
    // Dexie then opens it as on any first run: the list's reads work, and it is empty.
    expect(await recentContacts(0, LIST_BLOCK)).toEqual([]);
    expect(db.verno).toBeGreaterThan(1);
  });

  it('is gone once the list has read live, also when the early read answers after that', async () => {
    await db.contacts.bulkAdd(someContacts(0, 10, Date.now()));
    readFirstBlockEarly();
    supersedeFirstBlockReadEarly();
    // The read still under way answers into a hand-over no one reads any more.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(firstBlockReadEarly()).toBeUndefined();
  });

  it('never holds the database: an upgrade asked for meanwhile goes ahead', async () => {
    await db.contacts.bulkAdd(someContacts(0, 10, Date.now()));
    db.close({ disableAutoOpen: false });
    readFirstBlockEarly();
    const upgrade = indexedDB.open('tend', db.verno * 10 + 10);
    const blocked = vi.fn();
    upgrade.onblocked = blocked;
    await new Promise<void>((resolve, reject) => {
      upgrade.onsuccess = () => {
        upgrade.result.close();
        resolve();
      };
      upgrade.onerror = () => reject(upgrade.error);
    });
    expect(blocked).not.toHaveBeenCalled();
  });
});
