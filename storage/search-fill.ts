import { blockOf, packable, type WordBlock, type WordsEntry } from '../utils/word-blocks';
import { yieldToPage } from '../utils/yield-to-page';
import { CONTACT_WORDS, type ContactWords } from './contact-words';
import type { TendDb } from './db';
import { inChunks, inStoreChunks } from './in-chunks';

/**
 * Records read per step while filling the search table (search-table.ts): each a short block.
 * Measured 2026-12-02 (2 cores): with the CPU slowed 4x and 200,000 contacts, a fill 5,000 at a
 * time held the page over 50 ms 31-35 times, 2,000 at a time 7 times; at full speed and 50,000
 * contacts 2,000 at a time filled in 1.07-1.30 s against 1.27-1.61 s.
 */
const READ_CHUNK = 2_000;

/** A contact's entry, as read: its words ("\nword\nword…") and what its result row shows. */
export type Kept = ContactWords & WordsEntry;
/** An entry without a summary stands for a contact that is gone. */
export const kept = (entry: ContactWords): entry is Kept => entry.summary !== undefined;

/** One read's chunk: its entries packed in a block, and those a block cannot hold, as read. */
export interface FilledPiece {
  block?: WordBlock;
  unpacked: Kept[];
}

/** A chunk's entries packed in a block, and those a block cannot hold, as read. */
function pieceOf(chunk: readonly ContactWords[]): FilledPiece {
  const packed: Kept[] = [];
  const unpacked: Kept[] = [];
  for (const entry of chunk) {
    if (!kept(entry)) continue;
    // An entry a block cannot hold (a stage the vocabulary does not know) is kept as read.
    if (packable(entry)) packed.push(entry);
    else unpacked.push(entry);
  }
  return { ...(packed.length > 0 ? { block: blockOf(packed) } : {}), unpacked };
}

/** Every contact's search entry, a chunk at a time along the primary key, packed (utils/word-blocks.ts). */
export async function* filledPieces(db: TendDb): AsyncGenerator<FilledPiece> {
  for await (const chunk of inChunks(db.contactWords, READ_CHUNK)) {
    // The chunk came in a task of its own making (the database's answer, its records made); it is
    // packed in the next, so neither holds the thread as long as both did. The next chunk is being
    // read meanwhile (inChunks).
    await yieldToPage();
    yield pieceOf(chunk);
  }
}

/**
 * The same pieces read from IndexedDB itself, for the fill's worker, which then carries no Dexie:
 * its script went from 104 KB to under 3 KB. Probed on 2026-12-05 at 50,000 contacts, the CPU
 * slowed 4x, five fills each beside a raw read: 1.44x the raw read through Dexie, 1.33x so.
 */
async function* storePieces(database: IDBDatabase): AsyncGenerator<FilledPiece> {
  // The next chunk is being read while this one is packed and posted (inStoreChunks).
  for await (const chunk of inStoreChunks<ContactWords>(database, CONTACT_WORDS, READ_CHUNK)) yield pieceOf(chunk);
}

/** What the fill's worker posts: each piece, then the end, or why it stopped. */
export type FillMessage = { piece: FilledPiece } | { done: true } | { failed: string };

/** A block's typed arrays, handed over to the page rather than copied. */
export const transferOf = (piece: FilledPiece): ArrayBuffer[] => {
  const block = piece.block;
  if (!block) return [];
  return [block.wordEnds, block.firsts, block.pairs, block.rowEnds, block.stages, block.gone].map((array) => array.buffer as ArrayBuffer);
};

/** The worker's side (entrypoints/search-fill.ts): reads and packs every entry of the database `open` gives, posting each piece. */
export async function serveFill(
  open: () => Promise<IDBDatabase>,
  post: (message: FillMessage, transfer: ArrayBuffer[]) => void,
): Promise<void> {
  let database: IDBDatabase | undefined;
  try {
    database = await open();
    for await (const piece of storePieces(database)) post({ piece }, transferOf(piece));
    post({ done: true }, []);
  } catch (error) {
    post({ failed: error instanceof Error ? error.message : String(error) }, []);
  } finally {
    database?.close();
  }
}
