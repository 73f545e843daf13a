import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TendDb } from '../../../storage/db';

// Every schema version has a populated database here, written with that version's own schema, and
// is upgraded to the latest: every record must survive, and derived fields must be filled in.

const NAME = 'tend-migration-test';
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1, 9);

const V1_STORES = {
  contacts: 'id, &*aliases, *searchWords, accountId, stage, updatedAt, lastTouchAt',
  accounts: 'id, &*aliases, nameLower, domain',
  touches: 'id, contactId, [contactId+at], at, type, [contactId+dedupKey]',
  reminders: 'id, contactId, [status+dueAt], dueAt',
  stageEvents: 'id, contactId, [contactId+at], at',
  callPlans: 'id, contactId, updatedAt',
  clips: 'id, contactId, accountId, clippedAt',
  settings: 'id',
};

function contactV1(id: string, fields: Record<string, unknown>) {
  return {
    id,
    fullName: id,
    emails: [],
    phones: [],
    aliases: [`email:${id.toLowerCase()}@example.com`],
    roles: ['influencer'],
    sources: [],
    tags: [],
    stage: 'nurturing',
    origin: 'sales',
    employment: [],
    searchWords: [id.toLowerCase()],
    createdAt: T0,
    updatedAt: T0,
    ...fields,
  };
}

async function populateV1(): Promise<void> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1
    .table('contacts')
    .bulkAdd([
      contactV1('Ana', { lastTouchAt: T0 + 10 * DAY }),
      contactV1('Bo', { stage: 'do-not-contact' }),
      contactV1('Cy', { cadenceDays: 5 }),
      contactV1('Di', { stage: 'customer' }),
    ]);
  await v1.table('touches').add({
    id: 't1',
    contactId: 'Ana',
    type: 'call',
    direction: 'out',
    at: T0 + 10 * DAY,
    answered: true,
    source: { kind: 'manual' },
    createdAt: T0,
  });
  await v1.table('reminders').add({ id: 'r1', contactId: 'Ana', dueAt: T0 + DAY, status: 'open', createdAt: T0 });
  await v1.table('stageEvents').add({ id: 's1', contactId: 'Ana', to: 'nurturing', at: T0 });
  await v1.table('accounts').add({ id: 'a1', name: 'Acme', nameLower: 'acme', aliases: [], tags: [], createdAt: T0, updatedAt: T0 });
  await v1.table('callPlans').add({ id: 'p1', contactId: 'Ana', goal: 'Renewal', objections: [], createdAt: T0, updatedAt: T0 });
  await v1.table('clips').add({ id: 'k1', contactId: 'Ana', url: 'https://example.com/a', title: 'A', text: 'Body', clippedAt: T0 });
  // The rep had changed the customer cadence before the upgrade; the upgrade must honour it.
  await v1.table('settings').put({ id: 'settings', cadenceByStage: { customer: 90 }, neverLog: ['@tend.invalid'] });
  v1.close();
}

// Due dates are local calendar days; the expectations below are written in UTC.
const originalTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'UTC';
});
afterEach(async () => {
  process.env.TZ = originalTz;
  await Dexie.delete(NAME);
});

describe('schema upgrades', () => {
  it('upgrades a populated version 1 database to the latest without losing a record', async () => {
    await populateV1();
    const db = new TendDb(NAME);
    await db.open();
    expect(db.verno).toBe(4);
    const counts = await Promise.all([
      db.contacts.count(),
      db.touches.count(),
      db.reminders.count(),
      db.stageEvents.count(),
      db.accounts.count(),
      db.callPlans.count(),
      db.clips.count(),
    ]);
    expect(counts).toEqual([4, 1, 1, 1, 1, 1, 1]);
    const due = Object.fromEntries((await db.contacts.toArray()).map((contact) => [contact.id, contact.nextDueAt]));
    expect(due).toEqual({ Ana: T0 + 40 * DAY, Bo: undefined, Cy: T0 + 5 * DAY, Di: T0 + 90 * DAY });
    // The new index answers queries.
    expect(
      (
        await db.contacts
          .where('nextDueAt')
          .below(T0 + 30 * DAY)
          .toArray()
      ).map((contact) => contact.id),
    ).toEqual(['Cy']);
    expect((await db.contacts.get('Ana'))?.roles).toEqual(['influencer']);
    expect((await db.settings.get('settings'))?.neverLog).toEqual(['@tend.invalid']);
    // Version 3's look-up cache starts empty and answers by its indexes.
    expect(await db.crmLookups.where('crm').equals('hubspot').count()).toBe(0);
    // Version 4's search words are there for every contact.
    expect((await db.contactWords.toArray()).map((entry) => [entry.id, entry.words]).sort()).toEqual([
      ['Ana', '\nana'],
      ['Bo', '\nbo'],
      ['Cy', '\ncy'],
      ['Di', '\ndi'],
    ]);
    db.close();
  });
});

