// Dates written the way Tend shows them: English day and month names whatever the browser's
// language, as date-fns' format with its default locale wrote them. date-fns' format and parse
// carry every token of every locale, about a tenth of the JavaScript the side panel would load at
// open (issue 22's budget); the few patterns Tend writes and reads are spelled out here. date-fns
// stays for date arithmetic, which is small.

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

const TOKENS: Record<string, (date: Date) => string> = {
  yyyy: (date) => pad(date.getFullYear(), 4),
  MMM: (date) => MONTHS[date.getMonth()] ?? '',
  MM: (date) => pad(date.getMonth() + 1),
  dd: (date) => pad(date.getDate()),
  d: (date) => String(date.getDate()),
  EEE: (date) => WEEKDAYS[date.getDay()] ?? '',
  HH: (date) => pad(date.getHours()),
  mm: (date) => pad(date.getMinutes()),
};

// Longest token first; a quoted run is written as it is; any other letter is a token Tend never uses.
const PATTERN = /yyyy|MMM|MM|dd|d|EEE|HH|mm|'([^']*)'|[A-Za-z]+/g;

/** `at` in local time, by a date-fns pattern made of the tokens above. */
export function format(at: number | Date, pattern: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return pattern.replace(PATTERN, (token: string, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted;
    const write = TOKENS[token];
    if (!write) throw new Error(`format: Tend does not write "${token}"`);
    return write(date);
  });
}

/** Local midnight of the day a `yyyy-MM-dd` value names (a date input's value), or null when it names none. */
export function localDay(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  // 2026-02-30 would roll over into March: it names no day.
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

const MINUTES_IN_DAY = 1440;
const MINUTES_IN_MONTH = 43_200;
const MINUTES_IN_YEAR = 525_600;
const offsetMs = (at: number) => new Date(at).getTimezoneOffset() * -60_000;

/**
 * "3 days ago", "in 5 minutes": the distance from `now` to `at` in its largest whole unit, rounded,
 * as date-fns' formatDistanceToNowStrict with a suffix wrote it (days count across a DST change).
 */
export function timeAgo(at: number, now = Date.now()): string {
  if (Number.isNaN(at) || Number.isNaN(now)) throw new RangeError('Invalid time value');
  const [earlier, later] = at <= now ? [at, now] : [now, at];
  const milliseconds = later - earlier;
  const minutes = milliseconds / 60_000;
  const normalized = (milliseconds - (offsetMs(later) - offsetMs(earlier))) / 60_000;
  let count: number;
  let unit: string;
  if (minutes < 1) [count, unit] = [Math.round(milliseconds / 1000), 'second'];
  else if (minutes < 60) [count, unit] = [Math.round(minutes), 'minute'];
  else if (minutes < MINUTES_IN_DAY) [count, unit] = [Math.round(minutes / 60), 'hour'];
  else if (normalized < MINUTES_IN_MONTH) [count, unit] = [Math.round(normalized / MINUTES_IN_DAY), 'day'];
  else if (normalized < MINUTES_IN_YEAR) {
    const months = Math.round(normalized / MINUTES_IN_MONTH);
    [count, unit] = months === 12 ? [1, 'year'] : [months, 'month'];
  } else [count, unit] = [Math.round(normalized / MINUTES_IN_YEAR), 'year'];
  const distance = `${count} ${unit}${count === 1 ? '' : 's'}`;
  return at <= now ? `${distance} ago` : `in ${distance}`;
}
