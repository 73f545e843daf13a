import type { ExperienceEntry } from '../model/capture';
import { clean, embeddedEntities, isRecord, jsonLdOfType, textOf, unmasked } from './anchors';
import { companyUrlOf, groupHeaderFromLines, isCurrentRange, isDateLine, roleFromLines, withHeader } from './linkedin-experience';

// The layouts LinkedIn still serves beside the server-driven one: the classic Ember profile
// (EVIDENCE L1, C1: `main h1`, `#experience` anchors, aria-hidden text twins, API data in hidden
// `<code>` islands) and the logged-out public page (P1, P2: `top-card-layout` classes and a JSON-LD
// Person whose job titles are masked with asterisks).

const PROFILE_TYPE = /identity\.profile\.Profile$|identity\.shared\.MiniProfile$/;

/**
 * The embedded API entity of the person the URL names, matched on its public identifier. An
 * entity for another slug is another person (a page left over from the previous profile), never
 * used; one without an identifier is used only when it is the only one.
 */
export function embeddedProfile(doc: Document, slug: string | undefined): Record<string, unknown> | undefined {
  const profiles = embeddedEntities(doc).filter((entity) => typeof entity.$type === 'string' && PROFILE_TYPE.test(entity.$type));
  const named = profiles.filter((entity) => typeof entity.publicIdentifier === 'string');
  const bySlug = named.find((entity) => slug !== undefined && safeDecode(String(entity.publicIdentifier)).toLowerCase() === slug);
  return bySlug ?? (named.length === 0 && profiles.length === 1 ? profiles[0] : undefined);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function jsonLdPerson(doc: Document): Record<string, unknown> | undefined {
  return jsonLdOfType(doc, 'Person');
}

/** The classic or public top card: LinkedIn's classes and view names, or the section holding `main h1`. */
export function classicTopCard(doc: Document): Element | undefined {
  return (
    doc.querySelector('.pv-top-card, [data-view-name="profile-top-card"], section.top-card-layout, [data-member-id]') ??
    doc.querySelector('main h1')?.closest('section') ??
    undefined
  );
}

/** The public page's experience items (titled sub-elements; titles may be masked). */
function publicExperience(doc: Document): ExperienceEntry[] {
  return [...doc.querySelectorAll('li.experience-item, li.profile-section-card.experience-item')].map((item) => {
    const companyLink = item.querySelector('.experience-item__subtitle a, .profile-section-card__subtitle a');
    const range = item.querySelector('.date-range');
    const durationElement = range?.querySelector('span');
    const duration = clean(durationElement?.textContent);
    const dates = clean(range?.textContent?.replace(durationElement?.textContent ?? '', ''));
    return {
      title: unmasked(clean(item.querySelector('.experience-item__title, .profile-section-card__title')?.textContent)),
      company: unmasked(clean(item.querySelector('.experience-item__subtitle, .profile-section-card__subtitle')?.textContent)),
      companyUrl: companyUrlOf(companyLink?.getAttribute('href')),
      dates,
      duration,
      current: isCurrentRange(dates),
    };
  });
}

/** The visible lines of a classic entry (its aria-hidden spans), without those of nested lists. */
function classicLines(scope: Element, nested: (element: Element) => boolean): string[] {
  return [...scope.querySelectorAll('span[aria-hidden="true"]')]
    .filter((span) => !nested(span))
    .map((span) => textOf(span))
    .filter((line): line is string => line !== undefined);
}

/** One classic entry: a single role, or a company header with its roles in a nested list. */
function classicItem(item: Element): ExperienceEntry[] {
  const nestedItems = [...item.querySelectorAll('li')];
  const inNested = (element: Element) => nestedItems.some((li) => li.contains(element));
  const roles = nestedItems
    .filter((li) => !nestedItems.some((other) => other !== li && other.contains(li)))
    .map((li) => ({ li, lines: classicLines(li, () => false) }))
    .filter((role) => role.lines.some(isDateLine));
  const companyHref = item.querySelector('a[href*="/company/"]')?.getAttribute('href');
  if (roles.length > 0) {
    const header = groupHeaderFromLines(classicLines(item, inNested), companyHref ?? undefined);
    return roles.map(({ lines }) => withHeader(roleFromLines(lines, true), header));
  }
  return [{ ...roleFromLines(classicLines(item, inNested), false), companyUrl: companyUrlOf(companyHref) }];
}

/** Classic entries: the top-level items of a section's list. */
export function classicExperience(section: Element): ExperienceEntry[] {
  const items = [...section.querySelectorAll('ul > li')].filter((li) => li.parentElement?.closest('li') === null);
  return items.flatMap(classicItem);
}

/** The classic `#experience` section, else the public page's items. */
export function classicOrPublicExperience(doc: Document): { entries: ExperienceEntry[]; anchor: string } | undefined {
  const section = doc.getElementById('experience')?.closest('section');
  if (section) return { entries: classicExperience(section), anchor: 'experience-section' };
  const entries = publicExperience(doc);
  return entries.length > 0 ? { entries, anchor: 'public-experience' } : undefined;
}

export function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

export function recordOf(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}
