import type { ContactSummary } from './model/contact';
import { STAGES } from './model/vocabulary';
import { type Initials, initialsOf, mayHold } from './word-initials';

// Contacts' search words and result rows packed a few thousand to a block: two strings and a few
// typed arrays per block instead of eight or nine objects per contact, which the collector traced
// and moved one by one. Probed on 2026-12-03 at 200,000 contacts, the CPU slowed 4x: the page's
// heap after the fill went from 73.8 MB to 29.8 MB, the fill took as long; the full collections
// seen during the fill stayed (their time goes to updating roots, not to the table). In Node a
// full collection with those 200,000 objects alive took 230 ms, with the same contacts in blocks 3 ms.

/** A contact's entry: its words ("\nword\nword…", each after a line break) and its result row. */
export interface WordsEntry {
  words: string;
  summary: ContactSummary;
}

/** A row's text fields, in the order they are packed. */
const FIELDS = ['id', 'fullName', 'title', 'companyName'] as const;

export interface WordBlock {
  /** Every entry's words, one after another: each entry's start with a line break, as its words do. */
  readonly words: string;
  /** Where each entry's words end in `words`; an entry starts where the one before it ends. */
  readonly wordEnds: Int32Array;
  /** Each entry's initials (utils/word-initials.ts). */
  readonly firsts: Int32Array;
  readonly pairs: Int32Array;
  /** Each entry's row fields (FIELDS), one after another, and where each field ends. */
  readonly rows: string;
  readonly rowEnds: Int32Array;
  /** Each entry's stage, as its place in STAGES. */
  readonly stages: Uint8Array;
  /** 1 for an entry changed or deleted since the block was made: the table holds it elsewhere, or not. */
  readonly gone: Uint8Array;
}

const stageIndex = (stage: string) => (STAGES as readonly string[]).indexOf(stage);

/** Whether `entry` can go into a block: a stage outside the vocabulary could not be read back. */
export const packable = (entry: WordsEntry): boolean => stageIndex(entry.summary.stage) !== -1;

/**
 * A block of `entries` (each packable), in their order.
 *
 * Written as one plain loop with each field named: it runs once per fill, mostly before the
 * optimizing compiler has seen it, and a `forEach` per entry and per field, with a field read by a
 * computed key, took longer cold (50,000 entries in Node, 2026-12-05: 84-141 ms against 71-81 ms;
 * 41-57 ms against 31-35 ms warm).
 */
export function blockOf(entries: readonly WordsEntry[]): WordBlock {
  const count = entries.length;
  const wordEnds = new Int32Array(count);
  const firsts = new Int32Array(count);
  const pairs = new Int32Array(count);
  const rowEnds = new Int32Array(count * FIELDS.length);
  const stages = new Uint8Array(count);
  const words = new Array<string>(count);
  const rows = new Array<string>(count * FIELDS.length);
  let wordsLength = 0;
  let rowsLength = 0;
  for (let index = 0; index < count; index++) {
    const { words: text, summary } = entries[index] as WordsEntry;
    words[index] = text;
    wordsLength += text.length;
    wordEnds[index] = wordsLength;
    const initials = initialsOf(text);
    firsts[index] = initials.firsts;
    pairs[index] = initials.pairs;
    // In FIELDS' order.
    const fields = [summary.id, summary.fullName, summary.title ?? '', summary.companyName ?? ''];
    for (let at = 0; at < fields.length; at++) {
      const field = fields[at] as string;
      rows[index * FIELDS.length + at] = field;
      rowsLength += field.length;
      rowEnds[index * FIELDS.length + at] = rowsLength;
    }
    stages[index] = stageIndex(summary.stage);
  }
  // One flat string each: joined, not appended piece by piece (which makes a tree of small strings).
  return { words: words.join(''), wordEnds, firsts, pairs, rows: rows.join(''), rowEnds, stages, gone: new Uint8Array(count) };
}

export const entriesIn = (block: WordBlock): number => block.wordEnds.length;

function fieldOf(block: WordBlock, index: number, field: number): string {
  const at = index * FIELDS.length + field;
  return block.rows.slice(at === 0 ? 0 : block.rowEnds[at - 1], block.rowEnds[at]);
}

