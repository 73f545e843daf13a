import type { Participant } from '../utils/model/capture';
import type { Contact } from '../utils/model/contact';
import type { ThreadSummary } from '../utils/thread-participants';
import { createContact, updateContact } from './contacts';
import { db } from './db';
import { loadModels } from './models';
import { isThreadLogged } from './thread-people';
import { logTouch } from './touches';

// A mail thread's writes: logging it on contacts, keeping its participants. Who they are is
// thread-people.ts, which the page view reads at open; these load with the rep's first click.

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
  await loadModels();
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
export async function addParticipantAndLog(
  participant: Participant,
  fullName: string,
  summary: ThreadSummary,
  threadUrl: string,
  now = Date.now(),
): Promise<Contact> {
  await loadModels();
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
export async function addAddressToContact(
  contactId: string,
  participant: Participant,
  log?: { summary: ThreadSummary; threadUrl: string },
  now = Date.now(),
): Promise<Contact> {
  await loadModels();
  return db.transaction('rw', [db.contacts, db.stageEvents, db.settings, db.touches], async () => {
    const contact = await db.contacts.get(contactId);
    const emails = [...new Set([...(contact?.emails ?? []), participant.email])];
    const updated = await updateContact(contactId, { emails }, now);
    if (log) await logThread([contactId], log.summary, log.threadUrl, now);
    return (await db.contacts.get(contactId)) ?? updated;
  });
}
