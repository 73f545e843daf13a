import type { Table } from 'dexie';

/**
 * Every record of a table keyed by string ids, a chunk at a time along the primary key (the cheapest
 * order IndexedDB reads in), so that no single read holds the page for long. The next chunk is
 * asked for before this one is handed over: the database reads while the caller works on the chunk
 * it has. Each chunk is its own read; a record changed meanwhile comes once, as it was when read.
 */
export function inChunks<T extends { id: string }, I>(table: Table<T, string, I>, size: number): AsyncGenerator<T[]> {
  return chunksAlongIds(
    (after) => (after === undefined ? table.toCollection() : table.where(':id').above(after)).limit(size).toArray(),
    size,
  );
}

/**
 * The same, read from a store of a database opened without Dexie (the search table's worker, which
 * carries no Dexie: storage/search-fill.ts).
 */
export function inStoreChunks<T extends { id: string }>(database: IDBDatabase, store: string, size: number): AsyncGenerator<T[]> {
  return chunksAlongIds(
    (after) =>
      new Promise<T[]>((resolve, reject) => {
        const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
        const request = database.transaction(store).objectStore(store).getAll(range, size);
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      }),
    size,
  );
}

/** Chunks of at most `size` records from `chunkAfter` (the records after an id, or the first), until one comes short. */
async function* chunksAlongIds<T extends { id: string }>(
  chunkAfter: (after: string | undefined) => Promise<T[]>,
  size: number,
): AsyncGenerator<T[]> {
  let next = chunkAfter(undefined);
  for (;;) {
    const chunk = await next;
    const last = chunk.length === size ? chunk[chunk.length - 1]?.id : undefined;
    if (last !== undefined) {
      next = chunkAfter(last);
      // A caller that stops early leaves this read behind: its failure must not go unhandled. One
      // that goes on still gets it when it awaits `next`.
      next.catch(() => undefined);
    }
    if (chunk.length > 0) yield chunk;
    if (last === undefined) return;
  }
}
