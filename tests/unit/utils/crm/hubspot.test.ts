import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubspotClient } from '../../../../utils/crm/hubspot-client';
import { hubspotService } from '../../../../utils/crm/hubspot-service';
import { type PushContact, type PushTouch, pushToCrm } from '../../../../utils/crm/push';
import { verifyConnection } from '../../../../utils/crm/services';
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
const service = (token?: string, stageProperty?: string) =>
  hubspotService(client(token), { portalId: String(fake.portalId), uiDomain: fake.uiDomain, stageProperty });

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
async function push(contacts: PushContact[], touches: PushTouch[], token?: string, stageProperty?: string) {
  return pushToCrm(contacts, touches, service(token, stageProperty), {
    onContact: async (id, hubspotId) => {
      const found = contacts.find((one) => one.id === id);
      if (found) found.hubspotId = hubspotId;
    },
    onNote: async (id, noteId) => {
      const found = touches.find((one) => one.id === id);
      if (found) found.hubspotNoteId = noteId;
    },
  });
}
const outcomes = (report: Awaited<ReturnType<typeof push>>) =>
  report.records.map((record) => [record.name, record.outcome, record.reason ?? record.notes]);

/** A HubSpot portal with a colleague who owns Ana at Globex, with two deals (one open). */
function seedGlobex() {
  const berg = fake.owner({ email: 'j.berg@acme-sales.example', firstName: 'J.', lastName: 'Berg' });
  const globex = fake.add('companies', { name: 'Globex', domain: 'globex.example', hubspot_owner_id: berg.id, lifecyclestage: 'customer' });
  const ana = fake.add('contacts', {
    email: 'ana@globex.example',
    firstname: 'Ana',
    lastname: 'Castillo',
    jobtitle: 'CFO',
    hs_linkedin_url: 'https://www.linkedin.com/in/ana-castillo',
    hubspot_owner_id: berg.id,
    lifecyclestage: 'opportunity',
    hs_lead_status: 'IN_PROGRESS',
    notes_last_updated: '2026-11-03T10:15:00.000Z',
  });
  fake.associate('contacts', ana.id, 'companies', globex.id);
  const open = fake.add('deals', { dealname: 'Globex pilot', hs_is_closed: 'false' });
  const won = fake.add('deals', { dealname: 'Globex 2025', hs_is_closed: 'true' });
  fake.associate('contacts', ana.id, 'deals', open.id);
  fake.associate('contacts', ana.id, 'deals', won.id);
  return { berg, globex, ana };
}

describe('HubSpot look-up', () => {
  it('finds a person by email with owner, lifecycle and lead status, last activity, open deals and a link', async () => {
    const { ana } = seedGlobex();
    expect(await service().findPerson({ emails: ['ANA@globex.example'] })).toEqual({
      crm: 'hubspot',
      kind: 'person',
      recordId: ana.id,
      url: `https://app-eu1.hubspot.com/contacts/4242/record/0-1/${ana.id}`,
      name: 'Ana Castillo',
      owner: 'J. Berg',
      status: 'opportunity · IN_PROGRESS',
      lastActivityAt: Date.UTC(2026, 10, 3, 10, 15),
      openDeals: 1,
      matchedBy: 'email',
    });
  });

  it('falls back to the LinkedIn URL, then to name at the company with that domain, in that order', async () => {
    const { ana } = seedGlobex();
    const byLinkedIn = await service().findPerson({
      emails: ['other@else.example'],
      linkedinUrl: 'https://www.linkedin.com/in/ana-castillo',
    });
    expect([byLinkedIn?.recordId, byLinkedIn?.matchedBy]).toEqual([ana.id, 'linkedin']);
    const byName = await service().findPerson({ emails: [], fullName: 'Ana Castillo', companyDomain: 'globex.example' });
    expect([byName?.recordId, byName?.matchedBy]).toEqual([ana.id, 'name-domain']);
    expect(await service().findPerson({ emails: [], fullName: 'Ana Castillo', companyDomain: 'initech.example' })).toBeNull();
  });

  it('skips the LinkedIn anchor on a portal without that property, and still matches by name and domain', async () => {
    const { ana } = seedGlobex();
    fake.contactProperties.delete('hs_linkedin_url');
    const found = await service().findPerson({
      emails: [],
      linkedinUrl: 'https://www.linkedin.com/in/ana-castillo',
      fullName: 'Ana Castillo',
      companyDomain: 'globex.example',
    });
    expect([found?.recordId, found?.matchedBy]).toEqual([ana.id, 'name-domain']);
    expect(fake.requests.filter((request) => request.status === 400)).toHaveLength(1);
  });

  it('finds a company by domain, then by name', async () => {
    const { globex } = seedGlobex();
    expect(await service().findCompany({ name: 'Anything', domain: 'globex.example' })).toMatchObject({
      recordId: globex.id,
      kind: 'company',
      owner: 'J. Berg',
      status: 'customer',
      matchedBy: 'domain',
      url: `https://app-eu1.hubspot.com/contacts/4242/record/0-2/${globex.id}`,
    });
    expect((await service().findCompany({ name: 'globex' }))?.matchedBy).toBe('name');
    expect(await service().findCompany({ name: 'Initech' })).toBeNull();
  });

  it('reports a record that fails validation instead of using it', async () => {
    fake.add('contacts', { email: 'ana@globex.example', firstname: 'Ana', lastname: 'Castillo', notes_last_updated: '2026-11-03' });
    const odd = fake.add('contacts', { email: 'x@globex.example', firstname: 'A'.repeat(500) });
    await expect(service().findPerson({ emails: ['x@globex.example'] })).rejects.toThrow(
      `HubSpot record ${odd.id} could not be read (name: Too big`,
    );
  });

  it('connects: checks the token, learns the portal and app host, and the rep as an owner', async () => {
    fake.owner({ email: 'riley@acme-sales.example', firstName: 'Riley', lastName: 'Rep' });
    const connection = await verifyConnection(
      'hubspot',
      fake.token,
      (url, init) => fetch(url.replace('https://api.hubapi.com', server.url), init),
      ['riley.alt@x.example', 'riley@acme-sales.example'],
      5,
    );
    expect(connection).toMatchObject({
      crm: 'hubspot',
      portalId: '4242',
      uiDomain: 'app-eu1.hubspot.com',
      me: { name: 'Riley Rep' },
      connectedAt: 5,
    });
    await expect(
      verifyConnection('hubspot', 'pat-na1-wrong', (url, init) => fetch(url.replace('https://api.hubapi.com', server.url), init), [], 5),
    ).rejects.toThrow('HubSpot refused the token (401)');
  });
});

