import { compareNames } from '../utils/compare-names';
import type { Contact, ContactSummary } from '../utils/model/contact';
import { matchesQuery, wordsOf } from '../utils/search-words';
import { recentContacts } from './contact-reads';
import { db } from './db';
import { catchUp, lookUp } from './search-table';

// Finding contacts by what the rep types: the Contacts view and the pickers load it, the views
// that only read or keep one contact do not.

/** Search-word index entries read per step: one fast bulk read each, however many contacts there are. */
const SEARCH_CHUNK = 500;

/** Indexed words are cut at 60 characters; typed ones are cut alike so a long word still matches. */
const typedWords = (query: string) => wordsOf(query).map((word) => word.slice(0, 60));
const byName = (a: ContactSummary, b: ContactSummary) => compareNames(a.fullName, b.fullName);

/**
 * Contacts matching what the rep typed, at most `limit`, by name, from the in-memory search table
 * (see search-table.ts) with no database read at all; undefined while the table is not ready.
 */
export function searchInMemory(query: string, limit: number): ContactSummary[] | undefined {
  return lookUp(typedWords(query), limit)?.sort(byName);
}

/**
 * Contacts matching what the rep typed, at most `limit`, by name. Every typed word must start one of
 * the contact's words. The in-memory search table answers when it is ready; until then the longest
 * typed word (the most selective) is read through the index in bounded chunks and the others are
 * checked on those records. An empty query lists the most recently changed contacts.
 */
export async function searchContacts(query: string, limit = 200): Promise<ContactSummary[]> {
  const words = typedWords(query);
  if (words.length === 0) return recentContacts(0, limit);
  await catchUp();
  return (lookUp(words, limit) ?? (await searchIndex(words, limit))).sort(byName);
}

async function searchIndex(words: readonly string[], limit: number): Promise<Contact[]> {
  const driver = words.reduce((longest, word) => (word.length > longest.length ? word : longest));
  const found = new Map<string, Contact>();
  for (let offset = 0; found.size < limit; offset += SEARCH_CHUNK) {
    const chunk = await db.contacts.where('searchWords').startsWith(driver).offset(offset).limit(SEARCH_CHUNK).toArray();
    for (const contact of chunk) {
      // The index is multi-entry: a contact with two words that start alike comes twice.
      if (found.size < limit && !found.has(contact.id) && matchesQuery(contact.searchWords, words)) found.set(contact.id, contact);
    }
    if (chunk.length < SEARCH_CHUNK) break;
  }
  return [...found.values()];
}
