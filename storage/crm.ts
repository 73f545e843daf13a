import type { PushContact } from '../utils/crm/push';
import type { CompanyQuery, PersonQuery } from '../utils/crm/service';
import { aliasesFor } from '../utils/identity';
import type { Contact } from '../utils/model/contact';
import type { CrmLookup } from '../utils/model/crm';
import type { CrmKind } from '../utils/model/crm-names';
import type { Touch } from '../utils/model/touch';
import { findAccount } from './accounts';
import { findContactByAliases } from './contact-reads';
import { db } from './db';
import { RecordNotFoundError, validate } from './errors';
import { loadModels } from './models';

// What CRM work reads and writes here: the push's candidates, the remote ids written back (each in
// its own small transaction, so an interrupted push keeps what already went), and the look-up cache.

/** Everyone with their touches, each contact with their account's domain for linking a company. */
export async function pushCandidates(): Promise<{ contacts: PushContact[]; touches: Touch[] }> {
  return db.transaction('r', db.contacts, db.touches, db.accounts, async () => {
    const domains = new Map((await db.accounts.toArray()).map((account) => [account.id, account.domain]));
    const contacts = (await db.contacts.toArray()).map((contact) => ({
      ...contact,
      companyDomain: contact.accountId ? domains.get(contact.accountId) : undefined,
    }));
    return { contacts, touches: await db.touches.toArray() };
  });
}

export async function setCrmId(crm: CrmKind, contactId: string, remoteId: string): Promise<void> {
  const patch: Partial<Contact> = crm === 'hubspot' ? { hubspotId: remoteId } : { pipedriveId: remoteId };
  const changed = await db.contacts.update(contactId, patch);
  if (!changed && !(await db.contacts.get(contactId))) throw new RecordNotFoundError('Contact', contactId);
}

export async function setCrmNoteId(crm: CrmKind, touchId: string, noteId: string): Promise<void> {
  const patch: Partial<Touch> = crm === 'hubspot' ? { hubspotNoteId: noteId } : { pipedriveNoteId: noteId };
  const changed = await db.touches.update(touchId, patch);
  if (!changed && !(await db.touches.get(touchId))) throw new RecordNotFoundError('Touch', touchId);
}

export async function cachedLookup(key: string): Promise<CrmLookup | undefined> {
  return db.crmLookups.get(key);
}

export async function saveLookup(lookup: CrmLookup): Promise<void> {
  await db.crmLookups.put(validate((await loadModels()).CrmLookup, lookup));
}

/**
 * What to ask the CRM about a person on a page: their addresses (seen, or kept by Tend), their
 * LinkedIn URL, their name, and their company's domain when Tend keeps that account.
 */
export async function personQuery(seen: {
  fullName?: string | undefined;
  linkedinUrl?: string | undefined;
  emails?: readonly string[] | undefined;
  companyName?: string | undefined;
}): Promise<PersonQuery> {
  const kept = await findContactByAliases(aliasesFor({ linkedinUrl: seen.linkedinUrl, emails: seen.emails }));
  const companyName = seen.companyName ?? kept?.companyName;
  const account = kept?.accountId
    ? await db.accounts.get(kept.accountId)
    : companyName
      ? await findAccount({ name: companyName })
      : undefined;
  return {
    emails: [...new Set([...(seen.emails ?? []), ...(kept?.emails ?? [])].map((email) => email.toLowerCase()))],
    linkedinUrl: seen.linkedinUrl ?? kept?.linkedinUrl,
    fullName: seen.fullName ?? kept?.fullName,
    companyDomain: account?.domain,
  };
}

/** What to ask the CRM about a company: its name, and its domain when Tend knows it. */
export async function companyQuery(company: {
  name: string;
  companyUrl?: string | undefined;
  domain?: string | undefined;
}): Promise<CompanyQuery> {
  const account = await findAccount({ companyUrl: company.companyUrl, name: company.name });
  return { name: company.name, domain: company.domain ?? account?.domain };
}
