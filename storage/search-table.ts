import { liveQuery, type Subscription } from 'dexie';
import { warmNameOrder } from '../utils/compare-names';
import type { ContactSummary } from '../utils/model/contact';
import { findEntry, holdsAll, holdsEvery, rowAt, scanBlock, type WordBlock } from '../utils/word-blocks';
import { type Initials, initialsNeeded, initialsOf } from '../utils/word-initials';
import { type ContactWords, RESET } from './contact-words';
import { db } from './db';
import { piecesFromWorker } from './fill-in-worker';
import { filledPieces, type Kept, kept } from './search-fill';

/**
 * The search words of every contact, held in memory by the page that searches.
 *
 * IndexedDB charges several microseconds for every index entry or record it hands over, so a query
 * of several common words ("hana tanaka" among 50,000 contacts) cannot be answered from the index
 * within a keystroke. Scanning the words in memory takes a few milliseconds; they are held packed,
 * a read's chunk to a block (utils/word-blocks.ts), so 200,000 contacts are a few hundred strings
 * and typed arrays for the collector, not two million objects (the page's heap after a fill at
 * 200,000 went from 73.8 MB to 29.8 MB, probed on 2026-12-03).
 * The table is read from `contactWords` (one short string per contact, kept in the contacts' own
 * write transactions: contact-words.ts), in a worker, when a view asks for it (`fillSearchTable`)
 * or after a search found it empty, and then follows every committed change, from this page or any
 * other Tend page, through a live query on the entries written after the last one it applied. Until
 * the table is ready `lookUp` answers null and the caller searches the index instead.
 */

type State = 'empty' | 'filling' | 'ready';
/** A changed contact's entry, with the initials of its words (utils/word-initials.ts) set on it. */
type Changed = Kept & Initials;
/** The entry, as read, with its initials: set on it rather than copied, so no second object per contact. */
const withInitials = (entry: Kept): Changed => Object.assign(entry, initialsOf(entry.words));

/** A match in a block, as one number: the block's place times BLOCK_SPAN plus the entry's. */
const BLOCK_SPAN = 0x10000; // more entries than a read's chunk (search-fill.ts)
/** What a scan found, in the table's order: entries of the blocks, then changed ones. */
interface Found {
  inBlocks: number[];
  changed: Changed[];
}

let state: State = 'empty';
let filling: Promise<void> = Promise.resolve();
/** Bumped whenever what `lookUp` answers may have changed. */
let version = 0;
/**
 * Every contact as the fill read it, packed a chunk to a block (utils/word-blocks.ts), in id
 * order; an entry changed since is marked gone there and kept in `changed`, which a search scans
 * after the blocks, in the order the changes came.
 */
let blocks: WordBlock[] = [];
let changed = new Map<string, Changed>();
/** The last `seq` applied: entries above it are changes not yet in the table. */
let applied = 0;
/** Changes are applied one batch after another, in `seq` order. */
let applying: Promise<void> = Promise.resolve();
let following: Subscription | undefined;
const listeners = new Set<() => void>();
/**
 * The last scan that went through every entry (it found fewer than its limit), and all it found.
 * Typing a query one key at a time scans the table at every key; a key that only lengthens the
 * words of such a scan can match only what it matched, so it looks among those alone. A query that
 * matches few contacts ("zebulon") used to scan all 200,000 entries at each of its keys.
 */
let lastFullScan: { version: number; needles: readonly string[]; found: Found } | undefined;

/**
 * Contacts that have a word starting with every one of `words`, at most `limit`, as their result
 * rows, or null when the table is not ready (it is then filled, after this search).
 */
export function lookUp(words: readonly string[], limit: number): ContactSummary[] | null {
  // Not filled from here but from a task of its own: a search runs inside a live query, which would
  // take the table's reads of every contact as its own and re-run on any change to any of them.
  if (state === 'empty') setTimeout(() => void fillSearchTable(), 0);
  if (state !== 'ready') return null;
  const needles = words.map((word) => `\n${word}`);
  if (needles.length === 0) return [];
  // Most contacts fail on their initials, two integer tests, before any string is searched: a rare
  // first letter ("z") cost a string search in every entry, at 200,000 contacts 15-22 ms in Node,
  // 2.3 ms with the initials first.
  const needed = initialsNeeded(needles);
  const found: Found = { inBlocks: [], changed: [] };
  const room = () => found.inBlocks.length + found.changed.length < limit;
  const pool = narrowedPool(needles);
  // The pool keeps the table's order, so the answer is the one a scan of every entry would give.
  if (pool) {
    for (const at of pool.inBlocks) {
      if (!room()) break;
      const block = blocks[Math.floor(at / BLOCK_SPAN)];
      if (block && holdsAll(block, at % BLOCK_SPAN, needles, needed)) found.inBlocks.push(at);
    }
  } else {
    blocks.every((block, place) =>
      scanBlock(block, needles, needed, (index) => {
        found.inBlocks.push(place * BLOCK_SPAN + index);
        return room();
      }),
    );
  }
  for (const entry of pool?.changed ?? changed.values()) {
    if (!room()) break;
    if (holdsEvery(entry.words, entry.firsts, entry.pairs, needles, needed)) found.changed.push(entry);
  }
  if (room()) lastFullScan = { version, needles, found };
  return [
    ...found.inBlocks.map((at) => rowAt(blocks[Math.floor(at / BLOCK_SPAN)] as WordBlock, at % BLOCK_SPAN)),
    ...found.changed.map((entry) => entry.summary),
  ];
}

