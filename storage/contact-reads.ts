import type { Contact } from '../utils/model/contact';
import { db } from './db';

// Reads of contacts the panel's first views make (the list before anything is typed, whether
// there is anyone, who a page is about), apart from search and the writes so they load alone.

/** The contact list reads its rows in blocks of this many, so scrolling a little reads nothing new. */
export const LIST_BLOCK = 50;

/** The list's first block, read as the panel opened (`readFirstBlockEarly`), until the list reads it live. */
let earlyBlock: Contact[] | undefined;
/** Once the list has read live, an early read still under way must not leave its rows behind. */
let superseded = false;

/**
 * Start reading the contact list's first block now. The panel opened on its contact list calls this
 * as it starts, while the list's code still loads, so the first render usually has its rows (issue
 * 22: the list's own live query could start only once that code had loaded and rendered). A failed
 * read is left to that query, which reports it.
 */
export function readFirstBlockEarly(): void {
  recentContacts(0, LIST_BLOCK).then(
    (rows) => {
      if (!superseded) earlyBlock = rows;
    },
    () => undefined,
  );
}

/** The first block read early, if it is in and the list has not read it live since. */
export function firstBlockReadEarly(): Contact[] | undefined {
  return earlyBlock;
}

/** The list read its rows live: the early block is stale from now on (a later visit must not show it). */
export function supersedeFirstBlockReadEarly(): void {
  superseded = true;
  earlyBlock = undefined;
}

/** Contacts by most recent change, rows `from` to `to` (exclusive): what the list shows with no query. */
export function recentContacts(from: number, to: number): Promise<Contact[]> {
  return db.contacts
    .orderBy('updatedAt')
    .reverse()
    .offset(from)
    .limit(Math.max(0, to - from))
    .toArray();
}

/** Whether any contact is kept: one key read, where a count would visit every contact. */
export async function hasContacts(): Promise<boolean> {
  return (await db.contacts.limit(1).primaryKeys()).length > 0;
}

export function countContacts(): Promise<number> {
  return db.contacts.count();
}

export function getContact(id: string): Promise<Contact | undefined> {
  return db.contacts.get(id);
}

/** The contact that owns any of these alias keys, if one does. */
export async function findContactByAliases(aliases: readonly string[]): Promise<Contact | undefined> {
  if (aliases.length === 0) return undefined;
  return db.contacts
    .where('aliases')
    .anyOf([...aliases])
    .first();
}
