import { Id, optionalText, Timestamp } from './fields';
import { lazySchema } from './lazy-schema';
import { REMINDER_STATUSES } from './vocabulary';
import { z } from './zod-config';

// A reminder: a dated to-do on a contact; open, done or snoozed.

export const ReminderFields = lazySchema(() =>
  z.object({
    contactId: Id,
    dueAt: Timestamp,
    note: optionalText(1000),
  }),
);
export type ReminderInput = z.input<typeof ReminderFields>;

export const Reminder = lazySchema(() =>
  z.object({
    id: Id,
    contactId: Id,
    dueAt: Timestamp,
    note: optionalText(1000),
    status: z.enum(REMINDER_STATUSES),
    snoozedUntil: Timestamp.optional(),
    doneAt: Timestamp.optional(),
    /** When the browser last notified about it; a snooze or reschedule clears it so it notifies again. */
    notifiedAt: Timestamp.optional(),
    createdAt: Timestamp,
    updatedAt: Timestamp.optional(),
  }),
);
export type Reminder = z.infer<typeof Reminder>;
