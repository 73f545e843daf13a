import { emailAlias, profileAlias } from '../utils/identity';
import { Contact, ContactFields, type ContactInput, type ContactSummary } from '../utils/model/contact';
import { StageEvent } from '../utils/model/stage-event';
import type { Stage } from '../utils/model/vocabulary';
import { matchesQuery, searchWordsFor, wordsOf } from '../utils/search-words';
import { db } from './db';
import { cadenceTable, withDue } from './due';
import { DuplicateError, RecordNotFoundError, ValidationError, validate } from './errors';
import { newId } from './ids';
import { catchUp, lookUp } from './search-table';

/** Fields a person edits; ids, timestamps and derived fields are kept by these operations. */
export type ContactPatch = Partial<ContactInput> & { stageReason?: string };

export function deriveContactFields(fields: ContactInput): ContactInput {
  // The LinkedIn URL and every email are aliases too, so a lookup by any of them finds the contact.
  const aliases = new Set(fields.aliases ?? []);
  if (fields.linkedinUrl) {
    const alias = profileAlias(fields.linkedinUrl);
    if (alias) aliases.add(alias);
  }
  for (const email of fields.emails ?? []) {
    const alias = emailAlias(email);
    if (alias) aliases.add(alias);
  }
  return { ...fields, aliases: [...aliases] };
}

function searchWords(contact: ContactInput): string[] {
  return searchWordsFor([contact.fullName, contact.companyName, contact.title, ...(contact.emails ?? []), ...(contact.tags ?? [])]);
}

function requireReason(stage: Stage, reason: string | undefined): void {
  if (stage === 'discontinued' && !reason?.trim()) {
    throw new ValidationError([{ path: 'stageReason', message: 'discontinuing a contact needs a reason' }]);
  }
}

async function refuseTakenAliases(aliases: readonly string[], selfId?: string): Promise<void> {
  if (aliases.length === 0) return;
  const owners = await db.contacts
    .where('aliases')
    .anyOf([...aliases])
    .toArray();
  const other = owners.find((owner) => owner.id !== selfId);
  if (other) {
    const shared = other.aliases.filter((alias) => aliases.includes(alias));
    throw new DuplicateError(`${other.fullName} already has ${shared.join(', ')}`, other.id);
  }
}

/**
 * A new contact validated and derived (aliases, search words) with its first stage event, not yet
 * written: createContact writes one, imports write many in one transaction.
 */
export function newContactRecords(
  input: ContactInput & { stageReason?: string },
  now: number,
  seen: { lastSeenAt?: number } = {},
): { contact: Contact; event: StageEvent } {
  const { stageReason, ...rest } = input;
  const fields = validate(ContactFields, deriveContactFields(rest));
  requireReason(fields.stage, stageReason);
  const contact = validate(Contact, {
    ...fields,
    id: newId(),
    searchWords: searchWords(fields),
    createdAt: now,
    updatedAt: now,
    lastSeenAt: seen.lastSeenAt,
  });
  const event = validate(StageEvent, { id: newId(), contactId: contact.id, to: contact.stage, at: now, reason: stageReason || undefined });
  return { contact, event };
}

/** Create a contact; records its first stage event in the same transaction. */
export async function createContact(
  input: ContactInput & { stageReason?: string },
  now = Date.now(),
  seen: { lastSeenAt?: number } = {},
): Promise<Contact> {
  const { contact, event } = newContactRecords(input, now, seen);
  return db.transaction('rw', [db.contacts, db.stageEvents, db.settings], async () => {
    await refuseTakenAliases(contact.aliases);
    const stored = withDue(contact, await cadenceTable());
    await db.contacts.add(stored);
    await db.stageEvents.add(event);
    return stored;
  });
}

/** Update a contact's fields; a change of stage is recorded as a stage event in the same transaction. */
export async function updateContact(
  id: string,
  patch: ContactPatch,
  now = Date.now(),
  seen: { lastSeenAt?: number } = {},
): Promise<Contact> {
  const { stageReason, ...changes } = patch;
  return db.transaction('rw', [db.contacts, db.stageEvents, db.settings], async () => {
    const current = await db.contacts.get(id);
    if (!current) throw new RecordNotFoundError('Contact', id);
    const {
      id: _id,
      searchWords: _words,
      createdAt,
      updatedAt: _updated,
      lastTouchAt,
      lastSeenAt,
      nextDueAt: _due,
      dueSnoozedUntil,
      ...editable
    } = current;
    // Aliases the rep removed through the fields (an email deleted) go with them; others stay.
    const removedEmails = (editable.emails ?? []).filter((email) => changes.emails && !changes.emails.includes(email));
    const keptAliases = editable.aliases.filter((alias) => !removedEmails.some((email) => alias === emailAlias(email)));
    const fields = validate(ContactFields, deriveContactFields({ ...editable, aliases: keptAliases, ...changes }));
    const stageChanged = fields.stage !== current.stage;
    if (stageChanged) requireReason(fields.stage, stageReason);
    const next = validate(Contact, {
      ...fields,
      id,
      searchWords: searchWords(fields),
      createdAt,
      updatedAt: now,
      lastTouchAt,
      lastSeenAt: seen.lastSeenAt ?? lastSeenAt,
      dueSnoozedUntil,
    });
    await refuseTakenAliases(next.aliases, id);
    const stored = withDue(next, await cadenceTable());
    await db.contacts.put(stored);
    if (stageChanged) {
      await db.stageEvents.add(
        validate(StageEvent, {
          id: newId(),
          contactId: id,
          from: current.stage,
          to: next.stage,
          at: now,
          reason: stageReason || undefined,
        }),
      );
    }
    return stored;
  });
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

/** Search-word index entries read per step: one fast bulk read each, however many contacts there are. */
const SEARCH_CHUNK = 500;

/** Indexed words are cut at 60 characters; typed ones are cut alike so a long word still matches. */
const typedWords = (query: string) => wordsOf(query).map((word) => word.slice(0, 60));
const byName = (a: ContactSummary, b: ContactSummary) => a.fullName.localeCompare(b.fullName);

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

/** Every stage a contact has been through, oldest first. */
export function stageHistory(contactId: string): Promise<StageEvent[]> {
  return db.stageEvents.where('[contactId+at]').between([contactId, -Infinity], [contactId, Infinity]).toArray();
}
