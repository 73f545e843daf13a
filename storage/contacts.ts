import { emailAlias, profileAlias } from '../utils/identity';
import type { Contact, ContactInput } from '../utils/model/contact';
import type { StageEvent } from '../utils/model/stage-event';
import type { Stage } from '../utils/model/vocabulary';
import { searchWordsFor } from '../utils/search-words';
import { db } from './db';
import { cadenceTable, withDue } from './due';
import { DuplicateError, RecordNotFoundError, ValidationError, validate } from './errors';
import { newId } from './ids';
import { loadModels, models } from './models';

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
 * written: createContact writes one, imports write many in one transaction (after loadModels()).
 */
export function newContactRecords(
  input: ContactInput & { stageReason?: string },
  now: number,
  seen: { lastSeenAt?: number } = {},
): { contact: Contact; event: StageEvent } {
  const { Contact, ContactFields, StageEvent } = models();
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
  await loadModels();
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
  const { Contact, ContactFields, StageEvent } = await loadModels();
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

/** Every stage a contact has been through, oldest first. */
export function stageHistory(contactId: string): Promise<StageEvent[]> {
  return db.stageEvents.where('[contactId+at]').between([contactId, -Infinity], [contactId, Infinity]).toArray();
}
