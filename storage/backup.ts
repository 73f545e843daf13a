import { BACKUP_FORMAT, type Backup } from '../utils/io/backup';
import { db } from './db';
import { cadenceTable, withDue } from './due';
import { KEPT_ROWS_KEY } from './kept-rows-key';

/** The rows the contact list keeps for its next opening are of the contacts about to go. */
function forgetFirstRows(): void {
  try {
    localStorage.removeItem(KEPT_ROWS_KEY);
  } catch {
    // Nothing was kept (no storage here).
  }
}

const TABLES = () => [db.contacts, db.accounts, db.touches, db.reminders, db.stageEvents, db.callPlans, db.clips, db.settings];

/** Every record of every table, read in one transaction so the backup is consistent. */
export async function exportBackup(now = Date.now()): Promise<Backup> {
  return db.transaction('r', TABLES(), async () => {
    const [contacts, accounts, touches, reminders, stageEvents, callPlans, clips, settings] = await Promise.all([
      db.contacts.toArray(),
      db.accounts.toArray(),
      db.touches.toArray(),
      db.reminders.toArray(),
      db.stageEvents.toArray(),
      db.callPlans.toArray(),
      db.clips.toArray(),
      db.settings.toArray(),
    ]);
    return {
      format: BACKUP_FORMAT,
      schemaVersion: db.verno,
      exportedAt: now,
      tables: { contacts, accounts, touches, reminders, stageEvents, callPlans, clips, settings },
    };
  });
}

export function latestSchemaVersion(): number {
  return db.verno;
}

/** Replace everything with the backup, in one transaction: the old data stays if anything fails. */
export async function restoreBackup(backup: Backup): Promise<void> {
  // The rows kept for the list's first sight are of the contacts replaced now.
  forgetFirstRows();
  await db.transaction('rw', TABLES(), async () => {
    for (const table of TABLES()) await table.clear();
    const { tables } = backup;
    await db.contacts.bulkAdd(tables.contacts);
    await db.accounts.bulkAdd(tables.accounts);
    await db.touches.bulkAdd(tables.touches);
    await db.reminders.bulkAdd(tables.reminders);
    await db.stageEvents.bulkAdd(tables.stageEvents);
    await db.callPlans.bulkAdd(tables.callPlans);
    await db.clips.bulkAdd(tables.clips);
    await db.settings.bulkAdd(tables.settings);
    // Backups from before due dates were stored (schema 1) get them computed as the upgrade does.
    if (backup.schemaVersion < 2) {
      const cadence = await cadenceTable();
      await db.contacts.toCollection().modify((contact, ref) => {
        ref.value = withDue(contact, cadence);
      });
    }
  });
}

/** Erase every record (the rep asked, after a confirmation). */
export async function eraseAll(): Promise<void> {
  // Erased contacts must not show again, even for a moment, when the list next opens.
  forgetFirstRows();
  await db.transaction('rw', TABLES(), async () => {
    for (const table of TABLES()) await table.clear();
  });
}

export async function recordCounts(): Promise<{ contacts: number; touches: number; reminders: number }> {
  const [contacts, touches, reminders] = await Promise.all([db.contacts.count(), db.touches.count(), db.reminders.count()]);
  return { contacts, touches, reminders };
}
