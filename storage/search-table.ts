import { Dexie, type ObservabilitySet } from 'dexie';
import type { Contact } from '../utils/model/contact';
import { db } from './db';

/**
 * The search words of every contact, held in memory by the page that searches.
 *
 * IndexedDB charges several microseconds for every index entry or record it hands over, so a query
 * of several common words ("hana tanaka" among 50,000 contacts) cannot be answered from the index
 * within a keystroke. Scanning one short string per contact in memory takes a few milliseconds.
 * The table is read when a view asks for it (`fillSearchTable`) or after a search found it empty,
 * and then follows every committed change to the contacts through Dexie's `storagemutated` event, which fires for writes made by this page and by
 * every other Tend page. Until the table is ready, or after a change too large to follow record by
 * record, `lookUp` answers null and the caller searches the index instead.
 */

/** Records read per step while filling the table: each a short block, so the panel keeps responding. */
const READ_CHUNK = 1_000;

type State = 'empty' | 'filling' | 'ready';

let state: State = 'empty';
let filling: Promise<void> = Promise.resolve();
/** Bumped whenever what `lookUp` answers may have changed. */
let version = 0;
let haystacks = new Map<string, string>();
/** Contacts changed while the table was being filled, read again once it is full; null after a bulk change. */
let changedWhileFilling: Set<string> | null = new Set();
/** Refreshes run one after another, so an older read never overwrites a newer one. */
let refreshes: Promise<void> = Promise.resolve();
const listeners = new Set<() => void>();

// Words never contain a line break (they are letters, digits, '@' and '.'), so "\nword" marks the
// start of a word and `includes` is a prefix test on every word at once.
const haystackOf = (contact: Contact) => `\n${contact.searchWords.join('\n')}`;

/**
 * Ids of contacts that have a word starting with every one of `words`, at most `limit`, or null
 * when the table is not ready (it is then filled, after this search).
 */
export function lookUp(words: readonly string[], limit: number): string[] | null {
  // Not filled from here but from a task of its own: a search runs inside a live query, which would
  // take the table's reads of every contact as its own and re-run on any change to any of them.
  if (state === 'empty') setTimeout(() => void fillSearchTable(), 0);
  if (state !== 'ready') return null;
  const needles = words.map((word) => `\n${word}`);
  const ids: string[] = [];
  for (const [id, haystack] of haystacks) {
    if (needles.every((needle) => haystack.includes(needle))) {
      ids.push(id);
      if (ids.length >= limit) break;
    }
  }
  return ids;
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

/** Fills the table unless it is full or filling; resolves when it is ready or gave up. */
export async function fillSearchTable(): Promise<void> {
  if (state === 'empty') filling = fill();
  await filling;
  await refreshes;
}

function notify(): void {
  version++;
  for (const listener of listeners) listener();
}

function forget(): void {
  state = 'empty';
  haystacks = new Map();
  notify();
}

async function fill(): Promise<void> {
  state = 'filling';
  changedWhileFilling = new Set();
  const started = performance.now();
  const next = new Map<string, string>();
  try {
    let after: string | undefined;
    for (;;) {
      const from = after === undefined ? db.contacts.orderBy(':id') : db.contacts.where(':id').above(after);
      const chunk = await from.limit(READ_CHUNK).toArray();
      for (const contact of chunk) next.set(contact.id, haystackOf(contact));
      if (chunk.length < READ_CHUNK) break;
      after = chunk[chunk.length - 1]?.id;
    }
  } catch {
    // The index search still works and reports the error; the next search tries again.
    state = 'empty';
    return;
  }
  // The storagemutated listener may have changed this while the reads above were awaited.
  const changed = changedWhileFilling as Set<string> | null;
  if (changed === null) {
    state = 'empty';
    return;
  }
  haystacks = next;
  state = 'ready';
  // One entry per fill, for the benchmark: how long searching had to fall back on the index.
  performance.measure('tend:search-table', { start: started });
  // Becoming ready changes no answer (searches until now read the index, live), so nothing is told:
  // a list on screen stays as it is rather than reshuffling under the rep's eyes.
  if (changed.size > 0) refresh([...changed]);
}

function refresh(ids: string[]): void {
  refreshes = refreshes.then(async () => {
    if (state !== 'ready') return;
    try {
      const contacts = await db.contacts.bulkGet(ids);
      if (state !== 'ready') return;
      ids.forEach((id, n) => {
        const contact = contacts[n];
        if (contact) haystacks.set(id, haystackOf(contact));
        else haystacks.delete(id);
      });
      notify();
    } catch {
      forget();
    }
  });
}

/** The primary keys a mutation names one by one, or 'all' when it names a range (bulk writes, clear). */
function keysOf(tree: unknown): string[] | 'all' {
  const keys: string[] = [];
  const walk = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object' || !('from' in node)) return true;
    const { from, to, l, r } = node as { from: unknown; to: unknown; l?: unknown; r?: unknown };
    if (typeof from !== 'string' || from !== to) return false;
    keys.push(from);
    return walk(l) && walk(r);
  };
  return walk(tree) ? keys : 'all';
}

Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  const tree = parts[`idb://${db.name}/contacts/`];
  if (!tree || state === 'empty') return;
  const keys = keysOf(tree);
  if (state === 'filling') {
    if (keys === 'all') changedWhileFilling = null;
    else for (const key of keys) changedWhileFilling?.add(key);
  } else if (keys === 'all') forget();
  else refresh(keys);
});

// A database opened again (deleted, or upgraded by another page) may hold anything: read it afresh.
// The first opening happens while the table is filling, and that fill reads the opened database.
db.on(
  'ready',
  () => {
    if (state === 'ready') forget();
  },
  true,
);
