import { emailAlias } from '../utils/identity';
import type { Participant } from '../utils/model/capture';
import type { Contact } from '../utils/model/contact';
import type { ThreadSummary } from '../utils/thread-participants';
import { createContact } from './contacts';
import { db } from './db';
import { logTouch } from './touches';

export interface ThreadPerson {
  participant: Participant;
  contact: Contact | undefined;
  /** This thread is already logged on the contact. */
  logged: boolean;
}

/** Each participant with the contact their address belongs to, and whether the thread is logged there. */
export async function threadPeople(summary: ThreadSummary): Promise<ThreadPerson[]> {
  return Promise.all(
    summary.participants.map(async (participant) => {
      const alias = emailAlias(participant.email);
      const contact = alias ? await db.contacts.where('aliases').equals(alias).first() : undefined;
      const logged = contact ? (await db.touches.where({ contactId: contact.id, dedupKey: `gmail:${summary.ref}` }).count()) > 0 : false;
      return { participant, contact, logged };
    }),
  );
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
      const result = await logTouch(
        {
          contactId,
          type: 'email',
          direction: summary.direction,
          at: summary.latestAt ?? now,
          summary: summary.subject,
          source: { kind: 'gmail', url: threadUrl, ref: summary.ref },
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
