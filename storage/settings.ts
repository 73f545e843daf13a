import { db } from './db';
import { withDue } from './due';
import { validate } from './errors';
import { DEFAULT_SETTINGS, Settings } from './schema';

export async function getSettings(): Promise<Settings> {
  const stored = await db.settings.get('settings');
  // Stages added after the settings were saved take their default cadence.
  return stored ? { ...stored, cadenceByStage: { ...DEFAULT_SETTINGS.cadenceByStage, ...stored.cadenceByStage } } : DEFAULT_SETTINGS;
}

/** Save settings; a change of cadence moves every contact's next due date in the same transaction. */
export async function saveSettings(patch: Partial<Omit<Settings, 'id'>>): Promise<Settings> {
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
