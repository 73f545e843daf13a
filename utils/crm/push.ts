import { nameParts, outreachContacts } from '../io/export-contacts';
import type { Contact } from '../model/contact';
import { CRM_LABELS, type CrmKind } from '../model/crm-names';
import type { Touch } from '../model/touch';
import { CrmAuthError } from './http';
import type { CrmService } from './service';

// Push contacts and their touches to a CRM: people matched by email (both CRMs' key), linked to
// their company, each touch as a note on its person. Remote ids are handed back as they come, so a
// push that stops half-way, and any push after it, carries on without doubling anything. Tend never
// writes the CRM's owner or lifecycle fields: the CRM owns those.

export type PushContact = Pick<
  Contact,
  'id' | 'fullName' | 'firstName' | 'lastName' | 'emails' | 'phones' | 'companyName' | 'title' | 'stage' | 'hubspotId' | 'pipedriveId'
> & { companyDomain?: string | undefined };
export type PushTouch = Pick<
  Touch,
  'id' | 'contactId' | 'type' | 'direction' | 'answered' | 'at' | 'summary' | 'outcome' | 'hubspotNoteId' | 'pipedriveNoteId'
>;

export interface PushRecord {
  name: string;
  outcome: 'pushed' | 'skipped' | 'failed';
  reason?: string;
  notes: number;
}

export interface PushReport {
  crm: CrmKind;
  contactsPushed: number;
  notesAdded: number;
  /** One line per contact considered, in order. */
  records: PushRecord[];
  /** Set when the CRM refused the token: nothing more was tried. */
  stopped?: string;
}

export interface PushHooks {
  onContact: (contactId: string, remoteId: string) => Promise<void>;
  onNote: (touchId: string, noteId: string) => Promise<void>;
  onProgress?: (done: number, total: number) => void;
}

export function noteBody(touch: PushTouch): string {
  const what = `${touch.type.replace(/-/g, ' ')} (${touch.direction === 'out' ? 'outbound' : 'inbound'}${touch.direction === 'out' && !touch.answered ? ', no answer' : ''})`;
  return [what, touch.summary, touch.outcome ? `Outcome: ${touch.outcome}` : undefined].filter(Boolean).join('\n');
}

const remoteIdOf = (contact: PushContact, crm: CrmKind) => (crm === 'hubspot' ? contact.hubspotId : contact.pipedriveId);
const noteIdOf = (touch: PushTouch, crm: CrmKind) => (crm === 'hubspot' ? touch.hubspotNoteId : touch.pipedriveNoteId);

export async function pushToCrm(
  contacts: readonly PushContact[],
  touches: readonly PushTouch[],
  service: CrmService,
  hooks: PushHooks,
): Promise<PushReport> {
  const { crm } = service;
  const report: PushReport = { crm, contactsPushed: 0, notesAdded: 0, records: [] };
  const eligible = outreachContacts(contacts);
  for (const contact of contacts)
    if (contact.stage === 'do-not-contact')
      report.records.push({ name: contact.fullName, outcome: 'skipped', reason: 'do not contact', notes: 0 });
  const byContact = new Map<string, PushTouch[]>();
  for (const touch of touches) {
    if (noteIdOf(touch, crm)) continue;
    const list = byContact.get(touch.contactId) ?? [];
    list.push(touch);
    byContact.set(touch.contactId, list);
  }
  let done = 0;
  for (const contact of eligible) {
    hooks.onProgress?.(done++, eligible.length);
    const email = contact.emails[0];
    if (!email) {
      report.records.push({
        name: contact.fullName,
        outcome: 'skipped',
        reason: `no email address (${CRM_LABELS[crm]} matches people by email)`,
        notes: 0,
      });
      continue;
    }
    const record: PushRecord = { name: contact.fullName, outcome: 'pushed', notes: 0 };
    try {
      const { first, last } = nameParts(contact);
      const remoteId = await service.upsertPerson(
        {
          email,
          fullName: contact.fullName,
          firstName: first || undefined,
          lastName: last || undefined,
          companyName: contact.companyName,
          title: contact.title,
          phone: contact.phones[0],
          stage: contact.stage,
        },
        remoteIdOf(contact, crm),
      );
      await hooks.onContact(contact.id, remoteId);
      report.contactsPushed++;
      if (contact.companyName) await service.linkCompany(remoteId, { name: contact.companyName, domain: contact.companyDomain });
      for (const touch of (byContact.get(contact.id) ?? []).sort((a, b) => a.at - b.at)) {
        const noteId = await service.createNote(remoteId, { at: touch.at, body: noteBody(touch) });
        await hooks.onNote(touch.id, noteId);
        report.notesAdded++;
        record.notes++;
      }
      report.records.push(record);
    } catch (error) {
      if (error instanceof CrmAuthError) {
        report.stopped = error.message;
        return report;
      }
      report.records.push({ ...record, outcome: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }
  hooks.onProgress?.(eligible.length, eligible.length);
  return report;
}
