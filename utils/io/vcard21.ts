// vCard 2.1 as phones and old address books write it, made readable by a vCard 3.0 parser: the
// released ical.js reads 3.0 and 4.0 only. Only what 2.1 does differently is rewritten here:
// QUOTED-PRINTABLE values (with `=` soft line breaks) in any CHARSET are decoded to text, and bare
// type parameters (`TEL;WORK;VOICE:`) become `TYPE=` lists. Everything else is left to the parser.

const QP = /;ENCODING=QUOTED-PRINTABLE/i;

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    const hex = value.slice(i + 1, i + 3);
    if (char === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      for (const byte of new TextEncoder().encode(char)) bytes.push(byte);
    }
  }
  try {
    return new TextDecoder(charset, { fatal: false }).decode(new Uint8Array(bytes));
  } catch {
    // An unknown charset label: UTF-8 is what most phones meant.
    return new TextDecoder().decode(new Uint8Array(bytes));
  }
}

/** Escape decoded text for a 3.0 parser; semicolons stay, as they separate structured parts (N, ORG, ADR). */
function escapeDecoded(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\n|\r/g, '\\n')
    .replace(/,/g, '\\,');
}

function rewriteParams(head: string): string {
  const [name, ...params] = head.split(';');
  const types: string[] = [];
  const kept: string[] = [];
  let charset = 'utf-8';
  for (const param of params) {
    const [key, value] = param.split('=');
    if (value === undefined) types.push(param);
    else if (/^charset$/i.test(key ?? '')) charset = value;
    else if (/^encoding$/i.test(key ?? '') && /^quoted-printable$/i.test(value)) continue;
    else kept.push(param);
  }
  if (types.length > 0) kept.push(`TYPE=${types.join(',')}`);
  return [name, ...kept].join(';') + (charset ? `\u0000${charset}` : '');
}

/** Rewrite every 2.1 card of a file so a 3.0 parser reads it; cards of other versions pass through. */
export function normaliseVcard21(text: string): string {
  const lines = text.split(/\r\n|\n|\r/);
  const out: string[] = [];
  let in21 = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (/^BEGIN:VCARD/i.test(line)) in21 = lines.slice(i + 1, i + 4).some((next) => /^VERSION:2\.1/i.test(next));
    if (!in21 || /^(BEGIN|END|VERSION):/i.test(line) || /^\s/.test(line)) {
      out.push(line);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0) {
      out.push(line);
      continue;
    }
    if (QP.test(line.slice(0, colon))) {
      // Soft line breaks: a value line ending in `=` continues on the next line.
      while (line.endsWith('=') && i + 1 < lines.length) {
        line = line.slice(0, -1) + (lines[i + 1] as string);
        i++;
      }
      const [head, charset] = rewriteParams(line.slice(0, colon)).split('\u0000');
      out.push(`${head}:${escapeDecoded(decodeQuotedPrintable(line.slice(colon + 1), charset ?? 'utf-8'))}`);
    } else {
      out.push(`${rewriteParams(line.slice(0, colon)).split('\u0000')[0]}${line.slice(colon)}`);
    }
  }
  return out.join('\r\n');
}
