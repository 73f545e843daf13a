import type { Contact } from '../utils/model/contact';
import { db } from './db';

// Reads of contacts the panel's first views make (the list before anything is typed, whether
// there is anyone, who a page is about), apart from search and the writes so they load alone.

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
