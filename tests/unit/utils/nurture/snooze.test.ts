import { afterEach, describe, expect, it } from 'vitest';
import { morningOf, snoozeUntil } from '../../../../utils/nurture/snooze';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('snooze', () => {
  it('snoozes a day or a week by the local clock, across a daylight-saving change', () => {
    process.env.TZ = 'America/New_York';
    // Clocks go back on 1 November 2026.
    const friday = new Date('2026-10-30T09:00:00-04:00').getTime();
    expect(snoozeUntil('1d', friday)).toBe(new Date('2026-10-31T09:00:00-04:00').getTime());
    expect(snoozeUntil('1w', friday)).toBe(new Date('2026-11-06T09:00:00-05:00').getTime());
  });

  it('reads a picked day as 09:00 local that day and refuses what is not a date', () => {
    process.env.TZ = 'Europe/Paris';
    expect(morningOf('2026-12-01')).toBe(new Date('2026-12-01T09:00:00+01:00').getTime());
    expect(morningOf('2026-02-30')).toBeNull();
    expect(morningOf('')).toBeNull();
  });
});
