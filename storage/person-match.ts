import { aliasesFor, nameCompanyKey } from '../utils/identity';
import type { PersonCapture } from '../utils/model/capture';
import type { Contact } from '../utils/model/contact';
import { type FieldChange, isJobChange, personChanges } from '../utils/person-changes';
import { wordsOf } from '../utils/search-words';
import { findContactByAliases } from './contact-reads';
import { db } from './db';

// Who the person on a page is among those kept: what the page view reads when it opens. Keeping
// them or recording what changed (captures.ts) loads with the rep's first click.

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
