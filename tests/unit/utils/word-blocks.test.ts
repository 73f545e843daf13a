import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../utils/model/vocabulary';
import { blockOf, entriesIn, findEntry, holdsAll, rowAt, scanBlock, type WordBlock, type WordsEntry } from '../../../utils/word-blocks';
import { initialsNeeded } from '../../../utils/word-initials';

const word = fc.string({ unit: fc.constantFrom(...'abcnz0@.ñ'), minLength: 1, maxLength: 6 });
const text = fc.option(fc.string({ unit: fc.constantFrom(...'Ab \n\u0001é'), maxLength: 8 }), { nil: undefined });
const entry = fc.record({
  words: fc.array(word, { maxLength: 5 }),
  fullName: fc.string({ maxLength: 8 }),
  title: text,
  companyName: text,
  stage: fc.constantFrom(...STAGES),
});

/** Entries with ids in order, as IndexedDB reads them; words as contact-words.ts writes them. */
function toEntries(drawn: { words: string[]; fullName: string; title?: string; companyName?: string; stage: (typeof STAGES)[number] }[]) {
  return drawn.map(
    ({ words, fullName, title, companyName, stage }, n): WordsEntry => ({
      words: `\n${words.join('\n')}`,
      summary: {
        id: `id-${String(n).padStart(4, '0')}`,
        fullName,
        stage,
        ...(title ? { title } : {}),
        ...(companyName ? { companyName } : {}),
      },
    }),
  );
}

const needlesOf = (typed: readonly string[]) => typed.map((one) => `\n${one}`);

describe('blocks of search words', () => {
  it('find exactly the live entries with a word starting with every typed word, in order, and stop when asked', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 40 }),
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(39)),
        fc.nat(10),
        (drawn, typed, goneAt, stopAfter) => {
          const entries = toEntries(drawn);
          const block = blockOf(entries);
          for (const at of goneAt) if (at < entries.length) block.gone[at] = 1;
          const needles = needlesOf(typed);
          const needed = initialsNeeded(needles);
          const expected = entries
            .map((one, index) => ({ one, index }))
            .filter(({ one, index }) => block.gone[index] === 0 && needles.every((needle) => one.words.includes(needle)))
            .map(({ index }) => index);

          const all: number[] = [];
          expect(scanBlock(block, needles, needed, (index) => all.push(index) > 0)).toBe(true);
          expect(all).toEqual(expected);
          expect(entries.map((_, index) => index).filter((index) => holdsAll(block, index, needles, needed))).toEqual(expected);

          const some: number[] = [];
          const finished = scanBlock(block, needles, needed, (index) => some.push(index) <= stopAfter);
          expect(some).toEqual(expected.slice(0, stopAfter + 1));
          expect(finished).toBe(expected.length <= stopAfter);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('give back every row as it was written, and find every entry by its id across blocks', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (drawn, size) => {
        const entries = toEntries(drawn);
        const blocks: WordBlock[] = [];
        for (let start = 0; start < entries.length; start += size) blocks.push(blockOf(entries.slice(start, start + size)));
        const rows = blocks.flatMap((block) => Array.from({ length: entriesIn(block) }, (_, index) => rowAt(block, index)));
        expect(rows).toEqual(entries.map((one) => one.summary));
        entries.forEach((one, n) => {
          expect(findEntry(blocks, one.summary.id)).toEqual({ block: Math.floor(n / size), index: n % size });
        });
        expect(findEntry(blocks, 'id-')).toBeUndefined();
        expect(findEntry(blocks, 'id-0000a')).toBeUndefined();
        expect(findEntry(blocks, 'zz')).toBeUndefined();
        expect(findEntry([], 'id-0000')).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('keep a hit inside the entry it starts in, for entries without words and words at the very end', () => {
    const entries = toEntries([
      { words: [], fullName: 'No Words', stage: 'new' },
      { words: ['ab'], fullName: 'Ab', stage: 'new' },
      { words: ['a'], fullName: 'A', stage: 'new' },
      { words: ['bz', 'a'], fullName: 'Bz A', stage: 'new' },
    ]);
    const block = blockOf(entries);
    const found = (typed: string[]) => {
      const hits: string[] = [];
      const needles = needlesOf(typed);
      scanBlock(block, needles, initialsNeeded(needles), (index) => hits.push(rowAt(block, index).fullName) > 0);
      return hits;
    };
    expect(found(['a'])).toEqual(['Ab', 'A', 'Bz A']);
    expect(found(['ab'])).toEqual(['Ab']);
    expect(found(['a', 'b'])).toEqual(['Bz A']);
    expect(found(['abz'])).toEqual([]);
  });
});
