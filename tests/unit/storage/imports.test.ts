import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findContactByAliases, getContact } from '../../../storage/contact-reads';
import { createContact, stageHistory } from '../../../storage/contacts';
import { db } from '../../../storage/db';
import { commitImport, type Decision, planImport } from '../../../storage/imports';
import { profileAlias } from '../../../utils/identity';
import type { ImportRow } from '../../../utils/io/import-row';
import { parseLinkedInConnections } from '../../../utils/io/linkedin-connections';
import { Contact } from '../../../utils/model/contact';
import { contactsFrom } from '../../support/many-contacts';
import { fixture } from '../fixtures';

const rows = () => parseLinkedInConnections(fixture('exports/linkedin-connections.csv')).rows;

describe('planImport', () => {
  it('sorts rows into new, duplicates (by alias, and within the file), possible and rejected', async () => {
    await createContact({ fullName: 'Wei Zhang', emails: ['wei@initech.example'], companyName: 'Initech' });
    await createContact({ fullName: 'Marta Nowak', companyName: 'Hooli' });
    const plan = await planImport(rows());
    expect(plan.items.map((item) => [item.line, item.kind])).toEqual([
      [5, 'new'],
      [6, 'new'],
      [7, 'new'],
      [8, 'duplicate'],
      [9, 'rejected'],
      [10, 'rejected'],
      [11, 'rejected'],
      [12, 'duplicate'],
      [13, 'possible'],
      [14, 'new'],
    ]);
    expect(plan.counts).toEqual({ new: 4, duplicate: 2, possible: 1, rejected: 3 });
    expect(plan.items.find((item) => item.line === 12)?.match).toMatchObject({ line: 8 });
    expect(plan.items.find((item) => item.line === 13)?.match?.fullName).toBe('Marta Nowak');
  });

  it('finds a possible duplicate among thousands kept, read a chunk at a time, and never one deleted', async () => {
    const many = contactsFrom(0, 2_100, Date.now()).map((contact) => Contact.parse(contact));
    await db.contacts.bulkAdd(many);
    // Ids after every bench contact's: Marta is in the last chunk read; her deleted namesake before her.
    const like = (id: string) => Contact.parse({ ...many[1], id, fullName: 'Marta Nowak', companyName: 'Hooli', aliases: [], emails: [] });
    await db.contacts.bulkAdd([like('y-deleted'), like('z-kept')]);
    await db.contacts.delete('y-deleted');
    const plan = await planImport(rows());
    expect(plan.items.find((item) => item.line === 13)).toMatchObject({
      kind: 'possible',
      match: { id: 'z-kept', fullName: 'Marta Nowak' },
    });
    expect(plan.counts.possible).toBe(1);
  });
});

describe('commitImport', () => {
  it('refuses to write while a possible duplicate waits for a decision', async () => {
    await createContact({ fullName: 'Marta Nowak', companyName: 'Hooli' });
    const plan = await planImport(rows());
    await expect(commitImport(plan, new Map())).rejects.toMatchObject({ name: 'UndecidedDuplicatesError', count: 1 });
    expect(await db.contacts.count()).toBe(1);
  });

  it('adds the new, merges duplicates without overwriting, and follows the decisions', async () => {
    const wei = await createContact({ fullName: 'Wei Zhang', emails: ['wei@initech.example'], companyName: 'Initech', title: 'CIO' });
    const marta = await createContact({ fullName: 'Marta Nowak', companyName: 'Hooli' });
    const plan = await planImport(rows());
    const progress: number[] = [];
    const result = await commitImport(plan, new Map<number, Decision>([[13, 'merge']]), (done) => progress.push(done), 5_000);
    expect(result).toEqual({ added: 4, merged: 2, skipped: 4 });
    expect(progress.at(-1)).toBe(plan.items.length);
    expect(await db.contacts.count()).toBe(6);

    const mergedWei = await getContact(wei.id);
    expect(mergedWei?.title).toBe('CIO');
    expect(mergedWei?.linkedinUrl).toBe('https://www.linkedin.com/in/wei-zhang-initech');
    expect((await getContact(marta.id))?.linkedinUrl).toBe('https://www.linkedin.com/in/marta-nowak-pl');

    const jose = await findContactByAliases([profileAlias('https://www.linkedin.com/in/josé-álvarez') ?? '']);
    expect(jose).toMatchObject({ fullName: 'José Álvarez', origin: 'import', stage: 'new', createdAt: 5_000 });
    expect(jose?.employment).toEqual([{ title: 'Partner', company: 'Wayne, Kent & Partners', observedAt: 5_000, source: 'import' }]);
    expect(jose?.nextDueAt).toBeGreaterThan(5_000);
    expect(await stageHistory(jose?.id ?? '')).toHaveLength(1);
  });

  it('writes nothing at all when one record cannot be written', async () => {
    const plan = await planImport(rows());
    // Someone takes one of the file's LinkedIn URLs between the preview and the import.
    await createContact({ fullName: 'Other Ana', linkedinUrl: 'https://www.linkedin.com/in/ana-castillo-globex' });
    await expect(commitImport(plan, new Map())).rejects.toThrow();
    expect(await db.contacts.count()).toBe(1);
    expect(await db.stageEvents.count()).toBe(1);
  });
});

