import { describe, expect, it } from 'vitest';
import { createContact } from '../../../storage/contacts';
import { remindersForCalendar } from '../../../storage/exports';
import { addReminder, completeReminder, snoozeReminder } from '../../../storage/reminders';

describe('remindersForCalendar', () => {
  it('gives open and snoozed reminders at the time they fall due, leaving out done ones and do-not-contact', async () => {
    const ana = await createContact({ fullName: 'Ana' });
    const gone = await createContact({ fullName: 'Gone', stage: 'do-not-contact' });
    const open = await addReminder({ contactId: ana.id, dueAt: 5_000, note: 'call' }, 1_000);
    const snoozed = await addReminder({ contactId: ana.id, dueAt: 6_000 }, 1_000);
    const done = await addReminder({ contactId: ana.id, dueAt: 7_000 }, 1_000);
    await addReminder({ contactId: gone.id, dueAt: 8_000 }, 1_000);
    await snoozeReminder(snoozed.id, 90_000, 2_000);
    await completeReminder(done.id, 2_000);
    const calendar = await remindersForCalendar();
    expect(calendar.sort((a, b) => a.dueAt - b.dueAt)).toEqual([
      { id: open.id, dueAt: 5_000, note: 'call', contactName: 'Ana' },
      { id: snoozed.id, dueAt: 90_000, note: undefined, contactName: 'Ana' },
    ]);
  });
});
