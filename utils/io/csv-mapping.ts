import Papa from 'papaparse';
import { canonicalProfileUrl } from '../identity';
import type { ContactInput } from '../model/contact';
import type { CsvColumns, Target } from './csv-targets';
import type { ImportRow } from './import-row';

// Any CSV of people (Google Contacts, Outlook, a spreadsheet), read, and its rows taken as contact
// fields under the columns' mapping (csv-targets.ts). Runs in the import preview's worker.

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

/** What the column mapping shows of the table (`CsvColumns`). */
export function columnsOf(table: CsvTable): CsvColumns {
  return {
    header: table.header,
    rows: table.records.length,
    examples: table.header.map((_, column) => table.records.find((record) => record[column]?.trim())?.[column]?.slice(0, 40) ?? ''),
  };
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
