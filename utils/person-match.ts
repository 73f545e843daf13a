import { canonicalProfileUrl, foldName } from './identity';
import { emailDomain } from './model/email-address';

// One person, wherever they write from: someone kept from a LinkedIn profile (no address known)
// who then writes from Gmail or Outlook, or appears in a LinkedIn conversation, is offered as that
// person instead of becoming a second contact. A name alone is weak evidence: it is only ever an
// offer the rep confirms, and the company or the address's domain must not contradict it.

/** Domains anyone can have an address at: they say nothing about a person's company. */
const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
]);

/** "Castillo, Ana" (as directories and Outlook write names) as "Ana Castillo"; other names as they are. */
export function firstLast(name: string): string {
  const parts = name.split(',');
  const [last, first] = parts.map((part) => part.trim());
  return parts.length === 2 && last && first && !/\s/.test(last + first) ? `${first} ${last}` : name.trim();
}

/** Two ways of writing one name compare the same: order, accents, case and punctuation aside. */
export function nameKey(name: string): string {
  return foldName(firstLast(name));
}

export interface MatchCandidate {
  fullName: string;
  companyName?: string | undefined;
  emails: readonly string[];
  linkedinUrl?: string | undefined;
}

/** The words of a company name and of a domain's labels overlap ("Globex Corp" and globex.example). */
function companyFitsDomain(company: string, domain: string): boolean {
  const words = foldName(company)
    .split(' ')
    .filter((word) => word.length >= 3);
  const labels = domain.split('.').slice(0, -1).join(' ').replace(/-/g, ' ').split(' ');
  return words.some((word) => labels.some((label) => label.includes(word) || (label.length >= 3 && word.includes(label))));
}

/**
 * Whether a participant of a mail thread (a name and an address nobody has) may be this contact:
 * the same name, and neither the contact's other addresses nor their company contradict the
 * address's domain.
 */
export function mayBeByAddress(contact: MatchCandidate, participant: { name?: string | undefined; email: string }): boolean {
  if (!participant.name || nameKey(contact.fullName) !== nameKey(participant.name)) return false;
  const domain = emailDomain(participant.email);
  if (!domain || FREE_MAIL.has(domain)) return true;
  const known = contact.emails.map(emailDomain).filter((value): value is string => value !== undefined && !FREE_MAIL.has(value));
  if (known.length > 0) return known.includes(domain);
  return contact.companyName ? companyFitsDomain(contact.companyName, domain) : true;
}

/**
 * Whether a LinkedIn conversation's participant may be this contact: the same name, and the
 * contact has no other LinkedIn profile.
 */
export function mayBeByProfile(contact: MatchCandidate, person: { name: string; profileUrl?: string | undefined }): boolean {
  if (nameKey(contact.fullName) !== nameKey(person.name)) return false;
  if (!contact.linkedinUrl || !person.profileUrl) return true;
  return canonicalProfileUrl(contact.linkedinUrl) === canonicalProfileUrl(person.profileUrl);
}
