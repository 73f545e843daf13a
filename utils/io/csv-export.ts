import type { Contact } from '../model/contact';
import { csvOf } from './csv-cell';
import { nameParts, outreachContacts } from './export-contacts';
import { isoTime } from './utc-time';

// Contacts as CSV, shaped for the CRM they are going to. HubSpot's and Salesforce's importers map
// columns by these header names onto their standard contact fields; the plain CSV has everything.

export const CSV_SHAPES = ['hubspot', 'salesforce', 'plain'] as const;
export type CsvShape = (typeof CSV_SHAPES)[number];

const iso = (time: number | undefined) => (time === undefined ? '' : isoTime(time));

const SHAPES: Record<CsvShape, { header: string[]; row: (contact: Contact) => (string | number | undefined)[] }> = {
  hubspot: {
    header: ['First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Job Title', 'LinkedIn URL'],
    row: (contact) => {
      const { first, last } = nameParts(contact);
      return [first, last, contact.emails[0], contact.phones[0], contact.companyName, contact.title, contact.linkedinUrl];
    },
  },
  salesforce: {
    header: ['First Name', 'Last Name', 'Email', 'Phone', 'Title', 'Account Name', 'Lead Source', 'Description'],
    row: (contact) => {
      const { first, last } = nameParts(contact);
      return [
        first,
        last,
        contact.emails[0],
        contact.phones[0],
        contact.title,
        contact.companyName,
        contact.origin,
        [contact.headline, contact.linkedinUrl].filter(Boolean).join(' · '),
      ];
    },
  },
  plain: {
    header: [
      'Full name',
      'First name',
      'Last name',
      'Emails',
      'Phones',
      'Title',
      'Company',
      'Headline',
      'Location',
      'LinkedIn URL',
      'Roles',
      'Sources',
      'Tags',
      'Stage',
      'Origin',
      'Cadence days',
      'Last touch',
      'Next due',
      'Kept',
    ],
    row: (contact) => [
      contact.fullName,
      contact.firstName,
      contact.lastName,
      contact.emails.join('; '),
      contact.phones.join('; '),
      contact.title,
      contact.companyName,
      contact.headline,
      contact.location,
      contact.linkedinUrl,
      contact.roles.join('; '),
      contact.sources.join('; '),
      contact.tags.join('; '),
      contact.stage,
      contact.origin,
      contact.cadenceDays,
      iso(contact.lastTouchAt),
      iso(contact.nextDueAt),
      iso(contact.createdAt),
    ],
  },
};

/** The header line; a file is the header followed by `csvRows` of every contact, in any number of calls. */
export function csvHead(shape: CsvShape): string {
  return csvOf([SHAPES[shape].header]);
}

/** The rows of `contacts` (do-not-contact left out), each ending in CRLF; empty for none. */
export function csvRows(contacts: readonly Contact[], shape: CsvShape): string {
  return csvOf(outreachContacts(contacts).map(SHAPES[shape].row));
}

export function contactsCsv(contacts: readonly Contact[], shape: CsvShape): string {
  return csvHead(shape) + csvRows(contacts, shape);
}
