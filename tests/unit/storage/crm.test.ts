import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { upsertAccount } from '../../../storage/accounts';
import { getContact } from '../../../storage/contact-reads';
import { createContact } from '../../../storage/contacts';
import { cachedLookup, personQuery, pushCandidates, saveLookup, setCrmId, setCrmNoteId } from '../../../storage/crm';
import { db } from '../../../storage/db';
import { commitImport, planImport } from '../../../storage/imports';
import { forgetCrmConnection, getCrmConnection, saveCrmConnection } from '../../../storage/secrets';
import { logTouch } from '../../../storage/touches';

describe('CRM storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('writes each CRM’s ids on their own fields, and refuses a contact that is gone', async () => {
    const ana = await createContact({ fullName: 'Ana Castillo', emails: ['ana@globex.example'] });
    const { touch } = await logTouch({ contactId: ana.id, type: 'call', direction: 'out', at: 1 });
    await setCrmId('hubspot', ana.id, '901');
    await setCrmId('pipedrive', ana.id, '77');
    await setCrmNoteId('pipedrive', touch.id, '5');
    expect(await getContact(ana.id)).toMatchObject({ hubspotId: '901', pipedriveId: '77' });
    expect(await db.touches.get(touch.id)).toMatchObject({ pipedriveNoteId: '5' });
    expect((await db.touches.get(touch.id))?.hubspotNoteId).toBeUndefined();
    await expect(setCrmId('hubspot', 'gone', '1')).rejects.toMatchObject({ name: 'RecordNotFoundError' });
  });

  it('gives a push each contact’s account domain, for linking the company', async () => {
    const account = await upsertAccount({ name: 'Globex', domain: 'globex.example' });
    await createContact({ fullName: 'Ana Castillo', emails: ['ana@globex.example'], accountId: account.id });
    const { contacts } = await pushCandidates();
    expect(contacts.map((contact) => contact.companyDomain)).toEqual(['globex.example']);
  });

  it('caches look-ups only in the shape the panel shows, and a disconnect empties that CRM’s cache', async () => {
    const facts = {
      crm: 'hubspot' as const,
      kind: 'person' as const,
      recordId: '901',
      url: 'https://app.hubspot.com/contacts/1/record/0-1/901',
      name: 'Ana Castillo',
      matchedBy: 'email' as const,
    };
    await saveLookup({ key: 'hubspot:person:a', crm: 'hubspot', checkedAt: 5, facts });
    await saveLookup({ key: 'pipedrive:person:a', crm: 'pipedrive', checkedAt: 5, facts: null });
    expect((await cachedLookup('hubspot:person:a'))?.facts?.name).toBe('Ana Castillo');
    await expect(
      saveLookup({ key: 'hubspot:person:b', crm: 'hubspot', checkedAt: 5, facts: { ...facts, url: 'javascript:alert(1)' } }),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    await saveCrmConnection({ crm: 'hubspot', token: 'pat-na1-good-token', connectedAt: 1 });
    await forgetCrmConnection('hubspot');
    expect(await getCrmConnection('hubspot')).toBeUndefined();
    expect(await db.crmLookups.toCollection().primaryKeys()).toEqual(['pipedrive:person:a']);
  });

  it('keeps a token an earlier Tend saved as an unchecked HubSpot connection, and refuses a malformed one', async () => {
    await browser.storage.local.set({ 'hubspot-token': 'pat-na1-from-before' });
    expect(await getCrmConnection('hubspot')).toEqual({ crm: 'hubspot', token: 'pat-na1-from-before', connectedAt: 0 });
    expect(await getCrmConnection('pipedrive')).toBeUndefined();
    await saveCrmConnection({ crm: 'hubspot', token: 'pat-na1-from-before', portalId: '42', connectedAt: 9 });
    expect((await browser.storage.local.get('hubspot-token'))['hubspot-token']).toBeUndefined();
    expect((await getCrmConnection('hubspot'))?.portalId).toBe('42');
    await expect(saveCrmConnection({ crm: 'pipedrive', token: 'has spaces in it', connectedAt: 1 })).rejects.toMatchObject({
      name: 'ValidationError',
    });
  });

  it('asks the CRM with what the page shows plus what Tend keeps: addresses and the account’s domain', async () => {
    const account = await upsertAccount({ name: 'Globex', domain: 'globex.example' });
    await createContact({
      fullName: 'Ana Castillo',
      emails: ['ana@globex.example'],
      linkedinUrl: 'https://www.linkedin.com/in/ana-castillo',
      accountId: account.id,
    });
    expect(await personQuery({ fullName: 'Ana Castillo', linkedinUrl: 'https://www.linkedin.com/in/ana-castillo/' })).toEqual({
      emails: ['ana@globex.example'],
      linkedinUrl: 'https://www.linkedin.com/in/ana-castillo/',
      fullName: 'Ana Castillo',
      companyDomain: 'globex.example',
    });
    expect(await personQuery({ fullName: 'Zed Null', companyName: 'Globex' })).toEqual({
      emails: [],
      linkedinUrl: undefined,
      fullName: 'Zed Null',
      companyDomain: 'globex.example',
    });
  });

  it('a pull overwrites what the CRM owns (owner, ids) and fills gaps, leaving roles and touches alone', async () => {
    const ana = await createContact({
      fullName: 'Ana Castillo',
      emails: ['ana@globex.example'],
      roles: ['decision-maker'],
      crmOwner: 'Old Owner',
    });
    const plan = await planImport([
      {
        line: 1,
        fields: {
          fullName: 'Ana Castillo',
          emails: ['ana@globex.example'],
          title: 'CFO',
          crmOwner: 'J. Berg',
          hubspotId: '901',
          roles: [],
        },
      },
    ]);
    expect(plan.counts.duplicate).toBe(1);
    await commitImport(plan, new Map());
    expect(await getContact(ana.id)).toMatchObject({ crmOwner: 'J. Berg', hubspotId: '901', title: 'CFO', roles: ['decision-maker'] });
  });
});
