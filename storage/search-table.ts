import { liveQuery, type Subscription } from 'dexie';
import { warmNameOrder } from '../utils/compare-names';
import type { ContactSummary } from '../utils/model/contact';
import { type Initials, initialsNeeded, initialsOf, mayHold } from '../utils/word-initials';
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

/**
 * Records read per step while filling the table: each a short block, so the panel keeps responding.
 * Measured 2026-12-02 (2 cores): with the CPU slowed 4x and 200,000 contacts, a fill 5,000 at a
 * time held the page over 50 ms 31-35 times, 2,000 at a time 7 times (the longest, a garbage
 * collection, alike); at full speed and 50,000 contacts 2,000 at a time filled in 1.07-1.30 s
 * against 1.27-1.61 s. Throttled, a raw read 2,000 at a time took 10-20% longer than 5,000 at a time
 * in that probe; in the bench the fill stayed within 0.96-1.07x a raw read (1.05x at 5,000).
 */
const READ_CHUNK = 2_000;

type State = 'empty' | 'filling' | 'ready';
/** A contact's entry, as read: its words ("\nword\nword…") and what its result row shows. */
type Kept = ContactWords & Required<Pick<ContactWords, 'summary'>>;
/** The entry with the initials of its words (utils/word-initials.ts), set on it as it enters the table. */
type Haystack = Kept & Initials;
/** An entry without a summary stands for a contact that is gone. */
const kept = (entry: ContactWords): entry is Kept => entry.summary !== undefined;
/** The entry, as read, with its initials: set on it rather than copied, so no second object per contact. */
const withInitials = (entry: Kept): Haystack => Object.assign(entry, initialsOf(entry.words));

let state: State = 'empty';
let filling: Promise<void> = Promise.resolve();
/** Bumped whenever what `lookUp` answers may have changed. */
let version = 0;
/**
 * Every contact's entry, as a search scans them (an array scans fastest), and by id, as changes
 * reach them. Each is made from the other when first needed: the fill reads the array, the first
 * change makes the map, and a search after a change makes the array again.
 */
let scanned: Haystack[] | undefined;
let byId: Map<string, Haystack> | undefined;
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
let lastFullScan: { version: number; needles: readonly string[]; matches: readonly Haystack[] } | undefined;

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
  const [first, ...rest] = needles;
  if (first === undefined) return [];
  scanned ??= [...(byId?.values() ?? [])];
  const needed = initialsNeeded(needles);
  const matches: Haystack[] = [];
  // The pool keeps the table's order, so the answer is the one a scan of every entry would give.
  for (const entry of narrowedPool(needles) ?? scanned) {
    // Most contacts fail on their initials, two integer tests, or else on the first word: the
    // others are checked only for those that pass. A rare first letter ("z") cost a string search
    // in every entry: at 200,000 contacts 15-22 ms in Node, 2.3 ms with the initials first.
    if (!mayHold(entry, needed) || !entry.words.includes(first) || !rest.every((needle) => entry.words.includes(needle))) continue;
    matches.push(entry);
    if (matches.length >= limit) break;
  }
  if (matches.length < limit) lastFullScan = { version, needles, matches };
  return matches.map((entry) => entry.summary);
}

/**
 * What the last full scan found, when every needle it looked for starts one of `needles` (so any
 * entry holding all of `needles` held all of its), and nothing changed since; otherwise undefined.
 */
function narrowedPool(needles: readonly string[]): readonly Haystack[] | undefined {
  if (lastFullScan?.version !== version) return undefined;
  const narrows = lastFullScan.needles.every((before) => needles.some((needle) => needle.startsWith(before)));
  return narrows ? lastFullScan.matches : undefined;
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
  scanned = undefined;
  version++;
  for (const listener of listeners) listener();
}

function forget(): void {
  following?.unsubscribe();
  following = undefined;
  state = 'empty';
  byId = undefined;
  notify();
}

const changesSince = (seq: number) => db.contactWords.where('seq').above(seq).toArray();

async function fill(): Promise<void> {
  state = 'filling';
  const started = performance.now();
  const next: Haystack[] = [];
  let last = 0;
  try {
    // The last seq is read first: anything written after it is applied again once the table is
    // ready, and applying an entry twice changes nothing.
    last = (await db.contactWords.orderBy('seq').last())?.seq ?? 0;
    for await (const chunk of inChunks(db.contactWords, READ_CHUNK)) {
      // Entries are kept as read: no copy, no map until a change needs one.
      for (const entry of chunk) if (kept(entry)) next.push(withInitials(entry));
    }
  } catch {
    // The index search still works and reports the error; the next search tries again.
    state = 'empty';
    return;
  }
  scanned = next;
  byId = undefined;
  applied = last;
  state = 'ready';
  // Results are sorted by name: the collator is built now, in this idle task, not in a keystroke.
  warmNameOrder();
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
    byId ??= new Map((scanned ?? []).map((entry) => [entry.id, entry]));
    for (const entry of fresh) {
      if (kept(entry)) byId.set(entry.id, withInitials(entry));
      else byId.delete(entry.id);
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
