import { createContact } from '../../storage/contacts';
import { db } from '../../storage/db';
import type { Contact } from '../../utils/model/contact';

/**
 * A contact kept the usual way ("Template Person"), and `count` more written straight into the
 * table (their search words are written beside them all the same): "Hana Tanaka <n>", with ids
 * `bulk-0000` on, enough to be read in several steps. Gives the template.
 */
export async function keepBulkContacts(count: number): Promise<Contact> {
  const template = await createContact({ fullName: 'Template Person' });
  await db.contacts.bulkAdd(
    Array.from({ length: count }, (_, n) => ({
      ...template,
      id: `bulk-${String(n).padStart(4, '0')}`,
      aliases: [`email:bulk-${n}@example.com`],
      fullName: `Hana Tanaka ${n}`,
      searchWords: ['hana', 'tanaka', String(n)],
    })),
  );
  return template;
}
