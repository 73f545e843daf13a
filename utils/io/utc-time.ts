// Times the exports write out, three or four per contact. `new Date(time).toISOString()`, and the
// regular expressions that made its basic form, were a third of writing out a plain CSV in a CPU
// profile of an export of 50,000 contacts with the CPU throttled (issue 22). The fields are
// computed from the epoch milliseconds instead, with the civil-from-days algorithm from Howard
// Hinnant's "chrono-compatible low-level date algorithms". Times outside years 1970–9999, or not
// whole milliseconds, go through Date as before.

const DAY_MS = 86_400_000;
/** 10000-01-01T00:00:00Z: from here on toISOString writes a six-digit, signed year. */
const YEAR_10000 = 253_402_300_800_000;

interface UtcParts {
  year: string;
  month: string;
  day: string;
  hours: string;
  minutes: string;
  seconds: string;
  millis: string;
}

const two = (value: number) => (value < 10 ? `0${value}` : `${value}`);
const three = (value: number) => (value < 10 ? `00${value}` : value < 100 ? `0${value}` : `${value}`);

function utcParts(time: number): UtcParts {
  const days = Math.floor(time / DAY_MS);
  let rest = time - days * DAY_MS;
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
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return {
    year: String(year),
    month: two(month),
    day: two(day),
    hours: two(hours),
    minutes: two(minutes),
    seconds: two(seconds),
    millis: three(rest - seconds * 1000),
  };
}

const direct = (time: number) => Number.isInteger(time) && time >= 0 && time < YEAR_10000;

/** Exactly `new Date(time).toISOString()`: `2026-12-02T05:07:09.120Z`. */
export function isoTime(time: number): string {
  if (!direct(time)) return new Date(time).toISOString();
  const t = utcParts(time);
  return `${t.year}-${t.month}-${t.day}T${t.hours}:${t.minutes}:${t.seconds}.${t.millis}Z`;
}

/** The basic form iCalendar and vCard write, to the second: `20261202T050709Z`. */
export function basicUtcTime(time: number): string {
  if (!direct(time)) return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const t = utcParts(time);
  return `${t.year}${t.month}${t.day}T${t.hours}${t.minutes}${t.seconds}Z`;
}
