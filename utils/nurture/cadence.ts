import { addDays } from 'date-fns';
import { calendarDaysBetween } from '../calendar-days';
import { format } from '../dates';
import type { Stage } from '../model/vocabulary';
import { plural } from '../plural';

// Cadence rules: how often a contact should be touched and when they are next due. Any touch resets
// the clock: the next due date always follows from the last touch (or, before any touch, from when
// the contact was kept), never from when a reminder was created.

export interface CadenceSubject {
  stage: Stage;
  cadenceDays?: number | undefined;
  createdAt: number;
  lastTouchAt?: number | undefined;
  /** The rep pushed the cadence reminder back until this instant. */
  dueSnoozedUntil?: number | undefined;
}

/** Stages that are never reminded, whatever cadence a contact carries. */
const SILENT: readonly Stage[] = ['do-not-contact', 'discontinued'];

export function cadenceFor(subject: CadenceSubject, byStage: Record<Stage, number | null>): number | null {
  if (SILENT.includes(subject.stage)) return null;
  return subject.cadenceDays ?? byStage[subject.stage] ?? null;
}

/** When the contact next needs a touch, or undefined when they are never reminded. Local calendar days (DST-safe). */
export function nextDueAt(subject: CadenceSubject, byStage: Record<Stage, number | null>): number | undefined {
  const cadence = cadenceFor(subject, byStage);
  if (cadence === null) return undefined;
  const due = addDays(subject.lastTouchAt ?? subject.createdAt, cadence).getTime();
  return subject.dueSnoozedUntil !== undefined && subject.dueSnoozedUntil > due ? subject.dueSnoozedUntil : due;
}

/** "43 days since last touch; cadence 30", or for someone never touched, since they were kept. */
export function cadenceReason(subject: CadenceSubject, byStage: Record<Stage, number | null>, now: number): string {
  const cadence = cadenceFor(subject, byStage);
  const since = calendarDaysBetween(now, subject.lastTouchAt ?? subject.createdAt);
  const what = subject.lastTouchAt === undefined ? 'since kept, no touch yet' : 'since last touch';
  const reason = `${plural(since, 'day')} ${what}; cadence ${cadence ?? 'none'}`;
  return subject.dueSnoozedUntil !== undefined && subject.dueSnoozedUntil > now
    ? `Snoozed until ${format(subject.dueSnoozedUntil, 'EEE d MMM')}; ${reason}`
    : reason;
}

/** "3 days overdue", "due today", "due in 2 days": a due instant in the rep's calendar days. */
export function dueWhen(dueAt: number, now: number): string {
  const days = calendarDaysBetween(now, dueAt);
  if (days > 0) return `${plural(days, 'day')} overdue`;
  return days === 0 ? 'due today' : `due in ${plural(-days, 'day')}`;
}