/**
 * What the last full scan found, when every needle it looked for starts one of `needles` (so any
 * entry holding all of `needles` held all of its), and nothing changed since; otherwise undefined.
 */
function narrowedPool(needles: readonly string[]): Found | undefined {
  if (lastFullScan?.version !== version) return undefined;
  const narrows = lastFullScan.needles.every((before) => needles.some((needle) => needle.startsWith(before)));
  return narrows ? lastFullScan.found : undefined;
}

/** Called when the table changes, so a list built from `lookUp` can search again. */
export function onSearchTableChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number that changes whenever `lookUp` may answer differently. */
export function searchTableVersion(): number {
  return version;
}

/** Fills the table unless it is full or filling, and applies every change committed until now. */
export async function fillSearchTable(): Promise<void> {
  // A second round when the changes applied cleared every contact (the table was then forgotten).
  for (let round = 0; round < 2; round++) {
    if (state === 'empty') filling = fill();
    await filling;
    if (state !== 'ready') return;
    await catchUp();
    if (state === 'ready') return;
  }
}

/**
 * Applies every change committed until now, without waiting for the live query to notice them:
 * a search that awaits this sees this page's own last write (one small read, usually empty).
 */
export async function catchUp(): Promise<void> {
  if (state === 'ready') await apply(await changesSince(applied));
}

function notify(): void {
  version++;
  for (const listener of listeners) listener();
}

function forget(): void {
  following?.unsubscribe();
  following = undefined;
  state = 'empty';
  blocks = [];
  changed = new Map();
  notify();
}

const changesSince = (seq: number) => db.contactWords.where('seq').above(seq).toArray();

async function fill(): Promise<void> {
  state = 'filling';
  const started = performance.now();
  // Results are sorted by name: the collator is built in a task of its own while the worker reads,
  // not in a keystroke. Built in the task that made the table ready, it made that task 104 ms (at
  // 50,000 throttled, traced 2026-12-05).
  setTimeout(warmNameOrder, 0);
  const read: WordBlock[] = [];
  const unpacked = new Map<string, Changed>();
  let last = 0;
  try {
    // The last seq is read first: anything written after it is applied again once the table is
    // ready, and applying an entry twice changes nothing.
    last = (await db.contactWords.orderBy('seq').last())?.seq ?? 0;
    // Read and packed in a worker (fill-in-worker.ts); where there are none (Node, in unit tests)
    // the same pieces are read in place.
    for await (const piece of typeof Worker === 'function' ? piecesFromWorker() : filledPieces(db)) {
      if (piece.block) read.push(piece.block);
      for (const entry of piece.unpacked) unpacked.set(entry.id, withInitials(entry));
    }
  } catch {
    // The index search still works and reports the error; the next search tries again.
    state = 'empty';
    return;
  }
  blocks = read;
  changed = unpacked;
  applied = last;
  state = 'ready';
  // One entry per fill, for the benchmark: how long searching had to fall back on the index.
  performance.measure('tend:search-table', { start: started });
  // Becoming ready changes no answer (searches until now read the index, live), so nothing is told:
  // a list on screen stays as it is rather than reshuffling under the rep's eyes.
  follow();
}

/** Every change committed after the last one applied, by any page, reaches the table. */
function follow(): void {
  following = liveQuery(() => changesSince(applied)).subscribe({
    next: (entries) => void apply(entries),
    error: () => forget(),
  });
}

function apply(entries: ContactWords[]): Promise<void> {
  applying = applying.then(() => {
    const fresh = entries.filter((entry) => entry.seq > applied).sort((a, b) => a.seq - b.seq);
    if (state !== 'ready' || fresh.length === 0) return;
    if (fresh.some((entry) => entry.id === RESET)) {
      // Every contact was cleared (erase, restore): the next search reads the table afresh.
      forget();
      return;
    }
    for (const entry of fresh) {
      // A contact is held in one place: its block's entry until it changes, then `changed`.
      if (!changed.has(entry.id)) markGone(entry.id);
      if (kept(entry)) changed.set(entry.id, withInitials(entry));
      else changed.delete(entry.id);
    }
    applied = fresh[fresh.length - 1]?.seq ?? applied;
    notify();
  });
  return applying;
}

function markGone(id: string): void {
  const at = findEntry(blocks, id);
  if (at) (blocks[at.block] as WordBlock).gone[at.index] = 1;
}

// A database opened again (deleted, or upgraded by another page) may hold anything: read it afresh.
// The first opening happens while the table is filling, and that fill reads the opened database.
db.on(
  'ready',
  () => {
    if (state === 'ready') forget();
  },
  true,
);
