import { describe, expect, it } from 'vitest';
import { getContact } from '../../../storage/contact-reads';
import { createContact } from '../../../storage/contacts';
import { db } from '../../../storage/db';
import { RecordNotFoundError, ValidationError } from '../../../storage/errors';
import { deleteTouch, logTouch, restoreTouch, touchesOf } from '../../../storage/touches';

describe('logTouch', () => {
  it('stores the touch and moves the contact last-touch clock forward only', async () => {
    const contact = await createContact({ fullName: 'Ana' });
    await logTouch({ contactId: contact.id, type: 'call', direction: 'out', at: 5_000, summary: 'intro' });
    await logTouch({ contactId: contact.id, type: 'email', direction: 'in', at: 3_000 });
    expect((await getContact(contact.id))?.lastTouchAt).toBe(5_000);
    const touches = await touchesOf(contact.id);
    expect(touches.map((touch) => [touch.type, touch.at, touch.answered, touch.source.kind])).toEqual([
      ['call', 5_000, true, 'manual'],
      ['email', 3_000, true, 'manual'],
    ]);
  });

  it('logs a touch from the same source reference only once per contact', async () => {
    const ana = await createContact({ fullName: 'Ana' });
    const bo = await createContact({ fullName: 'Bo' });
    const thread = { kind: 'gmail' as const, ref: 'FMfcgz123', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz123' };
    const first = await logTouch({ contactId: ana.id, type: 'email', direction: 'out', at: 1, source: thread });
    const again = await logTouch({ contactId: ana.id, type: 'email', direction: 'out', at: 2, source: thread });
    const other = await logTouch({ contactId: bo.id, type: 'email', direction: 'out', at: 1, source: thread });
    expect(first.created).toBe(true);
    expect(again).toEqual({ touch: first.touch, created: false });
    expect(other.created).toBe(true);
    expect(await db.touches.count()).toBe(2);
  });

  it('refuses an invalid touch or an unknown contact and writes nothing', async () => {
    const contact = await createContact({ fullName: 'Ana' });
    await expect(logTouch({ contactId: contact.id, type: 'fax' as never, direction: 'out', at: 1 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(logTouch({ contactId: 'missing', type: 'call', direction: 'out', at: 1 })).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.touches.count()).toBe(0);
    expect((await getContact(contact.id))?.lastTouchAt).toBeUndefined();
  });
});

describe('deleteTouch and restoreTouch', () => {
  it('recomputes the last touch on delete, and undo puts everything back', async () => {
    const contact = await createContact({ fullName: 'Ana' });
    await logTouch({ contactId: contact.id, type: 'call', direction: 'out', at: 1_000 });
    const { touch: latest } = await logTouch({ contactId: contact.id, type: 'meeting', direction: 'out', at: 2_000 });
    const removed = await deleteTouch(latest.id);
    expect((await getContact(contact.id))?.lastTouchAt).toBe(1_000);
    await restoreTouch(removed);
    expect((await getContact(contact.id))?.lastTouchAt).toBe(2_000);
    expect(await touchesOf(contact.id)).toEqual([latest, expect.objectContaining({ at: 1_000 })]);
  });
});
