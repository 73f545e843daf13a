import { emailAlias } from '../utils/identity';
import type { Participant } from '../utils/model/capture';
import type { Contact } from '../utils/model/contact';
import { mayBeByAddress, nameKey } from '../utils/person-match';
import type { ThreadSummary } from '../utils/thread-participants';
import { createContact, updateContact } from './contacts';
import { db } from './db';
import { logTouch } from './touches';

export interface ThreadPerson {
  participant: Participant;
  contact: Contact | undefined;
  /** This thread is already logged on the contact. */
  logged: boolean;
  /** No contact has this address, but one kept elsewhere (LinkedIn) may be this person: asked, never assumed. */
  maybe?: Contact | undefined;
}

/**
 * Contacts who may be the person behind a name: the same name once folded (first word through the
 * search index, then the whole name), with no address of their own at this address.
 */
export async function contactsNamed(name: string): Promise<Contact[]> {
  const key = nameKey(name);
  const first = key.split(' ')[0];
  if (!first) return [];
  const found = await db.contacts.where('searchWords').equals(first).limit(200).toArray();
  return found.filter((contact) => nameKey(contact.fullName) === key);
}

/** Each participant with the contact their address belongs to, whether the thread is logged there, and who they may be. */
export async function threadPeople(summary: ThreadSummary): Promise<ThreadPerson[]> {
  return Promise.all(
    summary.participants.map(async (participant) => {
      const alias = emailAlias(participant.email);
      const contact = alias ? await db.contacts.where('aliases').equals(alias).first() : undefined;
      if (contact) return { participant, contact, logged: await isThreadLogged(contact.id, summary) };
      const named = participant.name ? await contactsNamed(participant.name) : [];
      const maybe = named.find((candidate) => mayBeByAddress(candidate, participant));
      return { participant, contact: undefined, logged: false, maybe };
    }),
  );
}

/** A touch of this thread, under any of its ids, is already on the contact. */
async function isThreadLogged(contactId: string, summary: ThreadSummary): Promise<boolean> {
  // One equality query per id: the panel's live queries follow these (a compound anyOf they missed).
  for (const ref of summary.refs)
    if ((await db.touches.where({ contactId, dedupKey: `${summary.source}:${ref}` }).count()) > 0) return true;
  return false;
}

export interface LogThreadResult {
  logged: number;
  alreadyLogged: number;
}

/** Log the thread as one email touch on each chosen contact, all or none, once per contact. */
export async function logThread(
  contactIds: readonly string[],
  summary: ThreadSummary,
  threadUrl: string,
  now = Date.now(),
): Promise<LogThreadResult> {
  return db.transaction('rw', [db.contacts, db.touches, db.settings], async () => {
    let logged = 0;
    for (const contactId of contactIds) {
      if (await isThreadLogged(contactId, summary)) continue;
      const result = await logTouch(
        {
          contactId,
          type: 'email',
          direction: summary.direction,
          at: summary.latestAt ?? now,
          summary: summary.subject,
          source: { kind: summary.source, url: threadUrl, ref: summary.ref },
        },
        now,
      );
      if (result.created) logged++;
    }
    return { logged, alreadyLogged: contactIds.length - logged };
  });
}

/** Keep a thread participant as a contact, their address as an alias. */
export function addParticipant(participant: Participant, fullName: string): Promise<Contact> {
  return createContact({ fullName, emails: [participant.email], origin: 'sales' });
}

/**
 * Keep a thread participant and log the thread as their first touch, in one transaction: cut
 * anywhere, and there is neither a contact without the thread that brought them nor a touch
 * without its contact.
 */
export function addParticipantAndLog(
  participant: Participant,
  fullName: string,
  summary: ThreadSummary,
  threadUrl: string,
  now = Date.now(),
): Promise<Contact> {
  return db.transaction('rw', [db.contacts, db.stageEvents, db.settings, db.touches], async () => {
    const contact = await createContact({ fullName, emails: [participant.email], origin: 'sales' }, now);
    await logThread([contact.id], summary, threadUrl, now);
    return (await db.contacts.get(contact.id)) ?? contact;
  });
}

/**
 * The participant is a contact kept elsewhere: their address joins that contact (and its aliases),
 * and with `log` the thread is logged on them, in one transaction.
 */
export function addAddressToContact(
  contactId: string,
  participant: Participant,
  log?: { summary: ThreadSummary; threadUrl: string },
  now = Date.now(),
): Promise<Contact> {
  return db.transaction('rw', [db.contacts, db.stageEvents, db.settings, db.touches], async () => {
    const contact = await db.contacts.get(contactId);
    const emails = [...new Set([...(contact?.emails ?? []), participant.email])];
    const updated = await updateContact(contactId, { emails }, now);
    if (log) await logThread([contactId], log.summary, log.threadUrl, now);
    return (await db.contacts.get(contactId)) ?? updated;
  });
}
