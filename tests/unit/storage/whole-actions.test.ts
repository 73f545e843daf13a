import type { Table } from 'dexie';
import { describe, expect, it } from 'vitest';
import { finishCall, saveCallPlan } from '../../../storage/call-plans';
import { keepPerson } from '../../../storage/captures';
import { createContact } from '../../../storage/contacts';
import { db } from '../../../storage/db';
import { addParticipantAndLog } from '../../../storage/threads';
import { PersonCapture } from '../../../utils/model/capture';
import { summariseThread } from '../../../utils/thread-participants';

// Every action that writes more than one record is one transaction: each is cut between its writes
// here (the next write fails, as when the disk fills or the panel goes away) and finds all or nothing.

const NOW = 1_800_000_000_000;

/** Makes the next write of a kind to `table` fail, as a crash would between two writes. */
async function cutAt<T>(table: Table<T>, hook: 'creating' | 'updating', action: () => Promise<unknown>): Promise<void> {
  const cut = () => {
    throw new Error(`cut before writing ${table.name}`);
  };
  table.hook(hook).subscribe(cut);
  try {
    await expect(action()).rejects.toThrow(`cut before writing ${table.name}`);
  } finally {
    table.hook(hook).unsubscribe(cut);
  }
}

async function counts() {
  const [contacts, stageEvents, touches, reminders, accounts, callPlans] = await Promise.all(
    [db.contacts, db.stageEvents, db.touches, db.reminders, db.accounts, db.callPlans].map((table) => table.count()),
  );
  return { contacts, stageEvents, touches, reminders, accounts, callPlans };
}

describe('whole actions', () => {
  it('keeping a person from a page: the contact, their stage, their account, or none of them', async () => {
    const capture = PersonCapture.parse({
      kind: 'linkedin-person',
      layout: 'sdui',
      profileUrl: 'https://www.linkedin.com/in/ana',
      fullName: 'Ana Castillo',
      company: 'Globex',
      anchors: {},
    });
    const before = await counts();
    await cutAt(db.stageEvents, 'creating', () => keepPerson(capture, { fullName: 'Ana Castillo', companyName: 'Globex' }, NOW));
    expect(await counts()).toEqual(before);
    await keepPerson(capture, { fullName: 'Ana Castillo', companyName: 'Globex' }, NOW);
    expect(await counts()).toMatchObject({ contacts: 1, stageEvents: 1, accounts: 1 });
  });

  it('keeping a thread participant and logging the thread as their first touch: both, or neither', async () => {
    const summary = summariseThread(
      {
        kind: 'gmail-thread',
        threadUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN',
        threadToken: 'FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN',
        subject: 'Pilot',
        account: 'rep@acme.example',
        messages: [{ from: { name: 'Mette', email: 'mette@umbrella.example' }, to: [{ email: 'rep@acme.example' }], cc: [], at: NOW }],
        anchors: {},
      },
      [],
    );
    const participant = { name: 'Mette', email: 'mette@umbrella.example' };
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN';
    await cutAt(db.touches, 'creating', () => addParticipantAndLog(participant, 'Mette Kjær', summary, url, NOW));
    expect(await counts()).toMatchObject({ contacts: 0, stageEvents: 0, touches: 0 });
    const kept = await addParticipantAndLog(participant, 'Mette Kjær', summary, url, NOW);
    expect(kept).toMatchObject({ fullName: 'Mette Kjær', emails: ['mette@umbrella.example'], lastTouchAt: NOW });
    expect(await counts()).toMatchObject({ contacts: 1, stageEvents: 1, touches: 1 });
  });

  it('finishing a call: the touch, the next reminder and the finished plan, or none of them', async () => {
    const ana = await createContact({ fullName: 'Ana' }, NOW);
    const plan = await saveCallPlan({ contactId: ana.id, objective: 'Agree a pilot' }, undefined, NOW);
    const finish = {
      outcome: 'Agreed',
      touchType: 'call' as const,
      answered: true,
      at: NOW,
      nextReminder: { dueAt: NOW + 7 * 86_400_000 },
    };
    await cutAt(db.reminders, 'creating', () => finishCall(plan.id, finish, NOW));
    expect(await counts()).toMatchObject({ touches: 0, reminders: 0 });
    expect((await db.callPlans.get(plan.id))?.status).toBe('draft');
    expect((await db.contacts.get(ana.id))?.lastTouchAt).toBeUndefined();
    await finishCall(plan.id, finish, NOW);
    expect(await counts()).toMatchObject({ touches: 1, reminders: 1 });
    expect((await db.callPlans.get(plan.id))?.status).toBe('done');
  });
});
