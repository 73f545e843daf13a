import { describe, expect, it } from 'vitest';
import { findContactByAliases, getContact, hasContacts } from '../../../storage/contact-reads';
import { searchContacts } from '../../../storage/contact-search';
import { createContact, updateContact } from '../../../storage/contacts';
import { db } from '../../../storage/db';
import { DuplicateError, RecordNotFoundError, ValidationError } from '../../../storage/errors';

describe('createContact', () => {
  it('stores the contact with defaults, derived aliases and a first stage event', async () => {
    const contact = await createContact(
      {
        fullName: 'Ana Castillo',
        companyName: 'Globex',
        linkedinUrl: 'https://www.linkedin.com/in/Ana-Castillo/?trk=x',
        emails: ['Ana@Globex.COM'],
      },
      1_000,
    );
    const stored = await getContact(contact.id);
    expect(stored).toMatchObject({
      fullName: 'Ana Castillo',
      stage: 'new',
      origin: 'sales',
      roles: [],
      emails: ['ana@globex.com'],
      createdAt: 1_000,
      updatedAt: 1_000,
    });
    expect(stored?.aliases.sort()).toEqual(['email:ana@globex.com', 'li:in:ana-castillo']);
    const events = await db.stageEvents.where('contactId').equals(contact.id).toArray();
    expect(events).toEqual([expect.objectContaining({ to: 'new', at: 1_000 })]);
  });

  it('refuses an invalid contact with a clear message and writes nothing', async () => {
    const attempt = createContact({ fullName: '  ', emails: ['not-an-email'], roles: ['boss' as never] });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(/fullName: a contact needs a name/);
    await expect(attempt).rejects.toThrow(/emails\.0: is not a valid email address/);
    await expect(attempt).rejects.toThrow(/roles\.0/);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.stageEvents.count()).toBe(0);
  });

  it('refuses discontinuing without a reason', async () => {
    await expect(createContact({ fullName: 'Bo', stage: 'discontinued' })).rejects.toThrow(/needs a reason/);
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses a second contact with an alias already taken, naming the owner', async () => {
    const first = await createContact({ fullName: 'Ana Castillo', emails: ['ana@globex.com'] });
    const second = createContact({ fullName: 'A. Castillo', emails: ['ANA@globex.com'] });
    await expect(second).rejects.toBeInstanceOf(DuplicateError);
    await expect(second).rejects.toThrow('Ana Castillo already has email:ana@globex.com');
    await expect(second).rejects.toMatchObject({ existingId: first.id });
    expect(await db.contacts.count()).toBe(1);
  });
});

describe('findContactByAliases', () => {
  it('finds a contact by any of its aliases through the index', async () => {
    const contact = await createContact({
      fullName: 'Wei Zhang',
      linkedinUrl: 'https://www.linkedin.com/in/wei-zhang',
      aliases: ['li:urn:ACoAAB12345', 'li:sn:ACwAAA999'],
      emails: ['wei@initech.com'],
    });
    for (const alias of ['li:in:wei-zhang', 'li:urn:ACoAAB12345', 'li:sn:ACwAAA999', 'email:wei@initech.com']) {
      expect((await findContactByAliases(['email:nobody@x.com', alias]))?.id).toBe(contact.id);
    }
    expect(await findContactByAliases(['li:in:someone-else'])).toBeUndefined();
    expect(await findContactByAliases([])).toBeUndefined();
  });
});

