import Papa from 'papaparse';
import { canonicalProfileUrl } from '../identity';
import { type TimeSlices, timeSlices } from '../time-slices';
import { parseCsvInSlices } from './csv-slices';
import type { ImportRow, ParsedImport } from './import-row';

// LinkedIn's own data export, Connections.csv: a "Notes:" preamble (a quoted paragraph and a blank
// line) before the header `First Name,Last Name,URL,Email Address,Company,Position,Connected On`.
// Cells carry stray tabs and trailing spaces; " -" stands for no company.

const HEADER = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A line break, whichever the file uses. */
const LINE_BREAK = /\r\n|\n|\r/;

/**
 * The line (0-based) where the header starts; the preamble before it is LinkedIn's note to the
 * reader, a few lines: only the file's first 10,000 characters are split to find it, not its
 * 50,000 lines (split and joined again, they took 39 ms of one task in a trace of the preview).
 */
function headerLine(text: string): number {
  return text
    .slice(0, 10_000)
    .split(LINE_BREAK)
    .findIndex((line) =>
      line
        .replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase()
        .startsWith('first name,last name'),
    );
}

function clean(value: string | undefined): string | undefined {
  const text = value?.replace(/\p{Cc}/gu, ' ').trim();
  return text && text !== '-' ? text : undefined;
}

/** True when the text is LinkedIn's Connections.csv (its header, after the optional preamble). */
export function isLinkedInConnections(text: string): boolean {
  return headerLine(text) >= 0;
}

/** Where the header is: its line (0-based) and the text from it on, the preamble cut off. */
function located(text: string): { start: number; body: string } | null {
  const start = headerLine(text);
  if (start < 0) return null;
  const breaks = new RegExp(LINE_BREAK.source, 'g');
  for (let line = 0; line < start; line++) breaks.exec(text);
  return { start, body: text.slice(breaks.lastIndex) };
}

const NOT_CONNECTIONS = `This is not LinkedIn's Connections.csv: no header "${HEADER.join(',')}".`;

export function parseLinkedInConnections(text: string): ParsedImport {
  const found = located(text);
  if (!found) return { rows: [], error: NOT_CONNECTIONS };
  return { rows: rowsOf(Papa.parse<string[]>(found.body, { skipEmptyLines: 'greedy' }).data, found.start), error: null };
}

/** The same, parsed in slices so a large export does not freeze the panel. */
export async function parseLinkedInConnectionsInSlices(
  text: string,
  sliceBytes?: number,
  slices: TimeSlices = timeSlices(),
): Promise<ParsedImport> {
  const found = located(text);
  if (!found) return { rows: [], error: NOT_CONNECTIONS };
  const [header = [], ...records] = await parseCsvInSlices(found.body, sliceBytes, slices);
  const rows: ImportRow[] = [];
  // A few hundred records between looks at the clock: 500 take a couple of milliseconds.
  for (let from = 0; from < records.length; from += 500) {
    if (slices.due()) await slices.next();
    rows.push(...rowsOf([header, ...records.slice(from, from + 500)], found.start + from));
  }
  return { rows, error: null };
}

/** Records (the header first) as import rows; `start` is the header's 0-based line in the file. */
function rowsOf(data: string[][], start: number): ImportRow[] {
  const [header, ...records] = data;
  const index = Object.fromEntries((header ?? []).map((name, position) => [name.trim().toLowerCase(), position]));
  const cell = (record: string[], name: string) => clean(record[index[name.toLowerCase()] ?? -1]);

  const rows: ImportRow[] = records.map((record, position) => {
    // Lines in the file as a person counts them (1-based), the header included.
    const line = start + position + 2;
    const firstName = cell(record, 'First Name');
    const lastName = cell(record, 'Last Name');
    const fullName = [firstName, lastName].filter(Boolean).join(' ');
    if (!fullName) return { line, rejected: 'no name' };
    const rawUrl = cell(record, 'URL');
    const linkedinUrl = rawUrl ? canonicalProfileUrl(rawUrl) : null;
    if (rawUrl && !linkedinUrl) return { line, rejected: `not a LinkedIn profile URL: ${rawUrl.slice(0, 80)}` };
    const email = cell(record, 'Email Address');
    if (email && !EMAIL.test(email)) return { line, rejected: `not an email address: ${email.slice(0, 80)}` };
    const company = cell(record, 'Company');
    const title = cell(record, 'Position');
    return {
      line,
      fields: {
        fullName,
        firstName,
        lastName,
        ...(linkedinUrl ? { linkedinUrl } : {}),
        emails: email ? [email] : [],
        companyName: company,
        title,
        origin: 'import',
      },
    };
  });
  return rows;
}