describe('the latest schema', () => {
  it('upgrades a populated version 2 database to version 3, keeping every record as it was', async () => {
    await populateV1();
    const v2 = new Dexie(NAME);
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores({ contacts: 'id, &*aliases, *searchWords, accountId, stage, updatedAt, lastTouchAt, nextDueAt' });
    await v2.open();
    await v2.table('contacts').update('Ana', { hubspotId: '901', nextDueAt: T0 + 40 * DAY });
    const before = Object.fromEntries(await Promise.all(v2.tables.map(async (table) => [table.name, await table.toArray()])));
    v2.close();

    const db = new TendDb(NAME);
    await db.open();
    expect(db.verno).toBe(4);
    const after = Object.fromEntries(
      await Promise.all(
        db.tables
          .filter((table) => !['crmLookups', 'contactWords'].includes(table.name))
          .map(async (table) => [table.name, await table.toArray()]),
      ),
    );
    expect(after).toEqual(before);
    expect((await db.contacts.get('Ana'))?.hubspotId).toBe('901');
    await db.crmLookups.put({ key: 'hubspot:person:ana@example.com|||', crm: 'hubspot', checkedAt: T0, facts: null });
    expect(
      await db.crmLookups
        .where('checkedAt')
        .below(T0 + 1)
        .count(),
    ).toBe(1);
    db.close();
  });

  it('upgrades a populated version 3 database to version 4: every record as it was, and every contact searchable by its words', async () => {
    await populateV1();
    const v3 = new Dexie(NAME);
    v3.version(1).stores(V1_STORES);
    v3.version(2).stores({ contacts: 'id, &*aliases, *searchWords, accountId, stage, updatedAt, lastTouchAt, nextDueAt' });
    v3.version(3).stores({ crmLookups: 'key, crm, checkedAt' });
    await v3.open();
    await v3.table('contacts').update('Ana', { searchWords: ['ana', 'castillo', 'globex'] });
    await v3.table('crmLookups').put({ key: 'pipedrive:person:x|||', crm: 'pipedrive', checkedAt: T0, facts: null });
    const before = Object.fromEntries(await Promise.all(v3.tables.map(async (table) => [table.name, await table.toArray()])));
    v3.close();

    const db = new TendDb(NAME);
    await db.open();
    expect(db.verno).toBe(4);
    const after = Object.fromEntries(
      await Promise.all(
        db.tables.filter((table) => table.name !== 'contactWords').map(async (table) => [table.name, await table.toArray()]),
      ),
    );
    expect(after).toEqual(before);
    const words = await db.contactWords.toArray();
    expect(words.map((entry) => [entry.id, entry.words]).sort()).toEqual([
      ['Ana', '\nana\ncastillo\nglobex'],
      ['Bo', '\nbo'],
      ['Cy', '\ncy'],
      ['Di', '\ndi'],
    ]);
    // Writes after the upgrade continue the sequence the followers read.
    const last = Math.max(...words.map((entry) => entry.seq));
    await db.contacts.update('Bo', { searchWords: ['bo', 'lindqvist'] });
    expect(await db.contactWords.get('Bo')).toEqual({
      id: 'Bo',
      words: '\nbo\nlindqvist',
      seq: last + 1,
      summary: { id: 'Bo', fullName: 'Bo', stage: 'do-not-contact' },
    });
    db.close();
  });

  it('opens a populated latest database, written with its own schema, keeping every record as it was', async () => {
    await populateV1();
    const upgraded = new TendDb(NAME);
    await upgraded.open();
    const before = Object.fromEntries(await Promise.all(upgraded.tables.map(async (table) => [table.name, await table.toArray()])));
    upgraded.close();

    const reopened = new TendDb(NAME);
    await reopened.open();
    expect(reopened.verno).toBe(4);
    const after = Object.fromEntries(await Promise.all(reopened.tables.map(async (table) => [table.name, await table.toArray()])));
    expect(after).toEqual(before);
    // 11 records and the four contacts' search words.
    expect(Object.values(after).flat()).toHaveLength(15);
    reopened.close();
  });
});
