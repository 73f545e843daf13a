import type { ConversationPerson, LinkedInConversationCapture } from '../utils/model/capture';
import type { Contact } from '../utils/model/contact';
import { createContact, updateContact } from './contacts';
import { conversationRef } from './conversation-people';
import { db } from './db';
import { RecordNotFoundError } from './errors';
import { loadModels } from './models';
import { logTouch } from './touches';

// A LinkedIn conversation logged as touches: one `linkedin-message` touch per contact for each
// latest message, so logging the same conversation again changes nothing until someone writes.
// Who its people are is conversation-people.ts, read at open; these writes load with a click.

/** Log the conversation's latest message as a touch on each chosen contact, all or none, once each. */
export async function logConversation(
  contactIds: readonly string[],
  capture: LinkedInConversationCapture,
  now = Date.now(),
): Promise<{ logged: number; alreadyLogged: number }> {
  await loadModels();
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
export async function keepConversationPerson(
  person: ConversationPerson,
  capture: LinkedInConversationCapture,
  andLog: boolean,
  now = Date.now(),
): Promise<Contact> {
  await loadModels();
  return db.transaction('rw', [db.contacts, db.stageEvents, db.settings, db.touches], async () => {
    const contact = await createContact({ fullName: person.name, linkedinUrl: person.profileUrl, origin: 'sales' }, now);
    if (andLog) await logConversation([contact.id], capture, now);
    return (await db.contacts.get(contact.id)) ?? contact;
  });
}

/** The participant is a contact kept elsewhere: their LinkedIn profile joins that contact, the conversation logged if asked. */
export async function addProfileToContact(
  contactId: string,
  person: ConversationPerson,
  capture: LinkedInConversationCapture,
  andLog: boolean,
  now = Date.now(),
): Promise<Contact> {
  await loadModels();
  return db.transaction('rw', [db.contacts, db.stageEvents, db.settings, db.touches], async () => {
    if (person.profileUrl) await updateContact(contactId, { linkedinUrl: person.profileUrl }, now);
    if (andLog) await logConversation([contactId], capture, now);
    const stored = await db.contacts.get(contactId);
    if (!stored) throw new RecordNotFoundError('Contact', contactId);
    return stored;
  });
}
