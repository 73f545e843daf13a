import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContact } from '../../../storage/contacts';
import { piecesFromWorker } from '../../../storage/fill-in-worker';
import { type FillMessage, serveFill } from '../../../storage/search-fill';
import { fillSearchTable, lookUp } from '../../../storage/search-table';
import { wordsOf } from '../../../utils/search-words';
import { entriesIn, idAt } from '../../../utils/word-blocks';
import { keepBulkContacts } from '../../support/bulk-contacts';
import { inThreadWorker } from '../../support/in-thread-worker';

/** The fill's worker (`serveFill`, what entrypoints/search-fill.ts runs), run in this thread. */
const InThreadWorker = inThreadWorker<FillMessage>(
  // The worker opens the database itself, without Dexie: here, its own connection's.
  (db, _url, post) => serveFill(() => db.open().then(() => db.backendDB()), post),
  (db) =>
    vi.spyOn(db, 'backendDB').mockImplementation(() => {
      throw new Error('read refused');
    }),
);

afterEach(async () => {
  await InThreadWorker.settle();
  vi.unstubAllGlobals();
});

describe('the search table filled in a worker', () => {
  it('answers a search from the blocks the worker read, packed and handed over', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    await createContact({ fullName: 'Hana Tanaka', companyName: 'Globex', title: 'VP Sales' });
    await createContact({ fullName: 'Zoran Okafor', companyName: 'Initech' });
    await fillSearchTable();
    expect(InThreadWorker.made.map((worker) => worker.url)).toEqual(['/search-fill.js']);
    expect(lookUp(wordsOf('globex'), 10)?.map((row) => row.fullName)).toEqual(['Hana Tanaka']);
    expect(lookUp(wordsOf('zo ok'), 10)).toEqual([
      expect.objectContaining({ fullName: 'Zoran Okafor', companyName: 'Initech', stage: 'new' }),
    ]);
    // Ended when its read did.
    expect(InThreadWorker.made[0]?.terminated).toBe(true);
  });

  it("gives every contact's entry once, in id order, in blocks whose arrays were handed over", async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    const made = [];
    for (let n = 0; n < 5; n++) made.push(await createContact({ fullName: `Person ${n}` }));
    const ids: string[] = [];
    for await (const piece of piecesFromWorker()) {
      expect(piece.unpacked).toEqual([]);
      const block = piece.block;
      if (!block) throw new Error('a block is expected');
      for (let index = 0; index < entriesIn(block); index++) ids.push(idAt(block, index));
    }
    expect(ids).toEqual(made.map((contact) => contact.id).sort());
  });

  it("stops with the worker's reason when its read fails, and ends the worker", async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    InThreadWorker.refuseRead = true;
    await createContact({ fullName: 'Hana Tanaka' });
    const reading = (async () => {
      for await (const _piece of piecesFromWorker()) throw new Error('no piece is expected');
    })();
    await expect(reading).rejects.toThrow("the search table's read failed: read refused");
    expect(InThreadWorker.made[0]?.terminated).toBe(true);
  });

  it('stops when a block cannot be read back, rather than wait for good', async () => {
    /** A worker whose first message the page cannot deserialize (`messageerror`). */
    class UnreadableWorker {
      onmessageerror: (() => void) | null = null;
      terminated = false;
      constructor() {
        setTimeout(() => this.onmessageerror?.(), 0);
      }
      terminate(): void {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', UnreadableWorker);
    const reading = (async () => {
      for await (const _piece of piecesFromWorker()) throw new Error('no piece is expected');
    })();
    await expect(reading).rejects.toThrow('a block from the search worker could not be read');
  });

  it('ends the worker when the caller stops early', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    await createContact({ fullName: 'Hana Tanaka' });
    for await (const _piece of piecesFromWorker()) break;
    expect(InThreadWorker.made[0]?.terminated).toBe(true);
  });

  it('reads a book in several steps in the worker, the last one not full, each contact once', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    await keepBulkContacts(4_500);
    const ids: string[] = [];
    let pieces = 0;
    for await (const piece of piecesFromWorker()) {
      pieces++;
      const block = piece.block;
      if (!block) throw new Error('a block is expected');
      for (let index = 0; index < entriesIn(block); index++) ids.push(idAt(block, index));
    }
    expect(pieces).toBe(3);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(4_501);
  });
});