export const idAt = (block: WordBlock, index: number): string => fieldOf(block, index, 0);

/** The result row of entry `index`, as it was written (an empty title or company is absent there too). */
export function rowAt(block: WordBlock, index: number): ContactSummary {
  const stage = STAGES[block.stages[index] ?? STAGES.length];
  // Only packable entries are packed: a stage outside the vocabulary never reaches a block.
  if (stage === undefined) throw new Error('Tend: a search entry without a known stage');
  const title = fieldOf(block, index, 2);
  const companyName = fieldOf(block, index, 3);
  return {
    id: fieldOf(block, index, 0),
    fullName: fieldOf(block, index, 1),
    stage,
    ...(title ? { title } : {}),
    ...(companyName ? { companyName } : {}),
  };
}

/** Where the entry of `id` is among `blocks` (made in id order, as IndexedDB reads keys), if there. */
export function findEntry(blocks: readonly WordBlock[], id: string): { block: number; index: number } | undefined {
  let low = 0;
  let high = blocks.length - 1;
  // The first block whose last id is at or after `id`.
  while (low < high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle] as WordBlock;
    if (idAt(block, entriesIn(block) - 1) < id) low = middle + 1;
    else high = middle;
  }
  const block = blocks[low];
  if (!block) return undefined;
  let first = 0;
  let last = entriesIn(block) - 1;
  while (first <= last) {
    const middle = (first + last) >> 1;
    const found = idAt(block, middle);
    if (found === id) return { block: low, index: middle };
    if (found < id) first = middle + 1;
    else last = middle - 1;
  }
  return undefined;
}

const start = (block: WordBlock, index: number) => (index === 0 ? 0 : (block.wordEnds[index - 1] ?? 0));

const passes = (block: WordBlock, index: number, needed: Initials) =>
  block.gone[index] === 0 && mayHold(block.firsts[index] ?? 0, block.pairs[index] ?? 0, needed);

/** Whether `words`, whose initials are `firsts` and `pairs`, have a word starting with each of `needles` ("\nword"). */
export const holdsEvery = (words: string, firsts: number, pairs: number, needles: readonly string[], needed: Initials): boolean =>
  mayHold(firsts, pairs, needed) && needles.every((needle) => words.includes(needle));

/** Whether entry `index` is live and has a word starting with each of `needles` ("\nword"). */
export function holdsAll(block: WordBlock, index: number, needles: readonly string[], needed: Initials): boolean {
  if (block.gone[index] !== 0) return false;
  const words = block.words.slice(start(block, index), block.wordEnds[index]);
  return holdsEvery(words, block.firsts[index] ?? 0, block.pairs[index] ?? 0, needles, needed);
}

/**
 * Calls `found` with each live entry of `block` that has a word starting with each of `needles`
 * ("\nword"), in order, while it returns true; false when it asked to stop.
 *
 * Each needle is looked for in the block's whole text, from the entry at hand, and where it was
 * found is kept until the scan passes it: the text is searched once per needle, not once per
 * entry. A hit belongs to the entry it starts in: a needle holds one line break, its first
 * character, and every entry starts with one, so no hit runs from one entry into the next.
 */
export function scanBlock(block: WordBlock, needles: readonly string[], needed: Initials, found: (index: number) => boolean): boolean {
  const { words } = block;
  const next = needles.map(() => -1);
  for (let index = 0; index < entriesIn(block); index++) {
    if (!passes(block, index, needed)) continue;
    const from = start(block, index);
    const end = block.wordEnds[index] ?? 0;
    let holds = true;
    for (let which = 0; which < needles.length; which++) {
      let hit = next[which] ?? -1;
      if (hit < from) {
        hit = words.indexOf(needles[which] ?? '', from);
        // Not in the rest of the block: no later entry holds every needle.
        if (hit === -1) return true;
        next[which] = hit;
      }
      if (hit >= end) {
        holds = false;
        break;
      }
    }
    if (holds && !found(index)) return false;
  }
  return true;
}
