import { describe, expect, it } from 'vitest';
import { createContact } from '../../../storage/contacts';
import { conversationPeople } from '../../../storage/conversation-people';
import { addProfileToContact, keepConversationPerson, logConversation } from '../../../storage/conversations';
import { db } from '../../../storage/db';
import type { LinkedInConversationCapture } from '../../../utils/model/capture';

const MARISOL = 'https://www.linkedin.com/in/marisol-quennevaux-4b7e21';
const conversation = (key: string, fromSelf: boolean): LinkedInConversationCapture => ({
  kind: 'linkedin-conversation',
  surface: 'messaging',
  conversationUrl: 'https://www.linkedin.com/messaging/thread/2-abc=/',
  threadId: '2-abc=',
  participants: [
    { name: 'Marisol Quennevaux', profileUrl: MARISOL },
    { name: 'Henrike Vossberg', profileUrl: 'https://www.linkedin.com/in/henrike-vossberg' },
  ],
  latest: { fromSelf, key, date: 'Today 9:05 AM' },
  messageCount: 3,
  anchors: {},
});

describe('LinkedIn conversations', () => {
  it('logs the latest message once per contact, again only when someone writes, with the direction of who wrote last', async () => {
    const marisol = await createContact({ fullName: 'Marisol Quennevaux', linkedinUrl: MARISOL });
    const first = conversation('urn:li:msg_message:(x,2-one)', true);
    expect((await conversationPeople(first)).map((state) => [state.person.name, state.contact?.id, state.logged])).toEqual([
      ['Marisol Quennevaux', marisol.id, false],
      ['Henrike Vossberg', undefined, false],
    ]);
    expect(await logConversation([marisol.id], first, 10_000)).toEqual({ logged: 1, alreadyLogged: 0 });
    expect(await logConversation([marisol.id], first, 11_000)).toEqual({ logged: 0, alreadyLogged: 1 });
    expect((await conversationPeople(first))[0]?.logged).toBe(true);

    const reply = conversation('urn:li:msg_message:(x,2-two)', false);
    expect((await conversationPeople(reply))[0]?.logged).toBe(false);
    await logConversation([marisol.id], reply, 12_000);
    const touches = await db.touches.where({ contactId: marisol.id }).sortBy('at');
    expect(touches.map((touch) => [touch.type, touch.direction, touch.at, touch.source.kind])).toEqual([
      ['linkedin-message', 'out', 10_000, 'linkedin'],
      ['linkedin-message', 'in', 12_000, 'linkedin'],
    ]);
    expect((await db.contacts.get(marisol.id))?.lastTouchAt).toBe(12_000);
  });

  it('keeps an unknown participant with their profile, logging the conversation in the same transaction', async () => {
    const capture = conversation('k', false);
    const henrike = await keepConversationPerson(
      { name: 'Henrike Vossberg', profileUrl: 'https://www.linkedin.com/in/henrike-vossberg' },
      capture,
      true,
      5_000,
    );
    expect(henrike.aliases).toContain('li:in:henrike-vossberg');
    expect(await db.touches.where({ contactId: henrike.id }).count()).toBe(1);
  });

  it('offers a contact of the same name kept from Gmail, and joins the profile to them', async () => {
    const kept = await createContact({ fullName: 'Marisol Quennevaux', emails: ['marisol@tidemark.example'] });
    const capture = conversation('k2', false);
    const [state] = await conversationPeople(capture);
    expect(state).toMatchObject({ contact: undefined, maybe: { id: kept.id } });
    const joined = await addProfileToContact(kept.id, { name: 'Marisol Quennevaux', profileUrl: MARISOL }, capture, true, 6_000);
    expect(joined.aliases).toEqual(expect.arrayContaining(['li:in:marisol-quennevaux-4b7e21', 'email:marisol@tidemark.example']));
    expect(await db.contacts.count()).toBe(1);
    expect((await conversationPeople(capture))[0]).toMatchObject({ contact: { id: kept.id }, logged: true });
  });
});
