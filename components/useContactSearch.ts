import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { searchContacts, searchInMemory } from '../storage/contact-search';
import { fillSearchTable, onSearchTableChange, searchTableVersion } from '../storage/search-table';
import type { ContactSummary } from '../utils/model/contact';

/**
 * Contacts matching `text`, at most `limit`; undefined while reading, null for an empty query.
 * Once `settled` (what the view shows first has rendered), the search table is filled in idle time,
 * so typing never waits for it and it never delays the first render. Once it is ready, a keystroke
 * is answered in the same render, from memory; until then the index is read, in a live query.
 */
export function useContactSearch(text: string, limit: number, settled = true): ContactSummary[] | null | undefined {
  const version = useSyncExternalStore(onSearchTableChange, searchTableVersion);
  useEffect(() => {
    if (!settled) return;
    const idle = requestIdleCallback(() => void fillSearchTable(), { timeout: 1_000 });
    return () => cancelIdleCallback(idle);
  }, [settled]);
  const searching = text.trim() !== '';
  // `version` changes whenever the table does: the answer is computed again then.
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the table's change signal.
  const fromMemory = useMemo(() => (searching ? searchInMemory(text, limit) : null), [searching, text, limit, version]);
  // Only while the table is not ready: once it is, keystrokes leave this query alone (no live query
  // set up again per key).
  const indexQuery = searching && fromMemory === undefined ? text : null;
  const fromIndex = useLiveQuery(() => (indexQuery === null ? null : searchContacts(indexQuery, limit)), [indexQuery, limit]);
  return fromMemory !== undefined ? fromMemory : fromIndex;
}
