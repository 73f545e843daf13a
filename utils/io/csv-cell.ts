import { crlfText } from './crlf-text';

/**
 * Text a spreadsheet would run as a formula: anything starting with = or @ (or a tab or carriage
 * return before them), and + or - followed by more than a number. A phone number such as
 * `+49 30 1234567` or `-5` is data: it is exported as written, so a CRM receives it unchanged.
 */
const NUMBER_LIKE = /^[+-][\d\s().\-/]*$/;

export function runsAsFormula(text: string): boolean {
  if (/^[=@\t\r]/.test(text)) return true;
  return /^[+-]/.test(text) && !NUMBER_LIKE.test(text);
}

/** Whether a cell's first character code is one a formula can start with (see runsAsFormula): most cells start with none. */
const startsLikeFormula = (code: number) => code === 61 || code === 64 || code === 9 || code === 13 || code === 43 || code === 45;
const NEEDS_QUOTES = /[",\n\r]/;

/** One CSV cell: quoted when needed, and a formula defused with a leading apostrophe. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  if (text === '') return '';
  // Checked by its first character before any pattern: an export writes a million cells.
  const safe = startsLikeFormula(text.charCodeAt(0)) && runsAsFormula(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// Lines are joined from arrays rather than appended cell by cell: appending makes a tree of a
// couple of small string objects per cell, which the Blob the export becomes must walk to flatten
// and the collector must free (a million cells in an export of 50,000 contacts); a join writes
// each line, and then the whole text, once.

/** One line of cells, without its line break. */
function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/** Rows as CSV text, each line ending in CRLF; empty for none. */
export function csvOf(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.length === 0 ? '' : crlfText(rows.map(csvLine));
}
