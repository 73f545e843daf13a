import { TendDb } from '../../storage/db';

/**
 * A worker's side as its entrypoint runs it: its own connection, its URL, how it posts, and `listen`
 * to be handed what the page posts it.
 */
export type WorkerSide<M> = (
  db: TendDb,
  url: string,
  post: (message: M, transfer?: ArrayBuffer[]) => void,
  listen: (inbox: (message: unknown) => void) => void,
) => Promise<void>;

/**
 * A `Worker` class for unit tests whose workers run `side` in this thread, on a connection of
 * their own to the database, each message cloned with its transfer list as `postMessage` does and
 * delivered in a later task, none once terminated; what the page posts it is delivered the same
 * way but not cloned (Node's `structuredClone` makes a File a plain object). With `refuseRead`
 * set, `refuse` is applied to a new worker's connection first (to make its read fail). `settle`
 * waits for every worker made to end, on its own or terminated, and starts afresh.
 */
export function inThreadWorker<M>(side: WorkerSide<M>, refuse: (db: TendDb) => void) {
  return class InThreadWorker {
    static made: InThreadWorker[] = [];
    static refuseRead = false;
    onmessage: ((event: MessageEvent<M>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    readonly served: Promise<void>;
    private inbox: ((message: unknown) => void) | null = null;
    private readonly own = new TendDb();
    private stopped = () => {};

    constructor(readonly url: string) {
      InThreadWorker.made.push(this);
      if (InThreadWorker.refuseRead) refuse(this.own);
      const terminated = new Promise<void>((resolve) => {
        this.stopped = resolve;
      });
      const served = side(
        this.own,
        url,
        (message, transfer = []) => {
          const data = structuredClone(message, { transfer });
          setTimeout(() => {
            if (!this.terminated) this.onmessage?.({ data } as MessageEvent<M>);
          }, 0);
        },
        (inbox) => {
          this.inbox = inbox;
        },
      );
      this.served = Promise.race([served, terminated]);
    }

    postMessage(message: unknown): void {
      setTimeout(() => {
        if (!this.terminated) this.inbox?.(message);
      }, 0);
    }

    /** Ends the worker where it is, as a browser does: its connection closed, whatever it was waiting for. */
    terminate(): void {
      this.terminated = true;
      this.own.close();
      this.stopped();
    }

    static async settle(): Promise<void> {
      await Promise.all(InThreadWorker.made.map((worker) => worker.served));
      InThreadWorker.made = [];
      InThreadWorker.refuseRead = false;
    }
  };
}
