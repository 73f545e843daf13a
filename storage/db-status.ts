import { db, type TendDb } from './db';

/**
 * What can stop Tend's database from opening or keep it open (components/errors.ts says each):
 * - `blocked`: this page needs a newer schema, but another Tend page still has the old one open;
 * - `replaced`: another Tend page upgraded the schema, so this page's connection was closed;
 * - `lost`: the browser closed the connection itself after a storage error. On a full disk Chromium
 *   does this ("Connection is closing because of: IO error … FILE_ERROR_NO_SPACE"), and this page
 *   cannot open the database again until it is reloaded.
 */
export type DatabaseProblem = 'blocked' | 'replaced' | 'lost';

/**
 * Calls `onProblem` when the database is blocked (and with null once it opens after all) or replaced.
 * Returns the unsubscribe.
 */
export function watchDatabase(onProblem: (problem: DatabaseProblem | null) => void, database: TendDb = db): () => void {
  const blocked = () => {
    onProblem('blocked');
    database.open().then(
      () => onProblem(null),
      () => {},
    );
  };
  // Dexie's own handler then closes this connection, so the other page's upgrade can go ahead.
  const replaced = () => onProblem('replaced');
  // IndexedDB fires `close` only when the browser closes a connection; never for our own close().
  const lost = () => onProblem('lost');
  let connection: IDBDatabase | undefined;
  const listen = () => {
    connection?.removeEventListener('close', lost);
    connection = database.isOpen() ? database.backendDB() : undefined;
    connection?.addEventListener('close', lost);
  };
  database.on.blocked.subscribe(blocked);
  database.on.versionchange.subscribe(replaced);
  database.on('ready', listen, true);
  listen();
  return () => {
    database.on.blocked.unsubscribe(blocked);
    database.on.versionchange.unsubscribe(replaced);
    database.on.ready.unsubscribe(listen);
    connection?.removeEventListener('close', lost);
  };
}

/**
 * Starts opening the database now, while the panel's first view is still loading, instead of at
 * the view's first query: the two waits overlap (about 40 ms of the first list at 50,000 contacts).
 * A failure is left to the first query, which reports it where the rep sees it.
 */
export function openEarly(): void {
  db.open().catch(() => undefined);
}