describe('HubSpot pull', () => {
  it('reads every contact of a company through paged associations and batch reads, with owners', async () => {
    const { globex, berg } = seedGlobex();
    const mia = fake.owner({ email: 'mia@acme-sales.example', firstName: 'Mia', lastName: 'Stone' });
    for (const name of ['Bo Li', 'Cy Park', 'Di Ross', 'Ed Wu']) {
      const [first, last] = name.split(' ') as [string, string];
      const person = fake.add('contacts', {
        email: `${first.toLowerCase()}@globex.example`,
        firstname: first,
        lastname: last,
        hubspot_owner_id: mia.id,
      });
      fake.associate('contacts', person.id, 'companies', globex.id);
    }
    fake.add('contacts', { email: 'nobody@initech.example', firstname: 'Not', lastname: 'There' });
    fake.associationPageSize = 2;
    const { company, people } = await service().companyPeople({ name: 'Globex', domain: 'globex.example' });
    expect(company?.recordId).toBe(globex.id);
    expect(people.map((person) => ('fields' in person ? [person.fields.fullName, person.fields.crmOwner] : person.rejected))).toEqual([
      ['Ana Castillo', 'J. Berg'],
      ['Bo Li', 'Mia Stone'],
      ['Cy Park', 'Mia Stone'],
      ['Di Ross', 'Mia Stone'],
      ['Ed Wu', 'Mia Stone'],
    ]);
    expect(fake.requests.filter((request) => request.path.endsWith('/associations/contacts'))).toHaveLength(3);
    expect(berg.id).toBeTruthy();
  });

  it('without a company record, brings the people with an address at the company’s domain, page by page', async () => {
    for (let n = 0; n < 150; n++) fake.add('contacts', { email: `p${n}@initech.example`, firstname: `P${n}`, lastname: 'Initech' });
    fake.add('contacts', { email: 'x@elsewhere.example', firstname: 'X', lastname: 'Else' });
    const { company, people } = await service().companyPeople({ name: 'Initech', domain: 'initech.example' });
    expect(company).toBeNull();
    expect(people).toHaveLength(150);
    expect(fake.requests.filter((request) => request.path === '/crm/v3/objects/contacts/search')).toHaveLength(2);
    expect(await service().companyPeople({ name: 'Initech' })).toEqual({ company: null, people: [] });
  });

  it('rejects a record with neither name nor email, and says which', async () => {
    const { globex } = seedGlobex();
    const blank = fake.add('contacts', { jobtitle: 'Ghost' });
    fake.associate('contacts', blank.id, 'companies', globex.id);
    const { people } = await service().companyPeople({ name: 'Globex' });
    expect(people.filter((person) => 'rejected' in person)).toEqual([
      { recordId: blank.id, rejected: `HubSpot record ${blank.id} has neither a name nor an email address` },
    ]);
  });
});

