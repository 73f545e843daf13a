import { describe, expect, it } from 'vitest';
import { CONTACT_WORDS } from '../../../storage/contact-words';
import { createContact } from '../../../storage/contacts';
import { db } from '../../../storage/db';
import { openExisting } from '../../../storage/open-existing';
import { DATABASE_NAME, SCHEMA_VERSION } from '../../../storage/schema-version';

describe("Tend's database opened without Dexie", () => {
  it('is opened as it is, and never made where it is not there', async () => {
    await createContact({ fullName: 'Hana Tanaka' });
    const database = await openExisting(DATABASE_NAME);
    expect([...database.objectStoreNames]).toContain(CONTACT_WORDS);
    database.close();
    await expect(openExisting('tend-never-made')).rejects.toThrow("Tend's database could not be opened");
    expect((await indexedDB.databases()).map((known) => known.name)).not.toContain('tend-never-made');
  });

  it('is refused at an older schema, left for Dexie to upgrade', async () => {
    db.close({ disableAutoOpen: false });
    await db.delete({ disableAutoOpen: false });
    const older = indexedDB.open(DATABASE_NAME, (SCHEMA_VERSION - 1) * 10);
    older.onupgradeneeded = () => older.result.createObjectStore('contacts', { keyPath: 'id' });
    await new Promise<void>((resolve) => {
      older.onsuccess = () => {
        older.result.close();
        resolve();
      };
    });
    await expect(openExisting(DATABASE_NAME)).rejects.toThrow(`is at version ${(SCHEMA_VERSION - 1) * 10}`);
    // Still there, as it was, for the panel's upgrade.
    const after = await indexedDB.databases();
    expect(after.find((known) => known.name === DATABASE_NAME)?.version).toBe((SCHEMA_VERSION - 1) * 10);
  });
});
