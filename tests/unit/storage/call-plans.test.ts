import { describe, expect, it } from 'vitest';
import { callPlansOf, finishCall, saveCallPlan } from '../../../storage/call-plans';
import { getContact } from '../../../storage/contact-reads';
import { createContact, updateContact } from '../../../storage/contacts';
import { db } from '../../../storage/db';
import { RecordNotFoundError, ValidationError } from '../../../storage/errors';
import { loadHinge } from '../../../storage/hinge';
import { touchesOf } from '../../../storage/touches';

const DAY = 86_400_000;

describe('call plans', () => {
  it('saves a draft, updates it, then finishing logs the touch, sets the next reminder and archives the plan', async () => {
    const ana = await createContact({ fullName: 'Ana', stage: 'engaged' }, 0);
    const draft = await saveCallPlan({ contactId: ana.id, objective: 'Agree a pilot', questions: ['Who signs?'] }, undefined, 1_000);
    const edited = await saveCallPlan(
      {
        contactId: ana.id,
        objective: 'Agree a pilot',
        hinge: 'New role at Initech',
        questions: ['Who signs?', 'When?'],
        objections: [{ objection: 'No budget', acknowledge: 'Fair', check: 'Does that help?' }],
        nextStep: 'Send pilot terms',
      },
      draft.id,
      2_000,
    );
    expect(edited).toMatchObject({ id: draft.id, status: 'draft', createdAt: 1_000, updatedAt: 2_000 });

    const { plan, touch, reminder } = await finishCall(
      draft.id,
      { outcome: 'Pilot agreed in principle', touchType: 'call', answered: true, at: 10 * DAY, nextReminder: { dueAt: 17 * DAY } },
      10 * DAY,
    );
    expect(plan).toMatchObject({ status: 'done', outcome: 'Pilot agreed in principle', touchId: touch.id });
    expect(touch).toMatchObject({
      type: 'call',
      direction: 'out',
      outcome: 'Pilot agreed in principle',
      summary: 'Agree a pilot · Hinge: New role at Initech',
      source: { kind: 'call-plan', ref: draft.id },
    });
    expect(reminder).toMatchObject({ dueAt: 17 * DAY, note: 'Send pilot terms', status: 'open' });
    expect((await getContact(ana.id))?.lastTouchAt).toBe(10 * DAY);
    expect((await getContact(ana.id))?.nextDueAt).toBe(24 * DAY);
    expect(await callPlansOf(ana.id)).toEqual([plan]);
  });

  it('refuses to finish without an outcome, twice, or to edit a finished plan, writing nothing', async () => {
    const ana = await createContact({ fullName: 'Ana' });
    const draft = await saveCallPlan({ contactId: ana.id, objective: 'Catch up' });
    await expect(finishCall(draft.id, { outcome: '  ', touchType: 'call', answered: true, at: 5 })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.touches.count()).toBe(0);
    await finishCall(draft.id, { outcome: 'Fine', touchType: 'meeting', answered: true, at: 5 });
    await expect(finishCall(draft.id, { outcome: 'Again', touchType: 'call', answered: true, at: 6 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(saveCallPlan({ contactId: ana.id, objective: 'Change it' }, draft.id)).rejects.toBeInstanceOf(ValidationError);
    await expect(saveCallPlan({ contactId: 'nobody' })).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await touchesOf(ana.id)).toHaveLength(1);
  });
});

describe('loadHinge', () => {
  it('gathers the contact, the people kept at the company, touches, reminders, plans and ranked hinges', async () => {
    const ana = await createContact({ fullName: 'Ana Castillo', companyName: 'Globex', roles: ['influencer'] }, 0);
    await createContact({ fullName: 'Wei Zhang', companyName: 'Globex', roles: ['decision-maker'], sources: ['past-colleague'] }, 0);
    await updateContact(
      ana.id,
      { bantt: { budget: 'unknown', authority: 'weak', need: 'confirmed', timing: 'partial', trust: 'confirmed' } },
      0,
    );
    const data = await loadHinge(ana.id, 40 * DAY);
    expect(data?.colleagues.map((person) => person.fullName)).toEqual(['Wei Zhang']);
    expect(data?.hinges.map((hinge) => hinge.kind)).toEqual(['shared-connection', 'bantt-gap', 'time-since']);
    expect(await loadHinge('nobody')).toBeNull();
  });
});
