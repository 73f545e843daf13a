import { aliasesFor, nameCompanyKey } from '../utils/identity';
import type { PersonCapture } from '../utils/model/capture';
import type { Contact, ContactInput, EmploymentEntry } from '../utils/model/contact';
import { type FieldChange, isJobChange, personChanges } from '../utils/person-changes';
import { wordsOf } from '../utils/search-words';
import { upsertAccount } from './accounts';
import { createContact, findContactByAliases, updateContact } from './contacts';
import { db } from './db';
import { RecordNotFoundError } from './errors';

// Turning what a page shows into contacts: match it to who is already kept, keep someone new,
// and record what changed since the rep last saw them (a job change becomes employment history).

export type PersonMatch =
  | { kind: 'new' }
  | { kind: 'known'; contact: Contact; changes: FieldChange[]; jobChange: boolean }
  | { kind: 'possible'; candidates: Contact[] };

export function captureAliases(capture: PersonCapture): string[] {
  return aliasesFor({ linkedinUrl: capture.profileUrl, memberUrn: capture.memberUrn, salesNavigatorUrl: capture.salesNavigatorUrl });
}

/** Known by any alias; otherwise "possible" when name and company match someone kept; otherwise new. */
export async function matchPerson(capture: PersonCapture): Promise<PersonMatch> {
  const contact = await findContactByAliases(captureAliases(capture));
  if (contact) {
    const changes = personChanges(contact, capture);
    return { kind: 'known', contact, changes, jobChange: isJobChange(changes) };
  }
  const key = nameCompanyKey(capture.fullName, capture.company);
  const firstWord = wordsOf(capture.fullName)[0];
  if (!key || !firstWord) return { kind: 'new' };
  const candidates = await db.contacts
    .where('searchWords')
    .equals(firstWord)
    .filter((candidate) => nameCompanyKey(candidate.fullName, candidate.companyName) === key)
    .toArray();
  return candidates.length > 0 ? { kind: 'possible', candidates } : { kind: 'new' };
}

function currentJob(capture: PersonCapture, now: number): EmploymentEntry | undefined {
  if (!capture.title && !capture.company) return undefined;
  const entry = capture.experience.find((job) => job.title === capture.title && job.company === capture.company);
  return {
    title: capture.title,
    company: capture.company,
    companyUrl: capture.companyUrl,
    start: entry?.dates,
    observedAt: now,
    source: 'linkedin',
  };
}

/**
 * Keep a person seen on a page, with the fields the rep reviewed (prefilled from the capture) and
 * their current job as the first employment entry. The account is kept or linked alongside.
 */
export async function keepPerson(capture: PersonCapture, reviewed: ContactInput, now = Date.now()): Promise<Contact> {
  return db.transaction('rw', [db.contacts, db.stageEvents, db.accounts, db.settings], async () => {
    const companyName = reviewed.companyName ?? capture.company;
    const account = companyName ? await upsertAccount({ name: companyName, companyUrl: capture.companyUrl }, now) : undefined;
    const job = currentJob(capture, now);
    return createContact(
      {
        ...reviewed,
        accountId: account?.id,
        aliases: [...new Set([...(reviewed.aliases ?? []), ...captureAliases(capture)])],
        employment: job ? [job] : [],
      },
      now,
      { lastSeenAt: now },
    );
  });
}

/**
 * Record what the page shows now on a contact already kept: new aliases (when the rep confirmed a
 * possible match), changed fields, and a job change as a new employment entry closing the last one.
 */
export async function recordSeen(contactId: string, capture: PersonCapture, now = Date.now()): Promise<Contact> {
  return db.transaction('rw', [db.contacts, db.stageEvents, db.accounts, db.settings], async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) throw new RecordNotFoundError('Contact', contactId);
    const changes = personChanges(contact, capture);
    const patch: Partial<ContactInput> = { aliases: [...new Set([...contact.aliases, ...captureAliases(capture)])] };
    for (const change of changes) patch[change.field] = change.after;
    if (!contact.linkedinUrl && capture.profileUrl) patch.linkedinUrl = capture.profileUrl;
    if (!contact.about && capture.about) patch.about = capture.about;
    if (!contact.firstName && capture.firstName) patch.firstName = capture.firstName;
    if (!contact.lastName && capture.lastName) patch.lastName = capture.lastName;

    const employment = [...contact.employment];
    const job = currentJob(capture, now);
    if (job && (isJobChange(changes) || employment.length === 0)) employment.push(job);
    patch.employment = employment;

    if (changes.some((change) => change.field === 'companyName') && capture.company) {
      patch.accountId = (await upsertAccount({ name: capture.company, companyUrl: capture.companyUrl }, now)).id;
    }
    return updateContact(contactId, patch, now, { lastSeenAt: now });
  });
}
