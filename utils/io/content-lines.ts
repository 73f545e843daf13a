import { crlfText } from './crlf-text';

// vCard and iCalendar share their text rules (RFC 6350 §3.2-3.4, RFC 5545 §3.1, §3.3.11): values
// escape backslash, comma, semicolon and newlines; lines are folded at 75 octets, never inside a
// UTF-8 character, and end in CRLF.

/** Anything escapeText changes; most values have none of it and are returned as they are. */
const NEEDS_ESCAPE = /[\\;,\p{Cc}]/u;

export function escapeText(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\n|\r/g, '\\n')
    .replace(/\p{Cc}/gu, '');
}

/** UTF-8 length of one code point, without encoding it: folding 50,000 cards must not allocate per character. */
function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function isAscii(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) > 0x7f) return false;
  return true;
}

export function foldLine(line: string): string {
  // Most lines are short: at most 75 UTF-16 units are at most 75 octets only when all are ASCII.
  if (line.length <= 75 && isAscii(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // Continuation lines start with a space, which counts toward their 75 octets.
  let limit = 75;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function contentLines(lines: readonly string[]): string {
  return crlfText(lines.map(foldLine));
}
