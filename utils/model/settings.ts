import { Stage } from './enums';
import { Email, Timestamp, text } from './fields';
import { lazySchema } from './lazy-schema';
import { AUTO_BACKUP } from './vocabulary';
import { z } from './zod-config';

// The rep's settings: cadence per stage, the never-log list, automatic backups. Their defaults,
// read when the panel opens, are in settings-defaults.ts, free of Zod.

export const Settings = lazySchema(() =>
  z.object({
    id: z.literal('settings'),
    cadenceByStage: z.record(Stage, z.number().int().min(1).max(3650).nullable()),
    /** Addresses and whole domains (`@example.com`) never logged from Gmail or Outlook. */
    neverLog: z.array(text(320).min(1)).max(1000).default([]),
    /** The rep's other addresses and aliases: a message from one of them is the rep's (outbound). */
    myAddresses: z.array(Email).max(50).default([]),
    /** Automatic local backups into the downloads folder. */
    autoBackup: z.enum(AUTO_BACKUP).default('off'),
    lastAutoBackupAt: Timestamp.optional(),
    /** When the rep closed the first-run welcome; it does not show again. */
    welcomeDismissedAt: Timestamp.optional(),
  }),
);
export type Settings = z.infer<typeof Settings>;
