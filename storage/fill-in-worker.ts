import type { FilledPiece, FillMessage } from './search-fill';

/** The fill's worker, as built (entrypoints/search-fill.ts): one script at the extension's root. */
const WORKER_URL = '/search-fill.js';

/**
 * The search table's pieces (search-fill.ts), read and packed in a worker of their own.
 *
 * Each record IndexedDB hands a page leaves the browser an object of its own to finalize once it is
 * dead, and the browser does that on the thread that read it, in one go when memory runs short. A
 * fill at 200,000 contacts on the page, the CPU slowed 4x, left two such sweeps of 130-515 ms each
 * on its main thread (traced 2026-12-05: `CppGC.SweepFinalizeSweptPages`). Read in a worker, the
 * records and their sweeps stay there; the page takes a block (two strings and a few typed arrays
 * per 2,000 contacts) a message.
 */
export async function* piecesFromWorker(): AsyncGenerator<FilledPiece> {
  const worker = new Worker(WORKER_URL);
  // Messages not yet taken, or the taker waiting for the next one.
  const queue: FillMessage[] = [];
  let taker: ((message: FillMessage) => void) | undefined;
  const arrived = (message: FillMessage) => {
    if (taker) taker(message);
    else queue.push(message);
    taker = undefined;
  };
  const next = () =>
    new Promise<FillMessage>((resolve) => {
      const message = queue.shift();
      if (message) resolve(message);
      else taker = resolve;
    });
  worker.onmessage = (event: MessageEvent<FillMessage>) => arrived(event.data);
  // A block that cannot be read back ends the fill as a failed read would, rather than leave it
  // waiting for good (searches would read the index for as long as the page stays open).
  worker.onmessageerror = () => arrived({ failed: 'a block from the search worker could not be read' });
  worker.onerror = (event) => {
    event.preventDefault();
    arrived({ failed: event.message || 'the search worker did not start' });
  };
  try {
    for (;;) {
      const message = await next();
      if ('failed' in message) throw new Error(`Tend: the search table's read failed: ${message.failed}`);
      if ('done' in message) return;
      yield message.piece;
    }
  } finally {
    // Also when the caller stops early: the worker's read is dropped with it.
    worker.terminate();
  }
}
