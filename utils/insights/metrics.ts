import { startOfWeek } from 'date-fns';
import { calendarDaysBetween } from '../calendar-days';
import type { Origin, Role, Stage, TouchType } from '../model/vocabulary';
import { median, percentile } from './stats';

// Where the nurture pipeline leaks, computed from the stage history and touches alone. Pure: the
// caller reads the records; every figure is computed for all contacts and for sales- and
// marketing-generated ones, so the two can be shown side by side.

export const SPLITS = ['all', 'sales', 'marketing'] as const;
export type Split = (typeof SPLITS)[number];

/** The forward path of a relationship. Recycled, discontinued and do-not-contact sit outside it. */
export const PATH: readonly Stage[] = ['new', 'nurturing', 'engaged', 'sales-ready', 'opportunity', 'customer'];

export interface InsightContact {
  id: string;
  origin: Origin;
  stage: Stage;
  createdAt: number;
  accountId?: string | undefined;
  roles: readonly Role[];
  nextDueAt?: number | undefined;
}
export interface InsightEvent {
  contactId: string;
  from?: Stage | undefined;
  to: Stage;
  at: number;
  reason?: string | undefined;
}
export interface InsightTouch {
  contactId: string;
  type: TouchType;
  direction: 'in' | 'out';
  answered: boolean;
  at: number;
}
export interface InsightAccount {
  id: string;
  name: string;
}

export interface Period {
  from: number;
  to: number;
}

export interface Figures {
  /** Contacts captured in the period. */
  captured: number;
  reachedNurturing: number;
  /** Discontinued without ever reaching nurturing. */
  discontinuedAtOnce: number;
  /** From each stage of the path to the next: how many reached it, and the share that went on. */
  conversion: { from: Stage; to: Stage; reached: number; wentOn: number; rate: number | null }[];
  /** Days spent in each stage before moving on (completed stays only). */
  timeInStage: { stage: Stage; count: number; medianDays: number | null; p90Days: number | null }[];
  /** Where contacts were discontinued from, and why, most frequent first. */
  discontinuedFrom: { stage: Stage | 'unknown'; count: number }[];
  discontinuedWhy: { reason: string; count: number }[];
  /** Touches and attempts logged before a contact first reached sales-ready (or beyond). */
  toSalesReady: { contacts: number; medianTouches: number | null; medianAttempts: number | null };
  /** Mean days from capture to the first touch, over captured contacts touched at least once. */
  captureToFirstTouchDays: number | null;
  touchesPerWeek: { week: number; byType: Partial<Record<TouchType, number>>; total: number }[];
  /** Contacts whose cadence ran out (no touch for longer than their cadence), at `now`. */
  stale: number;
}

export interface Coverage {
  account: InsightAccount;
  contacts: number;
  roles: Record<Role, number>;
  missing: Role[];
}

export interface Insights {
  period: Period;
  bySplit: Record<Split, Figures>;
  coverage: Coverage[];
}

const DAY = 86_400_000;
const rankOf = (stage: Stage) => PATH.indexOf(stage);

function inSplit(contact: InsightContact, split: Split): boolean {
  return split === 'all' || contact.origin === split;
}

/** A contact's stage events in time order; ties keep the order they were written in. */
function timelines(events: readonly InsightEvent[]): Map<string, InsightEvent[]> {
  const byContact = new Map<string, InsightEvent[]>();
  for (const event of events) {
    const list = byContact.get(event.contactId);
    if (list) list.push(event);
    else byContact.set(event.contactId, [event]);
  }
  for (const list of byContact.values()) list.sort((a, b) => a.at - b.at);
  return byContact;
}

/** The furthest stage along the path a contact ever reached; skipping stages counts as passing them. */
function furthest(contact: InsightContact, timeline: readonly InsightEvent[]): number {
  let best = Math.max(0, rankOf(contact.stage));
  for (const event of timeline) best = Math.max(best, rankOf(event.to));
  return best;
}

