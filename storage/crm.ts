import type { Contact } from '../utils/model/contact';
import type { Touch } from '../utils/model/touch';
import { db } from './db';
import { RecordNotFoundError } from './errors';

// What a CRM push reads, and the remote ids it writes back (each in its own small transaction, so
// an interrupted push keeps what already went).

export async function pushCandidates(): Promise<{ contacts: Contact[]; touches: Touch[] }> {
  return db.transaction('r', db.contacts, db.touches, async () => ({
    contacts: await db.contacts.toArray(),
    touches: await db.touches.toArray(),
  }));
}

export async function setHubspotId(contactId: string, hubspotId: string): Promise<void> {
  const changed = await db.contacts.update(contactId, { hubspotId });
  if (!changed && !(await db.contacts.get(contactId))) throw new RecordNotFoundError('Contact', contactId);
}

export async function setHubspotNoteId(touchId: string, noteId: string): Promise<void> {
  const changed = await db.touches.update(touchId, { hubspotNoteId: noteId });
  if (!changed && !(await db.touches.get(touchId))) throw new RecordNotFoundError('Touch', touchId);
}
