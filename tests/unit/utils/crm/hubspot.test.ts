import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubspotClient } from '../../../../utils/crm/hubspot-client';
import { type PushContact, type PushTouch, pushToHubSpot } from '../../../../utils/crm/hubspot-push';
import { FakeHubSpot, serveFakeHubSpot } from '../../../support/fake-hubspot';

let fake: FakeHubSpot;
let server: { url: string; close: () => Promise<void> };
const waits: number[] = [];

beforeEach(async () => {
  fake = new FakeHubSpot();
  server = await serveFakeHubSpot(fake);
  waits.length = 0;
});
afterEach(async () => {
  await server.close();
});

const client = (token = fake.token) =>
  hubspotClient({
    fetch: (url, init) => fetch(url, init),
    token,
    baseUrl: server.url,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });

function contact(id: string, fields: Partial<PushContact> = {}): PushContact {
  return { id, fullName: `Person ${id}`, emails: [`${id}@example.com`], phones: [], stage: 'nurturing', ...fields };
}
const touch = (id: string, contactId: string, at: number): PushTouch => ({
  id,
  contactId,
  type: 'call',
  direction: 'out',
  answered: true,
  at,
  summary: `call ${id}`,
});

/** Runs a push the way the panel does: remote ids written back as they come. */
async function push(contacts: PushContact[], touches: PushTouch[], token?: string) {
  const report = await pushToHubSpot(contacts, touches, client(token), {
    onContact: async (id, hubspotId) => {
      const found = contacts.find((one) => one.id === id);
      if (found) found.hubspotId = hubspotId;
    },
    onNote: async (id, noteId) => {
      const found = touches.find((one) => one.id === id);
      if (found) found.hubspotNoteId = noteId;
    },
  });
  return report;
}

describe('push to HubSpot against a local server', () => {
  it('creates contacts and notes, and a second push creates nothing new', async () => {
    const contacts = [contact('ana', { fullName: 'Ana Castillo', companyName: 'Globex', title: 'CFO' }), contact('bo')];
    const touches = [touch('t1', 'ana', 1_000), touch('t2', 'ana', 2_000), touch('t3', 'bo', 3_000)];
    expect(await push(contacts, touches)).toEqual({ contactsPushed: 2, notesAdded: 3, skipped: [], failed: [] });
    expect(fake.contacts.size).toBe(2);
    expect([...fake.contacts.values()][0]?.properties).toMatchObject({
      email: 'ana@example.com',
      firstname: 'Ana',
      lastname: 'Castillo',
      company: 'Globex',
      jobtitle: 'CFO',
    });
    expect(fake.notes.map((note) => note.properties.hs_note_body)).toEqual([
      'call (outbound)\ncall t1',
      'call (outbound)\ncall t2',
      'call (outbound)\ncall t3',
    ]);

    contacts[0] = { ...(contacts[0] as PushContact), title: 'CEO' };
    expect(await push(contacts, touches)).toEqual({ contactsPushed: 2, notesAdded: 0, skipped: [], failed: [] });
    expect(fake.contacts.size).toBe(2);
    expect(fake.notes).toHaveLength(3);
    expect([...fake.contacts.values()][0]?.properties.jobtitle).toBe('CEO');
  });

  it('matches a contact HubSpot already has by email (409) and updates it', async () => {
    await client().upsertContact({ email: 'ana@example.com', firstname: 'A.' });
    const contacts = [contact('ana', { fullName: 'Ana Castillo' })];
    expect((await push(contacts, [])).contactsPushed).toBe(1);
    expect(fake.contacts.size).toBe(1);
    expect(contacts[0]?.hubspotId).toBe('1000');
    expect(fake.requests.map((request) => request.status)).toEqual([201, 409, 200]);
  });

  it('waits out rate limits as HubSpot asks, then carries on', async () => {
    fake.rateLimitNext = 2;
    fake.retryAfterSeconds = '3';
    expect((await push([contact('ana')], [touch('t1', 'ana', 1)])).notesAdded).toBe(1);
    expect(waits).toEqual([3_000, 3_000]);
  });

  it('backs off exponentially without Retry-After, and reports the record when HubSpot keeps refusing', async () => {
    fake.rateLimitNext = 10;
    fake.retryAfterSeconds = '';
    const report = await push([contact('ana'), contact('bo')], []);
    expect(waits).toEqual([500, 1_000, 2_000, 4_000, 500, 1_000, 2_000, 4_000]);
    expect(report.failed.map((failure) => failure.name)).toEqual(['Person ana', 'Person bo']);
    expect(report.failed[0]?.reason).toMatch(/429/);
  });

  it('stops at once on a rejected token (401), pushing nothing', async () => {
    const report = await push([contact('ana'), contact('bo')], [], 'pat-wrong');
    expect(report.stopped).toMatch(/refused the token \(401\)/);
    expect(report.contactsPushed).toBe(0);
    expect(fake.requests).toHaveLength(1);
  });

  it('reports per-record failures and skips, and goes on with the others', async () => {
    const report = await push(
      [contact('bad', { emails: ['bad@x'] }), contact('none', { emails: [] }), contact('gone', { stage: 'do-not-contact' }), contact('ok')],
      [],
    );
    expect(report.contactsPushed).toBe(1);
    expect(report.failed).toEqual([
      { name: 'Person bad', reason: expect.stringMatching(/^HubSpot said 400: Property values were not valid/) },
    ]);
    expect(report.skipped).toEqual([
      { name: 'Person gone', reason: 'do not contact' },
      { name: 'Person none', reason: 'no email address (HubSpot matches contacts by email)' },
    ]);
  });

  it('re-creates a contact deleted in HubSpot since the last push', async () => {
    const contacts = [contact('ana')];
    await push(contacts, []);
    fake.contacts.clear();
    await push(contacts, []);
    expect(fake.contacts.size).toBe(1);
    expect(fake.requests.slice(-2).map((request) => request.status)).toEqual([404, 201]);
  });
});
