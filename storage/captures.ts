import type { PersonCapture } from '../utils/model/capture';
import type { Contact, ContactInput, EmploymentEntry } from '../utils/model/contact';
import { isJobChange, personChanges } from '../utils/person-changes';
import { upsertAccount } from './accounts';
import { createContact, updateContact } from './contacts';
import { db } from './db';
import { RecordNotFoundError } from './errors';
import { loadModels } from './models';
import { captureAliases } from './person-match';

// Turning what a page shows into contacts: keep someone new, and record what changed since the rep
// last saw them (a job change becomes employment history). Matching them is person-match.ts.

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
  await loadModels();
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
  await loadModels();
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
