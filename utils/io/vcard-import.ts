import ICAL from 'ical.js';
import { canonicalProfileUrl } from '../identity';
import type { ContactInput } from '../model/contact';
import type { ImportRow, ParsedImport } from './import-row';
import { normaliseVcard21 } from './vcard21';

// vCard files (2.1, 3.0, 4.0; many cards per file; folded lines; escapes) read with ical.js, each
// card mapped onto a contact. A card that cannot be read is rejected on its own.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A value as plain text: ical.js leaves `\;` escaped in some 3.0 text values; control characters go, newlines stay only where asked. */
function text(value: unknown, { multiline = false } = {}): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string') return undefined;
  const unescaped = first.replace(/\\;/g, ';');
  const clean = (
    multiline ? unescaped.replace(/[^\S\n]*\n[^\S\n]*/g, '\n').replace(/(?!\n)\p{Cc}/gu, ' ') : unescaped.replace(/\p{Cc}/gu, ' ')
  ).trim();
  return clean || undefined;
}

function strings(component: ICAL.Component, name: string): string[] {
  return component
    .getAllProperties(name)
    .flatMap((property) => property.getValues())
    .map((value) => text(value))
    .filter((value): value is string => value !== undefined);
}

function cardToFields(card: ICAL.Component): ContactInput | string {
  const n = card.getFirstPropertyValue('n');
  const parts = Array.isArray(n) ? n : [];
  const lastName = text(parts[0]);
  const firstName = text(parts[1]);
  const fullName = text(card.getFirstPropertyValue('fn')) ?? [firstName, lastName].filter(Boolean).join(' ');
  if (!fullName) return 'no name (FN or N)';
  const emails = strings(card, 'email').map((email) => email.replace(/^mailto:/i, ''));
  const bad = emails.find((email) => !EMAIL.test(email));
  if (bad) return `not an email address: ${bad.slice(0, 80)}`;
  const phones = strings(card, 'tel').map((tel) => tel.replace(/^tel:/i, '').slice(0, 60));
  const urls = strings(card, 'url');
  const linkedinUrl = urls.map((url) => canonicalProfileUrl(url)).find((url): url is string => url !== null);
  const org = card.getFirstPropertyValue('org');
  return {
    fullName,
    firstName,
    lastName,
    emails: [...new Set(emails.map((email) => email.toLowerCase()))].slice(0, 20),
    phones: phones.slice(0, 10),
    companyName: text(org),
    title: text(card.getFirstPropertyValue('title')),
    ...(linkedinUrl ? { linkedinUrl } : {}),
    notes: text(card.getFirstPropertyValue('note'), { multiline: true }),
    tags: [...new Set(strings(card, 'categories'))].slice(0, 50),
    origin: 'import',
  };
}

/** Split a file into its cards' texts, so one unreadable card does not take the others with it. */
function cardTexts(text: string): { line: number; text: string }[] {
  const lines = text.split(/\r\n|\n|\r/);
  const cards: { line: number; text: string }[] = [];
  let start = -1;
  lines.forEach((line, index) => {
    if (/^BEGIN:VCARD\s*$/i.test(line)) start = index;
    else if (/^END:VCARD\s*$/i.test(line) && start >= 0) {
      cards.push({ line: start + 1, text: lines.slice(start, index + 1).join('\r\n') });
      start = -1;
    }
  });
  return cards;
}

export function parseVcards(file: string): ParsedImport {
  const cards = cardTexts(file.replace(/^\uFEFF/, ''));
  if (cards.length === 0) return { rows: [], error: 'This is not a vCard file: no BEGIN:VCARD … END:VCARD card in it.' };
  const rows: ImportRow[] = cards.map(({ line, text: card }) => {
    try {
      const fields = cardToFields(new ICAL.Component(ICAL.parse(normaliseVcard21(card)) as never));
      return typeof fields === 'string' ? { line, rejected: fields } : { line, fields };
    } catch (error) {
      return { line, rejected: `unreadable card: ${error instanceof Error ? error.message.slice(0, 120) : 'parse error'}` };
    }
  });
  return { rows, error: null };
}