describe('updateContact', () => {
  it('changes fields, keeps created time, and records a stage change with its reason', async () => {
    const contact = await createContact({ fullName: 'Ana Castillo' }, 1_000);
    const updated = await updateContact(contact.id, { title: 'CFO', stage: 'nurturing', stageReason: 'met at event' }, 2_000);
    expect(updated).toMatchObject({ title: 'CFO', stage: 'nurturing', createdAt: 1_000, updatedAt: 2_000 });
    const events = await db.stageEvents.where('contactId').equals(contact.id).sortBy('at');
    expect(events.map((event) => [event.from, event.to, event.reason])).toEqual([
      [undefined, 'new', undefined],
      ['new', 'nurturing', 'met at event'],
    ]);
  });

  it('does not record a stage event when the stage stays the same', async () => {
    const contact = await createContact({ fullName: 'Ana' });
    await updateContact(contact.id, { title: 'CTO' });
    expect(await db.stageEvents.count()).toBe(1);
  });

  it('drops the alias of a removed email and adds the new one', async () => {
    const contact = await createContact({ fullName: 'Ana', emails: ['old@x.com'] });
    const updated = await updateContact(contact.id, { emails: ['new@x.com'] });
    expect(updated.aliases).toEqual(['email:new@x.com']);
    expect(await findContactByAliases(['email:old@x.com'])).toBeUndefined();
  });

  it('leaves the stored contact untouched when the update is invalid', async () => {
    const contact = await createContact({ fullName: 'Ana', title: 'CFO' });
    await expect(updateContact(contact.id, { fullName: '', title: 'CEO' })).rejects.toBeInstanceOf(ValidationError);
    await expect(updateContact(contact.id, { stage: 'discontinued' })).rejects.toThrow(/needs a reason/);
    expect(await getContact(contact.id)).toEqual(contact);
  });

  it('refuses to take another contact alias', async () => {
    await createContact({ fullName: 'Ana', emails: ['ana@x.com'] });
    const bo = await createContact({ fullName: 'Bo' });
    await expect(updateContact(bo.id, { emails: ['ana@x.com'] })).rejects.toBeInstanceOf(DuplicateError);
    expect((await getContact(bo.id))?.emails).toEqual([]);
  });

  it('reports a missing contact', async () => {
    await expect(updateContact('nope', { title: 'x' })).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('searchContacts', () => {
  it('finds by prefix of any word, folding accents and case, across several words', async () => {
    await createContact({ fullName: 'Zoë Müller', companyName: 'Globex', title: 'Head of Procurement' });
    await createContact({ fullName: 'Zoran Petrov', companyName: 'Initech' });
    await createContact({ fullName: 'Ana Castillo', emails: ['ana@globex.com'], tags: ['fintech'] });
    const names = async (query: string) => (await searchContacts(query)).map((contact) => contact.fullName);
    expect(await names('zo')).toEqual(['Zoë Müller', 'Zoran Petrov']);
    expect(await names('ZOE mull')).toEqual(['Zoë Müller']);
    expect(await names('globex')).toEqual(['Ana Castillo', 'Zoë Müller']);
    expect(await names('procure')).toEqual(['Zoë Müller']);
    expect(await names('fin')).toEqual(['Ana Castillo']);
    expect(await names('nobody')).toEqual([]);
  });

  it('matches several words, one-letter words included, and stops at the limit', async () => {
    for (let n = 0; n < 30; n++) await createContact({ fullName: `Hana Tanaka ${n}`, companyName: n % 3 === 0 ? 'Globex' : 'Initech' });
    await createContact({ fullName: 'Tanaka Hanako', companyName: 'Globex' });
    await createContact({ fullName: 'Hana Okafor', companyName: 'Globex' });
    const names = async (query: string, limit?: number) => (await searchContacts(query, limit)).map((contact) => contact.fullName);
    expect(await names('hana tanaka g')).toHaveLength(11);
    expect(await names('tanaka hana g')).toContain('Tanaka Hanako');
    expect(await names('hana g okaf')).toEqual(['Hana Okafor']);
    expect(await names('h t i')).toHaveLength(20);
    expect(await names('hana tanaka', 5)).toHaveLength(5);
    expect(await names('hana tanaka i 2')).toEqual([
      'Hana Tanaka 2',
      'Hana Tanaka 20',
      'Hana Tanaka 22',
      'Hana Tanaka 23',
      'Hana Tanaka 25',
      'Hana Tanaka 26',
      'Hana Tanaka 28',
      'Hana Tanaka 29',
    ]);
  });

  it('lists the most recently changed contacts for an empty query', async () => {
    await createContact({ fullName: 'Old' }, 1_000);
    await createContact({ fullName: 'New' }, 2_000);
    expect((await searchContacts('')).map((contact) => contact.fullName)).toEqual(['New', 'Old']);
  });
});

describe('hasContacts', () => {
  it('says whether anyone is kept, and follows a deletion', async () => {
    expect(await hasContacts()).toBe(false);
    const ana = await createContact({ fullName: 'Ana' });
    expect(await hasContacts()).toBe(true);
    await db.contacts.delete(ana.id);
    expect(await hasContacts()).toBe(false);
  });
});
