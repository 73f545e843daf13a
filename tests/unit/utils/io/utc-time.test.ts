import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basicUtcTime, isoTime } from '../../../../utils/io/utc-time';

// The exports' dates are written from the epoch milliseconds directly: they must be exactly what
// Date wrote before, at every instant a contact, a touch or a reminder can carry.
const viaDate = (time: number) => new Date(time).toISOString();
const basicViaDate = (time: number) => viaDate(time).replace(/[-:]/g, '').replace(/\.\d+/, '');

const EDGES = [
  0,
  1,
  86_399_999,
  Date.UTC(1972, 1, 29, 23, 59, 59, 999),
  Date.UTC(2000, 1, 29),
  Date.UTC(2000, 2, 1),
  Date.UTC(2024, 1, 29, 12, 30, 15, 7),
  Date.UTC(2026, 11, 31, 23, 59, 59, 999),
  Date.UTC(2027, 0, 1),
  Date.UTC(2100, 1, 28, 23, 59, 59, 999),
  Date.UTC(2100, 2, 1),
  Date.UTC(9999, 11, 31, 23, 59, 59, 999),
  // Outside what is computed directly: Date writes these, as before.
  Date.UTC(10000, 0, 1),
  -1,
  Date.UTC(1969, 6, 20, 20, 17),
  1.5,
];

describe('export times', () => {
  it.each(EDGES)('writes %d as Date does', (time) => {
    expect(isoTime(time)).toBe(viaDate(time));
    expect(basicUtcTime(time)).toBe(basicViaDate(time));
  });

  it('writes every instant from 1900 to 9999 as Date does', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (time) => {
        expect(isoTime(time)).toBe(viaDate(time));
        expect(basicUtcTime(time)).toBe(basicViaDate(time));
      }),
      { numRuns: 20_000 },
    );
  });

  it('writes many times of the same few days, in any order, as Date does (the days are written once and kept)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 20_000, max: 20_010 }), fc.integer({ min: 0, max: 86_399_999 })), { minLength: 50 }),
        (times) => {
          for (const [day, ms] of times) {
            const time = day * 86_400_000 + ms;
            expect(isoTime(time)).toBe(viaDate(time));
            expect(basicUtcTime(time)).toBe(basicViaDate(time));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('writes every first and last millisecond of each day from 1970 to 2200 as Date does', () => {
    for (let day = 0; day < 84_000; day++) {
      const start = day * 86_400_000;
      expect(isoTime(start)).toBe(viaDate(start));
      expect(isoTime(start - 1)).toBe(viaDate(start - 1));
    }
  });
});