describe('an import of many steps', () => {
  /** `count` people, each with a profile of their own; the rows at `kept` carry the email of someone kept. */
  const manyRows = (count: number, kept: Map<number, string>): ImportRow[] =>
    Array.from({ length: count }, (_, n) => ({
      line: n + 2,
      fields: {
        fullName: `Person ${n}`,
        linkedinUrl: `https://www.linkedin.com/in/person-${n}`,
        emails: kept.has(n) ? [kept.get(n) ?? ''] : [],
        tags: [],
        phones: [],
        origin: 'import' as const,
      },
    }));

  it('writes every step, merges between them, and gives every contact its own search words in order', async () => {
    const kept = await Promise.all([10, 130, 260].map((n) => createContact({ fullName: `Kept ${n}`, emails: [`kept${n}@example.com`] })));
    const plan = await planImport(manyRows(400, new Map([10, 130, 260].map((n) => [n, `kept${n}@example.com`]))));
    const progress: number[] = [];
    const result = await commitImport(plan, new Map(), (done) => progress.push(done));
    expect(result).toEqual({ added: 397, merged: 3, skipped: 0 });
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(400);
    expect(progress.length).toBeGreaterThan(2);
    expect(await db.contacts.count()).toBe(400);
    for (const contact of kept) expect((await getContact(contact.id))?.linkedinUrl).toMatch(/person-(10|130|260)$/);
    const words = await db.contactWords.toArray();
    expect(words).toHaveLength(400);
    expect(new Set(words.map((entry) => entry.seq)).size).toBe(words.length);
  });

  it('writes nothing when its last step cannot be written, after earlier steps were', async () => {
    const plan = await planImport(manyRows(400, new Map()));
    await createContact({ fullName: 'Taken meanwhile', linkedinUrl: 'https://www.linkedin.com/in/person-390' });
    await expect(commitImport(plan, new Map())).rejects.toThrow();
    expect(await db.contacts.count()).toBe(1);
    expect(await db.contactWords.count()).toBe(1);
    expect(await db.stageEvents.count()).toBe(1);
  });
});

describe('imports of damaged files (fuzzed)', () => {
  it('either write every planned contact or nothing, never a part', async () => {
    const real = fixture('exports/linkedin-connections.csv');
    await fc.assert(
      fc.asyncProperty(fc.nat(real.length), fc.nat(300), fc.string({ maxLength: 30 }), fc.boolean(), async (at, cut, insert, clash) => {
        await db.delete({ disableAutoOpen: false });
        const parsed = parseLinkedInConnections(real.slice(0, at) + insert + real.slice(at + cut));
        const plan = await planImport(parsed.rows);
        // Sometimes a LinkedIn URL of the file is taken meanwhile, so the write must fail as a whole.
        const taken = plan.items.find((item) => item.kind === 'new' && item.fields?.linkedinUrl)?.fields?.linkedinUrl;
        if (clash && taken) await createContact({ fullName: 'Taken meanwhile', linkedinUrl: taken });
        const before = await db.contacts.count();
        const decisions = new Map(plan.items.filter((item) => item.kind === 'possible').map((item) => [item.line, 'skip' as const]));
        try {
          const result = await commitImport(plan, decisions);
          expect(await db.contacts.count()).toBe(before + result.added);
        } catch {
          expect(await db.contacts.count()).toBe(before);
        }
      }),
      { numRuns: 60 },
    );
  });
});
