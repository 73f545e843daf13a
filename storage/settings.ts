import { db } from './db';
import { validate } from './errors';
import { DEFAULT_SETTINGS, Settings } from './schema';

export async function getSettings(): Promise<Settings> {
  const stored = await db.settings.get('settings');
  // Stages added after the settings were saved take their default cadence.
  return stored ? { ...stored, cadenceByStage: { ...DEFAULT_SETTINGS.cadenceByStage, ...stored.cadenceByStage } } : DEFAULT_SETTINGS;
}

export async function saveSettings(patch: Partial<Omit<Settings, 'id'>>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = validate(Settings, { ...(await getSettings()), ...patch, id: 'settings' });
    await db.settings.put(next);
    return next;
  });
}
