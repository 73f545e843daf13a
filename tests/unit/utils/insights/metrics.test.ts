import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeInsights, type InsightContact, type InsightEvent, type InsightTouch } from '../../../../utils/insights/metrics';
import { median, percentile } from '../../../../utils/insights/stats';

const originalTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'UTC';
});
afterEach(() => {
  process.env.TZ = originalTz;
});

const d = (iso: string) => new Date(`${iso}T12:00:00Z`).getTime();
const NOW = d('2026-07-15');
const PERIOD = { from: new Date('2026-01-01T00:00:00Z').getTime(), to: new Date('2026-06-30T23:59:59Z').getTime() };

function contact(id: string, origin: InsightContact['origin'], created: string, fields: Partial<InsightContact> = {}): InsightContact {
  return { id, origin, stage: 'new', createdAt: d(created), roles: [], nextDueAt: NOW + 86_400_000, ...fields };
}
const ev = (contactId: string, to: InsightEvent['to'], at: string, reason?: string): InsightEvent => ({ contactId, to, at: d(at), reason });
const touch = (
  contactId: string,
  type: InsightTouch['type'],
  at: string,
  direction: 'in' | 'out' = 'out',
  answered = true,
): InsightTouch => ({
  contactId,
  type,
  direction,
  answered,
  at: d(at),
});

// A small history with answers worked out by hand (see each expectation).
const contacts = [
  contact('s1', 'sales', '2026-01-05', { stage: 'sales-ready', accountId: 'A', roles: ['decision-maker'] }),
  contact('s2', 'sales', '2026-01-10', { stage: 'discontinued' }),
  contact('s3', 'sales', '2026-02-01', { stage: 'sales-ready', accountId: 'B' }),
  contact('m1', 'marketing', '2026-01-03', { stage: 'discontinued', accountId: 'A', roles: ['influencer', 'access'] }),
  contact('m2', 'marketing', '2026-03-01', { nextDueAt: d('2026-07-01') }),
  contact('m3', 'marketing', '2026-03-02', { stage: 'discontinued' }),
  contact('r1', 'referral', '2026-01-01', { stage: 'nurturing' }),
  contact('old', 'sales', '2025-12-01', { stage: 'nurturing', nextDueAt: d('2026-06-01') }),
];
const events = [
  ev('s1', 'new', '2026-01-05'),
  ev('s1', 'nurturing', '2026-01-25'),
  ev('s1', 'engaged', '2026-02-14'),
  ev('s1', 'sales-ready', '2026-03-01'),
  ev('s2', 'new', '2026-01-10'),
  ev('s2', 'discontinued', '2026-01-20', 'Wrong person'),
  ev('s3', 'new', '2026-02-01'),
  ev('s3', 'sales-ready', '2026-02-11'), // skips nurturing and engaged
  ev('m1', 'new', '2026-01-03'),
  ev('m1', 'nurturing', '2026-01-13'),
  ev('m1', 'discontinued', '2026-03-14', 'No budget'),
  // Written out of order: engaged was recorded before the nurturing event that precedes it in time.
  ev('m3', 'new', '2026-03-02'),
  ev('m3', 'engaged', '2026-04-01'),
  ev('m3', 'nurturing', '2026-03-12'),
  ev('m3', 'discontinued', '2026-05-01', ' no budget '),
  ev('r1', 'new', '2026-01-01'),
  ev('r1', 'nurturing', '2026-01-31'),
  ev('old', 'new', '2025-12-01'),
];
const touches = [
  touch('s1', 'call', '2026-01-06', 'out', false),
  touch('s1', 'email', '2026-01-10'),
  touch('s1', 'meeting', '2026-02-01', 'in'),
  touch('s1', 'email', '2026-03-02'),
  touch('s3', 'call', '2026-02-04'),
  touch('s3', 'call', '2026-02-05', 'out', false),
  touch('s3', 'linkedin-message', '2026-02-06', 'out', false),
  touch('m1', 'email', '2026-01-03'),
  touch('old', 'email', '2025-12-20'),
];
const accounts = [
  { id: 'A', name: 'Acme' },
  { id: 'B', name: 'Beta' },
  { id: 'C', name: 'Nobody kept' },
];

