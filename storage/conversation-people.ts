import { profileAlias } from '../utils/identity';
import type { ConversationPerson, LinkedInConversationCapture } from '../utils/model/capture';
import type { Contact } from '../utils/model/contact';
import { mayBeByProfile } from '../utils/person-match';
import { db } from './db';
import { contactsNamed } from './thread-people';

// Who a LinkedIn conversation's people are among the contacts kept, and whether its latest message
// is logged on them: what the page view reads when it opens on a conversation.

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
