import { canonicalCompanyUrl } from '../identity';
import type { ExperienceEntry } from '../model/capture';

// An Experience entry's unlabelled lines, told apart by their shape and order, never by their
// words (the same entry in German or Spanish reads the same). LinkedIn writes a role as: title,
// "Company · Employment type", "Mar 2024 - Present · 2 yrs 7 mos", "City, Region · Hybrid"; several
// roles at one company share a header ("Company", "Full-time · 5 yrs 9 mos", a location) and list
// one role per item below it (title, dates, optional location).

/** The parts of a line LinkedIn joins with a middle dot. */
export function dotParts(line: string): string[] {
  return line
    .split(/\s*·\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
}

const YEAR = /(?:^|[^\d])(?:19|20)\d{2}(?:[^\d]|$)/;

/** A date range ("Mar 2024 - Present", "2016 - 2018", "Sept. 2023 – heute"): its first part holds a year. */
export function isDateLine(line: string): boolean {
  return YEAR.test(dotParts(line)[0] ?? '');
}

/** A range with no year after its dash is still running: "Mar 2024 - Present", "ene. 2020 - actualidad". */
export function isCurrentRange(dates: string | undefined): boolean {
  if (!dates) return false;
  const range = dates.split(/\s[-–—]\s|[–—]/);
  return range.length === 2 && !YEAR.test(range[1] ?? '');
}

const hasDigit = (text: string) => /\d/.test(text);

/**
 * One role from its lines. `header` lines come first when the role sits under a company header
 * (grouped): then the title is the first line and there is no company line.
 */
export function roleFromLines(lines: readonly string[], grouped: boolean): ExperienceEntry {
  const [title, ...rest] = lines;
  const entry: ExperienceEntry = { title, current: false };
  let seenDates = false;
  for (const line of rest) {
    const parts = dotParts(line);
    if (!seenDates && isDateLine(line)) {
      seenDates = true;
      entry.dates = parts[0];
      entry.duration = parts.slice(1).join(' · ') || undefined;
    } else if (!seenDates) {
      // Before the dates: "Company · Full-time" (a role of its own) or "Full-time" (under a header).
      if (!grouped && entry.company === undefined) {
        entry.company = parts[0];
        entry.employmentType = parts.slice(1).find((part) => !hasDigit(part));
      } else entry.employmentType ??= parts.find((part) => !hasDigit(part));
    } else if (entry.location === undefined && entry.workplace === undefined) {
      // After the dates: "City, Region, Country · Hybrid".
      entry.location = parts[0];
      entry.workplace = parts[1];
    }
  }
  entry.current = isCurrentRange(entry.dates);
  return entry;
}

/** A company header of grouped roles: "Company", "Full-time · 5 yrs 9 mos", maybe a location. */
export interface GroupHeader {
  company: string | undefined;
  employmentType: string | undefined;
  location: string | undefined;
  companyUrl: string | undefined;
}

export function groupHeaderFromLines(lines: readonly string[], companyHref: string | undefined): GroupHeader {
  const [company, ...rest] = lines;
  let employmentType: string | undefined;
  let location: string | undefined;
  for (const line of rest) {
    const parts = dotParts(line);
    // The total time at the company has digits and sits beside the employment type, which has none;
    // a place has commas ("Moncton, New Brunswick, Canada"), an employment type never does.
    if (parts.some(hasDigit)) employmentType ??= parts.find((part) => !hasDigit(part));
    else if (line.includes(',') || employmentType !== undefined) location ??= parts[0];
    else employmentType = parts[0];
  }
  return { company, employmentType, location, companyUrl: companyUrlOf(companyHref) };
}

/** A grouped role inherits what its header says unless it says otherwise. */
export function withHeader(role: ExperienceEntry, header: GroupHeader): ExperienceEntry {
  return {
    ...role,
    company: header.company,
    companyUrl: role.companyUrl ?? header.companyUrl,
    employmentType: role.employmentType ?? header.employmentType,
    location: role.location ?? header.location,
    grouped: true,
  };
}

export function companyUrlOf(href: string | null | undefined): string | undefined {
  return href ? (canonicalCompanyUrl(href) ?? undefined) : undefined;
}

/** Entries without a value are dropped; the undefined keys are left out so captures compare cleanly. */
export function compact(entry: ExperienceEntry): ExperienceEntry {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as ExperienceEntry;
}
