import { db, type TendDb } from './db';

/**
 * What can stop Tend's database from opening or keep it open, said for the rep:
 * - `blocked`: this page needs a newer schema, but another Tend page still has the old one open;
 * - `replaced`: another Tend page upgraded the schema, so this page's connection was closed.
 */
export type DatabaseProblem = 'blocked' | 'replaced';

/** Why this page lost its connection; also the start of the error shown when a write fails for it. */
export const UPDATED_ELSEWHERE = 'Tend was updated in another panel or tab, so this one stopped reading its data.';

export const DATABASE_PROBLEM_TEXT: Record<DatabaseProblem, string> = {
  blocked:
    'Tend was updated and is waiting to upgrade its data, but another Tend panel or tab still has the old version open. Close or reload it and this panel continues by itself.',
  replaced: `${UPDATED_ELSEWHERE} Reload it to continue.`,
};

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
  database.on.blocked.subscribe(blocked);
  database.on.versionchange.subscribe(replaced);
  return () => {
    database.on.blocked.unsubscribe(blocked);
    database.on.versionchange.unsubscribe(replaced);
  };
}
