import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkedInConversationCapture, PersonCapture } from '../../../utils/model/capture';
import type { Contact } from '../../../utils/model/contact';
import type { ThreadSummary } from '../../../utils/thread-participants';

// The models load with the first write (storage/models.ts), and an operation that writes inside
// another's transaction needs them loaded before that transaction opens. Each operation here runs
// as the first write of a fresh panel: in a module graph where nothing has loaded them yet.

const summary: ThreadSummary = {
  source: 'gmail',
  ref: 'thread-f:42',
  refs: ['thread-f:42'],
  subject: 'Pilot',
  latestAt: 5_000,
  direction: 'out',
  participants: [{ name: 'Ana', email: 'ana@globex.example' }],
};
const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN';
const ANA = 'https://www.linkedin.com/in/ana-castillo';
const person: PersonCapture = {
  kind: 'linkedin-person',
  layout: 'sdui',
  profileUrl: ANA,
  fullName: 'Ana Castillo',
  title: 'Head of Procurement',
  company: 'Globex',
  experience: [],
  anchors: {},
};
const conversation: LinkedInConversationCapture = {
  kind: 'linkedin-conversation',
  surface: 'messaging',
  conversationUrl: 'https://www.linkedin.com/messaging/thread/2-abc=/',
  threadId: '2-abc=',
  participants: [{ name: 'Ana Castillo', profileUrl: ANA }],
  latest: { fromSelf: true, key: 'urn:li:msg_message:(x,2-one)', date: 'Today 9:05 AM' },
  messageCount: 1,
  anchors: {},
};

let ana: Contact;

beforeEach(async () => {
  // Kept through one module graph; the operation under test then runs in a new one.
  const { createContact } = await import('../../../storage/contacts');
  ana = await createContact({ fullName: 'Ana Castillo', emails: ['ana@globex.example'], origin: 'sales' });
  vi.resetModules();
});

describe('a first write that runs inside another operation', () => {
  it('logs a thread, keeps its participant, adds an address', async () => {
    const threads = await import('../../../storage/threads');
    expect(await threads.logThread([ana.id], summary, THREAD)).toEqual({ logged: 1, alreadyLogged: 0 });
    vi.resetModules();
    const fresh = await import('../../../storage/threads');
    await expect(fresh.addParticipantAndLog({ email: 'bo@globex.example' }, 'Bo', summary, THREAD)).resolves.toMatchObject({
      fullName: 'Bo',
    });
    vi.resetModules();
    const again = await import('../../../storage/threads');
    await expect(again.addAddressToContact(ana.id, { email: 'ana@home.example' })).resolves.toMatchObject({
      emails: ['ana@globex.example', 'ana@home.example'],
    });
  });

  it('keeps a person from a page, and records them seen', async () => {
    const captures = await import('../../../storage/captures');
    const kept = await captures.keepPerson(person, { fullName: 'Ana Castillo', origin: 'sales' });
    vi.resetModules();
    const fresh = await import('../../../storage/captures');
    await expect(fresh.recordSeen(kept.id, { ...person, title: 'CPO' })).resolves.toMatchObject({ title: 'CPO' });
  });

  it('logs a LinkedIn conversation, keeps its participant, adds a profile', async () => {
    const conversations = await import('../../../storage/conversations');
    expect(await conversations.logConversation([ana.id], conversation)).toEqual({ logged: 1, alreadyLogged: 0 });
    vi.resetModules();
    const fresh = await import('../../../storage/conversations');
    await expect(fresh.addProfileToContact(ana.id, { name: 'Ana Castillo', profileUrl: ANA }, conversation, false)).resolves.toMatchObject({
      linkedinUrl: ANA,
    });
    vi.resetModules();
    const again = await import('../../../storage/conversations');
    await expect(
      again.keepConversationPerson({ name: 'Henrike Vossberg', profileUrl: 'https://www.linkedin.com/in/henrike' }, conversation, true),
    ).resolves.toMatchObject({ fullName: 'Henrike Vossberg' });
  });

  it('logs a touch and settles its reminder', async () => {
    const { addReminder } = await import('../../../storage/reminders');
    const reminder = await addReminder({ contactId: ana.id, dueAt: 1_000 });
    vi.resetModules();
    const { logTouchAndComplete } = await import('../../../storage/reminders');
    const logged = await logTouchAndComplete(reminder.id, {
      contactId: ana.id,
      type: 'call',
      direction: 'out',
      at: 2_000,
      source: { kind: 'manual' },
    });
    expect(logged.created).toBe(true);
  });

  it('commits an import that merges into a contact kept', async () => {
    const { planImport } = await import('../../../storage/imports');
    const plan = await planImport([
      { line: 2, fields: { fullName: 'Ana Castillo', emails: ['ana@globex.example'], title: 'CPO', origin: 'import' } },
    ]);
    vi.resetModules();
    const fresh = await import('../../../storage/imports');
    await expect(fresh.commitImport(plan, new Map())).resolves.toMatchObject({ merged: 1 });
  });
});
