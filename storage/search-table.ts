import { liveQuery, type Subscription } from 'dexie';
import type { ContactSummary } from '../utils/model/contact';
import { type ContactWords, RESET } from './contact-words';
import { db } from './db';
import { inChunks } from './in-chunks';

/**
 * The search words of every contact, held in memory by the page that searches.
 *
 * IndexedDB charges several microseconds for every index entry or record it hands over, so a query
 * of several common words ("hana tanaka" among 50,000 contacts) cannot be answered from the index
 * within a keystroke. Scanning one short string per contact in memory takes a few milliseconds.
 * The table is read from `contactWords` (one short string per contact, kept in the contacts' own
 * write transactions: contact-words.ts) when a view asks for it (`fillSearchTable`) or after a
 * search found it empty, and then follows every committed change, from this page or any other Tend
 * page, through a live query on the entries written after the last one it applied. Until the table
 * is ready `lookUp` answers null and the caller searches the index instead.
 */

/** Records read per step while filling the table: each a short block, so the panel keeps responding. */
const READ_CHUNK = 5_000;

type State = 'empty' | 'filling' | 'ready';

let state: State = 'empty';
let filling: Promise<void> = Promise.resolve();
/** Bumped whenever what `lookUp` answers may have changed. */
let version = 0;
/** Per contact: its words ("\nword\nword…") and what its result row shows. */
let haystacks = new Map<string, Required<Pick<ContactWords, 'words' | 'summary'>>>();
/** The last `seq` applied: entries above it are changes not yet in the table. */
let applied = 0;
/** Changes are applied one batch after another, in `seq` order. */
let applying: Promise<void> = Promise.resolve();
let following: Subscription | undefined;
const listeners = new Set<() => void>();

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
  const found: ContactSummary[] = [];
  for (const { words: haystack, summary } of haystacks.values()) {
    if (needles.every((needle) => haystack.includes(needle))) {
      found.push(summary);
      if (found.length >= limit) break;
    }
  }
  return found;
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
  haystacks = new Map();
  notify();
}

const changesSince = (seq: number) => db.contactWords.where('seq').above(seq).toArray();

async function fill(): Promise<void> {
  state = 'filling';
  const started = performance.now();
  const next: typeof haystacks = new Map();
  let last = 0;
  try {
    // The last seq is read first: anything written after it is applied again once the table is
    // ready, and applying an entry twice changes nothing.
    last = (await db.contactWords.orderBy('seq').last())?.seq ?? 0;
    for await (const chunk of inChunks(db.contactWords, READ_CHUNK)) {
      for (const { id, words, summary } of chunk) if (summary) next.set(id, { words, summary });
    }
  } catch {
    // The index search still works and reports the error; the next search tries again.
    state = 'empty';
    return;
  }
  haystacks = next;
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
      if (entry.summary) haystacks.set(entry.id, { words: entry.words, summary: entry.summary });
      else haystacks.delete(entry.id);
    }
    applied = fresh[fresh.length - 1]?.seq ?? applied;
    notify();
  });
  return applying;
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
