import { describe, expect, it } from 'vitest';
import { createContact } from '../../../storage/contacts';
import { db } from '../../../storage/db';
import { DuplicateError } from '../../../storage/errors';
import { threadPeople } from '../../../storage/thread-people';
import { addAddressToContact, addParticipant, logThread } from '../../../storage/threads';
import type { ThreadSummary } from '../../../utils/thread-participants';

const summary: ThreadSummary = {
  source: 'gmail',
  ref: 'thread-f:42',
  refs: ['thread-f:42', '000000000000002a'],
  subject: 'Pilot',
  latestAt: 5_000,
  direction: 'out',
  participants: [{ name: 'Ana', email: 'ana@globex.example' }, { email: 'new@globex.example' }],
};
const URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN';

describe('threads', () => {
  it('matches participants by address and logs the thread once per contact', async () => {
    const ana = await createContact({ fullName: 'Ana Castillo', emails: ['ana@globex.example'] });
    let people = await threadPeople(summary);
    expect(people.map((person) => [person.participant.email, person.contact?.id, person.logged])).toEqual([
      ['ana@globex.example', ana.id, false],
      ['new@globex.example', undefined, false],
    ]);
    expect(await logThread([ana.id], summary, URL, 9_000)).toEqual({ logged: 1, alreadyLogged: 0 });
    expect(await logThread([ana.id], summary, URL, 9_500)).toEqual({ logged: 0, alreadyLogged: 1 });
    // The same thread seen by its legacy id only (another view of Gmail) is already logged.
    expect(await logThread([ana.id], { ...summary, ref: '000000000000002a', refs: ['000000000000002a', 'thread-f:42'] }, URL)).toEqual({
      logged: 0,
      alreadyLogged: 1,
    });
    const touches = await db.touches.toArray();
    expect(touches).toEqual([
      expect.objectContaining({
        contactId: ana.id,
        type: 'email',
        direction: 'out',
        at: 5_000,
        summary: 'Pilot',
        source: { kind: 'gmail', url: URL, ref: 'thread-f:42' },
      }),
    ]);
    people = await threadPeople(summary);
    expect(people[0]?.logged).toBe(true);
  });

  it('logs all chosen contacts or none', async () => {
    const ana = await createContact({ fullName: 'Ana', emails: ['ana@globex.example'] });
    await expect(logThread([ana.id, 'gone'], summary, URL)).rejects.toThrow('Contact gone does not exist');
    expect(await db.touches.count()).toBe(0);
  });

  it('adds an unknown participant with the address as an alias, and refuses a taken address', async () => {
    const added = await addParticipant({ email: 'new@globex.example' }, 'Nia West');
    expect(added).toMatchObject({ fullName: 'Nia West', emails: ['new@globex.example'], aliases: ['email:new@globex.example'] });
    await expect(addParticipant({ email: 'new@globex.example' }, 'Someone')).rejects.toBeInstanceOf(DuplicateError);
  });

  it('offers a contact kept from LinkedIn for a participant of the same name, and adds the address to them with the thread', async () => {
    const marisol = await createContact({
      fullName: 'Marisol Quennevaux',
      companyName: 'Tidemark Freightlabs',
      linkedinUrl: 'https://www.linkedin.com/in/marisol-quennevaux-4b7e21',
    });
    await createContact({ fullName: 'Marisol Quennevaux', companyName: 'Globex' });
    const fromGmail: ThreadSummary = {
      ...summary,
      participants: [
        { name: 'Quennevaux, Marisol', email: 'marisol@tidemark.example' },
        { name: 'Nobody Known', email: 'n@x.example' },
      ],
    };
    const people = await threadPeople(fromGmail);
    // Only the one whose company fits the address is offered; nobody is matched silently.
    expect(people.map((person) => [person.contact?.id, person.maybe?.id])).toEqual([
      [undefined, marisol.id],
      [undefined, undefined],
    ]);

    const joined = await addAddressToContact(
      marisol.id,
      { email: 'marisol@tidemark.example' },
      { summary: fromGmail, threadUrl: URL },
      7_000,
    );
    expect(joined.emails).toEqual(['marisol@tidemark.example']);
    expect(joined.aliases).toEqual(expect.arrayContaining(['email:marisol@tidemark.example', 'li:in:marisol-quennevaux-4b7e21']));
    expect(await db.contacts.count()).toBe(2);
    expect(await db.touches.where({ contactId: marisol.id }).count()).toBe(1);
    expect((await threadPeople(fromGmail))[0]).toMatchObject({ contact: { id: marisol.id }, logged: true });
  });
});
