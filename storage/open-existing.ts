import { INDEXEDDB_VERSION } from './schema-version';

/**
 * Tend's database as the panel made it, opened without Dexie by the code that must start before
 * Dexie or run without it (the panel's first script, storage/first-block.ts; the search table's
 * worker, storage/search-fill.ts). Never created or upgraded here: that is storage/db.ts's. A
 * database of an older schema is refused (its records wait for Dexie's upgrade), and the connection
 * closes when another asks to upgrade, as Dexie's do, so that the upgrade never waits on it.
 */
export function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    // Only a database that is not there, or older than this request, gets here: left as it was.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      reject(new Error(`Tend's database could not be opened: ${request.error?.message ?? 'no reason given'}`));
    };
    request.onsuccess = () => {
      const database = request.result;
      database.onversionchange = () => database.close();
      if (database.version === INDEXEDDB_VERSION) return resolve(database);
      database.close();
      reject(new Error(`Tend's database is at version ${database.version}, not ${INDEXEDDB_VERSION}: the panel upgrades it first`));
    };
  });
}
