import { format as dateFnsFormat, formatDistanceStrict, isValid, parse } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format, localDay, timeAgo } from '../../../utils/dates';

// Tend's own format must write exactly what date-fns wrote before it: the panel's dates, file
// names and date inputs are unchanged for the rep.
const PATTERNS = [
  'd MMM',
  'd MMM yyyy',
  'd MMM yyyy, HH:mm',
  'EEE d MMM',
  'EEE d MMM yyyy, HH:mm',
  'yyyy-MM-dd',
  'yyyy-MM-dd-HHmm',
  "yyyy-MM-dd'T'HH:mm",
];

describe('dates as Tend writes them', () => {
  // A zone with daylight saving, so the hours and days that move with it are compared too.
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    if (zone === undefined) Reflect.deleteProperty(process.env, 'TZ');
    else process.env.TZ = zone;
  });

  it('writes every pattern Tend uses as date-fns does, across a leap year, month ends and hours', () => {
    const start = new Date(2027, 11, 25, 0, 7).getTime();
    for (let hour = 0; hour < 24 * 800; hour += 37) {
      const at = start + hour * 3_600_000;
      for (const pattern of PATTERNS)
        expect(format(at, pattern), `${new Date(at).toISOString()} ${pattern}`).toBe(dateFnsFormat(at, pattern));
    }
    expect(format(new Date(2026, 10, 29, 9, 5), 'EEE d MMM')).toBe('Sun 29 Nov');
  });

  it('refuses what it cannot write rather than writing something else', () => {
    expect(() => format(Number.NaN, 'd MMM')).toThrow(RangeError);
    expect(() => format(0, 'do MMMM')).toThrow(/does not write/);
  });

  it('reads a date input value as that local day, and nothing that is not a day', () => {
    for (const text of ['2026-11-29', '2028-02-29', '2026-01-01', '2026-12-31'])
      expect(localDay(text)?.getTime()).toBe(parse(text, 'yyyy-MM-dd', new Date(0)).getTime());
    for (const text of ['2026-02-30', '2027-02-29', '2026-13-01', '2026-11-5', '29/11/2026', '', '2026-11-29T09:00']) {
      expect(localDay(text)).toBeNull();
      expect(isValid(parse(text, 'yyyy-MM-dd', new Date(0))) && /^\d{4}-\d{2}-\d{2}$/.test(text)).toBe(false);
    }
  });

  it('says how long ago as date-fns did, from seconds to years, either side of now and across DST', () => {
    const now = new Date(2026, 11, 1, 22, 40).getTime();
    const spans = [0, 400, 1_000, 29_400, 59_600, 60_000, 89_999, 3_569_000, 3_600_000, 5_400_000, 86_399_000, 86_400_000];
    for (let days = 1; days < 900; days += 7) spans.push(days * 86_400_000 + 3_600_000 * (days % 24));
    for (const span of spans) {
      for (const at of [now - span, now + span])
        expect(timeAgo(at, now), `${span}`).toBe(formatDistanceStrict(at, now, { addSuffix: true }));
    }
    expect(timeAgo(now - 3 * 86_400_000, now)).toBe('3 days ago');
  });
});
