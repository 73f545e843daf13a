// Times the exports write out, three or four per contact. `new Date(time).toISOString()`, and the
// regular expressions that made its basic form, were a third of writing out a plain CSV in a CPU
// profile of an export of 50,000 contacts with the CPU throttled (issue 22). The fields are
// computed from the epoch milliseconds instead, with the civil-from-days algorithm from Howard
// Hinnant's "chrono-compatible low-level date algorithms", and each day's date is kept once written
// (750,000 times over 400 days: 78-98 ms against 129-147 ms each worked out, in Node). Times outside
// years 1970–9999, or not whole milliseconds, go through Date as before.

const DAY_MS = 86_400_000;
/** 10000-01-01T00:00:00Z: from here on toISOString writes a six-digit, signed year. */
const YEAR_10000 = 253_402_300_800_000;

const two = (value: number) => (value < 10 ? `0${value}` : `${value}`);
const three = (value: number) => (value < 10 ? `00${value}` : value < 100 ? `0${value}` : `${value}`);

/** Year, month and day of a day counted from 1970-01-01, each written out. */
function civilDate(days: number): { year: string; month: string; day: string } {
  // Days since 0000-03-01, in eras of 400 years (146,097 days): March first makes the leap day the
  // last of its year.
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: String(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), month: two(month), day: two(day) };
}

/**
 * A day's date as each form writes it, kept: a rep's contacts were kept, touched and fall due on a
 * few hundred days, so most of an export's dates are days already written. Cleared when it holds
 * more days than any export of a few years' dates needs.
 */
const DAYS_KEPT = 8192;
const isoDates = new Map<number, string>();
const basicDates = new Map<number, string>();

function dateOf(days: number, dates: Map<number, string>, separator: string): string {
  let date = dates.get(days);
  if (date === undefined) {
    const { year, month, day } = civilDate(days);
    date = `${year}${separator}${month}${separator}${day}`;
    if (dates.size >= DAYS_KEPT) dates.clear();
    dates.set(days, date);
  }
  return date;
}

/** The time of day of `time`, `days` whole days after 1970-01-01. */
function timeOfDay(time: number, days: number): { hours: string; minutes: string; seconds: string; millis: string } {
  let rest = time - days * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return { hours: two(hours), minutes: two(minutes), seconds: two(seconds), millis: three(rest - seconds * 1000) };
}

const direct = (time: number) => Number.isInteger(time) && time >= 0 && time < YEAR_10000;

/** Exactly `new Date(time).toISOString()`: `2026-12-02T05:07:09.120Z`. */
export function isoTime(time: number): string {
  if (!direct(time)) return new Date(time).toISOString();
  const days = Math.floor(time / DAY_MS);
  const t = timeOfDay(time, days);
  return `${dateOf(days, isoDates, '-')}T${t.hours}:${t.minutes}:${t.seconds}.${t.millis}Z`;
}

/** The basic form iCalendar and vCard write, to the second: `20261202T050709Z`. */
export function basicUtcTime(time: number): string {
  if (!direct(time)) return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const days = Math.floor(time / DAY_MS);
  const t = timeOfDay(time, days);
  return `${dateOf(days, basicDates, '')}T${t.hours}${t.minutes}${t.seconds}Z`;
}
