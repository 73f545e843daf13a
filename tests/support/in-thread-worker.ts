import { TendDb } from '../../storage/db';

/** A worker's side as its entrypoint runs it: its own connection, its URL, and how it posts. */
export type WorkerSide<M> = (db: TendDb, url: string, post: (message: M, transfer?: ArrayBuffer[]) => void) => Promise<void>;

/**
 * A `Worker` class for unit tests whose workers run `side` in this thread, on a connection of
 * their own to the database, each message cloned with its transfer list as `postMessage` does and
 * delivered in a later task, none once terminated. With `refuseRead` set, `refuse` is applied to a
 * new worker's connection first (to make its read fail). `settle` waits for every worker made to
 * end and starts afresh.
 */
export function inThreadWorker<M>(side: WorkerSide<M>, refuse: (db: TendDb) => void) {
  return class InThreadWorker {
    static made: InThreadWorker[] = [];
    static refuseRead = false;
    onmessage: ((event: MessageEvent<M>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    readonly served: Promise<void>;

    constructor(readonly url: string) {
      InThreadWorker.made.push(this);
      const own = new TendDb();
      if (InThreadWorker.refuseRead) refuse(own);
      this.served = side(own, url, (message, transfer = []) => {
        const data = structuredClone(message, { transfer });
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.({ data } as MessageEvent<M>);
        }, 0);
      });
    }

    terminate(): void {
      this.terminated = true;
    }

    static async settle(): Promise<void> {
      await Promise.all(InThreadWorker.made.map((worker) => worker.served));
      InThreadWorker.made = [];
      InThreadWorker.refuseRead = false;
    }
  };
}
