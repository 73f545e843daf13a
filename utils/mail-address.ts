import { normaliseEmail } from './identity';

// Addresses as mail headers write them (RFC 5322 §3.4, RFC 2047): `Name <addr>`, `"Doe, Jane"
// <addr>`, `addr (Jane Doe)`, groups (`Team: a@x, b@y;`), quoted local parts (`"j doe"@x`),
// encoded words in names (`=?UTF-8?B?…?=`). Outlook shows its people as such text, and Gmail's
// name attributes can carry encoded words. Pure: runs in page scripts and in the panel.

export interface Mailbox {
  name?: string;
  email: string;
}

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

function bytesOf(encoding: string, text: string): Uint8Array {
  if (encoding.toUpperCase() === 'B') {
    const binary = atob(text.replace(/[^A-Za-z0-9+/=]/g, ''));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  }
  // Q: "_" is a space, "=XX" a byte in hex, anything else itself.
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    const hex = text.slice(index + 1, index + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else bytes.push(char === '_' ? 0x20 : char.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(bytes);
}

/** Decode RFC 2047 encoded words; whitespace between two of them is dropped, as the RFC says. */
export function decodeEncodedWords(text: string): string {
  const joined = text.replace(/(\?=)\s+(=\?)/g, '$1$2');
  return joined.replace(ENCODED_WORD, (whole, charset: string, encoding: string, payload: string) => {
    try {
      return new TextDecoder(charset.split('*')[0]?.toLowerCase() ?? 'utf-8', { fatal: false }).decode(bytesOf(encoding, payload));
    } catch {
      // An unknown charset or broken base64: leave the word as written rather than guess.
      return whole;
    }
  });
}

/** Remove the quotes of a quoted string and its backslash escapes. */
function unquote(text: string): string {
  return text.replace(/"((?:[^"\\]|\\.)*)"/g, (_, inner: string) => inner.replace(/\\(.)/g, '$1'));
}

function cleanName(raw: string): string | undefined {
  const name = decodeEncodedWords(unquote(raw)).replace(/\s+/g, ' ').trim();
  return name || undefined;
}

/**
 * Walk `text`, calling `onTop` with each character outside quotes, comments and angle brackets and
 * its index in `text`; returns the comments' contents and the text without them.
 */
function scan(text: string, onTop: (char: string, index: number) => void = () => undefined): { comments: string[]; stripped: string } {
  let depth = 0;
  let quoted = false;
  let angled = false;
  let comment = '';
  const comments: string[] = [];
  let stripped = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    if (char === '\\' && (quoted || depth > 0)) {
      const next = text[index + 1] ?? '';
      if (depth > 0) comment += next;
      else stripped += char + next;
      index++;
    } else if (depth > 0) {
      if (char === '(') depth++;
      else if (char === ')') depth--;
      if (depth > 0) comment += char;
      else {
        comments.push(comment);
        comment = '';
      }
    } else if (quoted) {
      if (char === '"') quoted = false;
      stripped += char;
    } else if (char === '(') depth = 1;
    else {
      if (char === '"') quoted = true;
      else if (char === '<') angled = true;
      else if (char === '>') angled = false;
      else if (!angled) onTop(char, index);
      stripped += char;
    }
  }
  return { comments, stripped };
}

function parseMailbox(item: string): Mailbox | null {
  const { comments, stripped } = scan(item);
  const angle = /<([^<>]*)>\s*$/.exec(stripped);
  const email = normaliseEmail(angle ? (angle[1] ?? '') : stripped.trim());
  if (!email) return null;
  // Before the angle brackets, else in a comment: `jane@example.com (Jane Doe)`, the old form.
  const name = (angle ? cleanName(stripped.slice(0, angle.index)) : undefined) ?? cleanName(comments.join(' '));
  return name ? { name, email } : { email };
}

/**
 * Every mailbox in an address list, groups flattened, in order; what does not parse as an address
 * is left out (never guessed at). The same address twice is kept once, with the first name given.
 */
export function parseAddressList(text: string): Mailbox[] {
  const pieces: string[] = [];
  let from = 0;
  scan(text, (char, index) => {
    if (char === ',' || char === ';') {
      pieces.push(text.slice(from, index));
      from = index + 1;
    }
  });
  pieces.push(text.slice(from));
  const seen = new Map<string, Mailbox>();
  for (const piece of pieces) {
    // A group's display name ends at its colon: `Team: a@x, b@y;`.
    let body = piece;
    scan(piece, (char, index) => {
      if (char === ':' && body === piece && !piece.slice(0, index).includes('@')) body = piece.slice(index + 1);
    });
    const mailbox = parseMailbox(body);
    if (mailbox && !seen.has(mailbox.email)) seen.set(mailbox.email, mailbox);
  }
  return [...seen.values()];
}
