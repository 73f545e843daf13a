import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Initials, initialsNeeded, initialsOf, mayHold } from '../../../utils/word-initials';

const word = fc.string({ unit: fc.constantFrom(...'abcdezñ0129@.çö漢字'), minLength: 1, maxLength: 12 });
const haystackOf = (words: readonly string[]) => `\n${words.join('\n')}`;
/** The typed words as the search looks for them (storage/search-table.ts): each after a line break. */
const needed = (words: readonly string[]) => initialsNeeded(words.map((typed) => `\n${typed}`));
const may = (contact: Initials, typed: Initials) => mayHold(contact.firsts, contact.pairs, typed);

describe('the initials of search words', () => {
  it('never rule out a contact one of whose words every typed word starts', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
        (words, picks) => {
          // Each typed word: a prefix (one letter or more) of one of the contact's words.
          const typed = picks.map(([which, length]) => {
            const own = words[which % words.length] ?? '';
            return own.slice(0, 1 + (length % own.length));
          });
          expect(may(initialsOf(haystackOf(words)), needed(typed))).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('rule out a contact none of whose words starts with the first letter typed, or its first two', () => {
    const contact = initialsOf(haystackOf(['anna', 'muller', 'globex', 'anna.muller.7', 'example', 'com']));
    expect(may(contact, needed(['z']))).toBe(false);
    expect(may(contact, needed(['zebulon']))).toBe(false);
    expect(may(contact, needed(['anna', 'z']))).toBe(false);
    // "an" and "gl" start its words; "ag" does not, and its pair is told apart from theirs.
    expect(may(contact, needed(['an', 'gl']))).toBe(true);
    expect(may(contact, needed(['ag']))).toBe(false);
  });

  it('read one-letter words, and words at the very end, without inventing a pair', () => {
    expect(initialsOf('\na')).toEqual(initialsOf('\na\n'));
    expect(may(initialsOf('\nx\nyz'), needed(['x']))).toBe(true);
    expect(initialsOf('')).toEqual({ firsts: 0, pairs: 0 });
  });
});
