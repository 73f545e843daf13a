import type { Table } from 'dexie';

/**
 * Every record of a table keyed by string ids, a chunk at a time along the primary key (the cheapest
 * order IndexedDB reads in), so that no single read holds the page for long. The next chunk is
 * asked for before this one is handed over: the database reads while the caller works on the chunk
 * it has. Each chunk is its own read; a record changed meanwhile comes once, as it was when read.
 */
export async function* inChunks<T extends { id: string }, I>(table: Table<T, string, I>, size: number): AsyncGenerator<T[]> {
  const chunkAfter = (after: string | undefined) =>
    (after === undefined ? table.toCollection() : table.where(':id').above(after)).limit(size).toArray();
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
