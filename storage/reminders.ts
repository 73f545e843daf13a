import type { Reminder, ReminderInput } from '../utils/model/reminder';
import type { TouchInput } from '../utils/model/touch';
import { db } from './db';
import { RecordNotFoundError, ValidationError, validate } from './errors';
import { newId } from './ids';
import { loadModels } from './models';
import { type LogTouchResult, logTouch } from './touches';

// Explicit reminders: a dated to-do on a contact, open, snoozed or done. A snoozed reminder falls
// due again at the end of its snooze; its original date is kept for the record.

/** The instant a reminder (next) falls due, or undefined once it is done. */
export function effectiveDueAt(reminder: Pick<Reminder, 'status' | 'dueAt' | 'snoozedUntil'>): number | undefined {
  if (reminder.status === 'done') return undefined;
  return reminder.status === 'snoozed' && reminder.snoozedUntil !== undefined ? reminder.snoozedUntil : reminder.dueAt;
}

export async function addReminder(input: ReminderInput, now = Date.now()): Promise<Reminder> {
  const { Reminder, ReminderFields } = await loadModels();
  const fields = validate(ReminderFields, input);
  const reminder = validate(Reminder, { ...fields, id: newId(), status: 'open', createdAt: now, updatedAt: now });
  return db.transaction('rw', db.contacts, db.reminders, async () => {
    if (!(await db.contacts.get(reminder.contactId))) throw new RecordNotFoundError('Contact', reminder.contactId);
    await db.reminders.add(reminder);
    return reminder;
  });
}

/** Apply a change to one reminder; returns the reminder as it was, for undo. */
async function change(id: string, next: (current: Reminder) => Reminder): Promise<Reminder> {
  const { Reminder } = await loadModels();
  return db.transaction('rw', db.reminders, async () => {
    const current = await db.reminders.get(id);
    if (!current) throw new RecordNotFoundError('Reminder', id);
    await db.reminders.put(validate(Reminder, next(current)));
    return current;
  });
}

function withoutWake({
  snoozedUntil: _snooze,
  notifiedAt: _notified,
  doneAt: _done,
  ...rest
}: Reminder): Omit<Reminder, 'snoozedUntil' | 'notifiedAt' | 'doneAt'> {
  return rest;
}

export function completeReminder(id: string, now = Date.now()): Promise<Reminder> {
  return change(id, (current) => ({ ...withoutWake(current), status: 'done', doneAt: now, updatedAt: now }));
}

export function snoozeReminder(id: string, until: number, now = Date.now()): Promise<Reminder> {
  if (until <= now) return Promise.reject(new ValidationError([{ path: 'snoozedUntil', message: 'a snooze must end in the future' }]));
  return change(id, (current) => ({ ...withoutWake(current), status: 'snoozed', snoozedUntil: until, updatedAt: now }));
}

/** Move a reminder to a new date; it is open again (a snooze or a "done" is undone). */
export function rescheduleReminder(id: string, dueAt: number, now = Date.now()): Promise<Reminder> {
  return change(id, (current) => ({ ...withoutWake(current), status: 'open', dueAt, updatedAt: now }));
}

export async function deleteReminder(id: string): Promise<Reminder> {
  return db.transaction('rw', db.reminders, async () => {
    const current = await db.reminders.get(id);
    if (!current) throw new RecordNotFoundError('Reminder', id);
    await db.reminders.delete(id);
    return current;
  });
}

/** Put a reminder back exactly as it was (the undo of done, snooze, reschedule or delete). */
export async function restoreReminder(reminder: Reminder): Promise<void> {
  const valid = validate((await loadModels()).Reminder, reminder);
  await db.transaction('rw', db.contacts, db.reminders, async () => {
    if (!(await db.contacts.get(valid.contactId))) throw new RecordNotFoundError('Contact', valid.contactId);
    await db.reminders.put(valid);
  });
}

/** A contact's reminders: pending ones first by due date, then done ones, most recent first. */
export async function remindersOf(contactId: string): Promise<Reminder[]> {
  const all = await db.reminders.where('contactId').equals(contactId).toArray();
  const pending = all.filter((reminder) => reminder.status !== 'done').sort((a, b) => (effectiveDueAt(a) ?? 0) - (effectiveDueAt(b) ?? 0));
  const done = all.filter((reminder) => reminder.status === 'done').sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0));
  return [...pending, ...done];
}

/** Open and snoozed reminders that fall due by `until`, read through the [status+dueAt] index. */
export async function pendingRemindersDueBy(until: number): Promise<Reminder[]> {
  // A snooze only ever moves a reminder later, so a snoozed one due by `until` has its original
  // date at or before `until` too and the same index range finds it.
  const [open, snoozed] = await Promise.all([statusDueBy('open', until), statusDueBy('snoozed', until)]);
  return [...open, ...snoozed].filter((reminder) => (effectiveDueAt(reminder) ?? Infinity) <= until);
}

function statusDueBy(status: Reminder['status'], until: number): Promise<Reminder[]> {
  return db.reminders.where('[status+dueAt]').between([status, -Infinity], [status, until], true, true).toArray();
}

/** The earliest instant after `now` at which a pending reminder falls due. */
export async function nextReminderDueAfter(now: number): Promise<number | undefined> {
  const [open, snoozed] = await Promise.all([
    db.reminders.where('[status+dueAt]').between(['open', now], ['open', Infinity], false, true).first(),
    statusDueBy('snoozed', Infinity),
  ]);
  const times = [open?.dueAt, ...snoozed.map((reminder) => reminder.snoozedUntil)].filter(
    (time): time is number => time !== undefined && time > now,
  );
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** Reminders due by `now` that the browser has not notified about since they (last) fell due. */
export async function remindersToNotify(now: number): Promise<Reminder[]> {
  const due = await pendingRemindersDueBy(now);
  return due.filter((reminder) => reminder.notifiedAt === undefined);
}

export async function markNotified(ids: readonly string[], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.reminders, async () => {
    for (const id of ids) await db.reminders.update(id, { notifiedAt: now });
  });
}

export function getReminder(id: string): Promise<Reminder | undefined> {
  return db.reminders.get(id);
}

/**
 * Log a touch and settle the reminder that asked for it (Today's "Log touch"), in one transaction:
 * cut anywhere, and neither lands, never a touched contact with its reminder still due.
 */
export async function logTouchAndComplete(reminderId: string, touch: TouchInput, now = Date.now()): Promise<LogTouchResult> {
  await loadModels();
  return db.transaction('rw', [db.contacts, db.touches, db.settings, db.reminders], async () => {
    const logged = await logTouch(touch, now);
    await completeReminder(reminderId, now);
    return logged;
  });
}
