import { addDays, addWeeks, setHours } from 'date-fns';
import { localDay } from '../dates';

// When "snooze" ends. Snoozes land in the rep's local time: a week from Friday 09:00 is the next
// Friday 09:00 whether or not a daylight-saving change falls in between.

export type SnoozeChoice = '1d' | '1w';

export const SNOOZE_LABELS: Record<SnoozeChoice, string> = { '1d': '1 day', '1w': '1 week' };

export function snoozeUntil(choice: SnoozeChoice, now: number): number {
  return (choice === '1d' ? addDays(now, 1) : addWeeks(now, 1)).getTime();
}

/** A morning hour for dates picked without a time, so a reminder does not fall due at midnight. */
export const MORNING_HOUR = 9;

/** The instant a `yyyy-MM-dd` date picked in the panel means: that day, 09:00 local. Null when not a date. */
export function morningOf(date: string): number | null {
  const day = localDay(date);
  return day ? setHours(day, MORNING_HOUR).getTime() : null;
}
