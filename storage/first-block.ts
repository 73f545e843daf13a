import type { Contact, ContactSummary } from '../utils/model/contact';
import { KEPT_ROWS_KEY as KEPT } from './kept-rows-key';
import { openExisting } from './open-existing';
import { DATABASE_NAME } from './schema-version';

// The contact list's first rows as the panel's first script (entrypoints/sidepanel-early.ts) finds
// them: the rows the list showed last, kept for this (below), then the rows read straight from
// IndexedDB, without Dexie. That script runs while the page is still parsed, before the panel's own
// code has even arrived; started there, the wait for the database overlaps the loading and
// evaluation of the panel's code instead of following them. The two scripts share no module, so
// the rows are handed over on the page's global object.

/** The contact list reads its rows in blocks of this many, so scrolling a little reads nothing new. */
export const LIST_BLOCK = 50;

const SLOT = 'tendFirstBlock';

/** The rows once read, and the views waiting for them (the panel may render before they are in). */
type Handoff = { rows?: ContactSummary[]; waiting: Set<() => void> };
type WithHandoff = { [SLOT]?: Handoff };

// The rows the list showed last, kept in the panel's localStorage: read there at once, they show
// before IndexedDB answers at all. Chromium shuts a database's backing store 2 s after its last
// connection closes, and opening it again is a cold start: at 50,000 contacts and 250,000 touches,
// on a CPU slowed 4x, the early read's open took 230-320 ms once the database had been shut, 40-55
// ms with another page holding it (probed 2026-12-04), in first lists of 300-600 ms. The kept rows
// are only a first sight: the early read replaces them as soon as it answers, and the live query
// after it. Summaries only (what a row shows), forgotten when every contact is erased or replaced
// by a restore (storage/backup.ts).

/** Keeps the list's first rows for the next opening (a full or disabled storage keeps nothing). */
export function keepFirstRows(rows: readonly ContactSummary[]): void {
  try {
    if (rows.length === 0) localStorage.removeItem(KEPT);
    else
      localStorage.setItem(
        KEPT,
        JSON.stringify(rows.map(({ id, fullName, title, companyName, stage }) => ({ id, fullName, title, companyName, stage }))),
      );
  } catch {
    // Nothing kept: the next opening waits for IndexedDB, as before.
  }
}

/** The rows kept, if any: written by this panel only (a row without its id could not be linked to). */
function keptFirstRows(): ContactSummary[] | undefined {
  try {
    const rows: unknown = JSON.parse(localStorage.getItem(KEPT) ?? 'null');
    const withId = (row: unknown) => typeof (row as { id?: unknown } | null)?.id === 'string';
    if (Array.isArray(rows) && rows.every(withId)) return rows as ContactSummary[];
  } catch {
    // Unreadable: the early read answers instead.
  }
  return undefined;
}

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
  const handoff: Handoff = { rows: keptFirstRows(), waiting: new Set() };
  (globalThis as WithHandoff)[SLOT] = handoff;
  openExisting(DATABASE_NAME).then(
    (connection) => {
      try {
        const index = connection.transaction('contacts', 'readonly').objectStore('contacts').index('updatedAt');
        newestContacts(index, LIST_BLOCK, (rows) => {
          handoff.rows = rows;
          for (const wake of handoff.waiting) wake();
        });
      } catch {
        // A database without the list's index is not one this panel can read: the live query reports it.
      } finally {
        // Closes once the read's transaction is done.
        connection.close();
      }
    },
    // Refused (no database yet, an older schema, IndexedDB itself refused in some private windows).
    () => undefined,
  );
}

/**
 * Calls `wake` when the first block read early comes in, for a list shown before it did (opening
 * the database can take longer than loading the panel's code, above): the list then shows the rows
 * read as they arrive, instead of waiting for its own read, which starts later and queues behind
 * this one. Returns the unsubscribe.
 */
export function subscribeFirstBlockReadEarly(wake: () => void): () => void {
  const handoff = (globalThis as WithHandoff)[SLOT];
  handoff?.waiting.add(wake);
  return () => handoff?.waiting.delete(wake);
}

/** The first block read early, if it is in and the list has not read it live since. */
export function firstBlockReadEarly(): ContactSummary[] | undefined {
  return (globalThis as WithHandoff)[SLOT]?.rows;
}

/** The list read its rows live: the early block is stale from now on (a later visit must not show it). */
export function supersedeFirstBlockReadEarly(): void {
  delete (globalThis as WithHandoff)[SLOT];
}
