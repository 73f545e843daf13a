import { db } from './db';
import { RecordNotFoundError, validate } from './errors';
import { newId } from './ids';
import { Touch, TouchFields, type TouchInput } from './schema';

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
  const fields = validate(TouchFields, input);
  const dedupKey = fields.source.ref ? `${fields.source.kind}:${fields.source.ref}` : undefined;
  const touch = validate(Touch, { ...fields, id: newId(), dedupKey, createdAt: now });
  return db.transaction('rw', db.contacts, db.touches, async () => {
    const contact = await db.contacts.get(touch.contactId);
    if (!contact) throw new RecordNotFoundError('Contact', touch.contactId);
    if (dedupKey) {
      const existing = await db.touches.where({ contactId: touch.contactId, dedupKey }).first();
      if (existing) return { touch: existing, created: false };
    }
    await db.touches.add(touch);
    if (contact.lastTouchAt === undefined || touch.at > contact.lastTouchAt) {
      await db.contacts.update(contact.id, { lastTouchAt: touch.at });
    }
    return { touch, created: true };
  });
}

/** Remove a touch and recompute the contact's last touch from the touches that remain. */
export async function deleteTouch(id: string): Promise<Touch> {
  return db.transaction('rw', db.contacts, db.touches, async () => {
    const touch = await db.touches.get(id);
    if (!touch) throw new RecordNotFoundError('Touch', id);
    await db.touches.delete(id);
    const latest = await db.touches.where('[contactId+at]').between([touch.contactId, -Infinity], [touch.contactId, Infinity]).last();
    await db.contacts.update(touch.contactId, { lastTouchAt: latest?.at });
    return touch;
  });
}

/** Put back a touch removed a moment ago (the undo of deleteTouch). */
export async function restoreTouch(touch: Touch): Promise<void> {
  const valid = validate(Touch, touch);
  await db.transaction('rw', db.contacts, db.touches, async () => {
    const contact = await db.contacts.get(valid.contactId);
    if (!contact) throw new RecordNotFoundError('Contact', valid.contactId);
    await db.touches.put(valid);
    if (contact.lastTouchAt === undefined || valid.at > contact.lastTouchAt) {
      await db.contacts.update(contact.id, { lastTouchAt: valid.at });
    }
  });
}

/** A contact's touches, newest first. */
export function touchesOf(contactId: string, limit = 500): Promise<Touch[]> {
  return db.touches.where('[contactId+at]').between([contactId, -Infinity], [contactId, Infinity]).reverse().limit(limit).toArray();
}
