import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { eraseAll } from '../../../storage/backup';
import { searchContacts, searchInMemory } from '../../../storage/contact-search';
import { RESET } from '../../../storage/contact-words';
import { createContact, updateContact } from '../../../storage/contacts';
import { db, TendDb } from '../../../storage/db';
import { fillSearchTable, lookUp, onSearchTableChange } from '../../../storage/search-table';
import { wordsOf } from '../../../utils/search-words';
import { keepBulkContacts } from '../../support/bulk-contacts';

const FIRST = ['Anna', 'Ana', 'Hana', 'Hanako', 'Zoë', 'Zoran'];
const LAST = ['Müller', 'Muller', 'Tanaka', 'Okafor', 'García'];
const COMPANY = ['Globex', 'Global Tanaka', 'Initech', 'Acme'];

const names = (contacts: { fullName: string }[]) => contacts.map((contact) => contact.fullName).sort();

/** What the index search finds for `query`: every record read, each checked word by word. */
async function expected(query: string): Promise<string[]> {
  const words = wordsOf(query);
  const all = await db.contacts.toArray();
  return names(all.filter((contact) => words.every((word) => contact.searchWords.some((own) => own.startsWith(word)))));
}

describe('the in-memory search table', () => {
  it('finds exactly what the words in the database match, for generated contacts and queries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST), fc.constantFrom(...COMPANY), fc.nat(99)), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.array(fc.constantFrom('a', 'an', 'hana', 'mu', 'mül', 'ta', 'g', 'glo', 'zo', 'o', 'acme', '1', 'x'), {
          minLength: 1,
          maxLength: 3,
        }),
        async (people, queryWords) => {
          await eraseAll();
          for (const [first, last, company, n] of people) await createContact({ fullName: `${first} ${last} ${n}`, companyName: company });
          await fillSearchTable();
          const query = queryWords.join(' ');
          expect(lookUp(wordsOf(query), 1_000)).not.toBeNull();
          expect(names(await searchContacts(query, 1_000))).toEqual(await expected(query));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('follows contacts created, renamed and erased after it was filled, and says so', async () => {
    await createContact({ fullName: 'Anna Müller', companyName: 'Globex' });
    await fillSearchTable();
    let changes = 0;
    const stop = onSearchTableChange(() => changes++);
    const hana = await createContact({ fullName: 'Hana Tanaka', companyName: 'Globex' });
    await fillSearchTable();
    expect(names(await searchContacts('glo'))).toEqual(['Anna Müller', 'Hana Tanaka']);
    expect(changes).toBeGreaterThan(0);

    await updateContact(hana.id, { fullName: 'Hana Okafor', companyName: 'Initech' });
    await fillSearchTable();
    expect(names(await searchContacts('glo'))).toEqual(['Anna Müller']);
    expect(names(await searchContacts('hana ini'))).toEqual(['Hana Okafor']);
    expect(await searchContacts('tanaka')).toEqual([]);

    // Erasing clears whole tables, a change too big to follow record by record: the table is read again.
    await eraseAll();
    await createContact({ fullName: 'Zoran Acme' });
    expect(lookUp(['zoran'], 10)).toBeNull();
    await fillSearchTable();
    expect(lookUp(['anna'], 10)).toEqual([]);
    expect(names(await searchContacts('zoran'))).toEqual(['Zoran Acme']);
    stop();
  });

  it('answers from memory, with what a result row shows, once ready', async () => {
    const ana = await createContact({ fullName: 'Ana Castillo', companyName: 'Globex', title: 'CFO' });
    await createContact({ fullName: 'Anna Müller' });
    await fillSearchTable();
    expect(searchInMemory('an glo', 10)).toEqual([
      { id: ana.id, fullName: 'Ana Castillo', companyName: 'Globex', title: 'CFO', stage: 'new' },
    ]);
    expect(searchInMemory('an', 10)?.map((found) => found.fullName)).toEqual(['Ana Castillo', 'Anna Müller']);
  });

  it('holds every contact of a book read in several steps, the last one not full', async () => {
    const template = await keepBulkContacts(4_500);
    await fillSearchTable();
    expect(lookUp(['hana', 'tanaka'], 10_000)).toHaveLength(4_500);
    expect(lookUp(['4499'], 10)?.map((found) => found.fullName)).toEqual(['Hana Tanaka 4499']);
    expect(lookUp(['template'], 10)?.map((found) => found.id)).toEqual([template.id]);
  });

  it('follows changes to contacts read in different steps, each found once, as it is now', async () => {
    const template = await keepBulkContacts(4_500);
    await fillSearchTable();
    // One contact of the first step renamed twice, one of the last deleted, one new between them.
    await updateContact('bulk-0007', { fullName: 'Zoran Okafor' });
    await updateContact('bulk-0007', { fullName: 'Zoran Okafor', companyName: 'Initech' });
    await db.contacts.delete('bulk-4321');
    await db.contacts.add({
      ...template,
      id: 'bulk-2500a',
      aliases: ['email:new@example.com'],
      fullName: 'Zoë Tanaka',
      searchWords: ['zoë', 'tanaka'],
    });
    await fillSearchTable();
    expect(lookUp(['hana', 'tanaka'], 10_000)).toHaveLength(4_498);
    expect(lookUp(['hana'], 10_000)?.filter((found) => found.id === 'bulk-0007')).toEqual([]);
    expect(lookUp(['zo'], 10)).toEqual([
      { id: 'bulk-0007', fullName: 'Zoran Okafor', companyName: 'Initech', stage: 'new' },
      { id: 'bulk-2500a', fullName: 'Zoë Tanaka', stage: 'new' },
    ]);
    expect(lookUp(['4321'], 10)).toEqual([]);
    expect(lookUp(['tanaka'], 10_000)).toHaveLength(4_499);
  });

  it('answers every key of a query typed, corrected and typed again as a search of the whole table would', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST), fc.constantFrom(...COMPANY)), {
          minLength: 1,
          maxLength: 20,
        }),
        // Each query is typed one key at a time (its prefixes), as the rep types it.
        fc.array(fc.constantFrom('hanako tanaka', 'ana glo', 'zoran', 'müller a', 'an', 'mu g'), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(2, 5, 1_000),
        async (people, queries, limit) => {
          await eraseAll();
          for (const [first, last, company] of people) await createContact({ fullName: `${first} ${last}`, companyName: company });
          await fillSearchTable();
          for (const query of queries) {
            for (let length = 1; length <= query.length; length++) {
              const typed = query.slice(0, length);
              const all = await expected(typed);
              const found = names(lookUp(wordsOf(typed), limit) ?? []);
              expect(found).toHaveLength(Math.min(limit, all.length));
              for (const name of found) expect(all).toContain(name);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('finds a contact written between two keys of the same query, and every match again once a key is taken back', async () => {
    await createContact({ fullName: 'Zoran Okafor' });
    await createContact({ fullName: 'Zoë García' });
    await fillSearchTable();
    expect(searchInMemory('zo', 10)?.map((found) => found.fullName)).toEqual(['Zoë García', 'Zoran Okafor']);
    expect(searchInMemory('zor', 10)?.map((found) => found.fullName)).toEqual(['Zoran Okafor']);
    await createContact({ fullName: 'Zora Neale' });
    await fillSearchTable();
    expect(searchInMemory('zora', 10)?.map((found) => found.fullName)).toEqual(['Zora Neale', 'Zoran Okafor']);
    // Shorter words match more than the last scan found: the whole table is searched again.
    expect(searchInMemory('zo', 10)?.map((found) => found.fullName)).toEqual(['Zoë García', 'Zora Neale', 'Zoran Okafor']);
    expect(searchInMemory('zora ok', 10)?.map((found) => found.fullName)).toEqual(['Zoran Okafor']);
    expect(searchInMemory('ok', 10)?.map((found) => found.fullName)).toEqual(['Zoran Okafor']);
  });

  it('stops at the limit', async () => {
    for (let n = 0; n < 12; n++) await createContact({ fullName: `Hana Tanaka ${n}` });
    await fillSearchTable();
    expect(lookUp(['hana', 'tanaka'], 5)).toHaveLength(5);
    expect(await searchContacts('hana t', 5)).toHaveLength(5);
  });
});

describe("the contacts' search words, kept beside them", () => {
  const wordsOf = async () => Object.fromEntries((await db.contactWords.toArray()).map((entry) => [entry.id, entry.words]));

  it('are written in the same transaction as every contact write, each with the next seq, and emptied when a contact goes', async () => {
    const ana = await createContact({ fullName: 'Ana Castillo', companyName: 'Globex' });
    const bo = await createContact({ fullName: 'Bo Lindqvist' });
    await updateContact(ana.id, { companyName: 'Initech' });
    expect(await wordsOf()).toEqual({ [ana.id]: '\nana\ncastillo\ninitech', [bo.id]: '\nbo\nlindqvist' });
    await db.contacts.delete(bo.id);
    expect((await wordsOf())[bo.id]).toBe('');
    const seqs = (await db.contactWords.orderBy('seq').toArray()).map((entry) => entry.seq);
    expect(new Set(seqs).size).toBe(seqs.length);

    // A write that fails leaves the words as they were: they share its transaction.
    await expect(
      db.transaction('rw', db.contacts, async () => {
        await db.contacts.update(ana.id, { searchWords: ['renamed'] });
        throw new Error('cut');
      }),
    ).rejects.toThrow('cut');
    expect((await wordsOf())[ana.id]).toBe('\nana\ncastillo\ninitech');

    // Clearing every contact (erase, restore) leaves a mark that says "read everything again".
    await eraseAll();
    expect(await db.contactWords.toArray()).toEqual([expect.objectContaining({ id: RESET, words: '' })]);
  });

  it('reach a filled search table by themselves, for writes from another page', async () => {
    await createContact({ fullName: 'Anna Müller' });
    await fillSearchTable();
    // Another Tend page: its own connection to the same database.
    const other = new TendDb(db.name);
    const template = await db.contacts.toCollection().first();
    if (!template) throw new Error('no contact');
    const zoran = 'other-page';
    const written = { ...template, id: zoran, aliases: ['email:z@example.com'], fullName: 'Zoran Acme', searchWords: ['zoran', 'acme'] };
    await other.transaction('rw', other.contacts, () => other.contacts.add(written));
    await vi.waitFor(() => expect(lookUp(['zoran'], 10)?.map((found) => found.id)).toEqual([zoran]));
    await other.contacts.delete(zoran);
    await vi.waitFor(() => expect(lookUp(['zoran'], 10)).toEqual([]));
    other.close();
  });
});
