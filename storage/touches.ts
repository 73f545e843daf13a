import type { Contact } from '../utils/model/contact';
import type { Touch, TouchInput } from '../utils/model/touch';
import { db } from './db';
import { cadenceTable, withDue } from './due';
import { RecordNotFoundError, validate } from './errors';
import { newId } from './ids';
import { loadModels } from './models';

export interface LogTouchResult {
  touch: Touch;
  /** False when the same source (a Gmail thread) was already logged on this contact. */
  created: boolean;
}

/**
 * Log a touch on a contact and move the contact's last-touch clock, in one transaction.
 * A touch from a source with a reference (a thread) is logged once per contact: logging it again
 * returns the touch already there.
 */
export async function logTouch(input: TouchInput, now = Date.now()): Promise<LogTouchResult> {
  const { Touch, TouchFields } = await loadModels();
  const fields = validate(TouchFields, input);
  const dedupKey = fields.source.ref ? `${fields.source.kind}:${fields.source.ref}` : undefined;
  const touch = validate(Touch, { ...fields, id: newId(), dedupKey, createdAt: now });
  return db.transaction('rw', [db.contacts, db.touches, db.settings], async () => {
    const contact = await db.contacts.get(touch.contactId);
    if (!contact) throw new RecordNotFoundError('Contact', touch.contactId);
    if (dedupKey) {
      const existing = await db.touches.where({ contactId: touch.contactId, dedupKey }).first();
      if (existing) return { touch: existing, created: false };
    }
    await db.touches.add(touch);
    await moveClock(contact, Math.max(contact.lastTouchAt ?? touch.at, touch.at));
    return { touch, created: true };
  });
}

/**
 * Set the contact's last touch and restart the cadence clock from it. A new touch also ends any
 * snooze of the cadence reminder (the clock now runs from the touch); removing one does not.
 * Runs inside the caller's transaction, which must include contacts and settings.
 */
export async function moveClock(contact: Contact, lastTouchAt: number | undefined, { keepSnooze = false } = {}): Promise<void> {
  if (lastTouchAt === contact.lastTouchAt) return;
  const { lastTouchAt: _last, dueSnoozedUntil, ...rest } = contact;
  const snooze = keepSnooze && dueSnoozedUntil !== undefined ? { dueSnoozedUntil } : {};
  const next = withDue(lastTouchAt === undefined ? { ...rest, ...snooze } : { ...rest, ...snooze, lastTouchAt }, await cadenceTable());
  await db.contacts.put(next);
}

/** Remove a touch and recompute the contact's last touch from the touches that remain. */
export async function deleteTouch(id: string): Promise<Touch> {
  return db.transaction('rw', [db.contacts, db.touches, db.settings], async () => {
    const touch = await db.touches.get(id);
    if (!touch) throw new RecordNotFoundError('Touch', id);
    await db.touches.delete(id);
    const latest = await db.touches.where('[contactId+at]').between([touch.contactId, -Infinity], [touch.contactId, Infinity]).last();
    const contact = await db.contacts.get(touch.contactId);
    if (contact) await moveClock(contact, latest?.at, { keepSnooze: true });
    return touch;
  });
}

/** Put back a touch removed a moment ago (the undo of deleteTouch). */
export async function restoreTouch(touch: Touch): Promise<void> {
  const valid = validate((await loadModels()).Touch, touch);
  await db.transaction('rw', [db.contacts, db.touches, db.settings], async () => {
    const contact = await db.contacts.get(valid.contactId);
    if (!contact) throw new RecordNotFoundError('Contact', valid.contactId);
    await db.touches.put(valid);
    await moveClock(contact, Math.max(contact.lastTouchAt ?? valid.at, valid.at));
  });
}

/** A contact's touches, newest first. */
export function touchesOf(contactId: string, limit = 500): Promise<Touch[]> {
  return db.touches.where('[contactId+at]').between([contactId, -Infinity], [contactId, Infinity]).reverse().limit(limit).toArray();
}
