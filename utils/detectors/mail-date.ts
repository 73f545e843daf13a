// Gmail shows a message's date only as localised text in a title attribute ("Tue, Nov 18, 2025,
// 3:42 PM", "Di., 18. Nov. 2025, 08:15", "18 nov. 2025, 08:15"). This reads the common forms as
// local time and gives up (undefined) on anything else rather than guess.

const MONTHS: Record<string, number> = {};
const NAMES = [
  ['jan', 'ene', 'gen', 'janv', 'jän'],
  ['feb', 'fév', 'fev', 'febr'],
  ['mar', 'mär', 'mrz', 'mars'],
  ['apr', 'avr', 'abr'],
  ['may', 'mai', 'mag', 'mayo', 'mei'],
  ['jun', 'juin', 'giu'],
  ['jul', 'juil', 'lug'],
  ['aug', 'août', 'aoû', 'ago'],
  ['sep', 'sept', 'set'],
  ['oct', 'okt', 'ott', 'out'],
  ['nov'],
  ['dec', 'dez', 'déc', 'dic'],
];
NAMES.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index;
});

function monthOf(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)];
}

export function parseMailDate(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const value = text.replace(/\u202f|\u00a0/g, ' ').trim();
  const words = value.match(/\p{L}+\.?|\d+|:/gu) ?? [];
  const year = words.find((word) => /^(19|20)\d{2}$/.test(word));
  const month = words.map(monthOf).find((found) => found !== undefined);
  // The day is the first one- or two-digit number that is not part of the time (next to a colon).
  const day = words.find((word, index) => /^\d{1,2}$/.test(word) && words[index + 1] !== ':' && words[index - 1] !== ':');
  const time = /(\d{1,2}):(\d{2})\s*([AaPp][Mm])?/.exec(value);
  if (!year || month === undefined || !day || !time) return undefined;
  let hours = Number(time[1]);
  const pm = time[3]?.toLowerCase() === 'pm';
  if (time[3]) hours = (hours % 12) + (pm ? 12 : 0);
  const date = new Date(Number(year), month, Number(day), hours, Number(time[2]));
  return Number.isNaN(date.getTime()) || date.getDate() !== Number(day) ? undefined : date.getTime();
}

/**
 * A numeric date as Outlook writes it ("Wed 11/19/2025 11:02 AM", "Mi 19.11.2025 09:10",
 * "2025-11-19 09:10"): the order of day and month follows the separator and the page's language
 * (US English writes the month first with slashes). Local time; undefined when unsure.
 */
export function parseNumericDate(text: string | null | undefined, lang: string): number | undefined {
  if (!text) return undefined;
  const value = text.replace(/\u202f|\u00a0/g, ' ');
  const time = /(\d{1,2}):(\d{2})\s*([AaPp][Mm])?/.exec(value);
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value);
  const other = /(\d{1,2})([./])(\d{1,2})\2(\d{4})/.exec(value);
  if (!time || (!iso && !other)) return parseMailDate(text);
  let year: number;
  let month: number;
  let day: number;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const [first, second] = [Number(other?.[1]), Number(other?.[3])];
    const monthFirst = other?.[2] === '/' && /^en(-us)?$/i.test(lang);
    [year, month, day] = [Number(other?.[4]), monthFirst ? first : second, monthFirst ? second : first];
  }
  let hours = Number(time[1]);
  const meridiem = time[3]?.toLowerCase();
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23) return undefined;
  const at = new Date(year, month - 1, day, hours, Number(time[2])).getTime();
  return Number.isNaN(at) ? undefined : at;
}
