import Papa from 'papaparse';
import { canonicalProfileUrl } from '../identity';
import type { ContactInput } from '../model/contact';
import type { ImportRow } from './import-row';

// Any CSV of people (Google Contacts, Outlook, a spreadsheet): the rep maps its columns onto
// contact fields, with a first guess from the header names the common exports use.

export const TARGETS = [
  'ignore',
  'fullName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyName',
  'title',
  'linkedinUrl',
  'location',
  'notes',
  'tags',
] as const;
export type Target = (typeof TARGETS)[number];

export const TARGET_LABELS: Record<Target, string> = {
  ignore: 'Ignore',
  fullName: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  companyName: 'Company',
  title: 'Title',
  linkedinUrl: 'LinkedIn or web URL',
  location: 'Location',
  notes: 'Notes',
  tags: 'Tags',
};

export interface CsvTable {
  header: string[];
  records: string[][];
}

export function readCsv(text: string): CsvTable | null {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...records] = parsed.data;
  if (!header || header.length < 1 || header.every((cell) => !cell.trim())) return null;
  return { header: header.map((cell) => cell.trim()), records };
}

/**
 * What the column mapping shows of a CSV: its header, how many rows it has, and each column's
 * first value that is not blank, as an example (the whole table stays where the file was read).
 */
export interface CsvColumns {
  header: string[];
  rows: number;
  examples: string[];
}

export function columnsOf(table: CsvTable): CsvColumns {
  return {
    header: table.header,
    rows: table.records.length,
    examples: table.header.map((_, column) => table.records.find((record) => record[column]?.trim())?.[column]?.slice(0, 40) ?? ''),
  };
}

// Header names as Google Contacts (old and new), Outlook and LinkedIn write them, lower-cased.
const GUESSES: [RegExp, Target][] = [
  [/^(name|full name|display name)$/, 'fullName'],
  [/^(first name|given name)$/, 'firstName'],
  [/^(last name|family name|surname)$/, 'lastName'],
  [/^(e-?mail( address)?|e-?mail \d+ - value|e-?mail address( \d+)?)$/, 'email'],
  [/^(phone|mobile phone|business phone|phone \d+ - value|telephone)$/, 'phone'],
  [/^(company|organi[sz]ation( \d+)? - name|organi[sz]ation name|account name)$/, 'companyName'],
  [/^(title|job title|position|organi[sz]ation( \d+)? - title|organi[sz]ation title)$/, 'title'],
  [/^(url|linkedin( url)?|website( \d+)? - value|web page|profile url)$/, 'linkedinUrl'],
  [/^(location|city|address \d+ - city|business city)$/, 'location'],
  [/^(notes?|description)$/, 'notes'],
  [/^(labels|group membership|categories|tags)$/, 'tags'],
];

export function guessMapping(header: readonly string[]): Target[] {
  return header.map((name) => GUESSES.find(([pattern]) => pattern.test(name.trim().toLowerCase()))?.[1] ?? 'ignore');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function clean(value: string | undefined): string | undefined {
  const text = value?.replace(/\p{Cc}/gu, ' ').trim();
  return text || undefined;
}

/** Rows of the table as contact fields under the mapping; line numbers count the header as line 1. */
export function applyMapping(table: CsvTable, mapping: readonly Target[]): ImportRow[] {
  return table.records.map((record, index) => {
    const line = index + 2;
    const values = (target: Target) =>
      mapping
        .flatMap((mapped, column) => (mapped === target ? [clean(record[column])] : []))
        .filter((value): value is string => value !== undefined);
    const one = (target: Target) => values(target)[0];
    const firstName = one('firstName');
    const lastName = one('lastName');
    const fullName = one('fullName') ?? [firstName, lastName].filter(Boolean).join(' ');
    if (!fullName) return { line, rejected: 'no name' };
    // Google writes several addresses in one cell separated by " ::: ".
    const emails = values('email')
      .flatMap((cell) => cell.split(/\s*:::\s*|\s*;\s*/))
      .filter(Boolean);
    const bad = emails.find((email) => !EMAIL.test(email));
    if (bad) return { line, rejected: `not an email address: ${bad.slice(0, 80)}` };
    const linkedinUrl = values('linkedinUrl')
      .map((url) => canonicalProfileUrl(url))
      .find((url): url is string => url !== null);
    const tags = values('tags')
      .flatMap((cell) => cell.split(/\s*:::\s*|\s*;\s*/))
      .map((tag) => tag.replace(/^\*\s*/, '').trim())
      .filter((tag) => tag && tag.toLowerCase() !== 'mycontacts');
    const fields: ContactInput = {
      fullName,
      firstName,
      lastName,
      emails: [...new Set(emails.map((email) => email.toLowerCase()))].slice(0, 20),
      phones: values('phone')
        .flatMap((cell) => cell.split(/\s*:::\s*/))
        .slice(0, 10),
      companyName: one('companyName'),
      title: one('title'),
      location: one('location'),
      notes: values('notes').join('\n') || undefined,
      tags: [...new Set(tags)].slice(0, 50),
      ...(linkedinUrl ? { linkedinUrl } : {}),
      origin: 'import',
    };
    return { line, fields };
  });
}
