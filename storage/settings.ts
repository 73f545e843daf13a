import type { Settings } from '../utils/model/settings';
import { DEFAULT_SETTINGS } from '../utils/model/settings-defaults';
import { db } from './db';

export async function getSettings(): Promise<Settings> {
  const stored = await db.settings.get('settings');
  // Settings added after these were saved, and stages added since, take their defaults.
  return stored
    ? { ...DEFAULT_SETTINGS, ...stored, cadenceByStage: { ...DEFAULT_SETTINGS.cadenceByStage, ...stored.cadenceByStage } }
    : DEFAULT_SETTINGS;
}
