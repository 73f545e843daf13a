import { profileAlias } from '../utils/identity';
import type { ConversationPerson, LinkedInConversationCapture } from '../utils/model/capture';
import type { Contact } from '../utils/model/contact';
import { mayBeByProfile } from '../utils/person-match';
import { createContact, updateContact } from './contacts';
import { db } from './db';
import { RecordNotFoundError } from './errors';
import { contactsNamed } from './threads';
import { logTouch } from './touches';

// A LinkedIn conversation logged as touches: one `linkedin-message` touch per contact for each
// latest message, so logging the same conversation again changes nothing until someone writes.

export interface ConversationPersonState {
  person: ConversationPerson;
  contact: Contact | undefined;
  /** The latest message is already logged on the contact. */
  logged: boolean;
  /** No contact has this profile, but one of the same name kept elsewhere (Gmail) may be them. */
  maybe?: Contact | undefined;
}

/** What a logged touch carries to be logged once: the latest message's key (its urn when shown). */
export function conversationRef(capture: LinkedInConversationCapture): string {
  return capture.latest.key.slice(0, 300);
}

export async function conversationPeople(capture: LinkedInConversationCapture): Promise<ConversationPersonState[]> {
  const dedupKey = `linkedin:${conversationRef(capture)}`;
  return Promise.all(
    capture.participants.map(async (person) => {
      const alias = person.profileUrl ? profileAlias(person.profileUrl) : null;
      const contact = alias ? await db.contacts.where('aliases').equals(alias).first() : undefined;
      if (contact) return { person, contact, logged: (await db.touches.where({ contactId: contact.id, dedupKey }).count()) > 0 };
      const maybe = (await contactsNamed(person.name)).find((candidate) => mayBeByProfile(candidate, person));
      return { person, contact: undefined, logged: false, maybe };
    }),
  );
}

/** Log the conversation's latest message as a touch on each chosen contact, all or none, once each. */
export function logConversation(
  contactIds: readonly string[],
  capture: LinkedInConversationCapture,
  now = Date.now(),
): Promise<{ logged: number; alreadyLogged: number }> {
  return db.transaction('rw', [db.contacts, db.touches, db.settings], async () => {
    let logged = 0;
    for (const contactId of contactIds) {
      const result = await logTouch(
        {
          contactId,
          type: 'linkedin-message',
          direction: capture.latest.fromSelf ? 'out' : 'in',
          at: capture.latest.at ?? now,
          source: { kind: 'linkedin', url: capture.conversationUrl, ref: conversationRef(capture) },
        },
        now,
      );
      if (result.created) logged++;
    }
    return { logged, alreadyLogged: contactIds.length - logged };
  });
}

/** Keep a conversation's participant as a contact (their profile as an alias), with the conversation logged if asked, in one transaction. */
export function keepConversationPerson(
  person: ConversationPerson,
  capture: LinkedInConversationCapture,
  andLog: boolean,
  now = Date.now(),
): Promise<Contact> {
  return db.transaction('rw', [db.contacts, db.stageEvents, db.settings, db.touches], async () => {
    const contact = await createContact({ fullName: person.name, linkedinUrl: person.profileUrl, origin: 'sales' }, now);
    if (andLog) await logConversation([contact.id], capture, now);
    return (await db.contacts.get(contact.id)) ?? contact;
  });
}

/** The participant is a contact kept elsewhere: their LinkedIn profile joins that contact, the conversation logged if asked. */
export function addProfileToContact(
  contactId: string,
  person: ConversationPerson,
  capture: LinkedInConversationCapture,
  andLog: boolean,
  now = Date.now(),
): Promise<Contact> {
  return db.transaction('rw', [db.contacts, db.stageEvents, db.settings, db.touches], async () => {
    if (person.profileUrl) await updateContact(contactId, { linkedinUrl: person.profileUrl }, now);
    if (andLog) await logConversation([contactId], capture, now);
    const stored = await db.contacts.get(contactId);
    if (!stored) throw new RecordNotFoundError('Contact', contactId);
    return stored;
  });
}
