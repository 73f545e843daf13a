import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { db } from '../../storage/db';

// Each test starts from an empty database. Dexie 4's delete() would otherwise disable auto-open.
afterEach(async () => {
  await db.delete({ disableAutoOpen: false });
});