describe('push to HubSpot against a local server', () => {
  it('creates contacts, links their company and adds notes; a second push creates nothing new', async () => {
    const contacts = [
      contact('ana', { fullName: 'Ana Castillo', companyName: 'Globex', companyDomain: 'globex.example', title: 'CFO' }),
      contact('bo'),
    ];
    const touches = [touch('t1', 'ana', 1_000), touch('t2', 'ana', 2_000), touch('t3', 'bo', 3_000)];
    const first = await push(contacts, touches);
    expect([first.contactsPushed, first.notesAdded]).toEqual([2, 3]);
    expect(outcomes(first)).toEqual([
      ['Ana Castillo', 'pushed', 2],
      ['Person bo', 'pushed', 1],
    ]);
    expect(fake.contacts.size).toBe(2);
    const ana = [...fake.contacts.values()][0];
    expect(ana?.properties).toMatchObject({
      email: 'ana@example.com',
      firstname: 'Ana',
      lastname: 'Castillo',
      company: 'Globex',
      jobtitle: 'CFO',
    });
    expect([...fake.companies.values()].map((company) => company.properties)).toEqual([{ name: 'Globex', domain: 'globex.example' }]);
    expect(fake.associations.get(`contacts:${ana?.id}:companies`)?.size).toBe(1);
    expect(fake.notes.map((note) => note.properties.hs_note_body)).toEqual([
      'call (outbound)\ncall t1',
      'call (outbound)\ncall t2',
      'call (outbound)\ncall t3',
    ]);

    contacts[0] = { ...(contacts[0] as PushContact), title: 'CEO' };
    const second = await push(contacts, touches);
    expect([second.contactsPushed, second.notesAdded]).toEqual([2, 0]);
    expect(fake.contacts.size).toBe(2);
    expect(fake.companies.size).toBe(1);
    expect(fake.notes).toHaveLength(3);
    expect(ana?.properties.jobtitle).toBe('CEO');
  });

  it('writes Tend’s stage to the property the rep picked, and never owner or lifecycle', async () => {
    const { ana } = seedGlobex();
    await push(
      [contact('ana', { emails: ['ana@globex.example'], fullName: 'Ana Castillo', stage: 'engaged' })],
      [],
      undefined,
      'tend_stage',
    );
    expect(ana.properties).toMatchObject({ tend_stage: 'engaged', lifecyclestage: 'opportunity', hs_lead_status: 'IN_PROGRESS' });
    expect(ana.properties.hubspot_owner_id).toBe(fake.owners[0]?.id);
    const properties = await service().textProperties();
    expect(properties.map((property) => property.name)).toContain('tend_stage');
    expect(properties.map((property) => property.name)).not.toContain('lifecyclestage');
  });

  it('matches a contact HubSpot already has by email (409) and updates it', async () => {
    fake.add('contacts', { email: 'ana@example.com', firstname: 'A.' });
    const contacts = [contact('ana', { fullName: 'Ana Castillo' })];
    expect((await push(contacts, [])).contactsPushed).toBe(1);
    expect(fake.contacts.size).toBe(1);
    expect(contacts[0]?.hubspotId).toBe('1000');
    expect(fake.requests.map((request) => request.status)).toEqual([409, 200]);
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
    expect(report.records.map((record) => [record.name, record.outcome])).toEqual([
      ['Person ana', 'failed'],
      ['Person bo', 'failed'],
    ]);
    expect(report.records[0]?.reason).toMatch(/429: rate limit reached/);
  });

  it('stops at once on a rejected token (401), pushing nothing', async () => {
    const report = await push([contact('ana'), contact('bo')], [], 'pat-wrong');
    expect(report.stopped).toMatch(/HubSpot refused the token \(401\)/);
    expect(report.contactsPushed).toBe(0);
    expect(fake.requests).toHaveLength(1);
  });

  it('reports per-record failures and skips, and goes on with the others', async () => {
    const report = await push(
      [contact('bad', { emails: ['bad@x'] }), contact('none', { emails: [] }), contact('gone', { stage: 'do-not-contact' }), contact('ok')],
      [],
    );
    expect(report.contactsPushed).toBe(1);
    expect(outcomes(report)).toEqual([
      ['Person gone', 'skipped', 'do not contact'],
      ['Person bad', 'failed', expect.stringMatching(/^HubSpot said 400: Property values were not valid/)],
      ['Person none', 'skipped', 'no email address (HubSpot matches people by email)'],
      ['Person ok', 'pushed', 0],
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
