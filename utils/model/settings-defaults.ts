import type { Settings } from './settings';
import type { Stage } from './vocabulary';

// The settings a rep has before changing any, apart from their model so that reading them loads no Zod.

/** Default cadence in days per stage; `null` means the stage is never reminded. */
export const DEFAULT_CADENCE: Record<Stage, number | null> = {
  new: 14,
  nurturing: 30,
  engaged: 14,
  'sales-ready': 7,
  opportunity: 7,
  customer: 60,
  recycled: 90,
  discontinued: null,
  'do-not-contact': null,
};

export const DEFAULT_SETTINGS: Settings = {
  id: 'settings',
  cadenceByStage: DEFAULT_CADENCE,
  neverLog: [],
  myAddresses: [],
  autoBackup: 'off',
};
