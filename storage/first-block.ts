import type { Contact } from '../utils/model/contact';
import { DATABASE_NAME, INDEXEDDB_VERSION } from './schema-version';

// The contact list's first rows, read by the panel's first script (entrypoints/sidepanel-early.ts)
// straight from IndexedDB, without Dexie: that script runs while the page is still parsed, before
// the panel's own code has even arrived. Opening the database is the long wait of a first list (its
// request to its answer took 60-90 ms on a CPU slowed 4x, traced 2026-12-04), and started there it
// overlaps the loading and evaluation of the panel's code instead of following them. The two
// scripts share no module, so the rows are handed over on the page's global object.

/** The contact list reads its rows in blocks of this many, so scrolling a little reads nothing new. */
export const LIST_BLOCK = 50;

const SLOT = 'tendFirstBlock';

type Handoff = { rows?: Contact[] };
type WithHandoff = { [SLOT]?: Handoff };

/** IndexedDB 3's one-request read of records in either direction (Chromium 141+), not yet in TypeScript's DOM types. */
type RecordsIndex = IDBIndex & {
  getAllRecords(options: { direction: IDBCursorDirection; count: number }): IDBRequest<{ value: Contact }[]>;
};

function hasRecords(index: IDBIndex): index is RecordsIndex {
  return 'getAllRecords' in index;
}

/** The newest `count` contacts by last change, as Dexie's `orderBy('updatedAt').reverse()` lists them. */
function newestContacts(index: IDBIndex, count: number, done: (rows: Contact[]) => void): void {
  if (hasRecords(index)) {
    const request = index.getAllRecords({ direction: 'prev', count });
    request.onsuccess = () => done(request.result.map((record) => record.value));
    return;
  }
  // Firefox: a cursor, one request per row.
  const rows: Contact[] = [];
  const cursor = index.openCursor(null, 'prev');
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (at && rows.length < count) {
      rows.push(at.value as Contact);
      at.continue();
    } else done(rows);
  };
}

/**
 * Start reading the list's first block. Never creates the database (a first run's is created by
 * Dexie, with its schema), reads none of an older schema, and never holds it: the connection closes
 * once its one read is done, and at once if another page asks to upgrade. Any failure leaves the
 * rows unread: the list's own live query then reads them, and reports what went wrong.
 */
export function readFirstBlockEarly(): void {
  const handoff: Handoff = {};
  (globalThis as WithHandoff)[SLOT] = handoff;
  try {
    const open = indexedDB.open(DATABASE_NAME);
    // No database yet: abort, which leaves none behind for Dexie to find without its schema.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = (event) => event.preventDefault();
    open.onsuccess = () => {
      const connection = open.result;
      connection.onversionchange = () => connection.close();
      // A database of an older schema (Tend just updated): its records wait for Dexie's upgrade.
      if (connection.version !== INDEXEDDB_VERSION) {
        connection.close();
        return;
      }
      try {
        const index = connection.transaction('contacts', 'readonly').objectStore('contacts').index('updatedAt');
        newestContacts(index, LIST_BLOCK, (rows) => {
          handoff.rows = rows;
        });
      } catch {
        // A database without the list's index is not one this panel can read: the live query reports it.
      } finally {
        // Closes once the read's transaction is done.
        connection.close();
      }
    };
  } catch {
    // IndexedDB refused outright (a private window in some browsers): the live query reports it.
  }
}

/** The first block read early, if it is in and the list has not read it live since. */
export function firstBlockReadEarly(): Contact[] | undefined {
  return (globalThis as WithHandoff)[SLOT]?.rows;
}

/** The list read its rows live: the early block is stale from now on (a later visit must not show it). */
export function supersedeFirstBlockReadEarly(): void {
  delete (globalThis as WithHandoff)[SLOT];
}
