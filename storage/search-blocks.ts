import { isWordBlock, type WordBlock } from '../utils/word-blocks';
import { db } from './db';

/**
 * The search table's blocks, saved after a full read of `contactWords` so that the next page that
 * searches reads a few packed records instead of a record per contact (search-table.ts).
 *
 * A full read of 50,000 contacts' words took 2.2-2.7 s on a CPU slowed 4x, against 1.2-1.3 s for a
 * raw read of the same records in one request: the page builds an object per record, and read a
 * chunk at a time (so no task holds the page) it waits for each. The same words as 25 saved blocks
 * read in 230-400 ms, no task over 50 ms (probed 2026-12-04, 4 blocks a request).
 *
 * Derived data, like `contactWords`: never in backups, cleared with the contacts (backup.ts). The
 * blocks hold every contact as of `seq` or later, so whoever reads them applies the entries written
 * after `seq` again, as a search table does after a full read (applying an entry twice changes nothing).
 */
export interface SavedBlock {
  /** The block's place in the table: 0, 1, … in id order. */
  place: number;
  /** How many blocks were saved together: a set read back with one missing is not used. */
  of: number;
  /** The last `contactWords` seq before the blocks were read. */
  seq: number;
  /** The blocks' layout (utils/word-blocks.ts): blocks saved by another version are not read. */
  layout: number;
  block: WordBlock;
}

/** Bumped whenever WordBlock changes what it holds or how. */
const LAYOUT = 1;
/** Blocks read per request: each request's answer is one task of the page's. */
const READ_AT_ONCE = 4;

/** The blocks saved last, with the seq they hold every contact as of, or undefined when none are usable. */
export async function savedBlocks(): Promise<{ blocks: WordBlock[]; seq: number } | undefined> {
  let saved: SavedBlock[];
  try {
    saved = await readAll();
  } catch {
    // Unreadable blocks are a copy lost: the table is read from contactWords instead.
    return undefined;
  }
  const first = saved[0];
  if (!first) return undefined;
  const whole = saved.every(
    (record, place) =>
      record.place === place &&
      record.of === saved.length &&
      record.seq === first.seq &&
      record.layout === LAYOUT &&
      isWordBlock(record.block),
  );
  return whole ? { blocks: saved.map((record) => record.block), seq: first.seq } : undefined;
}

/** Every saved block, in one transaction: a save by another page (which replaces every block) is seen whole or not at all. */
function readAll(): Promise<SavedBlock[]> {
  return db.transaction('r', db.searchBlocks, async () => {
    const read: SavedBlock[] = [];
    for (;;) {
      const part = await db.searchBlocks.where('place').aboveOrEqual(read.length).limit(READ_AT_ONCE).toArray();
      read.push(...part);
      if (part.length < READ_AT_ONCE) return read;
    }
  });
}

/**
 * Replaces the saved blocks with `blocks`, which hold every contact as of `seq`, while `stillOf` says
 * the database is still the one they were read from. One block per
 * request, each put once the one before it is written: the page copies a block when it is put, and
 * 100 blocks (200,000 contacts) put at once held it in one task. Failing (a full disk) keeps nothing:
 * the next page reads every contact instead.
 */
export async function saveBlocks(blocks: readonly WordBlock[], seq: number, stillOf: () => boolean): Promise<void> {
  try {
    await db.transaction('rw', db.searchBlocks, async () => {
      // Checked once the transaction runs: the database may have been opened anew while it waited.
      if (!stillOf()) return;
      await db.searchBlocks.clear();
      for (const [place, block] of blocks.entries()) await db.searchBlocks.add({ place, of: blocks.length, seq, layout: LAYOUT, block });
    });
  } catch {
    // The blocks are a copy; the table they were made from is whole.
  }
}
