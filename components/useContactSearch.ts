import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import { searchContacts } from '../storage/contacts';
import { fillSearchTable, onSearchTableChange, searchTableVersion } from '../storage/search-table';
import type { Contact } from '../utils/model/contact';

/**
 * Contacts matching `text`, at most `limit`; undefined while reading, null for an empty query.
 * Once `settled` (what the view shows first has rendered), the search table is filled in idle time,
 * so typing never waits for it and it never delays the first render.
 * A search answered from the in-memory table reads only the records it shows, which a live query
 * alone would not re-run for when another contact starts to match; the table's version does.
 */
export function useContactSearch(text: string, limit: number, settled = true): Contact[] | null | undefined {
  const version = useSyncExternalStore(onSearchTableChange, searchTableVersion);
  useEffect(() => {
    if (!settled) return;
    const idle = requestIdleCallback(() => void fillSearchTable(), { timeout: 1_000 });
    return () => cancelIdleCallback(idle);
  }, [settled]);
  return useLiveQuery(() => (text.trim() ? searchContacts(text, limit) : null), [text, limit, version]);
}
