import { describe, expect, it } from 'vitest';
import { createContact } from '../../../storage/contacts';
import { db } from '../../../storage/db';
import { DuplicateError } from '../../../storage/errors';
import { addParticipant, logThread, threadPeople } from '../../../storage/threads';
import type { ThreadSummary } from '../../../utils/thread-participants';

const summary: ThreadSummary = {
  ref: 'thread-f:42',
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
});
