import { afterEach, describe, expect, it } from 'vitest';
import { autoBackupDue, autoBackupFileName } from '../../../../utils/io/backup-schedule';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('automatic backup schedule', () => {
  it('is never due when off, at once the first time, then a day or a week after the last', () => {
    process.env.TZ = 'Europe/London';
    const last = new Date('2026-03-28T22:00:00Z').getTime();
    expect(autoBackupDue('off', undefined, last)).toBe(false);
    expect(autoBackupDue('daily', undefined, last)).toBe(true);
    // The clocks go forward on 29 March: a day later is 23 hours later.
    expect(autoBackupDue('daily', last, last + 22 * 3_600_000)).toBe(false);
    expect(autoBackupDue('daily', last, last + 23 * 3_600_000)).toBe(true);
    expect(autoBackupDue('weekly', last, last + 6 * 86_400_000)).toBe(false);
    expect(autoBackupDue('weekly', last, last + 7 * 86_400_000)).toBe(true);
  });

  it('names files by date inside one folder', () => {
    expect(autoBackupFileName(Date.UTC(2026, 10, 22, 9, 5))).toBe('Tend backups/tend-backup-2026-11-22-09-05.json');
  });
});
