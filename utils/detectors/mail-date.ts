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
