import { differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { calendarDaysBetween } from '../../../utils/calendar-days';

// Today, the cadence lines and the hinges count calendar days without date-fns: the count must be
// date-fns' in every time zone, across DST changes, midnights that do not exist and skipped dates.
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  // DST began at midnight: that day started at 01:00.
  'America/Sao_Paulo',
  // Half-hour DST.
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  // Skipped 30 December 2011 when it crossed the date line.
  'Pacific/Apia',
];

const original = process.env.TZ;
afterAll(() => {
  process.env.TZ = original;
});

const HOUR = 3_600_000;
/** Every hour around the DST changes and skipped dates above, paired with instants days away. */
const EDGES = [
  Date.UTC(2026, 2, 29),
  Date.UTC(2026, 9, 25),
  Date.UTC(2026, 2, 8, 7),
  Date.UTC(2026, 10, 1, 6),
  Date.UTC(2018, 10, 4, 3),
  Date.UTC(2019, 1, 17, 2),
  Date.UTC(2026, 3, 4, 15),
  Date.UTC(2026, 9, 3, 16),
  Date.UTC(2011, 11, 29, 10),
];

describe.each(ZONES)('calendarDaysBetween in %s', (zone) => {
  it('counts as date-fns does around DST changes and skipped dates', () => {
    process.env.TZ = zone;
    for (const edge of EDGES)
      for (let hour = -30; hour <= 30; hour++) {
        const at = edge + hour * HOUR;
        for (const days of [-400, -8, -1, 0, 1, 2, 7, 30, 365]) {
          const other = at + days * 24 * HOUR + 17 * 60_000;
          expect(calendarDaysBetween(other, at)).toBe(differenceInCalendarDays(other, at));
          expect(calendarDaysBetween(at, other)).toBe(differenceInCalendarDays(at, other));
        }
      }
  });

  it('counts as date-fns does for any two instants from 1970 to 2100', () => {
    process.env.TZ = zone;
    const instant = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(instant, instant, (later, earlier) => {
        expect(calendarDaysBetween(later, earlier)).toBe(differenceInCalendarDays(later, earlier));
      }),
      { numRuns: 2_000 },
    );
  });
});
