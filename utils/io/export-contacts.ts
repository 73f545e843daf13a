import type { Contact } from '../model/contact';

/** Outreach exports never carry contacts who opted out; the backup keeps them. */
export function outreachContacts<C extends Pick<Contact, 'stage'>>(contacts: readonly C[]): C[] {
  return contacts.filter((contact) => contact.stage !== 'do-not-contact');
}

/** First and last name, split from the full name when the contact has none of their own. */
export function nameParts(contact: Pick<Contact, 'fullName' | 'firstName' | 'lastName'>): { first: string; last: string } {
  if (contact.firstName || contact.lastName) return { first: contact.firstName ?? '', last: contact.lastName ?? '' };
  const words = contact.fullName.trim().split(/\s+/);
  return words.length > 1
    ? { first: words.slice(0, -1).join(' '), last: words.at(-1) ?? '' }
    : { first: '', last: contact.fullName.trim() };
}
