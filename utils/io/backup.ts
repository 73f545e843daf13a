import { Account } from '../model/account';
import { CallPlan } from '../model/call-plan';
import { Clip } from '../model/clip';
import { Contact } from '../model/contact';
import { lazySchema } from '../model/lazy-schema';
import { Reminder } from '../model/reminder';
import { Settings } from '../model/settings';
import { StageEvent } from '../model/stage-event';
import { Touch } from '../model/touch';
import { z } from '../model/zod-config';

// Tend's JSON backup: every table as it is stored, with the schema version it was written under.
// Restoring validates every record with the same Zod models the database writes with.

export const BACKUP_FORMAT = 'tend-backup';

export const Backup = lazySchema(() =>
  z.object({
    format: z.literal(BACKUP_FORMAT),
    /** The Dexie schema version the records follow. */
    schemaVersion: z.number().int().min(1),
    exportedAt: z.number().int(),
    tables: z.object({
      contacts: z.array(Contact),
      accounts: z.array(Account),
      touches: z.array(Touch),
      reminders: z.array(Reminder),
      stageEvents: z.array(StageEvent),
      callPlans: z.array(CallPlan),
      clips: z.array(Clip),
      settings: z.array(Settings),
    }),
  }),
);
export type Backup = z.infer<typeof Backup>;

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problems: string[] };

/** Read a backup file; any record that does not validate is named, and nothing is restored. */
export function parseBackup(text: string, latestSchema: number): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['This file is not JSON, so not a Tend backup.'] };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problems: ['This JSON file is not a Tend backup.'] };
  }
  const parsed = Backup.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  if (parsed.data.schemaVersion > latestSchema) {
    return {
      ok: false,
      problems: [`This backup comes from a newer Tend (schema ${parsed.data.schemaVersion}); update Tend to restore it.`],
    };
  }
  return { ok: true, backup: parsed.data };
}
