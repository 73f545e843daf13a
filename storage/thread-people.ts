import { emailAlias } from '../utils/identity';
import type { Participant } from '../utils/model/capture';
import type { Contact } from '../utils/model/contact';
import { mayBeByAddress, nameKey } from '../utils/person-match';
import type { ThreadSummary } from '../utils/thread-participants';
import { db } from './db';

// Who a mail thread's participants are among the contacts kept, and whether it is logged on them:
// what the page view reads when it opens on a thread (threads.ts writes).

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
export async function isThreadLogged(contactId: string, summary: ThreadSummary): Promise<boolean> {
  // One equality query per id: the panel's live queries follow these (a compound anyOf they missed).
  for (const ref of summary.refs)
    if ((await db.touches.where({ contactId, dedupKey: `${summary.source}:${ref}` }).count()) > 0) return true;
  return false;
}
