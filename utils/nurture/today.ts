import { addDays, endOfDay, startOfDay } from 'date-fns';
import { calendarDaysBetween } from '../calendar-days';
import { compareNames } from '../compare-names';
import type { Stage } from '../model/vocabulary';
import { type CadenceSubject, cadenceReason, dueWhen } from './cadence';

// The "Today" list: overdue, due today, due this week, and stale contacts (no touch for longer than
// their cadence), ranked, each with a one-line reason.

export type Bucket = 'overdue' | 'today' | 'week' | 'stale';

export interface DueContact extends CadenceSubject {
  id: string;
  fullName: string;
  nextDueAt?: number | undefined;
}

export interface DueReminder {
  id: string;
  contactId: string;
  dueAt: number;
  note?: string | undefined;
}

export type TodayItem =
  | { kind: 'reminder'; bucket: Exclude<Bucket, 'stale'>; reminder: DueReminder; contact: DueContact; reason: string; rank: number }
  | { kind: 'cadence'; bucket: Bucket; contact: DueContact; reason: string; rank: number };

/** Closer to a deal ranks higher among items due the same day. */
const STAGE_WEIGHT: Partial<Record<Stage, number>> = { opportunity: 5, 'sales-ready': 4, engaged: 3, customer: 2, nurturing: 1 };

/** Where today starts and ends and where this week's horizon (the seventh day after today) ends, in local time. */
export function dueEdges(now: number): { todayStarts: number; todayEnds: number; weekEnds: number } {
  return { todayStarts: startOfDay(now).getTime(), todayEnds: endOfDay(now).getTime(), weekEnds: endOfDay(addDays(now, 7)).getTime() };
}

/** Where each bucket ends, worked out once for a whole list: Today sorts thousands of due contacts into them. */
function bucketsAt(now: number): (dueAt: number) => Exclude<Bucket, 'stale'> | null {
  const { todayStarts, todayEnds, weekEnds } = dueEdges(now);
  return (dueAt) => (dueAt < todayStarts ? 'overdue' : dueAt <= todayEnds ? 'today' : dueAt <= weekEnds ? 'week' : null);
}

function rankOf(dueAt: number, stage: Stage, now: number): number {
  // Days overdue first (more overdue first), then stage weight.
  return calendarDaysBetween(now, dueAt) * 10 + (STAGE_WEIGHT[stage] ?? 0);
}

export function todayItems(
  contacts: readonly DueContact[],
  reminders: readonly DueReminder[],
  byStage: Record<Stage, number | null>,
  now: number,
): TodayItem[] {
  const bucketOf = bucketsAt(now);
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const items: TodayItem[] = [];
  for (const reminder of reminders) {
    const contact = byId.get(reminder.contactId);
    // Reminders of contacts who opted out are never shown: do-not-contact silences them.
    if (!contact || contact.stage === 'do-not-contact') continue;
    const bucket = bucketOf(reminder.dueAt);
    if (!bucket) continue;
    const when = dueWhen(reminder.dueAt, now);
    items.push({
      kind: 'reminder',
      bucket,
      reminder,
      contact,
      reason: `Reminder ${when}${reminder.note ? `: ${reminder.note}` : ''}`,
      rank: rankOf(reminder.dueAt, contact.stage, now) + 1,
    });
  }
  for (const contact of contacts) {
    if (contact.nextDueAt === undefined) continue;
    const bucket = bucketOf(contact.nextDueAt);
    if (!bucket) continue;
    items.push({
      kind: 'cadence',
      bucket: bucket === 'overdue' ? 'stale' : bucket,
      contact,
      reason: cadenceReason(contact, byStage, now),
      rank: rankOf(contact.nextDueAt, contact.stage, now),
    });
  }
  return items.sort((a, b) => b.rank - a.rank || compareNames(a.contact.fullName, b.contact.fullName));
}

/** What the toolbar badge counts: everything due by the end of today. */
export function dueCount(counts: Readonly<Record<Bucket, number>>): number {
  return counts.overdue + counts.today + counts.stale;
}

/** How many items each section holds. */
export function countsOf(items: readonly TodayItem[]): Record<Bucket, number> {
  const counts: Record<Bucket, number> = { overdue: 0, today: 0, week: 0, stale: 0 };
  for (const item of items) counts[item.bucket]++;
  return counts;
}

/** Each section's items, in the order given (Today's rank). */
export function itemsBySection(items: readonly TodayItem[]): Record<Bucket, TodayItem[]> {
  const sections: Record<Bucket, TodayItem[]> = { overdue: [], today: [], week: [], stale: [] };
  for (const item of items) sections[item.bucket].push(item);
  return sections;
}

/** Contacts due this week and gone stale, in all: Today reads only the first of each. */
export interface DueContacts {
  week: number;
  stale: number;
}

/**
 * How many items each section holds in all: the items read count as they are, except contacts due
 * this week and gone stale, counted whole in `due`. A reminder due this week is one item more.
 */
export function sectionCounts(items: readonly TodayItem[], due: DueContacts): Record<Bucket, number> {
  const counts = countsOf(items);
  const weekRead = items.filter((item) => item.kind === 'cadence' && item.bucket === 'week').length;
  return { ...counts, week: counts.week - weekRead + due.week, stale: due.stale };
}
