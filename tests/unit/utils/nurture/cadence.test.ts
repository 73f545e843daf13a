import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../../../utils/model/settings-defaults';
import { cadenceFor, cadenceReason, nextDueAt } from '../../../../utils/nurture/cadence';

// Local calendar rules depend on the zone the rep is in; each test names its zone.
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const at = (iso: string) => new Date(iso).getTime();

describe('cadence', () => {
  it('uses the contact override before the stage default, and never reminds opted-out or discontinued contacts', () => {
    expect(cadenceFor({ stage: 'nurturing', createdAt: 0 }, DEFAULT_CADENCE)).toBe(30);
    expect(cadenceFor({ stage: 'nurturing', cadenceDays: 10, createdAt: 0 }, DEFAULT_CADENCE)).toBe(10);
    expect(cadenceFor({ stage: 'do-not-contact', cadenceDays: 10, createdAt: 0 }, DEFAULT_CADENCE)).toBeNull();
    expect(nextDueAt({ stage: 'do-not-contact', cadenceDays: 10, createdAt: 0, lastTouchAt: 5 }, DEFAULT_CADENCE)).toBeUndefined();
    expect(nextDueAt({ stage: 'discontinued', createdAt: 0 }, DEFAULT_CADENCE)).toBeUndefined();
    expect(nextDueAt({ stage: 'new', createdAt: 0 }, { ...DEFAULT_CADENCE, new: null })).toBeUndefined();
  });

  it('runs the clock from the last touch, or from when the contact was kept before any touch', () => {
    process.env.TZ = 'UTC';
    const kept = at('2026-01-10T10:00:00Z');
    expect(nextDueAt({ stage: 'nurturing', createdAt: kept }, DEFAULT_CADENCE)).toBe(at('2026-02-09T10:00:00Z'));
    const touched = at('2026-03-01T15:30:00Z');
    expect(nextDueAt({ stage: 'nurturing', createdAt: kept, lastTouchAt: touched }, DEFAULT_CADENCE)).toBe(at('2026-03-31T15:30:00Z'));
  });

  it('counts calendar days across a daylight-saving change, keeping the hour of the touch', () => {
    process.env.TZ = 'Europe/Berlin';
    // Clocks go forward on 29 March 2026: fourteen calendar days are 335 hours, not 336.
    const touched = at('2026-03-20T09:00:00+01:00');
    const due = nextDueAt({ stage: 'engaged', createdAt: 0, lastTouchAt: touched }, DEFAULT_CADENCE);
    expect(due).toBe(at('2026-04-03T09:00:00+02:00'));
    expect(((due ?? 0) - touched) / 3_600_000).toBe(335);
  });

  it('crosses month ends and leap days by days, not by months', () => {
    process.env.TZ = 'America/New_York';
    const jan31 = at('2026-01-31T12:00:00-05:00');
    expect(nextDueAt({ stage: 'nurturing', createdAt: 0, lastTouchAt: jan31 }, DEFAULT_CADENCE)).toBe(at('2026-03-02T12:00:00-05:00'));
    const leapJan31 = at('2028-01-31T12:00:00-05:00');
    expect(nextDueAt({ stage: 'nurturing', createdAt: 0, lastTouchAt: leapJan31 }, DEFAULT_CADENCE)).toBe(at('2028-03-01T12:00:00-05:00'));
  });

  it('lets a snooze push the due date later but never earlier', () => {
    process.env.TZ = 'UTC';
    const touched = at('2026-05-01T09:00:00Z');
    const later = at('2026-06-15T09:00:00Z');
    const earlier = at('2026-05-10T09:00:00Z');
    expect(nextDueAt({ stage: 'nurturing', createdAt: 0, lastTouchAt: touched, dueSnoozedUntil: later }, DEFAULT_CADENCE)).toBe(later);
    expect(nextDueAt({ stage: 'nurturing', createdAt: 0, lastTouchAt: touched, dueSnoozedUntil: earlier }, DEFAULT_CADENCE)).toBe(
      at('2026-05-31T09:00:00Z'),
    );
  });

  it('explains itself in one line', () => {
    process.env.TZ = 'UTC';
    const touched = at('2026-01-01T09:00:00Z');
    const now = at('2026-02-13T08:00:00Z');
    expect(cadenceReason({ stage: 'nurturing', createdAt: 0, lastTouchAt: touched }, DEFAULT_CADENCE, now)).toBe(
      '43 days since last touch; cadence 30',
    );
    expect(cadenceReason({ stage: 'new', createdAt: at('2026-02-12T09:00:00Z') }, DEFAULT_CADENCE, now)).toBe(
      '1 day since kept, no touch yet; cadence 14',
    );
  });
});

describe('cadenceReason of a snoozed contact', () => {
  it('says until when, then why', () => {
    process.env.TZ = 'UTC';
    const now = at('2026-11-22T10:00:00Z');
    const subject = {
      stage: 'sales-ready' as const,
      createdAt: 0,
      lastTouchAt: at('2026-11-12T10:00:00Z'),
      dueSnoozedUntil: at('2026-11-29T10:00:00Z'),
    };
    expect(cadenceReason(subject, DEFAULT_CADENCE, now)).toBe('Snoozed until Sun 29 Nov; 10 days since last touch; cadence 7');
    expect(cadenceReason(subject, DEFAULT_CADENCE, at('2026-11-30T10:00:00Z'))).toBe('18 days since last touch; cadence 7');
  });
});
