import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pipedriveClient } from '../../../../utils/crm/pipedrive-client';
import { pipedriveService } from '../../../../utils/crm/pipedrive-service';
import { type PushContact, type PushTouch, pushToCrm } from '../../../../utils/crm/push';
import { verifyConnection } from '../../../../utils/crm/services';
import { FakePipedrive, LINKEDIN_FIELD, STAGE_FIELD, serveFakePipedrive } from '../../../support/fake-pipedrive';

let fake: FakePipedrive;
let server: { url: string; close: () => Promise<void> };
const waits: number[] = [];

beforeEach(async () => {
  fake = new FakePipedrive();
  server = await serveFakePipedrive(fake);
  waits.length = 0;
});
afterEach(async () => {
  await server.close();
});

const toFake = (url: string, init: Parameters<typeof fetch>[1]) => fetch(url.replace('https://api.pipedrive.com', server.url), init);
const client = (token = fake.token) =>
  pipedriveClient({
    fetch: toFake,
    token,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
const service = (token?: string, stageProperty?: string) =>
  pipedriveService(client(token), { companyDomain: fake.companyDomain, stageProperty });

const contact = (id: string, fields: Partial<PushContact> = {}): PushContact => ({
  id,
  fullName: `Person ${id}`,
  emails: [`${id}@example.com`],
  phones: [],
  stage: 'nurturing',
  ...fields,
});
const touch = (id: string, contactId: string, at: number, summary = `call ${id}`): PushTouch => ({
  id,
  contactId,
  type: 'call',
  direction: 'out',
  answered: true,
  at,
  summary,
});

async function push(contacts: PushContact[], touches: PushTouch[], token?: string, stageProperty?: string) {
  return pushToCrm(contacts, touches, service(token, stageProperty), {
    onContact: async (id, remoteId) => {
      const found = contacts.find((one) => one.id === id);
      if (found) found.pipedriveId = remoteId;
    },
    onNote: async (id, noteId) => {
      const found = touches.find((one) => one.id === id);
      if (found) found.pipedriveNoteId = noteId;
    },
  });
}

function seedGlobex() {
  const berg = fake.user('Jonas Berg', 'j.berg@acme-sales.example');
  const globex = fake.organization({ name: 'Globex', owner_id: berg.id, open_deals_count: 2 });
  const ana = fake.person({
    name: 'Ana Castillo',
    email: 'ana@globex.example',
    owner_id: berg.id,
    org_id: globex.id,
    label: 5,
    open_deals_count: 1,
    last_activity_date: '2026-11-03',
    custom: { [LINKEDIN_FIELD]: 'https://www.linkedin.com/in/ana-castillo' },
  });
  return { berg, globex, ana };
}

describe('Pipedrive look-up', () => {
  it('finds a person by email with owner, label, last activity, open deals and a link', async () => {
    const { ana } = seedGlobex();
    expect(await service().findPerson({ emails: ['Ana@Globex.example'] })).toEqual({
      crm: 'pipedrive',
      kind: 'person',
      recordId: String(ana.id),
      url: `https://acme-sales.pipedrive.com/person/${ana.id}`,
      name: 'Ana Castillo',
      owner: 'Jonas Berg',
      status: 'Hot lead',
      lastActivityAt: Date.UTC(2026, 10, 3),
      openDeals: 1,
      matchedBy: 'email',
    });
  });

  it('falls back to the LinkedIn URL custom field, then to name with an address at the domain', async () => {
    const { ana } = seedGlobex();
    const byLinkedIn = await service().findPerson({ emails: ['x@else.example'], linkedinUrl: 'https://www.linkedin.com/in/ana-castillo' });
    expect([byLinkedIn?.recordId, byLinkedIn?.matchedBy]).toEqual([String(ana.id), 'linkedin']);
    const byName = await service().findPerson({ emails: [], fullName: 'ana castillo', companyDomain: 'globex.example' });
    expect([byName?.recordId, byName?.matchedBy]).toEqual([String(ana.id), 'name-domain']);
    expect(await service().findPerson({ emails: [], fullName: 'Ana Castillo', companyDomain: 'initech.example' })).toBeNull();
  });

  it('finds an organization by exact name', async () => {
    const { globex } = seedGlobex();
    expect(await service().findCompany({ name: 'globex' })).toMatchObject({
      recordId: String(globex.id),
      owner: 'Jonas Berg',
      openDeals: 2,
      url: `https://acme-sales.pipedrive.com/organization/${globex.id}`,
    });
    expect(await service().findCompany({ name: 'Glob' })).toBeNull();
  });

  it('connects: checks the token and learns the company subdomain and the rep', async () => {
    expect(await verifyConnection('pipedrive', fake.token, toFake, [], 7)).toEqual({
      crm: 'pipedrive',
      token: fake.token,
      companyDomain: 'acme-sales',
      me: { ownerId: '11', name: 'Riley Rep' },
      connectedAt: 7,
    });
    await expect(verifyConnection('pipedrive', 'f'.repeat(40), toFake, [], 7)).rejects.toThrow('Pipedrive refused the token (401)');
  });
});

describe('Pipedrive pull', () => {
  it('reads every person of an organization page by page, with owners', async () => {
    const { globex } = seedGlobex();
    for (const name of ['Bo Li', 'Cy Park', 'Di Ross'])
      fake.person({ name, email: `${name.split(' ')[0]?.toLowerCase()}@globex.example`, org_id: globex.id });
    fake.person({ name: 'Elsewhere Person', email: 'e@initech.example' });
    fake.pageSize = 2;
    const { company, people } = await service().companyPeople({ name: 'Globex' });
    expect(company?.recordId).toBe(String(globex.id));
    expect(
      people.map((person) =>
        'fields' in person ? [person.fields.fullName, person.fields.crmOwner, person.fields.companyName] : person.rejected,
      ),
    ).toEqual([
      ['Ana Castillo', 'Jonas Berg', 'Globex'],
      ['Bo Li', 'Riley Rep', 'Globex'],
      ['Cy Park', 'Riley Rep', 'Globex'],
      ['Di Ross', 'Riley Rep', 'Globex'],
    ]);
    expect(fake.requests.filter((request) => request.path.endsWith('/persons') && request.method === 'GET')).toHaveLength(2);
  });
});

describe('Pipedrive pull without an organization', () => {
  it('brings the people with an address at the company’s domain, page by page, and no one else', async () => {
    for (let n = 0; n < 5; n++) fake.person({ name: `P${n} Initech`, email: `p${n}@initech.example` });
    fake.person({ name: 'Look Alike', email: 'someone@initech.example.org' });
    fake.pageSize = 2;
    const { company, people } = await service().companyPeople({ name: 'Initech', domain: 'initech.example' });
    expect(company).toBeNull();
    expect(people.map((person) => ('fields' in person ? person.fields.fullName : person.rejected))).toEqual([
      'P0 Initech',
      'P1 Initech',
      'P2 Initech',
      'P3 Initech',
      'P4 Initech',
    ]);
  });
});

describe('push to Pipedrive against a local server', () => {
  it('creates people, links their organization, adds notes as text, and a second push doubles nothing', async () => {
    const { ana, globex } = seedGlobex();
    const contacts = [
      contact('ana', { fullName: 'Ana Castillo', emails: ['ana@globex.example'], companyName: 'Globex', stage: 'engaged' }),
      contact('bo', { fullName: 'Bo <b>Li</b>', companyName: 'Initech', phones: ['+49 30 1234567'] }),
    ];
    const touches = [touch('t1', 'ana', Date.UTC(2026, 10, 20, 9, 30), 'Pilot <script>x</script> & plan'), touch('t2', 'bo', 2_000)];
    const first = await push(contacts, touches, undefined, STAGE_FIELD);
    expect([first.contactsPushed, first.notesAdded, first.stopped]).toEqual([2, 2, undefined]);
    expect(contacts[0]?.pipedriveId).toBe(String(ana.id));
    expect(ana.custom[STAGE_FIELD]).toBe('engaged');
    expect(ana.owner_id).not.toBe(11);
    expect(ana.org_id).toBe(globex.id);
    const bo = fake.persons.get(Number(contacts[1]?.pipedriveId));
    expect(bo?.phone[0]?.value).toBe('+49 30 1234567');
    expect(fake.organizations.get(bo?.org_id ?? -1)?.name).toBe('Initech');
    expect(fake.notes.map((note) => [note.person_id, note.content, note.add_time])).toEqual([
      [ana.id, 'call (outbound)<br>Pilot &lt;script&gt;x&lt;/script&gt; &amp; plan', '2026-11-20 09:30:00'],
      [bo?.id, 'call (outbound)<br>call t2', '1970-01-01 00:00:02'],
    ]);

    const second = await push(contacts, touches, undefined, STAGE_FIELD);
    expect([second.contactsPushed, second.notesAdded]).toEqual([2, 0]);
    expect(fake.persons.size).toBe(2);
    expect(fake.organizations.size).toBe(2);
    expect(fake.notes).toHaveLength(2);
  });

  it('looks an organization up once per push, however many people work there', async () => {
    const contacts = ['a', 'b', 'c'].map((id) => contact(id, { companyName: 'Initech' }));
    await push(contacts, []);
    expect(fake.organizations.size).toBe(1);
    expect(fake.requests.filter((request) => request.path.startsWith('/v1/organizations')).map((request) => request.method)).toEqual([
      'GET',
      'POST',
    ]);
    expect([...fake.persons.values()].every((person) => person.org_id === [...fake.organizations.keys()][0])).toBe(true);
  });

  it('waits out 429s by Retry-After, else by x-ratelimit-reset', async () => {
    fake.rateLimitNext = 1;
    fake.retryAfterSeconds = '4';
    await push([contact('ana')], []);
    fake.rateLimitNext = 1;
    fake.retryAfterSeconds = '';
    fake.rateLimitResetSeconds = '2';
    await push([contact('bo')], []);
    expect(waits).toEqual([4_000, 2_000]);
  });

  it('stops on a revoked token, and re-creates a person deleted since the last push', async () => {
    const report = await push([contact('ana'), contact('bo')], [], 'f'.repeat(40));
    expect(report.stopped).toMatch(/Pipedrive refused the token \(401\)/);
    expect(fake.requests).toHaveLength(1);
    const contacts = [contact('ana')];
    await push(contacts, []);
    fake.persons.clear();
    await push(contacts, []);
    expect(fake.persons.size).toBe(1);
    expect(fake.persons.has(Number(contacts[0]?.pipedriveId))).toBe(true);
  });

  it('lists its editable text fields for the stage', async () => {
    expect(await service().textProperties()).toEqual([
      { name: LINKEDIN_FIELD, label: 'LinkedIn URL' },
      { name: STAGE_FIELD, label: 'Tend stage' },
    ]);
  });
});
