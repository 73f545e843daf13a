import type { ExperienceEntry } from '../model/capture';
import { textOf } from './anchors';
import { isOffSubject, profileCards } from './linkedin-cards';
import { companyUrlOf, groupHeaderFromLines, isDateLine, roleFromLines, withHeader } from './linkedin-experience';

// The Experience card of the server-driven profile (EVIDENCE E1–E3): each position is an
// `entity-collection-item-…` block whose lines are sibling <p>s inside the link to the company
// page; several roles at one company sit as <li>s under a company header. The card is found by its
// key or by its `data-testid` hook (L6), on the profile and on /details/experience/.

const ITEM = '[componentkey^="entity-collection-item"]';

/** The subject's Experience containers on this page. */
export function experienceCards(doc: Document): Element[] {
  const cards = [
    ...profileCards(doc, 'ExperienceTopLevelSection'),
    ...doc.querySelectorAll('[data-testid^="profile_ExperienceTopLevelSection_"], [data-testid^="profile_ExperienceDetailsSection_"]'),
  ].filter((card) => !isOffSubject(card));
  return cards.filter((card) => !cards.some((other) => other !== card && other.contains(card)));
}

/** Paragraph texts of an element, without descriptions (a paragraph holding a "see more" button). */
function paragraphs(element: Element, skip: (p: Element) => boolean = () => false): string[] {
  return [...element.querySelectorAll('p')]
    .filter((p) => !p.querySelector('button') && !skip(p))
    .map((p) => textOf(p))
    .filter((text): text is string => text !== undefined);
}

/** The link to the company page that holds an entry's lines (the logo link beside it holds none). */
function linesLink(scope: Element, skip: (element: Element) => boolean): Element | undefined {
  return [...scope.querySelectorAll('a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"]')].find(
    (link) => !skip(link) && link.querySelector('p') !== null,
  );
}

function readItem(item: Element): ExperienceEntry[] {
  const inList = (element: Element) => element.closest('li') !== null && item.contains(element.closest('li'));
  const roles = [...item.querySelectorAll('li')]
    .map((li) => ({ li, lines: paragraphs(linesLink(li, () => false) ?? li) }))
    .filter((role) => role.lines.some(isDateLine));
  const headerLink = linesLink(item, inList);
  if (roles.length > 0) {
    // Grouped: the header link holds company and "Full-time · 5 yrs"; a place may follow outside it.
    const headerLines = headerLink ? paragraphs(headerLink) : [];
    const outside = paragraphs(item, (p) => inList(p) || (headerLink?.contains(p) ?? false));
    const header = groupHeaderFromLines([...headerLines, ...outside], headerLink?.getAttribute('href') ?? undefined);
    return roles.map(({ li, lines }) =>
      withHeader({ ...roleFromLines(lines, true), companyUrl: companyUrlOf(linesLink(li, () => false)?.getAttribute('href')) }, header),
    );
  }
  const lines = headerLink ? paragraphs(headerLink) : paragraphs(item);
  const companyLink = headerLink ?? item.querySelector('a[href*="/company/"]');
  return [{ ...roleFromLines(lines, false), companyUrl: companyUrlOf(companyLink?.getAttribute('href')) }];
}

/** Every position on the server-driven Experience card, in the page's order (current first). */
export function sduiExperience(doc: Document): ExperienceEntry[] | undefined {
  const cards = experienceCards(doc);
  if (cards.length === 0) return undefined;
  const items = cards.flatMap((card) => [...card.querySelectorAll(ITEM)].filter((item) => !item.parentElement?.closest(ITEM)));
  return items.filter((item) => !isOffSubject(item)).flatMap(readItem);
}
