import { addDays, addWeeks } from 'date-fns';

// When the next automatic backup is due: a day or a week after the last one, by the local calendar.

export type AutoBackup = 'off' | 'daily' | 'weekly';

export function autoBackupDue(setting: AutoBackup, lastAt: number | undefined, now: number): boolean {
  if (setting === 'off') return false;
  if (lastAt === undefined) return true;
  const next = setting === 'daily' ? addDays(lastAt, 1) : addWeeks(lastAt, 1);
  return next.getTime() <= now;
}

/** The file name inside the downloads folder: one folder, one file per backup. */
export function autoBackupFileName(now: number): string {
  const stamp = new Date(now).toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `Tend backups/tend-backup-${stamp}.json`;
}