function figuresFor(
  contacts: readonly InsightContact[],
  byContact: Map<string, InsightEvent[]>,
  touchesByContact: Map<string, InsightTouch[]>,
  touchesInPeriod: readonly InsightTouch[],
  period: Period,
  now: number,
): Omit<Figures, 'stale'> {
  const reachedRank = contacts.map((contact) => furthest(contact, byContact.get(contact.id) ?? []));
  const reached = (rank: number) => reachedRank.filter((value) => value >= rank).length;

  let discontinuedAtOnce = 0;
  const stays = new Map<Stage, number[]>();
  const fromCount = new Map<Stage | 'unknown', number>();
  const whyCount = new Map<string, { reason: string; count: number }>();
  const toSrTouches: number[] = [];
  const toSrAttempts: number[] = [];
  const firstTouchDays: number[] = [];

  contacts.forEach((contact, index) => {
    const timeline = byContact.get(contact.id) ?? [];
    for (let i = 0; i < timeline.length; i++) {
      const event = timeline[i] as InsightEvent;
      const next = timeline[i + 1];
      if (next) {
        const list = stays.get(event.to) ?? [];
        list.push((next.at - event.at) / DAY);
        stays.set(event.to, list);
      }
      if (event.to === 'discontinued') {
        // The stage it left is the one before in time, which may differ from `from` when events were written out of order.
        const left = timeline[i - 1]?.to ?? event.from ?? 'unknown';
        fromCount.set(left, (fromCount.get(left) ?? 0) + 1);
        const reason = event.reason?.trim() || 'no reason given';
        const key = reason.toLowerCase();
        const entry = whyCount.get(key) ?? { reason, count: 0 };
        entry.count++;
        whyCount.set(key, entry);
      }
    }
    const firstDiscontinued = timeline.find((event) => event.to === 'discontinued');
    if ((firstDiscontinued || contact.stage === 'discontinued') && (reachedRank[index] ?? 0) < rankOf('nurturing')) discontinuedAtOnce++;

    const touches = touchesByContact.get(contact.id) ?? [];
    const firstTouch = touches[0];
    if (firstTouch) firstTouchDays.push(Math.max(0, (firstTouch.at - contact.createdAt) / DAY));
    const readyAt = timeline.find((event) => rankOf(event.to) >= rankOf('sales-ready'))?.at;
    if (readyAt !== undefined) {
      const before = touches.filter((touch) => touch.at <= readyAt);
      toSrTouches.push(before.length);
      toSrAttempts.push(before.filter((touch) => touch.direction === 'out' && !touch.answered).length);
    }
  });

  const weeks = new Map<number, { week: number; byType: Partial<Record<TouchType, number>>; total: number }>();
  for (const touch of touchesInPeriod) {
    const week = startOfWeek(touch.at, { weekStartsOn: 1 }).getTime();
    const entry = weeks.get(week) ?? { week, byType: {}, total: 0 };
    entry.byType[touch.type] = (entry.byType[touch.type] ?? 0) + 1;
    entry.total++;
    weeks.set(week, entry);
  }
  // Weeks with no touch are shown as gaps, not skipped.
  const touchesPerWeek: Figures['touchesPerWeek'] = [];
  if (touchesInPeriod.length > 0) {
    const first = startOfWeek(Math.max(period.from, Math.min(...touchesInPeriod.map((touch) => touch.at))), { weekStartsOn: 1 });
    const last = startOfWeek(Math.min(period.to, now), { weekStartsOn: 1 }).getTime();
    for (let week = first; week.getTime() <= last; week = new Date(week.getFullYear(), week.getMonth(), week.getDate() + 7)) {
      touchesPerWeek.push(weeks.get(week.getTime()) ?? { week: week.getTime(), byType: {}, total: 0 });
    }
  }

  return {
    captured: contacts.length,
    reachedNurturing: reached(rankOf('nurturing')),
    discontinuedAtOnce,
    conversion: PATH.slice(0, -1).map((from, index) => {
      const here = reached(index);
      const on = reached(index + 1);
      return { from, to: PATH[index + 1] as Stage, reached: here, wentOn: on, rate: here === 0 ? null : on / here };
    }),
    timeInStage: PATH.map((stage) => {
      const days = stays.get(stage) ?? [];
      return { stage, count: days.length, medianDays: median(days), p90Days: percentile(days, 0.9) };
    }),
    discontinuedFrom: [...fromCount].map(([stage, count]) => ({ stage, count })).sort((a, b) => b.count - a.count),
    discontinuedWhy: [...whyCount.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    toSalesReady: { contacts: toSrTouches.length, medianTouches: median(toSrTouches), medianAttempts: median(toSrAttempts) },
    captureToFirstTouchDays: firstTouchDays.length ? firstTouchDays.reduce((sum, days) => sum + days, 0) / firstTouchDays.length : null,
    touchesPerWeek,
  };
}

export function computeInsights(
  data: {
    contacts: readonly InsightContact[];
    events: readonly InsightEvent[];
    touches: readonly InsightTouch[];
    accounts: readonly InsightAccount[];
  },
  period: Period,
  now: number,
): Insights {
  const byContact = timelines(data.events);
  const touchesByContact = new Map<string, InsightTouch[]>();
  for (const touch of [...data.touches].sort((a, b) => a.at - b.at)) {
    const list = touchesByContact.get(touch.contactId);
    if (list) list.push(touch);
    else touchesByContact.set(touch.contactId, [touch]);
  }
  const captured = data.contacts.filter((contact) => contact.createdAt >= period.from && contact.createdAt <= period.to);
  const origins = new Map(data.contacts.map((contact) => [contact.id, contact]));
  const touchesInPeriod = data.touches.filter((touch) => touch.at >= period.from && touch.at <= period.to);

  const isStale = (contact: InsightContact) => contact.nextDueAt !== undefined && calendarDaysBetween(now, contact.nextDueAt) > 0;
  const bySplit = Object.fromEntries(
    SPLITS.map((split) => [
      split,
      {
        ...figuresFor(
          captured.filter((contact) => inSplit(contact, split)),
          byContact,
          touchesByContact,
          touchesInPeriod.filter((touch) => {
            const owner = origins.get(touch.contactId);
            return owner !== undefined && inSplit(owner, split);
          }),
          period,
          now,
        ),
        // Staleness is about every contact now, not only those captured in the period.
        stale: data.contacts.filter((contact) => inSplit(contact, split) && isStale(contact)).length,
      },
    ]),
  ) as Record<Split, Figures>;
  return { period, bySplit, coverage: coverageOf(data.contacts, data.accounts) };
}

const ROLES: readonly Role[] = ['decision-maker', 'influencer', 'access', 'future-buyer', 'advisor'];

/** For each account with contacts, how many of each buyer-network role are kept there, and which are missing. */
export function coverageOf(contacts: readonly InsightContact[], accounts: readonly InsightAccount[]): Coverage[] {
  const byAccount = new Map<string, InsightContact[]>();
  for (const contact of contacts) {
    if (!contact.accountId || contact.stage === 'do-not-contact') continue;
    const list = byAccount.get(contact.accountId) ?? [];
    list.push(contact);
    byAccount.set(contact.accountId, list);
  }
  return accounts
    .filter((account) => byAccount.has(account.id))
    .map((account) => {
      const people = byAccount.get(account.id) ?? [];
      const roles = Object.fromEntries(
        ROLES.map((role) => [role, people.filter((person) => person.roles.includes(role)).length]),
      ) as Record<Role, number>;
      return { account, contacts: people.length, roles, missing: ROLES.filter((role) => roles[role] === 0) };
    })
    .sort((a, b) => b.missing.length - a.missing.length || b.contacts - a.contacts || a.account.name.localeCompare(b.account.name));
}
