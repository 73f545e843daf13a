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

/** The characters a formula can start with (see runsAsFormula): most cells start with none of them. */
const FORMULA_STARTS = new Set(['=', '@', '\t', '\r', '+', '-']);
const NEEDS_QUOTES = /[",\n\r]/;

/** One CSV cell: quoted when needed, and a formula defused with a leading apostrophe. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (text === '') return '';
  // Checked by its first character before any pattern: an export writes a million cells.
  const safe = FORMULA_STARTS.has(text.charAt(0)) && runsAsFormula(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvOf(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