describe('computeInsights', () => {
  const insights = computeInsights({ contacts, events, touches, accounts }, PERIOD, NOW);
  const all = insights.bySplit.all;

  it('counts who reached nurturing, skipping stages included, and who was discontinued at once', () => {
    expect([all.captured, all.reachedNurturing, all.discontinuedAtOnce]).toEqual([7, 5, 1]);
    expect([insights.bySplit.sales.captured, insights.bySplit.sales.reachedNurturing, insights.bySplit.sales.discontinuedAtOnce]).toEqual([
      3, 2, 1,
    ]);
    expect([
      insights.bySplit.marketing.captured,
      insights.bySplit.marketing.reachedNurturing,
      insights.bySplit.marketing.discontinuedAtOnce,
    ]).toEqual([3, 2, 0]);
  });

  it('gives the conversion between consecutive stages', () => {
    expect(all.conversion.map((step) => [step.from, step.reached, step.wentOn, step.rate])).toEqual([
      ['new', 7, 5, 5 / 7],
      ['nurturing', 5, 3, 3 / 5],
      ['engaged', 3, 2, 2 / 3],
      ['sales-ready', 2, 0, 0],
      ['opportunity', 0, 0, null],
    ]);
  });

  it('gives the median and 90th percentile of days in each stage, from events sorted by time', () => {
    const byStage = Object.fromEntries(all.timeInStage.map((row) => [row.stage, [row.count, row.medianDays, row.p90Days]]));
    expect(byStage.new).toEqual([6, 10, 25]);
    expect(byStage.nurturing).toEqual([3, 20, 52]);
    expect(byStage.engaged).toEqual([2, 22.5, 28.5]);
    expect(byStage['sales-ready']).toEqual([0, null, null]);
  });

  it('ranks where and why contacts were discontinued, reasons compared without case or spaces', () => {
    expect(all.discontinuedWhy).toEqual([
      { reason: 'No budget', count: 2 },
      { reason: 'Wrong person', count: 1 },
    ]);
    expect(Object.fromEntries(all.discontinuedFrom.map((row) => [row.stage, row.count]))).toEqual({ new: 1, nurturing: 1, engaged: 1 });
  });

  it('counts the touches and attempts it took to reach sales-ready, and the time to a first touch', () => {
    expect(all.toSalesReady).toEqual({ contacts: 2, medianTouches: 3, medianAttempts: 1.5 });
    expect(all.captureToFirstTouchDays).toBeCloseTo(4 / 3, 10);
    expect(insights.bySplit.marketing.toSalesReady).toEqual({ contacts: 0, medianTouches: null, medianAttempts: null });
  });

  it('counts touches per week by type, with empty weeks kept', () => {
    const weeks = all.touchesPerWeek;
    expect(weeks).toHaveLength(27);
    expect(new Date(weeks[0]?.week ?? 0).toISOString().slice(0, 10)).toBe('2025-12-29');
    expect(weeks.slice(0, 7).map((week) => week.total)).toEqual([1, 2, 0, 0, 1, 3, 0]);
    expect(weeks[5]?.byType).toEqual({ call: 2, 'linkedin-message': 1 });
    expect(weeks.reduce((sum, week) => sum + week.total, 0)).toBe(8);
    expect(insights.bySplit.marketing.touchesPerWeek.reduce((sum, week) => sum + week.total, 0)).toBe(1);
  });

  it('counts stale contacts now, whenever they were captured', () => {
    expect([all.stale, insights.bySplit.sales.stale, insights.bySplit.marketing.stale]).toEqual([2, 1, 1]);
  });

  it('names the buyer-network roles missing at each account, the least covered first', () => {
    expect(insights.coverage.map((row) => [row.account.name, row.contacts, row.missing])).toEqual([
      ['Beta', 1, ['decision-maker', 'influencer', 'access', 'future-buyer', 'advisor']],
      ['Acme', 2, ['future-buyer', 'advisor']],
    ]);
  });

  it('answers with zeros and unknowns on an empty database', () => {
    const empty = computeInsights({ contacts: [], events: [], touches: [], accounts: [] }, PERIOD, NOW);
    expect(empty.bySplit.all).toMatchObject({
      captured: 0,
      reachedNurturing: 0,
      discontinuedAtOnce: 0,
      captureToFirstTouchDays: null,
      touchesPerWeek: [],
      stale: 0,
    });
    expect(empty.bySplit.all.conversion.every((step) => step.rate === null)).toBe(true);
    expect(empty.coverage).toEqual([]);
  });
});

describe('stats', () => {
  it('interpolates percentiles', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([1, 3, 2, 4])).toBe(2.5);
    expect(percentile([10, 10, 10, 10, 20, 30], 0.9)).toBe(25);
  });
});
