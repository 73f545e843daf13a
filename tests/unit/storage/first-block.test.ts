import { afterEach, describe, expect, it, vi } from 'vitest';
import { eraseAll, restoreBackup } from '../../../storage/backup';
import { recentContacts } from '../../../storage/contact-reads';
import { db } from '../../../storage/db';
import {
  firstBlockReadEarly,
  keepFirstRows,
  LIST_BLOCK,
  readFirstBlockEarly,
  subscribeFirstBlockReadEarly,
  supersedeFirstBlockReadEarly,
} from '../../../storage/first-block';
import { KEPT_ROWS_KEY } from '../../../storage/kept-rows-key';
import { INDEXEDDB_VERSION, SCHEMA_VERSION } from '../../../storage/schema-version';
import { BACKUP_FORMAT } from '../../../utils/io/backup';
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

  it('reads nothing from a database of an older schema: its records wait for Dexie’s upgrade', async () => {
    db.close({ disableAutoOpen: false });
    await db.delete({ disableAutoOpen: false });
    // Schema 3's contacts, as a browser holds them before Tend's update opens them.
    const older = indexedDB.open('tend', (SCHEMA_VERSION - 1) * 10);
    older.onupgradeneeded = () => older.result.createObjectStore('contacts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    const connection = await new Promise<IDBDatabase>((resolve) => {
      older.onsuccess = () => resolve(older.result);
    });
    const writing = connection.transaction('contacts', 'readwrite');
    for (const contact of someContacts(0, 10, Date.now())) writing.objectStore('contacts').put(contact);
    await new Promise((resolve) => {
      writing.oncomplete = resolve;
    });
    connection.close();
    readFirstBlockEarly();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(firstBlockReadEarly()).toBeUndefined();
    // The same read of the current schema does read them (the test above, 'is the list’s first block').
    expect(INDEXEDDB_VERSION).toBe(db.verno * 10);
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

/** The panel's localStorage, which Node does not have: a Storage over a Map. */
function stubLocalStorage(): Map<string, string> {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
  });
  return items;
}

describe('the rows the list kept for its next opening', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are there at once as the panel starts, and give way to the rows read when those come in', async () => {
    stubLocalStorage();
    const now = Date.now();
    const shownLast = someContacts(0, 3, now - 1000);
    keepFirstRows(shownLast);
    await db.contacts.bulkAdd(someContacts(100, 160, now));
    db.close({ disableAutoOpen: false });
    const wake = vi.fn();
    readFirstBlockEarly();
    const unsubscribe = subscribeFirstBlockReadEarly(wake);
    // Before the database has answered anything: what the list showed last, as summaries.
    expect(firstBlockReadEarly()).toEqual(
      shownLast.map(({ id, fullName, title, companyName, stage }) => ({ id, fullName, title, companyName, stage })),
    );
    expect(wake).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(wake).toHaveBeenCalledTimes(1));
    expect(firstBlockReadEarly()).toEqual(await recentContacts(0, LIST_BLOCK));
    unsubscribe();
  });

  it('keep only what a row shows, nothing for an empty list, and are ignored when unusable', async () => {
    const items = stubLocalStorage();
    const [contact] = someContacts(0, 1, Date.now());
    if (!contact) throw new Error('no contact generated');
    keepFirstRows([contact]);
    expect(Object.keys(JSON.parse(items.get(KEPT_ROWS_KEY) ?? '[]')[0]).sort()).toEqual([
      'companyName',
      'fullName',
      'id',
      'stage',
      'title',
    ]);
    keepFirstRows([]);
    expect(items.has(KEPT_ROWS_KEY)).toBe(false);
    for (const unusable of ['not json', '{"id":"a"}', '[{"fullName":"No Id"}]']) {
      items.set(KEPT_ROWS_KEY, unusable);
      readFirstBlockEarly();
      expect(firstBlockReadEarly()).toBeUndefined();
      supersedeFirstBlockReadEarly();
    }
  });

  it('are forgotten when every contact is erased or replaced by a restore', async () => {
    const items = stubLocalStorage();
    const contacts = someContacts(0, 5, Date.now());
    keepFirstRows(contacts);
    await eraseAll();
    expect(items.has(KEPT_ROWS_KEY)).toBe(false);
    keepFirstRows(contacts);
    const empty = { contacts: [], accounts: [], touches: [], reminders: [], stageEvents: [], callPlans: [], clips: [], settings: [] };
    await restoreBackup({ format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: Date.now(), tables: empty });
    expect(items.has(KEPT_ROWS_KEY)).toBe(false);
  });
});
