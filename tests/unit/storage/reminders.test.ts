import { describe, expect, it } from 'vitest';
import { createContact } from '../../../storage/contacts';
import { db } from '../../../storage/db';
import { RecordNotFoundError, ValidationError } from '../../../storage/errors';
import {
  addReminder,
  completeReminder,
  deleteReminder,
  logTouchAndComplete,
  markNotified,
  nextReminderDueAfter,
  pendingRemindersDueBy,
  remindersOf,
  remindersToNotify,
  rescheduleReminder,
  restoreReminder,
  snoozeReminder,
} from '../../../storage/reminders';

const HOUR = 3_600_000;
const NOW = 1_800_000_000_000;

describe('reminders', () => {
  it('adds a reminder on an existing contact only, and refuses a bad one without writing', async () => {
    const ana = await createContact({ fullName: 'Ana' });
    const reminder = await addReminder({ contactId: ana.id, dueAt: NOW + HOUR, note: ' Send the deck ' }, NOW);
    expect(reminder).toMatchObject({ status: 'open', note: 'Send the deck', dueAt: NOW + HOUR });
    await expect(addReminder({ contactId: 'nobody', dueAt: NOW }, NOW)).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(addReminder({ contactId: ana.id, dueAt: -5 }, NOW)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.reminders.count()).toBe(1);
  });

  it('snoozes, reschedules and completes, and undo puts each back exactly', async () => {
    const ana = await createContact({ fullName: 'Ana' });
    const reminder = await addReminder({ contactId: ana.id, dueAt: NOW - HOUR }, NOW - 2 * HOUR);
    await markNotified([reminder.id], NOW);

    const beforeSnooze = await snoozeReminder(reminder.id, NOW + 24 * HOUR, NOW);
    expect(await db.reminders.get(reminder.id)).toMatchObject({ status: 'snoozed', snoozedUntil: NOW + 24 * HOUR, dueAt: NOW - HOUR });
    // A snooze ends in a new notification: the old one no longer counts.
    expect((await db.reminders.get(reminder.id))?.notifiedAt).toBeUndefined();
    await restoreReminder(beforeSnooze);
    expect(await db.reminders.get(reminder.id)).toEqual(beforeSnooze);

    await rescheduleReminder(reminder.id, NOW + 72 * HOUR, NOW);
    expect(await db.reminders.get(reminder.id)).toMatchObject({ status: 'open', dueAt: NOW + 72 * HOUR });

    const beforeDone = await completeReminder(reminder.id, NOW);
    expect(await db.reminders.get(reminder.id)).toMatchObject({ status: 'done', doneAt: NOW });
    await restoreReminder(beforeDone);
    expect((await db.reminders.get(reminder.id))?.status).toBe('open');

    const deleted = await deleteReminder(reminder.id);
    expect(await db.reminders.count()).toBe(0);
    await restoreReminder(deleted);
    expect(await db.reminders.get(reminder.id)).toEqual(deleted);
  });

  it('refuses a snooze that ends in the past', async () => {
    const ana = await createContact({ fullName: 'Ana' });
    const reminder = await addReminder({ contactId: ana.id, dueAt: NOW }, NOW);
    await expect(snoozeReminder(reminder.id, NOW - 1, NOW)).rejects.toBeInstanceOf(ValidationError);
    expect((await db.reminders.get(reminder.id))?.status).toBe('open');
  });

  it('finds what is due by a time, including snoozes that ended, and the next one to fall due', async () => {
    const ana = await createContact({ fullName: 'Ana' });
    const due = await addReminder({ contactId: ana.id, dueAt: NOW - HOUR }, 0);
    const snoozedPast = await addReminder({ contactId: ana.id, dueAt: NOW - 5 * HOUR }, 0);
    const snoozedFuture = await addReminder({ contactId: ana.id, dueAt: NOW - 5 * HOUR }, 0);
    const later = await addReminder({ contactId: ana.id, dueAt: NOW + 5 * HOUR }, 0);
    const done = await addReminder({ contactId: ana.id, dueAt: NOW - 9 * HOUR }, 0);
    await snoozeReminder(snoozedPast.id, NOW - 2 * HOUR, NOW - 3 * HOUR);
    await snoozeReminder(snoozedFuture.id, NOW + 2 * HOUR, NOW - 3 * HOUR);
    await completeReminder(done.id, NOW);

    const ids = (await pendingRemindersDueBy(NOW)).map((reminder) => reminder.id).sort();
    expect(ids).toEqual([due.id, snoozedPast.id].sort());
    expect(await nextReminderDueAfter(NOW)).toBe(NOW + 2 * HOUR);
    expect((await remindersOf(ana.id)).map((reminder) => reminder.id)).toEqual([
      snoozedPast.id,
      due.id,
      snoozedFuture.id,
      later.id,
      done.id,
    ]);

    await markNotified([due.id], NOW);
    expect((await remindersToNotify(NOW)).map((reminder) => reminder.id)).toEqual([snoozedPast.id]);
  });

  it('logs a touch from Today and settles its reminder whole: cut between the two writes, and neither lands', async () => {
    const ana = await createContact({ fullName: 'Ana' }, NOW);
    const reminder = await addReminder({ contactId: ana.id, dueAt: NOW - HOUR }, NOW);
    const touch = { contactId: ana.id, type: 'call' as const, direction: 'out' as const, at: NOW };

    // The reminder's write fails after the touch was written (the tab crashed, the disk filled).
    const cut = () => {
      throw new Error('cut between the two writes');
    };
    db.reminders.hook('updating').subscribe(cut);
    await expect(logTouchAndComplete(reminder.id, touch, NOW)).rejects.toThrow('cut between the two writes');
    db.reminders.hook('updating').unsubscribe(cut);
    expect(await db.touches.count()).toBe(0);
    expect((await db.contacts.get(ana.id))?.lastTouchAt).toBeUndefined();
    expect((await db.reminders.get(reminder.id))?.status).toBe('open');

    // A reminder deleted meanwhile (in another window): nothing is logged either.
    await expect(logTouchAndComplete('gone', touch, NOW)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.touches.count()).toBe(0);

    // Uncut, both land.
    const { touch: logged } = await logTouchAndComplete(reminder.id, touch, NOW);
    expect(await db.touches.get(logged.id)).toBeDefined();
    expect((await db.contacts.get(ana.id))?.lastTouchAt).toBe(NOW);
    expect((await db.reminders.get(reminder.id))?.status).toBe('done');
  });
});
