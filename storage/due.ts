import type { Contact } from '../utils/model/contact';
import { DEFAULT_CADENCE } from '../utils/model/settings-defaults';
import type { Stage } from '../utils/model/vocabulary';
import { nextDueAt } from '../utils/nurture/cadence';
import { db } from './db';
import { RecordNotFoundError, ValidationError } from './errors';

// Contacts' due dates: the cadence table as the rep set it, the derived next due date, and the
// snooze of a contact's cadence reminder.

/** The cadence per stage as the rep set it; read inside the caller's transaction when there is one (db.settings in scope). */
export async function cadenceTable(): Promise<Record<Stage, number | null>> {
  const saved = await db.settings.get('settings');
  return { ...DEFAULT_CADENCE, ...saved?.cadenceByStage };
}

/** A contact with its derived next due date brought up to date. */
export function withDue<C extends Contact>(contact: C, byStage: Record<Stage, number | null>): C {
  const due = nextDueAt(contact, byStage);
  const { nextDueAt: _old, ...rest } = contact;
  return (due === undefined ? rest : { ...rest, nextDueAt: due }) as C;
}

/**
 * Push a contact's cadence reminder back until `until` (undefined ends the snooze). Returns the
 * snooze it replaced, for undo. The next touch ends any snooze.
 */
export async function snoozeContact(id: string, until: number | undefined, now = Date.now()): Promise<number | undefined> {
  if (until !== undefined && until <= now)
    throw new ValidationError([{ path: 'dueSnoozedUntil', message: 'a snooze must end in the future' }]);
  return db.transaction('rw', db.contacts, db.settings, async () => {
    const contact = await db.contacts.get(id);
    if (!contact) throw new RecordNotFoundError('Contact', id);
    const { dueSnoozedUntil: before, ...rest } = contact;
    await db.contacts.put(withDue(until === undefined ? rest : { ...rest, dueSnoozedUntil: until }, await cadenceTable()));
    return before;
  });
}
