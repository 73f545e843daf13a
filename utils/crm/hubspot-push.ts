import { nameParts, outreachContacts } from '../io/export-contacts';
import type { Contact } from '../model/contact';
import type { Touch } from '../model/touch';
import { HubSpotAuthError, type HubSpotClient } from './hubspot-client';

// Push contacts and their touches to HubSpot: contacts matched by email (HubSpot's own key), each
// touch as a note on its contact. Remote ids are handed back as they come so a push that stops
// half-way, and any push after it, carries on without doubling anything.

export type PushContact = Pick<
  Contact,
  'id' | 'fullName' | 'firstName' | 'lastName' | 'emails' | 'phones' | 'companyName' | 'title' | 'stage' | 'hubspotId'
>;
export type PushTouch = Pick<
  Touch,
  'id' | 'contactId' | 'type' | 'direction' | 'answered' | 'at' | 'summary' | 'outcome' | 'hubspotNoteId'
>;

export interface PushReport {
  contactsPushed: number;
  notesAdded: number;
  skipped: { name: string; reason: string }[];
  failed: { name: string; reason: string }[];
  /** Set when HubSpot refused the token: nothing more was tried. */
  stopped?: string;
}

export interface PushHooks {
  onContact: (contactId: string, hubspotId: string) => Promise<void>;
  onNote: (touchId: string, noteId: string) => Promise<void>;
  onProgress?: (done: number, total: number) => void;
}

export function noteBody(touch: PushTouch): string {
  const what = `${touch.type.replace(/-/g, ' ')} (${touch.direction === 'out' ? 'outbound' : 'inbound'}${touch.direction === 'out' && !touch.answered ? ', no answer' : ''})`;
  return [what, touch.summary, touch.outcome ? `Outcome: ${touch.outcome}` : undefined].filter(Boolean).join('\n');
}

export async function pushToHubSpot(
  contacts: readonly PushContact[],
  touches: readonly PushTouch[],
  client: HubSpotClient,
  hooks: PushHooks,
): Promise<PushReport> {
  const report: PushReport = { contactsPushed: 0, notesAdded: 0, skipped: [], failed: [] };
  const eligible = outreachContacts(contacts);
  for (const contact of contacts)
    if (contact.stage === 'do-not-contact') report.skipped.push({ name: contact.fullName, reason: 'do not contact' });
  const byContact = new Map<string, PushTouch[]>();
  for (const touch of touches) {
    if (touch.hubspotNoteId) continue;
    const list = byContact.get(touch.contactId) ?? [];
    list.push(touch);
    byContact.set(touch.contactId, list);
  }
  let done = 0;
  for (const contact of eligible) {
    hooks.onProgress?.(done++, eligible.length);
    const email = contact.emails[0];
    if (!email) {
      report.skipped.push({ name: contact.fullName, reason: 'no email address (HubSpot matches contacts by email)' });
      continue;
    }
    try {
      const { first, last } = nameParts(contact);
      const hubspotId = await client.upsertContact(
        {
          email,
          firstname: first || undefined,
          lastname: last || undefined,
          company: contact.companyName,
          jobtitle: contact.title,
          phone: contact.phones[0],
        },
        contact.hubspotId,
      );
      await hooks.onContact(contact.id, hubspotId);
      report.contactsPushed++;
      for (const touch of (byContact.get(contact.id) ?? []).sort((a, b) => a.at - b.at)) {
        const noteId = await client.createNote(hubspotId, { at: touch.at, body: noteBody(touch) });
        await hooks.onNote(touch.id, noteId);
        report.notesAdded++;
      }
    } catch (error) {
      if (error instanceof HubSpotAuthError) {
        report.stopped = error.message;
        return report;
      }
      report.failed.push({ name: contact.fullName, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  hooks.onProgress?.(eligible.length, eligible.length);
  return report;
}
