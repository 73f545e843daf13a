const DAY = 86_400_000;

/**
 * The local calendar day `at` falls on, as a day count from 1970-01-01: its wall-clock time (the
 * instant less the offset in force at it) divided into days. DST changes and skipped dates are
 * whatever the wall clock says they are.
 */
function localDayNumber(at: number): number {
  return Math.floor((at - new Date(at).getTimezoneOffset() * 60_000) / DAY);
}

/**
 * Calendar days from `earlier` to `later` in the rep's time zone, as date-fns' differenceInCalendarDays
 * counts them: Today ranks and words thousands of due contacts with it, and date-fns builds four
 * dates for each call where this reads one offset per instant.
 */
export function calendarDaysBetween(later: number, earlier: number): number {
  return localDayNumber(later) - localDayNumber(earlier);
}
