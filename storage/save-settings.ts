import type { Settings } from '../utils/model/settings';
import { db } from './db';
import { withDue } from './due';
import { validate } from './errors';
import { loadModels } from './models';
import { getSettings } from './settings';

// Writing the rep's settings, apart from reading them (settings.ts), which every view does at open.

/** Save settings; a change of cadence moves every contact's next due date in the same transaction. */
export async function saveSettings(patch: Partial<Omit<Settings, 'id'>>): Promise<Settings> {
  const { Settings } = await loadModels();
  return db.transaction('rw', db.settings, db.contacts, async () => {
    const before = await getSettings();
    const next = validate(Settings, { ...before, ...patch, id: 'settings' });
    await db.settings.put(next);
    if (JSON.stringify(before.cadenceByStage) !== JSON.stringify(next.cadenceByStage)) {
      await db.contacts.toCollection().modify((contact, ref) => {
        ref.value = withDue(contact, next.cadenceByStage);
      });
    }
    return next;
  });
}

/** Record that an automatic backup was written (the background does this after each one). */
export async function markAutoBackup(at: number): Promise<void> {
  const { Settings } = await loadModels();
  await db.transaction('rw', db.settings, async () => {
    const current = await getSettings();
    await db.settings.put(validate(Settings, { ...current, lastAutoBackupAt: at }));
  });
}
