// A contact's search words reduced to two 32-bit masks: which first letters its words start with,
// and which first two letters (hashed). A typed word can start one of the contact's words only if
// the contact has its first letter, and its first two; checking two integers rules out most
// contacts before any string is searched. A mask can say "maybe" wrongly (two pairs share a bit),
// never "no" wrongly.

export interface Initials {
  /** A bit for the first letter of each word. */
  firsts: number;
  /** A bit for the first two letters of each word of two or more letters. */
  pairs: number;
}

const LINE_BREAK = 10;
const firstBit = (code: number) => 1 << (code & 31);
/** The top five bits of a multiplicative hash: "ab" and "bc" land apart. */
const pairBit = (first: number, second: number) => 1 << (Math.imul((first << 16) | second, 0x9e3779b1) >>> 27);

/** The masks of a haystack of words, each after a line break ("\nword\nword…"). */
export function initialsOf(haystack: string): Initials {
  let firsts = 0;
  let pairs = 0;
  for (let at = haystack.indexOf('\n'); at !== -1 && at + 1 < haystack.length; at = haystack.indexOf('\n', at + 1)) {
    const first = haystack.charCodeAt(at + 1);
    if (first === LINE_BREAK) continue;
    firsts |= firstBit(first);
    const second = haystack.charCodeAt(at + 2);
    if (at + 2 < haystack.length && second !== LINE_BREAK) pairs |= pairBit(first, second);
  }
  return { firsts, pairs };
}

/**
 * The bits a haystack must have for every one of `needles` to start one of its words: the typed
 * words as the search looks for them, each after a line break ("\nword"), as in the haystack.
 */
export function initialsNeeded(needles: readonly string[]): Initials {
  return initialsOf(needles.join(''));
}

/** False when some typed word cannot start any of the words whose initials are `firsts` and `pairs`. */
export const mayHold = (firsts: number, pairs: number, needed: Initials): boolean =>
  (firsts & needed.firsts) === needed.firsts && (pairs & needed.pairs) === needed.pairs;
