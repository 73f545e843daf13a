import { describe, expect, it } from 'vitest';
import { contactsAtCompany, findAccount } from '../../../storage/accounts';
import { keepPerson, recordSeen } from '../../../storage/captures';
import { getContact } from '../../../storage/contact-reads';
import { createContact } from '../../../storage/contacts';
import { matchPerson } from '../../../storage/person-match';
import { PersonCapture } from '../../../utils/model/capture';

const ana = PersonCapture.parse({
  kind: 'linkedin-person',
  layout: 'sdui',
  profileUrl: 'https://www.linkedin.com/in/ana-castillo',
  memberUrn: 'urn:li:fsd_profile:ACoAAB1',
  fullName: 'Ana Castillo',
  headline: 'Buying for Globex',
  title: 'Head of Procurement',
  company: 'Globex',
  companyUrl: 'https://www.linkedin.com/company/globex',
  location: 'Berlin',
  experience: [{ title: 'Head of Procurement', company: 'Globex', dates: 'Mar 2021 - Present', current: true }],
  anchors: {},
});

describe('keepPerson and matchPerson', () => {
  it('keeps a new person with aliases, account and first job, then knows them by any alias', async () => {
    expect(await matchPerson(ana)).toEqual({ kind: 'new' });
    const kept = await keepPerson(
      ana,
      {
        fullName: 'Ana Castillo',
        title: 'Head of Procurement',
        companyName: 'Globex',
        headline: 'Buying for Globex',
        location: 'Berlin',
        roles: ['decision-maker'],
      },
      1_000,
    );
    expect(kept.aliases.sort()).toEqual(['li:in:ana-castillo', 'li:urn:ACoAAB1']);
    expect(kept.employment).toEqual([
      {
        title: 'Head of Procurement',
        company: 'Globex',
        companyUrl: 'https://www.linkedin.com/company/globex',
        start: 'Mar 2021 - Present',
        observedAt: 1_000,
        source: 'linkedin',
      },
    ]);
    expect(kept.lastSeenAt).toBe(1_000);
    const account = await findAccount({ companyUrl: 'https://www.linkedin.com/company/globex/' });
    expect(account?.name).toBe('Globex');
    expect(kept.accountId).toBe(account?.id);
    expect((await contactsAtCompany('Globex', account?.id)).map((contact) => contact.fullName)).toEqual(['Ana Castillo']);

    // Found again through the member URN alone (a Sales Navigator page, say).
    const byUrn = await matchPerson({ ...ana, profileUrl: undefined, salesNavigatorUrl: 'https://www.linkedin.com/sales/lead/ACwAAA9' });
    expect(byUrn).toMatchObject({ kind: 'known', contact: { id: kept.id }, changes: [], jobChange: false });
  });

  it('offers a possible match on the same name and company, never merging by itself', async () => {
    const typed = await createContact({ fullName: 'Ána Castillo', companyName: 'GLOBEX' });
    const match = await matchPerson(ana);
    expect(match).toEqual({ kind: 'possible', candidates: [expect.objectContaining({ id: typed.id })] });
    expect((await getContact(typed.id))?.aliases).toEqual([]);
  });
});

describe('recordSeen', () => {
  it('records a new title and company as a job change and moves the contact to the new account', async () => {
    const kept = await keepPerson(
      ana,
      { fullName: 'Ana Castillo', title: 'Head of Procurement', companyName: 'Globex', headline: 'Buying for Globex', location: 'Berlin' },
      1_000,
    );
    const moved = { ...ana, title: 'CPO', company: 'Hooli', companyUrl: 'https://www.linkedin.com/company/hooli', experience: [] };
    const match = await matchPerson(moved);
    expect(match).toMatchObject({
      kind: 'known',
      jobChange: true,
      changes: [
        { field: 'title', before: 'Head of Procurement', after: 'CPO' },
        { field: 'companyName', before: 'Globex', after: 'Hooli' },
      ],
    });
    const updated = await recordSeen(kept.id, moved, 2_000);
    expect(updated).toMatchObject({ title: 'CPO', companyName: 'Hooli', lastSeenAt: 2_000 });
    expect(updated.employment.map((job) => [job.title, job.company, job.observedAt])).toEqual([
      ['Head of Procurement', 'Globex', 1_000],
      ['CPO', 'Hooli', 2_000],
    ]);
    expect(updated.accountId).toBe((await findAccount({ name: 'Hooli' }))?.id);
    expect(await matchPerson(moved)).toMatchObject({ kind: 'known', changes: [], jobChange: false });
  });

  it('treats a field the page no longer shows as unknown, not as a change', async () => {
    const kept = await keepPerson(
      ana,
      { fullName: 'Ana Castillo', title: 'Head of Procurement', companyName: 'Globex', location: 'Berlin' },
      1_000,
    );
    const sparse = { ...ana, title: undefined, location: undefined, headline: undefined };
    expect(await matchPerson(sparse)).toMatchObject({ kind: 'known', changes: [] });
    const updated = await recordSeen(kept.id, sparse, 2_000);
    expect(updated).toMatchObject({ title: 'Head of Procurement', location: 'Berlin' });
    expect(updated.employment).toHaveLength(1);
  });
});
