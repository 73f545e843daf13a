/** The database's name (TendDb's, storage/db.ts), for code that opens it without Dexie too. */
export const DATABASE_NAME = 'tend';

/**
 * The latest of TendDb's schema versions (storage/db.ts; a unit test holds the two together), for
 * code that reads the database without Dexie: records of an older schema are Dexie's to upgrade
 * before anyone reads them. Dexie opens IndexedDB at ten times its version.
 */
export const SCHEMA_VERSION = 4;
export const INDEXEDDB_VERSION = SCHEMA_VERSION * 10;
